"""Texts of the steps screen: the grid, the unit editor, bulk update and baselines."""

TEXTS: dict[str, dict[str, str]] = {
    "steps.title": {"fi": "Askeleet yksiköittäin", "sv": "Steg per enhet",
                    "en": "Steps by unit"},
    "steps.filter_area": {"fi": "Alue", "sv": "Område", "en": "Area"},
    "steps.filter_centre": {"fi": "Perhekeskus", "sv": "Familjecenter", "en": "Family centre"},
    "steps.filter_step": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "steps.filter_status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "steps.filter_owner": {"fi": "Vastuuhenkilö", "sv": "Ansvarsperson", "en": "Owner"},
    "steps.filter_overdue": {"fi": "Vain myöhässä olevat", "sv": "Endast försenade",
                             "en": "Overdue only"},
    "steps.any_step": {"fi": "Mikä tahansa askel", "sv": "Vilket steg som helst",
                       "en": "Any step"},
    "steps.shown": {"fi": "{shown} / {total} yksikköä. Valitse rivi muokataksesi.",
                    "sv": "{shown} / {total} enheter. Välj en rad för att redigera.",
                    "en": "{shown} / {total} units. Select a row to edit it."},
    "steps.shown_read_only": {"fi": "{shown} / {total} yksikköä. Valitse rivi nähdäksesi tiedot.",
                              "sv": "{shown} / {total} enheter. Välj en rad för detaljer.",
                              "en": "{shown} / {total} units. Select a row for details."},
    "steps.none_match": {"fi": "Mikään yksikkö ei vastaa valintoja.",
                         "sv": "Ingen enhet motsvarar valen.",
                         "en": "No unit matches these choices."},
    "steps.legend": {
        "fi": "○ ei aloitettu · ◐ käynnissä · ✔ valmis · ⊘ estynyt · ‼ myöhässä "
              "(suunniteltu loppu ohi) · ⚠ riskissä (loppuu 14 päivän sisällä)",
        "sv": "○ inte påbörjad · ◐ pågår · ✔ klar · ⊘ blockerad · ‼ försenad "
              "(planerat slut passerat) · ⚠ i riskzonen (slutar inom 14 dagar)",
        "en": "○ not started · ◐ in progress · ✔ done · ⊘ blocked · ‼ overdue "
              "(planned end passed) · ⚠ at risk (ends within 14 days)"},
    "steps.unit_heading": {"fi": "{municipality} – {centre}", "sv": "{municipality} – {centre}",
                           "en": "{municipality} – {centre}"},
    "steps.out_of_order": {
        "fi": "Askel {positions} on aloitettu, vaikka aiempi askel ei ole valmis. Tämä on "
              "sallittua, mutta tarkista tiedot.",
        "sv": "Steg {positions} har påbörjats fast ett tidigare steg inte är klart. Det är "
              "tillåtet, men kontrollera uppgifterna.",
        "en": "Step {positions} started while an earlier step is not done. This is allowed, "
              "but check the data."},
    "steps.status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "steps.planned_start": {"fi": "Suunniteltu alku", "sv": "Planerad start",
                            "en": "Planned start"},
    "steps.planned_end": {"fi": "Suunniteltu loppu", "sv": "Planerat slut",
                          "en": "Planned end"},
    "steps.actual_start": {"fi": "Toteutunut alku", "sv": "Faktisk start",
                           "en": "Actual start"},
    "steps.actual_end": {"fi": "Toteutunut loppu", "sv": "Faktiskt slut", "en": "Actual end"},
    "steps.actual_end_help": {
        "fi": "Valmiille askeleelle; tyhjänä tänään.",
        "sv": "För ett klart steg; tomt betyder i dag.",
        "en": "For a done step; empty means today."},
    "steps.end_latest_by": {
        "fi": "Toteutunut loppu on julkisesta lähteestä vain yläraja: {bound}. Jos tiedät "
              "todellisen päivän, kirjaa se; historia säilyttää molemmat.",
        "sv": "Det faktiska slutet är från den offentliga källan bara en övre gräns: {bound}. "
              "Om du vet den verkliga dagen, registrera den; historiken behåller båda.",
        "en": "The actual end is only an upper bound from the public record: {bound}. If you "
              "know the real day, record it; the history keeps both."},
    "steps.owner_account": {"fi": "…tai valitse ohjelman käyttäjä",
                            "sv": "…eller välj en användare i programmet",
                            "en": "…or choose a programme user"},
    "steps.owner_account_placeholder": {"fi": "Valitse", "sv": "Välj", "en": "Choose"},
    "steps.owner_help": {
        "fi": "Ohjelman käyttäjän nimi tai käyttäjätunnus liittää askeleen hänen omiin "
              "tehtäviinsä ja muistutuksiinsa; muu nimi jää tekstiksi.",
        "sv": "Namnet eller användarnamnet på en användare i programmet kopplar steget till "
              "hens uppgifter och påminnelser; ett annat namn förblir text.",
        "en": "The name or user name of a programme user links the step to their My work and "
              "reminders; any other name stays text."},
    "steps.owner_linked": {"fi": "Näkyy vastuuhenkilön omissa tehtävissä.",
                           "sv": "Syns i ansvarspersonens uppgifter.",
                           "en": "Shows in the owner's My work."},
    "steps.owner_unlinked": {
        "fi": "Vastuuhenkilöllä ei ole tunnusta tässä ohjelmassa: muistutuksia ei lähetetä.",
        "sv": "Ansvarspersonen har inget konto i programmet: inga påminnelser skickas.",
        "en": "The owner has no account in this programme: no reminders are sent."},
    "steps.owner": {"fi": "Vastuuhenkilö", "sv": "Ansvarsperson", "en": "Owner"},
    "steps.note": {"fi": "Muistiinpano", "sv": "Anteckning", "en": "Note"},
    "steps.reason": {"fi": "Syy (pakollinen, kun valmis askel avataan uudelleen)",
                     "sv": "Orsak (krävs när ett klart steg öppnas igen)",
                     "en": "Reason (required when reopening a done step)"},
    "steps.save": {"fi": "Tallenna", "sv": "Spara", "en": "Save"},
    "steps.saved": {"fi": "Tallennettu: {municipality}, askel {step}.",
                    "sv": "Sparat: {municipality}, steg {step}.",
                    "en": "Saved: {municipality}, step {step}."},
    "steps.no_changes": {"fi": "Ei muutoksia tallennettavaksi.", "sv": "Inga ändringar att spara.",
                         "en": "Nothing to save."},
    "steps.last_saved": {"fi": "Viimeksi tallennettu {when}", "sv": "Senast sparat {when}",
                         "en": "Last saved {when}"},
    "steps.read_only": {"fi": "Sinulla on lukuoikeus; askelia muokkaavat suunnittelijat.",
                        "sv": "Du har läsbehörighet; planerare redigerar stegen.",
                        "en": "You can read; planners edit the steps."},
    "steps.reopen_needs_reason": {
        "fi": "Valmiin askeleen avaaminen uudelleen vaatii syyn.",
        "sv": "Att öppna ett klart steg igen kräver en orsak.",
        "en": "Reopening a done step needs a reason."},
    "steps.end_before_start": {
        "fi": "{municipality}, askel {step}: loppupäivä ei voi olla ennen alkupäivää ({field}).",
        "sv": "{municipality}, steg {step}: slutdatum kan inte vara före startdatum ({field}).",
        "en": "{municipality}, step {step}: the end cannot be before the start ({field})."},
    "steps.actual_in_future": {
        "fi": "{municipality}, askel {step}: toteutunut päivä ei voi olla tulevaisuudessa ({field}).",
        "sv": "{municipality}, steg {step}: ett faktiskt datum kan inte ligga i framtiden ({field}).",
        "en": "{municipality}, step {step}: an actual date cannot be in the future ({field})."},
    "steps.actual_end_only_when_done": {
        "fi": "{municipality}, askel {step}: toteutunut loppu merkitään vain valmiille askeleelle.",
        "sv": "{municipality}, steg {step}: faktiskt slut anges bara för ett klart steg.",
        "en": "{municipality}, step {step}: an actual end is given only for a done step."},
    "steps.unknown": {"fi": "Askelta ei löydy.", "sv": "Steget finns inte.",
                      "en": "No such step."},
    "steps.unit_not_found": {"fi": "Yksikköä {unit} ei löydy (askel {step}).",
                             "sv": "Enheten {unit} finns inte (steg {step}).",
                             "en": "No unit {unit} (step {step})."},
    "steps.unit_ambiguous": {
        "fi": "Kunnalla {unit} on useita perhekeskuksia; valitse perhekeskus (askel {step}).",
        "sv": "Kommunen {unit} har flera familjecenter; välj familjecenter (steg {step}).",
        "en": "Municipality {unit} has several family centres; choose one (step {step})."},
    # Bulk update
    "bulk.title": {"fi": "Päivitä monta kerralla", "sv": "Uppdatera många på en gång",
                   "en": "Bulk update"},
    "bulk.units": {"fi": "Kunnat", "sv": "Kommuner", "en": "Municipalities"},
    "bulk.centre": {"fi": "…tai kaikki perhekeskuksen kunnat", "sv": "…eller alla kommuner i ett familjecenter",
                    "en": "…or all municipalities of a family centre"},
    "bulk.keep": {"fi": "– ei muutosta –", "sv": "– ingen ändring –", "en": "– no change –"},
    "bulk.preview": {"fi": "Esikatsele muutokset", "sv": "Förhandsgranska ändringarna",
                     "en": "Preview the changes"},
    "bulk.nothing": {"fi": "Valinnoilla ei muuttuisi mitään.", "sv": "Valen skulle inte ändra något.",
                     "en": "These choices would change nothing."},
    # Baselines
    "baseline.title": {"fi": "Perussuunnitelma (baseline)", "sv": "Baslinje",
                       "en": "Baseline"},
    "baseline.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "baseline.freeze": {"fi": "Jäädytä nykyinen suunnitelma", "sv": "Frys den nuvarande planen",
                        "en": "Freeze the current plan"},
    "baseline.frozen": {"fi": "Suunnitelma jäädytetty nimellä {name}.",
                        "sv": "Planen frystes med namnet {name}.",
                        "en": "Plan frozen as {name}."},
    "baseline.compare": {"fi": "Vertaa perussuunnitelmaan", "sv": "Jämför med baslinjen",
                         "en": "Compare with baseline"},
    "baseline.none": {"fi": "Perussuunnitelmia ei ole vielä jäädytetty.",
                      "sv": "Inga baslinjer har frysts ännu.",
                      "en": "No baseline has been frozen yet."},
    "baseline.needs_name": {"fi": "Anna perussuunnitelmalle nimi.", "sv": "Ge baslinjen ett namn.",
                            "en": "Give the baseline a name."},
    "baseline.exists": {"fi": "Perussuunnitelma {name} on jo olemassa.",
                        "sv": "Baslinjen {name} finns redan.",
                        "en": "Baseline {name} already exists."},
    "steps.conflict": {
        "fi": "{by} tallensi tämän askeleen sillä välin. Muutostasi ei tallennettu eikä mitään "
              "ylikirjoitettu. Vertaa arvoja alla ja valitse, kummat jäävät.",
        "sv": "{by} sparade steget under tiden. Din ändring sparades inte och inget skrevs "
              "över. Jämför värdena nedan och välj vilka som gäller.",
        "en": "{by} saved this step in the meantime. Your change was not saved and nothing was "
              "overwritten. Compare the values below and choose which stay."},
    "bulk.conflict": {
        "fi": "{by} muutti askeleen {step} kunnassa {municipality} esikatselun jälkeen. Mitään "
              "ei tallennettu; esikatsele uudelleen.",
        "sv": "{by} ändrade steg {step} i {municipality} efter förhandsgranskningen. Inget "
              "sparades; förhandsgranska igen.",
        "en": "{by} changed step {step} of {municipality} after the preview. Nothing was saved; "
              "preview again."},
    "bulk.conflict_unknown": {
        "fi": "Joku muutti askelia samaan aikaan. Mitään ei tallennettu; esikatsele uudelleen.",
        "sv": "Någon ändrade stegen samtidigt. Inget sparades; förhandsgranska igen.",
        "en": "Someone changed these steps at the same time. Nothing was saved; preview again."},
    "bulk.inputs_changed": {
        "fi": "Valintoja muutettiin esikatselun jälkeen, joten mitään ei tallennettu. "
              "Esikatsele uudelleen.",
        "sv": "Valen ändrades efter förhandsgranskningen, så inget sparades. Förhandsgranska igen.",
        "en": "The choices changed after the preview, so nothing was saved. Preview again."},
    "bulk.preview_count": {"fi": "Muutoksia {count}, askelia {steps}.",
                           "sv": "Ändringar: {count}, steg: {steps}.",
                           "en": "Changes: {count}, steps: {steps}."},
    "bulk.apply.one": {"fi": "Tallenna {count} askel", "sv": "Spara {count} steg",
                       "en": "Save {count} step"},
    "bulk.apply.other": {"fi": "Tallenna {count} askelta", "sv": "Spara {count} steg",
                         "en": "Save {count} steps"},
    "bulk.applied.one": {"fi": "Päivitetty {count} askel.", "sv": "Uppdaterade {count} steg.",
                         "en": "Updated {count} step."},
    "bulk.applied.other": {"fi": "Päivitetty {count} askelta.", "sv": "Uppdaterade {count} steg.",
                           "en": "Updated {count} steps."},
    "steps.grid_step": {"fi": "Askel {position}", "sv": "Steg {position}",
                        "en": "Step {position}"},
}
