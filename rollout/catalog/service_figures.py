"""Texts of the service figures screen (Palvelun seuranta): the month form, its rules and
the comparisons of areas."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.service_figures": {"fi": "Palvelun seuranta", "sv": "Uppföljning av tjänsten",
                            "en": "Service figures"},
    "figures.title": {"fi": "Palvelun seuranta alueittain",
                      "sv": "Uppföljning av tjänsten per område",
                      "en": "Service figures by area"},
    "figures.intro": {
        "fi": "Alueen kuukausiluvut käynnistyksen jälkeen: yhteydenotot, verkostotapaamiset ja "
              "vastausajat. Aluevastaava kirjaa oman alueensa luvut, suunnittelijat kaikkien.",
        "sv": "Områdets månadssiffror efter starten: kontakter, nätverksmöten och svarstider. "
              "Den ansvariga för ett område registrerar sitt områdes siffror, planerarna "
              "alla områdens.",
        "en": "An area's monthly figures after go-live: contacts, network meetings and response "
              "times. A lead records their own area's figures, planners every area's."},
    "figures.record": {"fi": "Kirjaa kuukauden luvut", "sv": "Registrera månadens siffror",
                       "en": "Record a month's figures"},
    "figures.area": {"fi": "Alue", "sv": "Område", "en": "Area"},
    "figures.month": {"fi": "Kuukausi", "sv": "Månad", "en": "Month"},
    "figures.contacts_heading": {"fi": "Yhteydenotot", "sv": "Kontakter", "en": "Contacts"},
    "figures.channels_heading": {
        "fi": "Yhteydenotot kanavittain (enintään yhteydenotot yhteensä)",
        "sv": "Kontakter per kanal (högst kontakterna sammanlagt)",
        "en": "Contacts by channel (at most the contacts in total)"},
    "figures.meetings_heading": {"fi": "Verkostotapaamiset ja vastausajat",
                                 "sv": "Nätverksmöten och svarstider",
                                 "en": "Network meetings and response times"},
    "figures.empty_help": {
        "fi": "Jätä tyhjäksi, jos lukua ei ole tilastoitu.",
        "sv": "Lämna tomt om siffran inte har förts statistik över.",
        "en": "Leave empty when the figure was not recorded."},
    "figures.save": {"fi": "Tallenna luvut", "sv": "Spara siffrorna", "en": "Save figures"},
    "figures.saved": {"fi": "Alueen {area} luvut kuukaudelle {month} tallennettu.",
                      "sv": "Siffrorna för området {area}, {month}, har sparats.",
                      "en": "{area}'s figures for {month} saved."},
    "figures.no_changes": {"fi": "Ei muutoksia tallennettavaksi.",
                           "sv": "Inga ändringar att spara.", "en": "No changes to save."},
    "figures.new_month": {
        "fi": "Kuukaudelle ei ole vielä lukuja; tallennus lisää ne.",
        "sv": "Månaden har inga siffror ännu; sparandet lägger till dem.",
        "en": "The month has no figures yet; saving adds them."},
    "figures.last_saved": {"fi": "Viimeksi tallentanut {by}, {when}",
                           "sv": "Senast sparad av {by}, {when}",
                           "en": "Last saved by {by}, {when}"},
    "figures.read_only": {
        "fi": "Voit lukea lukuja; kirjata voivat alueen perhekeskusvastaava ja suunnittelijat.",
        "sv": "Du kan läsa siffrorna; områdets familjecenteransvariga och planerarna kan "
              "registrera dem.",
        "en": "You may read the figures; the area's lead and planners record them."},
    "figures.area_months": {"fi": "Alueen kuukaudet", "sv": "Områdets månader",
                            "en": "The area's months"},
    "figures.compare": {"fi": "Alueiden vertailu", "sv": "Jämförelse av områden",
                        "en": "Comparing areas"},
    "figures.measure": {"fi": "Luku", "sv": "Siffra", "en": "Figure"},
    "figures.contacts": {"fi": "Yhteydenotot yhteensä", "sv": "Kontakter sammanlagt",
                         "en": "Contacts in total"},
    "figures.contacts_per_1000": {"fi": "Yhteydenotot / 1 000 asukasta",
                                  "sv": "Kontakter / 1 000 invånare",
                                  "en": "Contacts per 1,000 residents"},
    "figures.trend_title": {"fi": "{measure} kuukausittain alueittain",
                            "sv": "{measure} per månad och område",
                            "en": "{measure} by month and area"},
    "figures.fair_title": {
        "fi": "Yhteydenotot 1 000 asukasta kohden, {month}: eniten {area} ({value})",
        "sv": "Kontakter per 1 000 invånare, {month}: flest {area} ({value})",
        "en": "Contacts per 1,000 residents, {month}: most in {area} ({value})"},
    "figures.population_note": {
        "fi": "Asukasluvut: alueen kuntien väkiluku vuodelta {years} (Tilastokeskus). "
              "Kuukausi on viimeisin, jolta lukuja on.",
        "sv": "Invånarantal: områdets kommuners folkmängd år {years} (Statistikcentralen). "
              "Månaden är den senaste med siffror.",
        "en": "Residents: the population of the area's municipalities in {years} (Statistics "
              "Finland). The month is the latest with figures."},
    "figures.go_live_title": {
        "fi": "Yhteydenotot ennen ja jälkeen alueen käynnistyksen",
        "sv": "Kontakter före och efter områdets start",
        "en": "Contacts before and after the area's go-live"},
    "figures.go_live_note": {
        "fi": "Kuukausi 0 on kuukausi, jona alueen ensimmäinen kunta siirtyi palvelun piiriin "
              "(askel 5 valmis muutoshistorian mukaan).",
        "sv": "Månad 0 är månaden då områdets första kommun började omfattas av tjänsten "
              "(steg 5 klart enligt ändringshistoriken).",
        "en": "Month 0 is the month the area's first municipality went live (step 5 done "
              "according to the history)."},
    "figures.months_from_go_live": {"fi": "Kuukautta käynnistyksestä",
                                    "sv": "Månader från starten",
                                    "en": "Months from go-live"},
    "figures.no_go_live_data": {
        "fi": "Yhdelläkään alueella ei ole lukuja käynnistyksen tienoilta.",
        "sv": "Inget område har siffror från tiden kring starten.",
        "en": "No area has figures from around its go-live."},
    "figures.region": {"fi": "Koko alue", "sv": "Hela regionen", "en": "Whole region"},
    "figures.region_title": {"fi": "Koko alue: {measure} kuukausittain",
                             "sv": "Hela regionen: {measure} per månad",
                             "en": "The whole region: {measure} by month"},
    "figures.region_note": {
        "fi": "Määrät on laskettu yhteen kuukauden raportoineilta alueilta (niiden määrä "
              "vaihtelee: vertaa 1 000 asukasta kohden) ja suhteutettu näiden alueiden "
              "asukkaisiin; päivät tapaamiseen on painotettu alueiden tapaamisten määrällä ja "
              "vastausosuus lomakeyhteydenotoilla. Katkos viivassa: kuukaudelta ei ole lukuja.",
        "sv": "Antalen är summerade över de områden som rapporterat för månaden (antalet "
              "varierar: jämför per 1 000 invånare) och satta i relation till deras invånare; "
              "dagarna till mötet är viktade med områdenas möten och svarsandelen med "
              "formulärkontakterna. Ett avbrott i linjen: inga siffror för månaden.",
        "en": "Counts are summed over the areas that reported for the month (how many varies: "
              "compare per 1,000 residents) and related to those areas' residents; days to a "
              "meeting are weighted by each area's meetings and the share answered by its "
              "web-form contacts. A break in a line: no figures for that month."},
    "figures.none_yet": {
        "fi": "Lukuja ei ole vielä kirjattu. Kirjaa ensimmäinen kuukausi yllä.",
        "sv": "Inga siffror har registrerats ännu. Registrera den första månaden ovan.",
        "en": "No figures recorded yet. Record the first month above."},
    "figures.table": {"fi": "Kaikki luvut taulukkona", "sv": "Alla siffror som tabell",
                      "en": "All figures as a table"},
    "figures.population": {"fi": "Asukkaita", "sv": "Invånare", "en": "Residents"},
    "figures.conflict": {
        "fi": "{by} tallensi alueen {area} luvut kuukaudelle {month} sillä välin. Mitään ei "
              "korvattu; tarkista molemmat ja tallenna uudelleen.",
        "sv": "{by} sparade siffrorna för området {area}, {month}, under tiden. Inget "
              "skrevs över; granska båda och spara igen.",
        "en": "{by} saved {area}'s figures for {month} in the meantime. Nothing was "
              "overwritten; check both and save again."},
    "figures.whole_number": {
        "fi": "Kentän ”{field}” on oltava kokonaisluku (annettu {value}). Mitään ei tallennettu.",
        "sv": "Fältet ”{field}” måste vara ett heltal (angivet {value}). Inget sparades.",
        "en": "“{field}” must be a whole number (given {value}). Nothing was saved."},
    "figures.too_large": {
        "fi": "Kenttä ”{field}” on liian suuri (annettu {value}, enintään {largest}). Mitään "
              "ei tallennettu.",
        "sv": "Fältet ”{field}” är för stort (angivet {value}, högst {largest}). Inget "
              "sparades.",
        "en": "“{field}” is too large (given {value}, at most {largest}). Nothing was saved."},
    "figures.negative": {
        "fi": "Kenttä ”{field}” ei voi olla negatiivinen (annettu {value}). Mitään ei "
              "tallennettu.",
        "sv": "Fältet ”{field}” kan inte vara negativt (angivet {value}). Inget sparades.",
        "en": "“{field}” cannot be negative (given {value}). Nothing was saved."},
    "figures.share_range": {
        "fi": "Kentän ”{field}” on oltava 0–100 % (annettu {value}). Mitään ei tallennettu.",
        "sv": "Fältet ”{field}” måste vara 0–100 % (angivet {value}). Inget sparades.",
        "en": "“{field}” must be 0–100 % (given {value}). Nothing was saved."},
    "figures.channels_exceed": {
        "fi": "Yhteydenotot kanavittain (puhelin, lomake, muu) ovat yhteensä {channels}, "
              "enemmän kuin yhteydenotot perheiltä ja ammattilaisilta ({total}). Mitään ei "
              "tallennettu.",
        "sv": "Kontakterna per kanal (telefon, formulär, annat) är sammanlagt {channels}, "
              "fler än kontakterna från familjer och yrkesverksamma ({total}). Inget sparades.",
        "en": "Contacts by channel (phone, web form, other) add up to {channels}, more than "
              "the contacts from families and professionals ({total}). Nothing was saved."},
    "figures.before_programme": {
        "fi": "Kuukausi {month} on ennen ohjelman vuosia (ensimmäinen kuukausi {first}). "
              "Mitään ei tallennettu.",
        "sv": "Månaden {month} ligger före programmets år (första månaden {first}). Inget "
              "sparades.",
        "en": "{month} is before the programme's years (its first month is {first}). "
              "Nothing was saved."},
    "figures.not_finite": {
        "fi": "{field}: '{value}' ei ole luku. Mitään ei tallennettu.",
        "sv": "{field}: '{value}' är inget tal. Inget sparades.",
        "en": "{field}: '{value}' is not a number. Nothing was saved."},
    "figures.future_month": {
        "fi": "Kuukausi {month} on tulevaisuudessa; lukuja voi kirjata vain kuluneille ja "
              "kuluvalle kuukaudelle. Mitään ei tallennettu.",
        "sv": "Månaden {month} ligger i framtiden; siffror kan registreras endast för "
              "förflutna och innevarande månad. Inget sparades.",
        "en": "{month} is in the future; figures can be recorded for past months and this "
              "one only. Nothing was saved."},
    "figures.bad_month": {
        "fi": "Kuukausi ”{value}” ei ole muotoa VVVV-KK (esim. 2025-09).",
        "sv": "Månaden ”{value}” har inte formen ÅÅÅÅ-MM (t.ex. 2025-09).",
        "en": "The month “{value}” is not written YYYY-MM (e.g. 2025-09)."},
    "figures.unknown_area": {"fi": "Aluetta {area} ei löydy.", "sv": "Området {area} finns inte.",
                             "en": "There is no area {area}."},
    "field.contacts_from_families": {"fi": "yhteydenotot perheiltä", "sv": "kontakter från "
                                     "familjer", "en": "contacts from families"},
    "field.contacts_from_professionals": {"fi": "yhteydenotot ammattilaisilta",
                                          "sv": "kontakter från yrkesverksamma",
                                          "en": "contacts from professionals"},
    "field.contacts_by_phone": {"fi": "puhelimitse", "sv": "per telefon", "en": "by phone"},
    "field.contacts_by_form": {"fi": "Pyydä apua -lomakkeella",
                               "sv": "med formuläret Be om hjälp",
                               "en": "by the “Pyydä apua” web form"},
    "field.contacts_by_other": {"fi": "muuta kautta", "sv": "på annat sätt",
                                "en": "by other channels"},
    "field.network_meetings": {"fi": "järjestetyt verkostotapaamiset",
                               "sv": "ordnade nätverksmöten",
                               "en": "network meetings arranged"},
    "field.days_to_network_meeting": {
        "fi": "päiviä yhteydenotosta verkostotapaamiseen (mediaani)",
        "sv": "dagar från kontakt till nätverksmöte (median)",
        "en": "days from contact to network meeting (median)"},
    "field.share_answered_in_3_days": {
        "fi": "lomakkeisiin vastattu 3 arkipäivässä (%)",
        "sv": "formulär besvarade inom 3 vardagar (%)",
        "en": "web forms answered within 3 working days (%)"},
    "field.queue_at_month_end": {
        "fi": "jono hoidon tarpeen arvioon kuun lopussa",
        "sv": "kö till bedömning av vårdbehov vid månadens slut",
        "en": "queue for the care-need assessment at month end"},
    "history.subject_monthly_figure": {"fi": "Palvelun seurantaluvut {id}",
                                       "sv": "Uppföljningssiffror {id}",
                                       "en": "Service figures {id}"},
}
