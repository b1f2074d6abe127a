"""Texts shared by every screen: the app frame, statuses, roles, table columns and field names."""

TEXTS: dict[str, dict[str, str]] = {
    # App frame
    "app.title": {"fi": "Askeleet", "sv": "Askeleet", "en": "Askeleet"},
    "app.language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "app.programme": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "app.no_programme": {
        "fi": "Tietokannassa ei ole ohjelmaa. Aja `python -m rollout init`.",
        "sv": "Databasen har inget program. Kör `python -m rollout init`.",
        "en": "The database holds no programme. Run `python -m rollout init`."},
    "app.programme_not_yours": {
        "fi": "Sinulla ei ole roolia ohjelmassa {asked}, joten avasimme ohjelman {opened}, "
              "jossa sinulla on rooli.",
        "sv": "Du har ingen roll i programmet {asked}, så vi öppnade programmet {opened}, "
              "där du har en roll.",
        "en": "You have no role in the programme {asked}, so we opened {opened}, where you "
              "have one."},
    "common.choose": {"fi": "Valitse", "sv": "Välj", "en": "Choose"},
    "nav.overview": {"fi": "Yleiskuva", "sv": "Översikt", "en": "Overview"},
    # the benchmark's one-line page (rollout.ui.navigation, ROLLOUT_BENCH_REFERENCE_PAGE)
    "nav.reference": {"fi": "Vertailusivu", "sv": "Referenssida", "en": "Reference page"},
    # Steps and statuses
    "status.not_started": {"fi": "Ei aloitettu", "sv": "Inte påbörjad", "en": "Not started"},
    "status.in_progress": {"fi": "Käynnissä", "sv": "Pågår", "en": "In progress"},
    "status.done": {"fi": "Valmis", "sv": "Klar", "en": "Done"},
    "status.blocked": {"fi": "Estynyt", "sv": "Blockerad", "en": "Blocked"},
    "step.none": {"fi": "Ei aloitettu", "sv": "Inte påbörjad", "en": "Not started"},
    "step.numbered": {"fi": "{position}. {name}", "sv": "{position}. {name}",
                      "en": "{position}. {name}"},
    "chart.units": {"fi": "Yksiköitä", "sv": "Enheter", "en": "Units"},
    "column.area": {"fi": "Alue", "sv": "Område", "en": "Area"},
    "column.municipalities": {"fi": "Kunnat", "sv": "Kommuner", "en": "Municipalities"},
    "column.live": {"fi": "Käynnissä", "sv": "I gång", "en": "Live"},
    "column.residents_covered": {"fi": "Asukkaat katettu", "sv": "Invånare täckta",
                                 "en": "Residents covered"},
    "column.coverage_share": {"fi": "Kattavuus", "sv": "Täckning", "en": "Coverage"},
    "column.steps_done_share": {"fi": "Askeleet valmiina", "sv": "Steg klara",
                                "en": "Steps done"},
    # Errors from services
    "error.permission": {"fi": "Sinulla ei ole oikeutta tähän muutokseen. Mitään ei muutettu.",
                         "sv": "Du har inte behörighet till ändringen. Inget ändrades.",
                         "en": "You are not allowed to make this change. Nothing was changed."},
    "role.admin": {"fi": "pääkäyttäjä", "sv": "administratör", "en": "admin"},
    "role.planner": {"fi": "suunnittelija", "sv": "planerare", "en": "planner"},
    "role.lead": {"fi": "perhekeskusvastaava", "sv": "familjecenteransvarig", "en": "lead"},
    "role.manager": {"fi": "johto", "sv": "ledning", "en": "manager"},
    # User administration
    "nav.admin": {"fi": "Käyttäjät", "sv": "Användare", "en": "Users"},
    # Steps screen
    "nav.steps": {"fi": "Askeleet", "sv": "Steg", "en": "Steps"},
    "column.municipality": {"fi": "Kunta", "sv": "Kommun", "en": "Municipality"},
    "column.centre": {"fi": "Perhekeskus", "sv": "Familjecenter", "en": "Family centre"},
    "column.step": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "column.field": {"fi": "Tieto", "sv": "Uppgift", "en": "Field"},
    "column.old": {"fi": "Ennen", "sv": "Före", "en": "Before"},
    "column.new": {"fi": "Jälkeen", "sv": "Efter", "en": "After"},
    "column.baseline_end": {"fi": "Perussuunnitelman loppu", "sv": "Baslinjens slut",
                            "en": "Baseline end"},
    "column.plan_variance": {"fi": "Suunnitelman siirtymä (pv)", "sv": "Planens förskjutning (d)",
                             "en": "Plan slip (days)"},
    "column.actual_variance": {"fi": "Toteuman poikkeama (pv)", "sv": "Utfallets avvikelse (d)",
                               "en": "Actual variance (days)"},
    # History
    "nav.history": {"fi": "Muutoshistoria", "sv": "Ändringshistorik", "en": "History"},
    "column.when": {"fi": "Milloin", "sv": "När", "en": "When"},
    "column.effective": {"fi": "Voimassa", "sv": "Gäller från", "en": "Effective"},
    "column.who": {"fi": "Kuka", "sv": "Vem", "en": "Who"},
    "column.what": {"fi": "Kohde", "sv": "Objekt", "en": "Subject"},
    "column.reason": {"fi": "Syy", "sv": "Orsak", "en": "Reason"},
    "column.kind": {"fi": "Muutos", "sv": "Ändring", "en": "Change"},
    "column.detail": {"fi": "Tieto", "sv": "Uppgift", "en": "Detail"},
    "field.status": {"fi": "tila", "sv": "status", "en": "status"},
    "field.planned_start": {"fi": "suunniteltu alku", "sv": "planerad start", "en": "planned start"},
    "field.planned_end": {"fi": "suunniteltu loppu", "sv": "planerat slut", "en": "planned end"},
    "field.actual_start": {"fi": "toteutunut alku", "sv": "faktisk start", "en": "actual start"},
    "field.actual_end": {"fi": "toteutunut loppu", "sv": "faktiskt slut", "en": "actual end"},
    "field.owner": {"fi": "vastuuhenkilö", "sv": "ansvarsperson", "en": "owner"},
    "field.note": {"fi": "muistiinpano", "sv": "anteckning", "en": "note"},
    "field.created": {"fi": "luotu", "sv": "skapad", "en": "created"},
    "field.role": {"fi": "rooli", "sv": "roll", "en": "role"},
    "field.centres": {"fi": "perhekeskukset", "sv": "familjecenter", "en": "family centres"},
    "field.is_active": {"fi": "käytössä", "sv": "aktiv", "en": "active"},
    "field.password": {"fi": "salasana", "sv": "lösenord", "en": "password"},
    "field.name": {"fi": "nimi", "sv": "namn", "en": "name"},
    # Readiness checklists
    "item.open": {"fi": "Avoin", "sv": "Öppen", "en": "Open"},
    "item.done": {"fi": "Tehty", "sv": "Klar", "en": "Done"},
    "item.not_applicable": {"fi": "Ei koske", "sv": "Ej tillämplig", "en": "Not applicable"},
    "field.display_name": {"fi": "näyttönimi", "sv": "visningsnamn", "en": "display name"},
    "field.email": {"fi": "sähköposti", "sv": "e-post", "en": "e-mail"},
    "field.username": {"fi": "käyttäjätunnus", "sv": "användarnamn", "en": "username"},
    "field.baseline_name": {"fi": "perussuunnitelman nimi", "sv": "baslinjens namn",
                            "en": "baseline name"},
    "field.comment": {"fi": "kommentti", "sv": "kommentar", "en": "comment"},
    "error.bad_character": {
        "fi": "Kentässä {field} on merkki, jota ei voi tallentaa (ohjausmerkki tai rivinvaihto). "
              "Poista se ja tallenna uudelleen.",
        "sv": "Fältet {field} innehåller ett tecken som inte kan sparas (styrtecken eller "
              "radbrytning). Ta bort det och spara igen.",
        "en": "The {field} holds a character that cannot be saved (a control character or a "
              "line break). Remove it and save again."},
    "error.too_long": {
        "fi": "Kenttä {field} on liian pitkä: {length} merkkiä, enintään {limit}.",
        "sv": "Fältet {field} är för långt: {length} tecken, högst {limit}.",
        "en": "The {field} is too long: {length} characters, at most {limit}."},
    "error.database_rule": {
        "fi": "Tietokanta ei hyväksynyt tallennettavaa arvoa ({field}), eikä mitään muutettu. "
              "Ylläpitäjä näkee syyn lokista.",
        "sv": "Databasen godtog inte värdet som skulle sparas ({field}), och inget ändrades. "
              "Administratören ser orsaken i loggen.",
        "en": "The database did not accept a value to be saved ({field}), and nothing was "
              "changed. The administrator can see the cause in the log."},
    "error.busy": {
        "fi": "Tietokanta oli juuri varattu toisen tallennuksen vuoksi, eikä mitään muutettu. "
              "Yritä uudelleen.",
        "sv": "Databasen var just upptagen av en annan sparning, och inget ändrades. Försök "
              "igen.",
        "en": "The database was busy with another save just then, and nothing was changed. "
              "Try again."},
    "init.resolve_duplicates": {
        "fi": "Anna kullekin toisteiselle nimelle oma nimi (valmiuskohdista riittää myös "
              "poistaa käytöstä kaikki paitsi yksi) sovelluksen Organisaatio- ja "
              "Mallipohjat-sivuilla aiemmalla versiolla tai SQL:llä, esimerkiksi\n    "
              "{example}\nja aja sitten uudelleen `python -m rollout init`.",
        "sv": "Ge varje dubblett ett eget namn (för beredskapspunkter räcker det också att ta "
              "alla utom en ur bruk) på appens sidor Organisation och Mallar med den tidigare "
              "versionen eller med SQL, till exempel\n    {example}\noch kör sedan "
              "`python -m rollout init` igen.",
        "en": "Give each duplicate a name of its own (for readiness items, retiring all but "
              "one also does) on the app's Organisation and Templates pages with the version "
              "you ran before, or in SQL, for example\n    {example}\nthen run "
              "`python -m rollout init` again."},
    "error.database": {
        "fi": "Tallennus ei onnistunut tietokannan virheen vuoksi; mitään ei muutettu. Yritä "
              "uudelleen; jos virhe toistuu, ylläpitäjä näkee sen lokista.",
        "sv": "Det gick inte att spara på grund av ett databasfel; inget ändrades. Försök igen; "
              "om felet upprepas ser administratören det i loggen.",
        "en": "Saving failed because of a database error; nothing was changed. Try again; if "
              "it happens again, the administrator can see it in the log."},
    "error.database_unavailable": {
        "fi": "Tietokanta ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen; "
              "sivu toimii taas, kun yhteys palaa.",
        "sv": "Databasen är inte tillgänglig just nu. Försök igen om en stund; sidan fungerar "
              "igen när förbindelsen är tillbaka.",
        "en": "The database is not available right now. Try again in a moment; the page works "
              "again once the connection is back."},
    "field.reason": {"fi": "syy", "sv": "orsak", "en": "reason"},
    "field.evidence": {"fi": "näyttö", "sv": "belägg", "en": "evidence"},
    "common.yes": {"fi": "Kyllä", "sv": "Ja", "en": "Yes"},
    "common.no": {"fi": "Ei", "sv": "Nej", "en": "No"},
    "common.yes_do_it": {"fi": "Kyllä, tee se", "sv": "Ja, gör det", "en": "Yes, do it"},
    "common.cancel": {"fi": "Peruuta", "sv": "Avbryt", "en": "Cancel"},
    # The form pattern (rollout.ui.record_form): stale values and edit conflicts
    "form.stale": {
        "fi": "Joku tallensi tämän sen jälkeen, kun avasit sen ({when}). Lomakkeessa ovat vielä "
              "avaamasi arvot; tallennus ei ylikirjoita uudempaa, vaan näyttää molemmat.",
        "sv": "Någon sparade detta efter att du öppnade det ({when}). Formuläret visar ännu "
              "värdena du öppnade; att spara skriver inte över det nyare utan visar båda.",
        "en": "Someone saved this after you opened it ({when}). The form still holds the values "
              "you opened; saving will not overwrite the newer ones but show both."},
    "form.load_latest": {"fi": "Lataa uusimmat tiedot", "sv": "Ladda de senaste uppgifterna",
                         "en": "Load the latest values"},
    "form.reapply_mine": {"fi": "Tee omat muutokseni uusimpiin tietoihin",
                          "sv": "Gör mina ändringar i de senaste uppgifterna",
                          "en": "Re-apply my changes to the latest values"},
    "form.reapply_mine_help": {
        "fi": "Lomakkeeseen tulevat uusimmat tiedot, joihin on tehty ne kentät, joita itse "
              "muutit. Tarkista ja tallenna.",
        "sv": "Formuläret får de senaste uppgifterna med de fält du själv ändrade. Kontrollera "
              "och spara.",
        "en": "The form gets the latest values with the fields you changed yourself applied. "
              "Check and save."},
    "form.reapplied": {
        "fi": "Lomakkeessa ovat nyt uusimmat tiedot ja sinun muutoksesi. Tarkista ja tallenna.",
        "sv": "Formuläret har nu de senaste uppgifterna och dina ändringar. Kontrollera och spara.",
        "en": "The form now holds the latest values with your changes. Check and save."},
    "form.conflict_when": {"fi": "{by} tallensi {when}", "sv": "{by} sparade {when}",
                           "en": "{by} saved {when}"},
    "form.yours": {"fi": "Sinun arvosi (ei tallennettu)", "sv": "Dina värden (inte sparade)",
                   "en": "Your values (not saved)"},
    "form.theirs": {"fi": "Tallennettu nyt ({by})", "sv": "Sparat nu ({by})",
                    "en": "Saved now ({by})"},
    "form.differs": {"fi": "Eroaa", "sv": "Skiljer sig", "en": "Differs"},
    "error.not_saved": {
        "fi": "Tallennus ei onnistunut, eikä mitään tallennettu. Tarkista tiedot ja yritä "
              "uudelleen.",
        "sv": "Det gick inte att spara och inget sparades. Kontrollera uppgifterna och försök "
              "igen.",
        "en": "The save did not go through and nothing was saved. Check the values and try "
              "again."},
    "app.synthetic": {
        "fi": "Synteettistä aineistoa: tämän ohjelman yksiköt, päivämäärät ja muutokset on keksitty "
              "esittelyä ja kuormitusmittauksia varten. Ne eivät kuvaa todellista käyttöönottoa.",
        "sv": "Syntetiska data: programmets enheter, datum och ändringar är påhittade för "
              "demonstration och belastningsmätning. De beskriver inte ett verkligt införande.",
        "en": "Synthetic data: this programme's units, dates and changes are invented for "
              "demonstrations and load measurements. They describe no real rollout."},
    "column.region": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde",
                      "en": "Wellbeing services county"},
    "paging.page": {"fi": "Sivu (sivuja {pages})", "sv": "Sida (av {pages})",
                    "en": "Page (of {pages})"},
    "paging.range": {"fi": "Yksiköt {first}–{last} / {total}",
                     "sv": "Enheter {first}–{last} av {total}",
                     "en": "Units {first}–{last} of {total}"},
}
