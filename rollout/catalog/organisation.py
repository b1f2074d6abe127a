"""Texts of the organisation page (Organisaatio): areas, family centres, units, populations."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "organisation.title": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "organisation.intro": {
        "fi": "Alueet ja perhekeskukset kuuluvat hyvinvointialueelle, joten saman alueen "
              "ohjelmat jakavat ne. Jokainen muutos näkyy heti kaikilla sivuilla ja "
              "tallentuu muutoshistoriaan.",
        "sv": "Områdena och familjecentren hör till välfärdsområdet, så programmen i samma "
              "välfärdsområde delar dem. Varje ändring syns genast på alla sidor och sparas "
              "i ändringshistoriken.",
        "en": "Areas and family centres belong to the wellbeing services county, so the "
              "programmes of one county share them. Every change shows at once on every "
              "page and is kept in the change history."},
    "organisation.tab_areas": {"fi": "Alueet ja perhekeskukset",
                               "sv": "Områden och familjecenter",
                               "en": "Areas and family centres"},
    "organisation.tab_units": {"fi": "Kunnat perhekeskuksissa",
                               "sv": "Kommuner i familjecentren",
                               "en": "Municipalities in centres"},
    "organisation.tab_populations": {"fi": "Asukasluvut", "sv": "Invånarantal",
                                     "en": "Populations"},
    # Areas
    "organisation.areas": {"fi": "Alueet", "sv": "Områden", "en": "Areas"},
    "organisation.centres": {"fi": "Perhekeskukset", "sv": "Familjecenter",
                             "en": "Family centres"},
    "organisation.units": {"fi": "Yksiköt", "sv": "Enheter", "en": "Units"},
    "organisation.state": {"fi": "Tila", "sv": "Status", "en": "State"},
    "organisation.active": {"fi": "käytössä", "sv": "i bruk", "en": "in use"},
    "organisation.retired": {"fi": "poistettu käytöstä", "sv": "tagen ur bruk",
                             "en": "retired"},
    "organisation.retired_label": {"fi": "{name} (poistettu käytöstä)",
                                   "sv": "{name} (tagen ur bruk)", "en": "{name} (retired)"},
    "organisation.add_area": {"fi": "Lisää alue", "sv": "Lägg till område", "en": "Add an area"},
    "organisation.area_name": {"fi": "Alueen nimi", "sv": "Områdets namn", "en": "Area name"},
    "organisation.county": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde",
                            "en": "Wellbeing services county"},
    "organisation.area_added": {"fi": "Alue {name} lisätty.", "sv": "Området {name} har lagts "
                                "till.", "en": "Area {name} added."},
    "organisation.edit_area": {"fi": "Muokkaa aluetta", "sv": "Redigera område",
                               "en": "Edit an area"},
    "organisation.area": {"fi": "Alue", "sv": "Område", "en": "Area"},
    "organisation.save_name": {"fi": "Tallenna nimi", "sv": "Spara namnet", "en": "Save name"},
    "organisation.saved": {"fi": "{name} tallennettu.", "sv": "{name} har sparats.",
                           "en": "{name} saved."},
    "organisation.no_changes": {"fi": "Ei muutoksia tallennettavaksi.",
                                "sv": "Inga ändringar att spara.", "en": "No changes to save."},
    "organisation.area_affects": {
        "fi": "Alueella on {centres} ja {units} tässä ohjelmassa; uusi nimi näkyy niillä "
              "kaikilla sivuilla.",
        "sv": "Området har {centres} och {units} i detta program; det nya namnet syns för dem "
              "på alla sidor.",
        "en": "The area has {centres} and {units} in this programme; the new name shows for "
              "them on every page."},
    "organisation.n_centres.one": {"fi": "{count} perhekeskus", "sv": "{count} familjecenter",
                                   "en": "{count} family centre"},
    "organisation.n_centres.other": {"fi": "{count} perhekeskusta",
                                     "sv": "{count} familjecenter",
                                     "en": "{count} family centres"},
    "organisation.n_units.one": {"fi": "{count} yksikkö", "sv": "{count} enhet",
                                 "en": "{count} unit"},
    "organisation.n_units.other": {"fi": "{count} yksikköä", "sv": "{count} enheter",
                                   "en": "{count} units"},
    "organisation.retire_area": {"fi": "Poista alue käytöstä", "sv": "Ta området ur bruk",
                                 "en": "Retire the area"},
    "organisation.restore_area": {"fi": "Ota alue takaisin käyttöön",
                                  "sv": "Ta området i bruk igen", "en": "Restore the area"},
    "organisation.retire_help": {
        "fi": "Käytöstä poistettu ei näy valinnoissa eikä luvuissa; muutoshistoria säilyttää "
              "sen, ja sen voi ottaa takaisin käyttöön.",
        "sv": "Det som tagits ur bruk syns inte i val eller siffror; ändringshistoriken "
              "behåller det och det kan tas i bruk igen.",
        "en": "What is retired leaves the choices and figures; the history keeps it, and it "
              "can be restored."},
    "organisation.area_retire_blocked": {
        "fi": "Alueella on vielä käytössä {centres}: siirrä ne toiselle alueelle tai poista ne "
              "käytöstä ensin.",
        "sv": "Området har ännu {centres} i bruk: flytta dem till ett annat område eller ta "
              "dem ur bruk först.",
        "en": "The area still has {centres} in use: move them to another area or retire them "
              "first."},
    "organisation.retired_done": {"fi": "{name} poistettu käytöstä.",
                                  "sv": "{name} har tagits ur bruk.", "en": "{name} retired."},
    "organisation.restored_done": {"fi": "{name} otettu takaisin käyttöön.",
                                   "sv": "{name} har tagits i bruk igen.",
                                   "en": "{name} restored."},
    # Centres
    "organisation.add_centre": {"fi": "Lisää perhekeskus", "sv": "Lägg till familjecenter",
                                "en": "Add a family centre"},
    "organisation.centre_name": {"fi": "Nimi suomeksi", "sv": "Namn på finska",
                                 "en": "Name in Finnish"},
    "organisation.centre_name_sv": {"fi": "Nimi ruotsiksi", "sv": "Namn på svenska",
                                    "en": "Name in Swedish"},
    "organisation.code": {"fi": "Tunnus", "sv": "Kod", "en": "Code"},
    "organisation.code_help": {
        "fi": "Pienet kirjaimet, numerot ja viivat; tyhjä: muodostetaan nimestä.",
        "sv": "Små bokstäver, siffror och bindestreck; tom: bildas av namnet.",
        "en": "Lower-case letters, digits and hyphens; empty: made from the name."},
    "organisation.centre_added": {"fi": "Perhekeskus {name} lisätty (tunnus {code}).",
                                  "sv": "Familjecentret {name} har lagts till (kod {code}).",
                                  "en": "Family centre {name} added (code {code})."},
    "organisation.edit_centre": {"fi": "Muokkaa perhekeskusta", "sv": "Redigera familjecenter",
                                 "en": "Edit a family centre"},
    "organisation.centre": {"fi": "Perhekeskus", "sv": "Familjecenter", "en": "Family centre"},
    "organisation.save_centre": {"fi": "Tallenna perhekeskus", "sv": "Spara familjecentret",
                                 "en": "Save the family centre"},
    "organisation.centre_affects": {
        "fi": "Perhekeskuksella on {units} tässä ohjelmassa ({all_units} kaikissa "
              "ohjelmissa). Jos vaihdat alueen, ne siirtyvät uudelle alueelle askelineen, "
              "valmiuksineen ja historioineen.",
        "sv": "Familjecentret har {units} i detta program ({all_units} i alla program). "
              "Byter du område flyttar de till det nya området med sina steg, sin beredskap "
              "och sin historik.",
        "en": "The family centre has {units} in this programme ({all_units} in all "
              "programmes). If you change its area, they move to the new area with their "
              "steps, readiness and history."},
    "organisation.retire_centre": {"fi": "Poista perhekeskus käytöstä",
                                   "sv": "Ta familjecentret ur bruk",
                                   "en": "Retire the family centre"},
    "organisation.restore_centre": {"fi": "Ota perhekeskus takaisin käyttöön",
                                    "sv": "Ta familjecentret i bruk igen",
                                    "en": "Restore the family centre"},
    "organisation.centre_retire_blocked": {
        "fi": "Perhekeskuksella on vielä {units}: siirrä ne toiseen perhekeskukseen ensin.",
        "sv": "Familjecentret har ännu {units}: flytta dem till ett annat familjecenter först.",
        "en": "The family centre still has {units}: move them to another centre first."},
    # Units
    "organisation.assign": {"fi": "Liitä kunta perhekeskukseen",
                            "sv": "Koppla en kommun till ett familjecenter",
                            "en": "Assign a municipality to a centre"},
    "organisation.assign_help": {
        "fi": "Uusi yksikkö aloittaa kaikki askeleet aloittamattomina ja valmiuskohdat "
              "avoimina. Kaksi perhekeskusta voi palvella samaa kuntaa.",
        "sv": "En ny enhet börjar med alla steg som inte påbörjade och "
              "beredskapspunkterna öppna. Två familjecenter kan betjäna samma kommun.",
        "en": "A new unit starts with every step not started and its readiness items open. "
              "Two centres may serve the same municipality."},
    "organisation.municipality": {"fi": "Kunta", "sv": "Kommun", "en": "Municipality"},
    "organisation.served_by": {"fi": "{municipality}: nyt {centres}",
                               "sv": "{municipality}: nu {centres}",
                               "en": "{municipality}: now {centres}"},
    "organisation.not_served": {"fi": "ei vielä yhtään perhekeskusta",
                                "sv": "ännu inget familjecenter", "en": "no centre yet"},
    "organisation.assign_button": {"fi": "Liitä", "sv": "Koppla", "en": "Assign"},
    "organisation.assigned": {"fi": "{municipality} liitetty: {centre}.",
                              "sv": "{municipality} har kopplats till {centre}.",
                              "en": "{municipality} assigned to {centre}."},
    "organisation.move": {"fi": "Siirrä yksikkö toiseen perhekeskukseen",
                          "sv": "Flytta en enhet till ett annat familjecenter",
                          "en": "Move a unit to another centre"},
    "organisation.unit": {"fi": "Yksikkö", "sv": "Enhet", "en": "Unit"},
    "organisation.unit_label": {"fi": "{municipality} – {centre}",
                                "sv": "{municipality} – {centre}",
                                "en": "{municipality} – {centre}"},
    "organisation.new_centre": {"fi": "Uusi perhekeskus", "sv": "Nytt familjecenter",
                                "en": "New family centre"},
    "organisation.move_affects": {
        "fi": "Yksikkö säilyttää askeleensa (aloitettuja {started}/{steps}), "
              "valmiuskohtansa, kuittauksensa ja historiansa; siirto kirjataan historiaan.",
        "sv": "Enheten behåller sina steg ({started} av {steps} påbörjade), sina "
              "beredskapspunkter, kvitteringar och sin historik; flytten förs in i "
              "historiken.",
        "en": "The unit keeps its steps ({started} of {steps} started), readiness items, "
              "sign-offs and history; the move is recorded in the history."},
    "organisation.move_button": {"fi": "Siirrä", "sv": "Flytta", "en": "Move"},
    "organisation.moved": {"fi": "{municipality} siirretty: {old} → {new}.",
                           "sv": "{municipality} har flyttats: {old} → {new}.",
                           "en": "{municipality} moved: {old} → {new}."},
    "organisation.no_centres": {"fi": "Ei käytössä olevia perhekeskuksia.",
                                "sv": "Inga familjecenter i bruk.",
                                "en": "No family centres in use."},
    # Refusals
    "organisation.other_county": {
        "fi": "Valinta kuuluu toiselle hyvinvointialueelle kuin tämä ohjelma tai yksikön "
              "kunta. Mitään ei muutettu.",
        "sv": "Valet hör till ett annat välfärdsområde än detta program eller enhetens "
              "kommun. Inget ändrades.",
        "en": "The choice belongs to another wellbeing services county than this programme "
              "or the unit's municipality. Nothing was changed."},
    "organisation.name_needed": {"fi": "Anna nimi.", "sv": "Ange ett namn.",
                                 "en": "Enter a name."},
    "organisation.area_exists": {
        "fi": "Hyvinvointialueella on jo alue nimeltä {name}.",
        "sv": "Välfärdsområdet har redan ett område som heter {name}.",
        "en": "The county already has an area called {name}."},
    "organisation.area_exists_retired": {
        "fi": "Hyvinvointialueella on käytöstä poistettu alue nimeltä {name}: ota se "
              "takaisin käyttöön tai valitse toinen nimi.",
        "sv": "Välfärdsområdet har ett område som tagits ur bruk med namnet {name}: ta det i "
              "bruk igen eller välj ett annat namn.",
        "en": "The county has a retired area called {name}: restore it or choose another "
              "name."},
    "organisation.centre_exists": {
        "fi": "Hyvinvointialueella on jo perhekeskus nimeltä {name}.",
        "sv": "Välfärdsområdet har redan ett familjecenter som heter {name}.",
        "en": "The county already has a family centre called {name}."},
    "organisation.centre_exists_retired": {
        "fi": "Hyvinvointialueella on käytöstä poistettu perhekeskus nimeltä {name}: ota se "
              "takaisin käyttöön tai valitse toinen nimi.",
        "sv": "Välfärdsområdet har ett familjecenter som tagits ur bruk med namnet {name}: "
              "ta det i bruk igen eller välj ett annat namn.",
        "en": "The county has a retired family centre called {name}: restore it or choose "
              "another name."},
    "organisation.area_has_centres": {
        "fi": "Aluetta {name} ei voi poistaa käytöstä: siinä on vielä käytössä olevia "
              "perhekeskuksia ({centres}). Siirrä tai poista ne ensin.",
        "sv": "Området {name} kan inte tas ur bruk: det har ännu familjecenter i bruk "
              "({centres}). Flytta dem eller ta dem ur bruk först.",
        "en": "The area {name} cannot be retired: it still has family centres in use "
              "({centres}). Move or retire them first."},
    "organisation.centre_has_units": {
        "fi": "Perhekeskusta {name} ei voi poistaa käytöstä: sillä on vielä yksiköitä "
              "({count}). Siirrä ne toiseen perhekeskukseen ensin.",
        "sv": "Familjecentret {name} kan inte tas ur bruk: det har ännu enheter ({count}). "
              "Flytta dem till ett annat familjecenter först.",
        "en": "The family centre {name} cannot be retired: it still has units ({count}). "
              "Move them to another centre first."},
    "organisation.area_retired": {
        "fi": "Alue {name} on poistettu käytöstä; ota se ensin takaisin käyttöön.",
        "sv": "Området {name} är taget ur bruk; ta det i bruk igen först.",
        "en": "The area {name} is retired; restore it first."},
    "organisation.centre_retired": {
        "fi": "Perhekeskus {centre} tai sen alue on poistettu käytöstä; siihen ei voi liittää "
              "eikä siirtää yksiköitä.",
        "sv": "Familjecentret {centre} eller dess område är taget ur bruk; inga enheter kan "
              "kopplas eller flyttas dit.",
        "en": "The family centre {centre} or its area is retired; no unit can be assigned or "
              "moved to it."},
    "organisation.unknown_area": {"fi": "Aluetta {area} ei löydy tämän ohjelman "
                                  "hyvinvointialueelta.",
                                  "sv": "Området {area} finns inte i programmets "
                                  "välfärdsområde.",
                                  "en": "Area {area} is not in this programme's county."},
    "organisation.unknown_centre": {
        "fi": "Perhekeskusta {centre} ei löydy tämän ohjelman hyvinvointialueelta.",
        "sv": "Familjecentret {centre} finns inte i programmets välfärdsområde.",
        "en": "Family centre {centre} is not in this programme's county."},
    "organisation.unknown_unit": {"fi": "Yksikköä {unit} ei ole tässä ohjelmassa.",
                                  "sv": "Enheten {unit} finns inte i detta program.",
                                  "en": "Unit {unit} is not in this programme."},
    "organisation.unknown_municipality": {
        "fi": "Kuntaa {code} ei ole tämän ohjelman hyvinvointialueella.",
        "sv": "Kommunen {code} finns inte i programmets välfärdsområde.",
        "en": "Municipality {code} is not in this programme's county."},
    "organisation.already_in_centre": {
        "fi": "{municipality} kuuluu jo perhekeskukseen {centre} tässä ohjelmassa.",
        "sv": "{municipality} hör redan till familjecentret {centre} i detta program.",
        "en": "{municipality} is already served by {centre} in this programme."},
    "organisation.same_centre": {
        "fi": "Yksikkö on jo perhekeskuksessa {centre}; valitse toinen.",
        "sv": "Enheten hör redan till {centre}; välj ett annat.",
        "en": "The unit is already in {centre}; choose another."},
    "organisation.code_exists": {"fi": "Tunnus {code} on jo käytössä.",
                                 "sv": "Koden {code} används redan.",
                                 "en": "The code {code} is taken."},
    "organisation.bad_code": {
        "fi": "Tunnus {code} ei kelpaa: käytä pieniä kirjaimia, numeroita ja viivoja.",
        "sv": "Koden {code} duger inte: använd små bokstäver, siffror och bindestreck.",
        "en": "The code {code} will not do: use lower-case letters, digits and hyphens."},
    "organisation.conflict": {
        "fi": "{by} muutti kohdetta {name} sillä välin. Mitään ei korvattu; tarkista molemmat "
              "ja tallenna uudelleen.",
        "sv": "{by} ändrade {name} under tiden. Inget skrevs över; granska båda och spara "
              "igen.",
        "en": "{by} changed {name} in the meantime. Nothing was overwritten; check both and "
              "save again."},
    "organisation.unit_conflict": {
        "fi": "{by} muutti yksikköä {municipality} sillä välin (nyt {centre}). Mitään ei "
              "siirretty; tarkista ja yritä uudelleen.",
        "sv": "{by} ändrade enheten {municipality} under tiden (nu {centre}). Inget "
              "flyttades; granska och försök igen.",
        "en": "{by} changed the unit {municipality} in the meantime (now {centre}). Nothing "
              "was moved; check and try again."},
    # History
    "field.org_name": {"fi": "nimi", "sv": "namn", "en": "name"},
    "field.org_name_sv": {"fi": "nimi ruotsiksi", "sv": "namn på svenska",
                          "en": "name in Swedish"},
    "field.org_area": {"fi": "alue", "sv": "område", "en": "area"},
    "field.org_centre": {"fi": "perhekeskus", "sv": "familjecenter", "en": "family centre"},
    "field.org_retired": {"fi": "poistettu käytöstä", "sv": "tagen ur bruk", "en": "retired"},
    "history.subject_family_centre_area": {"fi": "Alue {id}", "sv": "Område {id}",
                                           "en": "Area {id}"},
    "history.subject_family_centre": {"fi": "Perhekeskus {id}", "sv": "Familjecenter {id}",
                                      "en": "Family centre {id}"},
    "history.subject_municipality": {"fi": "Kunta {id}", "sv": "Kommun {id}",
                                     "en": "Municipality {id}"},
    "history.subject_area_named": {"fi": "Alue: {name}", "sv": "Område: {name}",
                                   "en": "Area: {name}"},
    "history.subject_centre_named": {"fi": "Perhekeskus: {name}", "sv": "Familjecenter: {name}",
                                     "en": "Family centre: {name}"},
}
