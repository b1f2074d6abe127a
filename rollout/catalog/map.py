"""Texts of the Map page (Kartta) and of getting the municipal boundaries."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.map": {"fi": "Kartta", "sv": "Karta", "en": "Map"},
    "map.heading": {"fi": "Käyttöönotto kartalla", "sv": "Införandet på kartan",
                    "en": "Rollout map"},
    "map.loading": {"fi": "Ladataan karttaa…", "sv": "Kartan laddas…", "en": "Loading the map…"},
    "map.month": {"fi": "Kuukausi", "sv": "Månad", "en": "Month"},
    "map.animate": {"fi": "Toista", "sv": "Spela upp", "en": "Animate"},
    "map.animate_help": {
        "fi": "Näyttää kartan kuukausi kuukaudelta käyttöönoton alusta tähän päivään.",
        "sv": "Visar kartan månad för månad från införandets början till i dag.",
        "en": "Shows the map month by month from the start of the rollout to today."},
    "map.animation_title": {"fi": "Käyttöönotto kuukausittain", "sv": "Införandet per månad",
                            "en": "The rollout month by month"},
    "map.title": {"fi": "Palvelu käynnissä {live}/{total} kunnassa {day}",
                  "sv": "Tjänsten i gång i {live}/{total} kommuner {day}",
                  "en": "Service live in {live} of {total} municipalities on {day}"},
    "map.not_started": {"fi": "Ei aloitettu", "sv": "Inte påbörjat", "en": "Not started"},
    "map.live": {"fi": "✓ Palvelu käynnissä", "sv": "✓ Tjänsten i gång", "en": "✓ Service live"},
    "map.code": {"fi": "Kuntanumero", "sv": "Kommunnummer", "en": "Municipality code"},
    "map.current_step": {"fi": "Nykyinen askel", "sv": "Nuvarande steg", "en": "Current step"},
    "map.residents": {"fi": "Asukkaita", "sv": "Invånare", "en": "Residents"},
    "map.live_since": {"fi": "Käynnissä alkaen", "sv": "I gång sedan", "en": "Live since"},
    "map.play": {"fi": "▶ Toista", "sv": "▶ Spela", "en": "▶ Play"},
    "map.pause": {"fi": "⏸ Tauko", "sv": "⏸ Paus", "en": "⏸ Pause"},
    "map.attribution": {
        "fi": "Kuntarajat: © Tilastokeskus, Maanmittauslaitos (CC BY 4.0), yleistetty.",
        "sv": "Kommungränser: © Statistikcentralen, Lantmäteriverket (CC BY 4.0), "
              "generaliserade.",
        "en": "Municipal boundaries: © Statistics Finland, National Land Survey of Finland "
              "(CC BY 4.0), simplified."},
    "map.tiles_note": {
        "fi": "Kuntarajoja ei ole saatavilla, joten kunnat näytetään ruutuina likimain "
              "paikoillaan. Ylläpitäjä saa rajat komennolla `python -m rollout geo fetch` tai "
              "tiedostosta ROLLOUT_BOUNDARIES-asetuksella.",
        "sv": "Kommungränserna finns inte till hands, så kommunerna visas som rutor ungefär "
              "på sina platser. En administratör hämtar gränserna med "
              "`python -m rollout geo fetch` eller anger en fil med ROLLOUT_BOUNDARIES.",
        "en": "Municipal boundaries are not available, so municipalities are shown as tiles "
              "roughly in place. An administrator gets the boundaries with "
              "`python -m rollout geo fetch` or names a file in ROLLOUT_BOUNDARIES."},
    "map.retry": {"fi": "Hae kuntarajat uudelleen", "sv": "Hämta kommungränserna igen",
                  "en": "Fetch the boundaries again"},
    "map.choose": {"fi": "Kunta", "sv": "Kommun", "en": "Municipality"},
    "map.choose_help": {
        "fi": "Valitse kunta tai napsauta sitä kartalla nähdäksesi sen askeleet.",
        "sv": "Välj en kommun eller klicka på den på kartan för att se dess steg.",
        "en": "Choose a municipality, or click it on the map, to see its steps."},
    "map.open_steps": {"fi": "Avaa askeleet muokattaviksi", "sv": "Öppna stegen för redigering",
                       "en": "Open its steps for editing"},
    "geo.timeout": {
        "fi": "kuntarajojen palvelu ei vastannut {seconds} sekunnissa",
        "sv": "gränstjänsten svarade inte inom {seconds} sekunder",
        "en": "the boundary service did not answer within {seconds} seconds"},
    "geo.http_error": {"fi": "kuntarajojen palvelu vastasi virheellä {status}",
                       "sv": "gränstjänsten svarade med felet {status}",
                       "en": "the boundary service answered with error {status}"},
    "geo.unreachable": {"fi": "kuntarajojen palveluun ei saatu yhteyttä ({reason})",
                        "sv": "gränstjänsten kunde inte nås ({reason})",
                        "en": "the boundary service could not be reached ({reason})"},
    "geo.too_large": {"fi": "kuntarajojen vastaus oli odottamattoman suuri",
                      "sv": "svaret med gränserna var oväntat stort",
                      "en": "the boundary answer was unexpectedly large"},
    "geo.bad_json": {"fi": "kuntarajat eivät olleet kelvollista JSONia",
                     "sv": "gränserna var inte giltig JSON",
                     "en": "the boundaries were not valid JSON"},
    "geo.not_geojson": {"fi": "kuntarajat eivät olleet GeoJSON-kohdekokoelma",
                        "sv": "gränserna var inte en GeoJSON-objektsamling",
                        "en": "the boundaries were not a GeoJSON feature collection"},
    "geo.no_code": {"fi": "kuntarajoista puuttui kuntanumero",
                    "sv": "kommunnumret saknades i gränserna",
                    "en": "the boundaries had no municipality code"},
    "geo.not_wgs84": {
        "fi": "kunnan {code} rajat eivät ole Suomessa WGS84-koordinaateissa",
        "sv": "gränserna för kommun {code} ligger inte i Finland i WGS84-koordinater",
        "en": "the boundaries of municipality {code} are not in Finland in WGS84 coordinates"},
    "geo.partial": {"fi": "kuntarajat saatiin vain {got}/{wanted} kunnalle",
                    "sv": "gränser kom bara för {got}/{wanted} kommuner",
                    "en": "boundaries came for only {got} of {wanted} municipalities"},
    "geo.file_unreadable": {"fi": "tiedostoa {path} ei voitu lukea",
                            "sv": "filen {path} kunde inte läsas",
                            "en": "the file {path} could not be read"},
    "geo.file_partial": {
        "fi": "tiedostosta {path} puuttuu {missing} ohjelman kunnan rajat",
        "sv": "i filen {path} saknas gränserna för {missing} av programmets kommuner",
        "en": "the file {path} lacks the boundaries of {missing} of the programme's "
              "municipalities"},
    "geo.not_cached": {"fi": "kuntarajoja ei ole vielä haettu",
                       "sv": "kommungränserna har inte hämtats ännu",
                       "en": "the boundaries have not been fetched yet"},
}
