"""Texts of the step and checklist templates page (Mallipohjat), for admins."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.templates": {"fi": "Mallipohjat", "sv": "Mallar", "en": "Templates"},
    "templates.title": {"fi": "Askelten ja tarkistuslistojen mallipohjat",
                        "sv": "Mallar för steg och checklistor",
                        "en": "Step and checklist templates"},
    "templates.intro": {
        "fi": "Muutokset näkyvät heti kaikilla sivuilla. Mikään muutos ei muuta kuntien "
              "vastauksia eikä askelten tiloja, ja muutoshistoria säilyttää vanhat tekstit.",
        "sv": "Ändringarna syns genast på alla sidor. Ingen ändring ändrar kommunernas svar "
              "eller stegens status, och ändringshistoriken bevarar de gamla texterna.",
        "en": "Changes show on every page at once. No change alters a unit's answers or the "
              "status of its steps, and the history keeps the old texts."},
    "templates.admins_only": {"fi": "Vain pääkäyttäjät voivat muokata mallipohjia.",
                              "sv": "Endast administratörer kan redigera mallarna.",
                              "en": "Only admins can edit the templates."},
    "templates.step": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "templates.step_texts": {"fi": "Nimi ja kuvaus", "sv": "Namn och beskrivning",
                             "en": "Name and description"},
    "templates.step_texts_effect": {
        "fi": "Uusi nimi näkyy heti kaikilla sivuilla, raportissa ja työkirjassa; "
              "muutoshistoria säilyttää vanhan.",
        "sv": "Det nya namnet syns genast på alla sidor, i rapporten och i arbetsboken; "
              "ändringshistoriken bevarar det gamla.",
        "en": "The new name shows at once on every page, in the report and in the workbook; "
              "the history keeps the old one."},
    "templates.save_step": {"fi": "Tallenna nimi ja kuvaus", "sv": "Spara namn och beskrivning",
                            "en": "Save name and description"},
    "templates.step_saved": {"fi": "Askeleen {step} tekstit tallennettu.",
                             "sv": "Texterna för steg {step} har sparats.",
                             "en": "Step {step}'s texts saved."},
    "templates.go_live": {"fi": "Käynnistysaskel", "sv": "Startsteg", "en": "Go-live step"},
    "templates.go_live_step": {"fi": "Askel, jonka valmistuttua palvelu on käynnissä",
                               "sv": "Steget efter vilket tjänsten är i gång",
                               "en": "The step whose completion means the service is live"},
    "templates.go_live_help": {
        "fi": "Kunta lasketaan käynnistyneeksi, kun tämä askel on valmis jossakin sen "
              "yksikössä. Vaihto muuttaa kaikkia käynnistyslukuja, karttaa ja raporttia.",
        "sv": "En kommun räknas som i gång när detta steg är klart i någon av dess enheter. "
              "Ett byte ändrar alla siffror om start, kartan och rapporten.",
        "en": "A municipality counts as live when this step is done in one of its units. "
              "Changing it changes every go-live figure, the map and the report."},
    "templates.go_live_preview": {
        "fi": "Nyt palvelu lasketaan käynnissä olevaksi {now} kunnassa. Jos käynnistysaskeleeksi "
              "valitaan {step}, käynnissä olisi {after} kuntaa – kaikilla sivuilla, kartalla, "
              "käyrissä ja raportissa. Kuntien askelia ei muuteta.",
        "sv": "Nu räknas tjänsten som i gång i {now} kommuner. Om {step} blir startsteg, "
              "skulle den vara i gång i {after} kommuner – på alla sidor, på kartan, i "
              "kurvorna och i rapporten. Kommunernas steg ändras inte.",
        "en": "Now {now} municipalities count as live. With {step} as the go-live step, "
              "{after} would – on every page, the map, the curves and the report. No unit's "
              "steps change."},
    "templates.save_go_live": {"fi": "Vaihda käynnistysaskel", "sv": "Byt startsteg",
                               "en": "Change the go-live step"},
    "templates.go_live_saved": {"fi": "Käynnistysaskel vaihdettu.", "sv": "Startsteget har bytts.",
                                "en": "Go-live step changed."},
    "templates.items": {"fi": "Tarkistuslista", "sv": "Checklista", "en": "Checklist"},
    "templates.step_impact": {
        "fi": "Askel on valmis {done}/{units} yksikössä ja kuitattu {signed} yksikössä.",
        "sv": "Steget är klart i {done}/{units} enheter och kvitterat i {signed}.",
        "en": "The step is done in {done} of {units} units and signed off in {signed}."},
    "templates.no_items": {"fi": "Askeleella ei ole käytössä olevia kohtia.",
                           "sv": "Steget har inga punkter i bruk.",
                           "en": "The step has no items in use."},
    "templates.number": {"fi": "Nro", "sv": "Nr", "en": "No."},
    "templates.required": {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"},
    "templates.optional": {"fi": "valinnainen", "sv": "valfri", "en": "optional"},
    "templates.required_box": {"fi": "Pakollinen", "sv": "Obligatorisk", "en": "Required"},
    "templates.required_box_help": {
        "fi": "Pakollisen kohdan on oltava tehty tai ei koske, ennen kuin askeleen voi merkitä "
              "valmiiksi.",
        "sv": "En obligatorisk punkt måste vara gjord eller inte tillämplig innan steget kan "
              "markeras klart.",
        "en": "A required item must be done or not applicable before the step can be marked "
              "done."},
    "templates.answered": {"fi": "Vastattu (yksiköitä)", "sv": "Besvarad (enheter)",
                           "en": "Answered (units)"},
    "templates.edit_item": {"fi": "Muokkaa kohtaa", "sv": "Redigera punkt", "en": "Edit an item"},
    "templates.item": {"fi": "Kohta", "sv": "Punkt", "en": "Item"},
    "templates.save_item": {"fi": "Tallenna kohta", "sv": "Spara punkten", "en": "Save the item"},
    "templates.item_saved": {"fi": "Kohta tallennettu.", "sv": "Punkten har sparats.",
                             "en": "Item saved."},
    "templates.make_required_impact": {
        "fi": "Kohta on auki {open} yksikössä. Niistä {done} yksikössä askel on jo valmis: se "
              "pysyy valmiina ja kuittaukset pysyvät. Sääntö koskee askelta vasta, kun se "
              "seuraavan kerran merkitään valmiiksi.",
        "sv": "Punkten är öppen i {open} enheter. I {done} av dem är steget redan klart: det "
              "förblir klart och kvitteringarna står kvar. Regeln gäller steget först när det "
              "nästa gång markeras klart.",
        "en": "The item is open in {open} units. In {done} of them the step is done already: "
              "it stays done and its sign-offs stay. The rule applies to the step only when it "
              "next becomes done."},
    "templates.make_optional_impact": {
        "fi": "Kohta ei enää estä askeleen valmistumista niissä {open} yksikössä, joissa se on "
              "auki.",
        "sv": "Punkten hindrar inte längre steget från att bli klart i de {open} enheter där "
              "den är öppen.",
        "en": "The item no longer holds up the step in the {open} units where it is open."},
    "templates.reword_impact": {
        "fi": "Uusi sanamuoto näkyy heti kaikilla sivuilla. {answered} yksikön vastaukset "
              "säilyvät kohdalla; muutoshistoria säilyttää vanhan sanamuodon.",
        "sv": "Den nya formuleringen syns genast på alla sidor. Svaren från {answered} enheter "
              "står kvar på punkten; ändringshistoriken bevarar den gamla formuleringen.",
        "en": "The new wording shows on every page at once. The answers of {answered} units "
              "stay with the item; the history keeps the old wording."},
    "templates.position": {"fi": "Järjestysnumero", "sv": "Ordningsnummer", "en": "Position"},
    "templates.move": {"fi": "Siirrä numeroon", "sv": "Flytta till numret",
                       "en": "Move to position"},
    "templates.move_up": {"fi": "Siirrä ylös", "sv": "Flytta upp", "en": "Move up"},
    "templates.move_down": {"fi": "Siirrä alas", "sv": "Flytta ned", "en": "Move down"},
    "templates.moved": {"fi": "Kohta siirretty numeroon {position}.",
                        "sv": "Punkten har flyttats till nummer {position}.",
                        "en": "Item moved to position {position}."},
    "templates.retire": {"fi": "Poista käytöstä", "sv": "Ta ur bruk", "en": "Retire"},
    "templates.retire_impact": {
        "fi": "Poistetaanko kohta käytöstä? Se poistuu valmiusluvuista, askelten valmistumisen "
              "ehdoista, yhdenvertaisuusnäkymästä, raportista ja työkirjasta ({open} yksikössä "
              "se on nyt auki). {answered} yksikön vastaukset ja muutoshistoria säilyvät, ja "
              "kohdan voi palauttaa.",
        "sv": "Ta punkten ur bruk? Den försvinner ur beredskapssiffrorna, villkoren för att "
              "steg blir klara, likvärdighetsvyn, rapporten och arbetsboken (i {open} enheter "
              "är den nu öppen). Svaren från {answered} enheter och ändringshistoriken står "
              "kvar, och punkten kan återställas.",
        "en": "Retire the item? It leaves the readiness figures, what a step needs to become "
              "done, the harmonisation view, the report and the workbook (it is open in {open} "
              "units now). The answers of {answered} units and the history are kept, and the "
              "item can be restored."},
    "templates.retire_confirm": {"fi": "Kyllä, poista käytöstä", "sv": "Ja, ta ur bruk",
                                 "en": "Yes, retire it"},
    "templates.retired_done": {"fi": "Kohta poistettu käytöstä; vastaukset säilyvät.",
                               "sv": "Punkten har tagits ur bruk; svaren står kvar.",
                               "en": "Item retired; its answers are kept."},
    "templates.retired_items": {"fi": "Käytöstä poistetut kohdat", "sv": "Punkter ur bruk",
                                "en": "Retired items"},
    "templates.no_retired": {"fi": "Ei käytöstä poistettuja kohtia.",
                             "sv": "Inga punkter ur bruk.", "en": "No retired items."},
    "templates.retired_note": {
        "fi": "Nämä eivät näy valmiusluvuissa eivätkä estä askelia; vastaukset säilyvät.",
        "sv": "Dessa syns inte i beredskapssiffrorna och hindrar inga steg; svaren står kvar.",
        "en": "These are not counted in readiness and hold up no step; their answers are "
              "kept."},
    "templates.retired_on": {"fi": "Poistettu käytöstä", "sv": "Togs ur bruk", "en": "Retired on"},
    "templates.restore": {"fi": "Palauta käyttöön", "sv": "Återställ", "en": "Restore"},
    "templates.restore_help": {
        "fi": "Kohta palaa käyttöön listan loppuun aiempine vastauksineen.",
        "sv": "Punkten tas i bruk igen sist i listan, med sina tidigare svar.",
        "en": "The item comes back at the end of the list, with the answers it had."},
    "templates.restored": {"fi": "Kohta palautettu käyttöön.", "sv": "Punkten har återställts.",
                           "en": "Item restored."},
    "templates.add_item": {"fi": "Lisää kohta", "sv": "Lägg till en punkt", "en": "Add an item"},
    "templates.add_where": {"fi": "Paikka", "sv": "Plats", "en": "Where"},
    "templates.at_the_end": {"fi": "Listan loppuun", "sv": "Sist i listan",
                             "en": "At the end"},
    "templates.before": {"fi": "Ennen kohtaa {item}", "sv": "Före punkt {item}",
                         "en": "Before item {item}"},
    "templates.add_impact": {
        "fi": "Uusi kohta on auki kaikissa {units} yksikössä. Jos se on pakollinen: {done} "
              "yksikössä askel on jo valmis – ne pysyvät valmiina ja niiden {signed} kuittausta "
              "pysyvät; sääntö koskee askelta vasta, kun se seuraavan kerran merkitään "
              "valmiiksi. Valinnainen kohta ei estä mitään askelta.",
        "sv": "Den nya punkten är öppen i alla {units} enheter. Om den är obligatorisk: i "
              "{done} enheter är steget redan klart – de förblir klara och deras {signed} "
              "kvitteringar står kvar; regeln gäller steget först när det nästa gång markeras "
              "klart. En valfri punkt hindrar inga steg.",
        "en": "The new item is open in all {units} units. If it is required: {done} units have "
              "this step done already – they stay done and their {signed} sign-offs stay; the "
              "rule applies to the step only when it next becomes done. An optional item holds "
              "up no step."},
    "templates.added": {"fi": "Kohta lisätty.", "sv": "Punkten har lagts till.",
                        "en": "Item added."},
    # refusals
    "templates.text_needed": {"fi": "Anna {field}.", "sv": "Ange {field}.",
                              "en": "Enter the {field}."},
    "templates.duplicate_step": {
        "fi": "Toisella askeleella on jo nimi ”{name}”. Mitään ei tallennettu.",
        "sv": "Ett annat steg heter redan ”{name}”. Inget sparades.",
        "en": "Another step is already called “{name}”. Nothing was saved."},
    "templates.duplicate_item": {
        "fi": "Askeleella on jo kohta ”{text}”. Mitään ei tallennettu.",
        "sv": "Steget har redan punkten ”{text}”. Inget sparades.",
        "en": "The step already has the item “{text}”. Nothing was saved."},
    "templates.unknown_step": {"fi": "Askelta ei löydy. Mitään ei tallennettu.",
                               "sv": "Steget finns inte. Inget sparades.",
                               "en": "There is no such step. Nothing was saved."},
    "templates.bad_position": {
        "fi": "Järjestysnumeron {position} on oltava 1–{count}. Mitään ei tallennettu.",
        "sv": "Ordningsnumret {position} ska vara 1–{count}. Inget sparades.",
        "en": "Position {position} must be 1–{count}. Nothing was saved."},
    "templates.item_retired": {
        "fi": "Kohta on poistettu käytöstä; palauta se ensin. Mitään ei tallennettu.",
        "sv": "Punkten är tagen ur bruk; återställ den först. Inget sparades.",
        "en": "The item is retired; restore it first. Nothing was saved."},
    "templates.already_retired": {"fi": "Kohta on jo poistettu käytöstä.",
                                  "sv": "Punkten är redan tagen ur bruk.",
                                  "en": "The item is retired already."},
    "templates.not_retired": {"fi": "Kohta on jo käytössä.", "sv": "Punkten är redan i bruk.",
                              "en": "The item is in use already."},
    "templates.conflict": {
        "fi": "{by} muutti tätä samaan aikaan. Muutoksiasi ei tallennettu eikä mitään "
              "kirjoitettu yli.",
        "sv": "{by} ändrade detta under tiden. Dina ändringar sparades inte och inget "
              "skrevs över.",
        "en": "{by} changed this in the meantime. Your changes were not saved and nothing "
              "was overwritten."},
    "templates.conflict_unknown": {
        "fi": "Joku muutti tarkistuslistaa samaan aikaan. Mitään ei tallennettu; yritä "
              "uudelleen.",
        "sv": "Någon ändrade checklistan samtidigt. Inget sparades; försök igen.",
        "en": "Someone changed the checklist at the same time. Nothing was saved; try again."},
    "checklist.item_retired": {
        "fi": "Kohta ”{item}” on poistettu käytöstä. Mitään ei tallennettu; lataa uusimmat "
              "tiedot.",
        "sv": "Punkten ”{item}” har tagits ur bruk. Inget sparades; ladda de senaste "
              "uppgifterna.",
        "en": "The item “{item}” has been retired. Nothing was saved; load the latest values."},
    # the history of template changes
    "history.subject_step_template": {"fi": "Askeleen mallipohja", "sv": "Stegets mall",
                                      "en": "Step template"},
    "history.subject_checklist_item_template": {
        "fi": "Tarkistuslistan kohta: {item}", "sv": "Punkt i checklistan: {item}",
        "en": "Checklist item: {item}"},
    "field.name_fi": {"fi": "nimi suomeksi", "sv": "namn på finska", "en": "name in Finnish"},
    "field.name_sv": {"fi": "nimi ruotsiksi", "sv": "namn på svenska", "en": "name in Swedish"},
    "field.name_en": {"fi": "nimi englanniksi", "sv": "namn på engelska",
                      "en": "name in English"},
    "field.description_fi": {"fi": "kuvaus suomeksi", "sv": "beskrivning på finska",
                             "en": "description in Finnish"},
    "field.description_sv": {"fi": "kuvaus ruotsiksi", "sv": "beskrivning på svenska",
                             "en": "description in Swedish"},
    "field.description_en": {"fi": "kuvaus englanniksi", "sv": "beskrivning på engelska",
                             "en": "description in English"},
    "field.text_fi": {"fi": "teksti suomeksi", "sv": "text på finska", "en": "text in Finnish"},
    "field.text_sv": {"fi": "teksti ruotsiksi", "sv": "text på svenska", "en": "text in Swedish"},
    "field.text_en": {"fi": "teksti englanniksi", "sv": "text på engelska",
                      "en": "text in English"},
    "field.required": {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"},
    "field.position": {"fi": "järjestysnumero", "sv": "ordningsnummer", "en": "position"},
    "field.retired": {"fi": "poistettu käytöstä", "sv": "ur bruk", "en": "retired"},
    "field.marks_go_live": {"fi": "käynnistysaskel", "sv": "startsteg", "en": "go-live step"},
}
