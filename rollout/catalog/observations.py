"""Texts of the observations screen (Havainnot): the log form, the personal-data rule, the
theme list and the views of themes over time and by area."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.observations": {"fi": "Havainnot", "sv": "Observationer", "en": "Observations"},
    "observations.title": {"fi": "Havainnot perheiden arjesta",
                           "sv": "Observationer av familjernas vardag",
                           "en": "Observations of families' everyday life"},
    "observations.intro": {
        "fi": "Palveluohjaajien ja perhekeskusvastaavien havaitsemat ilmiöt perheiden arjessa. "
              "Perhekeskusverkosto kehittää niistä palveluja yhdessä kuntien ja järjestöjen "
              "kanssa.",
        "sv": "Fenomen i familjernas vardag som servicehandledarna och "
              "familjecenteransvariga har observerat. Familjecenternätverket utvecklar "
              "tjänster utifrån dem tillsammans med kommunerna och organisationerna.",
        "en": "Phenomena in families' everyday life observed by service guides and leads. The "
              "family-centre network develops services from them with the municipalities and "
              "NGOs."},
    "observations.no_personal_data": {
        "fi": "Älä kirjaa asiakkaiden henkilötietoja: ei nimiä, henkilötunnuksia, "
              "puhelinnumeroita, sähköpostiosoitteita tai muuta, josta perheen voi tunnistaa. "
              "Kuvaa ilmiö, älä yksittäistä perhettä.",
        "sv": "Registrera inga personuppgifter om klienter: inga namn, personbeteckningar, "
              "telefonnummer, e-postadresser eller annat som en familj kan identifieras av. "
              "Beskriv fenomenet, inte en enskild familj.",
        "en": "Record no personal data about clients: no names, identity codes, phone numbers, "
              "e-mail addresses or anything else a family could be recognised by. Describe the "
              "phenomenon, not one family."},
    "observations.add": {"fi": "Kirjaa havainto", "sv": "Registrera en observation",
                         "en": "Log an observation"},
    "observations.date": {"fi": "Havaintopäivä", "sv": "Observationsdag",
                          "en": "Date observed"},
    "observations.area": {"fi": "Alue", "sv": "Område", "en": "Area"},
    "observations.theme": {"fi": "Teema", "sv": "Tema", "en": "Theme"},
    "observations.frequency": {"fi": "Kuinka usein havaittu", "sv": "Hur ofta observerat",
                               "en": "How often seen"},
    "observations.frequency.single": {"fi": "kerran", "sv": "en gång", "en": "once"},
    "observations.frequency.several": {"fi": "useita kertoja", "sv": "flera gånger",
                                       "en": "several times"},
    "observations.frequency.frequent": {"fi": "toistuvasti", "sv": "återkommande",
                                        "en": "again and again"},
    "observations.text": {"fi": "Lyhyt kuvaus ilmiöstä", "sv": "Kort beskrivning av fenomenet",
                          "en": "A short description of the phenomenon"},
    "observations.save": {"fi": "Tallenna havainto", "sv": "Spara observationen",
                          "en": "Save observation"},
    "observations.saved": {"fi": "Havainto tallennettu ({theme}, {area}).",
                           "sv": "Observationen har sparats ({theme}, {area}).",
                           "en": "Observation saved ({theme}, {area})."},
    "observations.read_only": {
        "fi": "Voit lukea havaintoja; kirjata voivat alueen perhekeskusvastaava ja "
              "suunnittelijat.",
        "sv": "Du kan läsa observationerna; områdets familjecenteransvariga och planerarna kan "
              "registrera dem.",
        "en": "You may read the observations; the area's lead and planners log them."},
    "observations.rising": {"fi": "Nousevat teemat", "sv": "Teman som ökar",
                            "en": "Rising themes"},
    "observations.rising_title": {
        "fi": "Eniten noussut teema: {theme} ({recent} havaintoa kolmessa kuukaudessa, edellisissä "
              "kolmessa {earlier})",
        "sv": "Det tema som ökat mest: {theme} ({recent} observationer på tre månader, under de "
              "tre föregående {earlier})",
        "en": "Most risen theme: {theme} ({recent} observations in three months, {earlier} in "
              "the three before)"},
    "observations.none_rising": {
        "fi": "Mikään teema ei ole noussut viimeisten kolmen kuukauden aikana.",
        "sv": "Inget tema har ökat under de senaste tre månaderna.",
        "en": "No theme has risen in the last three months."},
    "observations.recent": {"fi": "3 viime kuukautta", "sv": "Senaste 3 månaderna",
                            "en": "Last 3 months"},
    "observations.earlier": {"fi": "3 edellistä kuukautta", "sv": "3 månaderna innan",
                             "en": "3 months before"},
    "observations.change": {"fi": "Muutos", "sv": "Förändring", "en": "Change"},
    "observations.count": {"fi": "Havaintoja", "sv": "Observationer", "en": "Observations"},
    "observations.over_time": {"fi": "Teemat kuukausittain", "sv": "Teman per månad",
                               "en": "Themes by month"},
    "observations.by_area": {"fi": "Teemat alueittain", "sv": "Teman per område",
                             "en": "Themes by area"},
    "observations.list": {"fi": "Havaintoluettelo", "sv": "Förteckning över observationer",
                          "en": "List of observations"},
    "observations.list_note": {
        "fi": "Luettelon voi ladata perhekeskusverkostolle; siinä ei ole henkilötietoja.",
        "sv": "Förteckningen kan laddas ned för familjecenternätverket; den innehåller inga "
              "personuppgifter.",
        "en": "The list can be downloaded for the family-centre network; it holds no personal "
              "data."},
    "observations.none_yet": {"fi": "Havaintoja ei ole vielä kirjattu.",
                              "sv": "Inga observationer har registrerats ännu.",
                              "en": "No observations logged yet."},
    "observations.recorded_by": {"fi": "Kirjaaja", "sv": "Registrerad av",
                                 "en": "Recorded by"},
    "observations.themes": {"fi": "Teemaluettelo", "sv": "Temalistan", "en": "Theme list"},
    "observations.new_theme": {"fi": "Uusi teema (suomeksi)", "sv": "Nytt tema (på finska)",
                               "en": "New theme (in Finnish)"},
    "observations.new_theme_sv": {"fi": "Ruotsiksi", "sv": "På svenska", "en": "In Swedish"},
    "observations.new_theme_en": {"fi": "Englanniksi", "sv": "På engelska", "en": "In English"},
    "observations.add_theme": {"fi": "Lisää teema", "sv": "Lägg till tema", "en": "Add theme"},
    "observations.theme_in_use": {"fi": "Teema", "sv": "Tema", "en": "Theme"},
    "observations.take_out_of_use": {"fi": "Poista käytöstä", "sv": "Ta ur bruk",
                                     "en": "Take out of use"},
    "observations.take_into_use": {"fi": "Ota takaisin käyttöön", "sv": "Ta i bruk igen",
                                   "en": "Take back into use"},
    "observations.out_of_use": {"fi": "Poissa käytöstä: {themes}", "sv": "Ur bruk: {themes}",
                                "en": "Out of use: {themes}"},
    "observations.theme_out": {
        "fi": "Teema ”{theme}” poistettu käytöstä; sen havainnot säilyvät.",
        "sv": "Temat ”{theme}” har tagits ur bruk; dess observationer finns kvar.",
        "en": "“{theme}” taken out of use; its observations stay."},
    "observations.theme_in": {"fi": "Teema ”{theme}” on taas käytössä.",
                              "sv": "Temat ”{theme}” används igen.",
                              "en": "“{theme}” is in use again."},
    "observations.theme_added": {"fi": "Teema ”{theme}” lisätty.",
                                 "sv": "Temat ”{theme}” har lagts till.",
                                 "en": "Theme “{theme}” added."},
    "observations.personal_data": {
        "fi": "Tekstissä on henkilötietoja: {found}. Poista ne ja kuvaa ilmiö ilman "
              "tunnistettavia tietoja. Mitään ei tallennettu.",
        "sv": "Texten innehåller personuppgifter: {found}. Ta bort dem och beskriv fenomenet "
              "utan identifierbara uppgifter. Inget sparades.",
        "en": "The text holds personal data: {found}. Remove it and describe the phenomenon "
              "without anything identifiable. Nothing was saved."},
    "observations.text_needed": {
        "fi": "Kirjoita lyhyt kuvaus (”{field}”). Mitään ei tallennettu.",
        "sv": "Skriv en kort beskrivning (”{field}”). Inget sparades.",
        "en": "Write a short description (“{field}”). Nothing was saved."},
    "observations.text_too_long": {
        "fi": "Kuvaus on {length} merkkiä; enintään {limit} merkkiä (”{field}”). Mitään ei "
              "tallennettu.",
        "sv": "Beskrivningen är {length} tecken; högst {limit} tecken (”{field}”). Inget "
              "sparades.",
        "en": "The description is {length} characters; at most {limit} (“{field}”). Nothing "
              "was saved."},
    "observations.future_date": {
        "fi": "Kentän ”{field}” päivä ei voi olla tulevaisuudessa. Mitään ei tallennettu.",
        "sv": "Datumet i fältet ”{field}” kan inte ligga i framtiden. Inget sparades.",
        "en": "“{field}” cannot be in the future. Nothing was saved."},
    "observations.unknown_theme": {
        "fi": "Teemaa ”{theme}” ei ole käytössä olevien teemojen luettelossa.",
        "sv": "Temat ”{theme}” finns inte bland de teman som används.",
        "en": "“{theme}” is not in the list of themes in use."},
    "observations.theme_exists": {"fi": "Teema ”{theme}” on jo luettelossa.",
                                  "sv": "Temat ”{theme}” finns redan i listan.",
                                  "en": "The theme “{theme}” is in the list already."},
    "observations.theme_name_needed": {"fi": "Anna teemalle nimi (”{field}”).",
                                       "sv": "Ge temat ett namn (”{field}”).",
                                       "en": "Give the theme a name (“{field}”)."},
    "observations.kind.identity_code": {"fi": "henkilötunnus", "sv": "personbeteckning",
                                        "en": "personal identity code"},
    "observations.kind.phone": {"fi": "puhelinnumero", "sv": "telefonnummer",
                                "en": "phone number"},
    "observations.kind.email": {"fi": "sähköpostiosoite", "sv": "e-postadress",
                                "en": "e-mail address"},
    "observations.found_at": {"fi": "{kind} merkistä {position} alkaen ({masked})",
                              "sv": "{kind} från tecken {position} ({masked})",
                              "en": "{kind} at character {position} ({masked})"},
    "field.text": {"fi": "kuvaus", "sv": "beskrivning", "en": "description"},
    "field.observed_on": {"fi": "havaintopäivä", "sv": "observationsdag", "en": "date observed"},
    "field.theme": {"fi": "teema", "sv": "tema", "en": "theme"},
    "field.frequency": {"fi": "kuinka usein", "sv": "hur ofta", "en": "how often"},
    "history.subject_observation": {"fi": "Havainto {id}", "sv": "Observation {id}",
                                    "en": "Observation {id}"},
    "history.subject_observation_theme": {"fi": "Havaintojen teema {id}",
                                          "sv": "Observationstema {id}",
                                          "en": "Observation theme {id}"},
}
