"""Texts of the workbook: its sheets and columns, the Workbook page, import problems and
refusals."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.workbook": {"fi": "Työkirja", "sv": "Arbetsbok", "en": "Workbook"},
    "workbook.title": {"fi": "Työkirja (Excel)", "sv": "Arbetsbok (Excel)",
                       "en": "Workbook (Excel)"},
    "workbook.export_heading": {"fi": "Vie työkirja", "sv": "Exportera arbetsboken",
                                "en": "Export the workbook"},
    "workbook.export_help": {
        "fi": "Askeleet, valmius, kunnat, muutoshistoria ja palvelun seurantaluvut yhtenä "
              "Excel-tiedostona. Muokkaa askelten tilaa, päiviä, vastuuhenkilöä ja "
              "muistiinpanoa, valmiuskohtien tilaa, syytä ja näyttöä sekä kuukausilukuja "
              "(myös uusia kuukausia) ja tuo tiedosto takaisin.",
        "sv": "Steg, beredskap, kommuner, ändringshistorik och uppföljningssiffror i en "
              "Excel-fil. Ändra stegens status, datum, ansvarsperson och anteckning, "
              "beredskapspunkternas status, orsak och belägg samt månadssiffrorna (även nya "
              "månader) och importera filen igen.",
        "en": "Steps, readiness, municipalities, history and service figures in one Excel "
              "file. Change the steps' status, dates, owner and note, the readiness items' "
              "status, reason and evidence, and the monthly figures (new months too) and "
              "import the file again."},
    "workbook.prepare": {"fi": "Valmistele työkirja", "sv": "Förbered arbetsboken",
                         "en": "Prepare the workbook"},
    "workbook.download": {"fi": "Lataa työkirja", "sv": "Ladda ner arbetsboken",
                          "en": "Download the workbook"},
    "workbook.import_heading": {"fi": "Tuo työkirja", "sv": "Importera arbetsboken",
                                "en": "Import the workbook"},
    "workbook.import_help": {
        "fi": "Tuo tästä sovelluksesta viety ja muokattu työkirja. Näet ensin tarkalleen, mitä "
              "muuttuu; mitään ei tallenneta ennen kuin vahvistat.",
        "sv": "Importera en arbetsbok som exporterats härifrån och redigerats. Du ser först "
              "exakt vad som ändras; inget sparas förrän du bekräftar.",
        "en": "Import a workbook exported from this app and edited. You first see exactly "
              "what will change; nothing is saved until you confirm."},
    "workbook.read_only": {
        "fi": "Työkirjan tuonti on suunnittelijoiden ja ylläpitäjien tehtävä "
              "(perhekeskusvastaavat tuovat omien keskustensa valmiuskohdat ja alueidensa "
              "palvelun seurantaluvut); sinä voit viedä.",
        "sv": "Import av arbetsboken görs av planerare och administratörer "
              "(familjecenteransvariga importerar sina centers beredskapspunkter och sina "
              "områdens uppföljningssiffror); du kan exportera.",
        "en": "Planners and admins import the workbook (leads import their own centres' "
              "readiness items and their areas' service figures); you can export it."},
    "workbook.file": {"fi": "Työkirja (.xlsx)", "sv": "Arbetsbok (.xlsx)",
                      "en": "Workbook (.xlsx)"},
    "workbook.preview": {"fi": "Esikatsele muutokset", "sv": "Förhandsgranska ändringarna",
                         "en": "Preview the changes"},
    "workbook.nothing": {"fi": "Työkirjassa ei ole muutoksia.",
                         "sv": "Arbetsboken innehåller inga ändringar.",
                         "en": "The workbook changes nothing."},
    "workbook.preview_count": {
        "fi": "{changes} muutosta {rows} rivillä: {kinds}.",
        "sv": "{changes} ändringar på {rows} rader: {kinds}.",
        "en": "{changes} changes on {rows} rows: {kinds}."},
    "workbook.problems_count.one": {
        "fi": "{count} ongelma: korjaa se työkirjassa ja tuo työkirja uudelleen. Mitään ei "
              "ole tallennettu.",
        "sv": "{count} problem: rätta det i arbetsboken och importera den igen. Inget har "
              "sparats.",
        "en": "{count} problem: fix it in the workbook and import it again. Nothing has been "
              "saved."},
    "workbook.problems_count.other": {
        "fi": "{count} ongelmaa: korjaa ne työkirjassa ja tuo työkirja uudelleen. Mitään ei "
              "ole tallennettu.",
        "sv": "{count} problem: rätta dem i arbetsboken och importera den igen. Inget har "
              "sparats.",
        "en": "{count} problems: fix them in the workbook and import it again. Nothing has "
              "been saved."},
    "workbook.apply.one": {"fi": "Tallenna muutokset ({count} rivi)",
                           "sv": "Spara ändringarna ({count} rad)",
                           "en": "Save the changes ({count} row)"},
    "workbook.apply.other": {"fi": "Tallenna muutokset ({count} riviä)",
                             "sv": "Spara ändringarna ({count} rader)",
                             "en": "Save the changes ({count} rows)"},
    "workbook.applied.one": {"fi": "Tallennettu: {count} rivi muuttui.",
                             "sv": "Sparat: {count} rad ändrades.",
                             "en": "Saved: {count} row changed."},
    "workbook.applied.other": {"fi": "Tallennettu: {count} riviä muuttui.",
                               "sv": "Sparat: {count} rader ändrades.",
                               "en": "Saved: {count} rows changed."},
    "workbook.has_problems": {
        "fi": "Työkirjassa on ongelmia ({count}); mitään ei tallennettu.",
        "sv": "Arbetsboken har problem ({count}); inget sparades.",
        "en": "The workbook has problems ({count}); nothing was saved."},
    "workbook.column.sheet": {"fi": "Välilehti", "sv": "Blad", "en": "Sheet"},
    "workbook.column.row": {"fi": "Rivi", "sv": "Rad", "en": "Row"},
    "workbook.column.column": {"fi": "Sarake", "sv": "Kolumn", "en": "Column"},
    # Sheets
    "workbook.sheet.cover": {"fi": "Tietoja", "sv": "Om filen", "en": "About"},
    "workbook.sheet.steps": {"fi": "Yksiköt ja askeleet", "sv": "Enheter och steg",
                             "en": "Units and steps"},
    "workbook.sheet.readiness": {"fi": "Valmius", "sv": "Beredskap", "en": "Readiness"},
    "workbook.sheet.municipalities": {"fi": "Kunnat", "sv": "Kommuner",
                                      "en": "Municipalities"},
    "workbook.sheet.history": {"fi": "Muutoshistoria", "sv": "Ändringshistorik",
                               "en": "History"},
    "workbook.sheet.figures": {"fi": "Palvelun seuranta", "sv": "Uppföljning av tjänsten",
                               "en": "Service figures"},
    # Columns
    "workbook.col.figure_key": {"fi": "Kuukauden avain", "sv": "Månadens nyckel",
                                "en": "Month key"},
    "workbook.col.contacts_from_families": {"fi": "Yhteydenotot perheiltä",
                                            "sv": "Kontakter från familjer",
                                            "en": "Contacts from families"},
    "workbook.col.contacts_from_professionals": {"fi": "Yhteydenotot ammattilaisilta",
                                                 "sv": "Kontakter från yrkesverksamma",
                                                 "en": "Contacts from professionals"},
    "workbook.col.contacts_by_phone": {"fi": "Yhteydenotot puhelimitse",
                                       "sv": "Kontakter per telefon",
                                       "en": "Contacts by phone"},
    "workbook.col.contacts_by_form": {"fi": "Yhteydenotot Pyydä apua -lomakkeella",
                                      "sv": "Kontakter med formuläret Be om hjälp",
                                      "en": "Contacts by the Pyydä apua form"},
    "workbook.col.contacts_by_other": {"fi": "Yhteydenotot muuta kautta",
                                       "sv": "Kontakter på annat sätt",
                                       "en": "Contacts by other channels"},
    "workbook.col.network_meetings": {"fi": "Verkostotapaamiset", "sv": "Nätverksmöten",
                                      "en": "Network meetings"},
    "workbook.col.days_to_network_meeting": {"fi": "Päiviä tapaamiseen (mediaani)",
                                             "sv": "Dagar till mötet (median)",
                                             "en": "Days to meeting (median)"},
    "workbook.col.share_answered_in_3_days": {"fi": "Vastattu 3 arkipäivässä (%)",
                                              "sv": "Besvarade inom 3 vardagar (%)",
                                              "en": "Answered in 3 working days (%)"},
    "workbook.col.queue_at_month_end": {"fi": "Jono kuun lopussa", "sv": "Kö vid månadens slut",
                                        "en": "Queue at month end"},
    "workbook.col.key": {"fi": "Avain", "sv": "Nyckel", "en": "Key"},
    "workbook.col.version": {"fi": "Versio", "sv": "Version", "en": "Version"},
    "workbook.col.municipality_code": {"fi": "Kuntanumero", "sv": "Kommunnummer",
                                       "en": "Municipality code"},
    "workbook.col.position": {"fi": "Askel nro", "sv": "Steg nr", "en": "Step no."},
    "workbook.col.item": {"fi": "Valmiuskohta", "sv": "Beredskapspunkt",
                          "en": "Readiness item"},
    "workbook.col.required": {"fi": "Pakollinen", "sv": "Obligatorisk", "en": "Required"},
    "workbook.col.name_fi": {"fi": "Nimi suomeksi", "sv": "Namn på finska",
                             "en": "Name in Finnish"},
    "workbook.col.name_sv": {"fi": "Nimi ruotsiksi", "sv": "Namn på svenska",
                             "en": "Name in Swedish"},
    "workbook.col.population": {"fi": "Asukkaita", "sv": "Invånare", "en": "Residents"},
    "workbook.col.population_year": {"fi": "Asukasluvun vuosi", "sv": "Invånarantalets år",
                                     "en": "Residents' year"},
    "workbook.col.old": {"fi": "Vanha arvo", "sv": "Gammalt värde", "en": "Old value"},
    "workbook.col.new": {"fi": "Uusi arvo", "sv": "Nytt värde", "en": "New value"},
    # Cover
    "workbook.cover.title": {"fi": "Askeleet – työkirja", "sv": "Askeleet – arbetsbok",
                             "en": "Askeleet – workbook"},
    "workbook.cover.programme": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "workbook.cover.as_of": {"fi": "Tilanne päivältä", "sv": "Läget dagen", "en": "As of"},
    "workbook.cover.exported": {"fi": "Viety", "sv": "Exporterad", "en": "Exported"},
    "workbook.cover.legend": {"fi": "Selite", "sv": "Förklaring", "en": "Legend"},
    "workbook.cover.how": {
        "fi": "Muokkaa välilehdellä '{sheet}' tilaa, päiviä, vastuuhenkilöä ja muistiinpanoa "
              "ja Valmius-välilehdellä valmiuskohtien tilaa, syytä ja näyttöä. "
              "Rivejä voi lajitella ja suodattaa ja sarakkeita lisätä; älä muuta piilotettuja "
              "avain- ja versiosarakkeita. Tuo tiedosto Työkirja-sivulla.",
        "sv": "Ändra status, datum, ansvarsperson och anteckning på bladet '{sheet}' och "
              "beredskapspunkternas status, orsak och belägg på bladet Beredskap. Rader "
              "kan sorteras och filtreras och kolumner läggas till; ändra inte de dolda "
              "nyckel- och versionskolumnerna. Importera filen på sidan Arbetsbok.",
        "en": "On the sheet '{sheet}' change status, dates, owner and note, and on the "
              "Readiness sheet the items' status, reason and evidence. Rows may be "
              "sorted and filtered and columns added; leave the hidden key and version "
              "columns as they are. Import the file on the Workbook page."},
    "workbook.cover.snapshot": {
        "fi": "Tämä on menneen päivän tilanne: se on luettavaksi, eikä sitä voi tuoda.",
        "sv": "Detta är läget en tidigare dag: det är för läsning och kan inte importeras.",
        "en": "This is a past day's picture: it is for reading and cannot be imported."},
    "workbook.cover.history": {"fi": "Muutoshistoria", "sv": "Ändringshistorik",
                               "en": "Change history"},
    "workbook.cover.history_text": {
        "fi": "Välilehdellä '{sheet}' ovat viimeisten {months} kuukauden muutokset "
              "{since} alkaen. Koko historia: Muutoshistoria-sivu tai komento "
              "python -m rollout backup.",
        "sv": "Bladet '{sheet}' visar ändringarna under de senaste {months} månaderna, "
              "från {since}. Hela historiken: sidan Ändringshistorik eller kommandot "
              "python -m rollout backup.",
        "en": "The sheet '{sheet}' holds the changes of the last {months} months, from "
              "{since}. The whole history: the Change history page or the command "
              "python -m rollout backup."},
    "workbook.cover.sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "workbook.cover.sources_text": {
        "fi": "Kunnat, numerot ja nimet: Tilastokeskuksen kuntaluokitus (CC BY 4.0). "
              "Asukasluvut: Tilastokeskus, vuoden lopun väkiluku (vuosi sarakkeessa). "
              "Käyttöönotot: Pohteen tiedotteet ja sovellukseen kirjatut tiedot.",
        "sv": "Kommuner, nummer och namn: Statistikcentralens kommunindelning (CC BY 4.0). "
              "Invånarantal: Statistikcentralen, folkmängd vid årets slut (året i kolumnen). "
              "Driftstarter: Pohdes pressmeddelanden och uppgifter i appen.",
        "en": "Municipalities, codes and names: Statistics Finland's classification "
              "(CC BY 4.0). Residents: Statistics Finland year-end population (year in its "
              "column). Go-lives: Pohde's press releases and what was recorded in the app."},
    # Problems and refusals
    "workbook.too_large": {
        "fi": "Tiedosto on liian suuri ({size} Mt; enintään {limit} Mt). Mitään ei muutettu.",
        "sv": "Filen är för stor ({size} MB; högst {limit} MB). Inget ändrades.",
        "en": "The file is too large ({size} MB; at most {limit} MB). Nothing was changed."},
    "workbook.not_xlsx": {
        "fi": "Tiedosto ei ole Excel-työkirja (.xlsx). Mitään ei muutettu.",
        "sv": "Filen är inte en Excel-arbetsbok (.xlsx). Inget ändrades.",
        "en": "The file is not an Excel workbook (.xlsx). Nothing was changed."},
    "workbook.encrypted": {
        "fi": "Työkirja on salattu tai suojattu salasanalla; tallenna se ilman salausta. "
              "Mitään ei muutettu.",
        "sv": "Arbetsboken är krypterad eller lösenordsskyddad; spara den utan kryptering. "
              "Inget ändrades.",
        "en": "The workbook is encrypted or password-protected; save it without encryption. "
              "Nothing was changed."},
    "workbook.corrupt": {
        "fi": "Työkirja on vioittunut eikä sitä voi lukea. Mitään ei muutettu.",
        "sv": "Arbetsboken är skadad och kan inte läsas. Inget ändrades.",
        "en": "The workbook is damaged and cannot be read. Nothing was changed."},
    "workbook.zip_bomb": {
        "fi": "Työkirja purkautuisi liian suureksi (yli {limit} Mt). Mitään ei muutettu.",
        "sv": "Arbetsboken skulle packas upp till för stor storlek (över {limit} MB). Inget "
              "ändrades.",
        "en": "The workbook would unpack to too much data (over {limit} MB). Nothing was "
              "changed."},
    "workbook.not_ours": {
        "fi": "Työkirja ei ole Askeleista viety (piilotettu tietovälilehti puuttuu). Vie "
              "työkirja sovelluksesta ja tee muutokset siihen.",
        "sv": "Arbetsboken är inte exporterad från Askeleet (det dolda databladet saknas). "
              "Exportera arbetsboken ur appen och gör ändringarna i den.",
        "en": "The workbook was not exported from Askeleet (its hidden data sheet is "
              "missing). Export the workbook from the app and make the changes in it."},
    "workbook.other_programme": {
        "fi": "Työkirja kuuluu toiseen ohjelmaan ({found}), ei ohjelmaan {expected}. Mitään "
              "ei muutettu.",
        "sv": "Arbetsboken hör till ett annat program ({found}), inte {expected}. Inget "
              "ändrades.",
        "en": "The workbook belongs to another programme ({found}), not {expected}. Nothing "
              "was changed."},
    "workbook.snapshot": {
        "fi": "Työkirja on menneen päivän ({day}) tilanne, eikä sitä voi tuoda. Vie tämän "
              "päivän työkirja ja muokkaa sitä.",
        "sv": "Arbetsboken visar läget en tidigare dag ({day}) och kan inte importeras. "
              "Exportera dagens arbetsbok och redigera den.",
        "en": "The workbook is a past day's picture ({day}) and cannot be imported. Export "
              "today's workbook and edit that."},
    "workbook.missing_sheet": {
        "fi": "Välilehti '{sheet}' puuttuu. Mitään ei muutettu.",
        "sv": "Bladet '{sheet}' saknas. Inget ändrades.",
        "en": "The sheet '{sheet}' is missing. Nothing was changed."},
    "workbook.missing_column": {
        "fi": "Välilehdeltä '{sheet}' puuttuu sarake '{column}'. Mitään ei muutettu.",
        "sv": "Bladet '{sheet}' saknar kolumnen '{column}'. Inget ändrades.",
        "en": "The sheet '{sheet}' has no column '{column}'. Nothing was changed."},
    "workbook.not_a_date": {
        "fi": "'{value}' ei ole päivämäärä (esim. 31.3.2025).",
        "sv": "'{value}' är inget datum (t.ex. 31.3.2025).",
        "en": "'{value}' is not a date (e.g. 31.3.2025)."},
    "workbook.unknown_status": {
        "fi": "'{value}' ei ole tila; valitse listasta: {choices}.",
        "sv": "'{value}' är ingen status; välj i listan: {choices}.",
        "en": "'{value}' is not a status; choose from the list: {choices}."},
    "workbook.formula": {
        "fi": "Solussa on kaava ({value}); kirjoita arvo itse.",
        "sv": "Cellen innehåller en formel ({value}); skriv in värdet.",
        "en": "The cell holds a formula ({value}); type the value instead."},
    "workbook.unknown_municipality": {
        "fi": "Kuntaa '{value}' ei ole tässä ohjelmassa.",
        "sv": "Kommunen '{value}' finns inte i detta program.",
        "en": "There is no municipality '{value}' in this programme."},
    "workbook.unknown_row": {
        "fi": "Riviä ei tunnisteta (avain '{value}'); kopioi rivit vain viedystä työkirjasta.",
        "sv": "Raden känns inte igen (nyckel '{value}'); kopiera rader bara från den "
              "exporterade arbetsboken.",
        "en": "The row is not recognised (key '{value}'); copy rows only from the exported "
              "workbook."},
    "workbook.row_mismatch": {
        "fi": "Rivin avain kuuluu riville {expected}, mutta rivillä lukee '{value}'.",
        "sv": "Radens nyckel hör till {expected}, men raden säger '{value}'.",
        "en": "The row's key belongs to {expected}, but the row says '{value}'."},
    "workbook.duplicate_row": {
        "fi": "Sama yksikkö ja askel on työkirjassa useammin kuin kerran (myös rivillä {other}).",
        "sv": "Samma enhet och steg finns flera gånger i arbetsboken (även på rad {other}).",
        "en": "The same unit and step appear more than once (also on row {other})."},
    "workbook.not_a_number": {
        "fi": "'{value}' ei ole luku.", "sv": "'{value}' är inget tal.",
        "en": "'{value}' is not a number."},
    "workbook.duplicate_month": {
        "fi": "Sama alue ja kuukausi on työkirjassa useammin kuin kerran (myös rivillä "
              "{other}).",
        "sv": "Samma område och månad finns flera gånger i arbetsboken (även på rad {other}).",
        "en": "The same area and month appear more than once (also on row {other})."},
    "workbook.conflict": {
        "fi": "{by} muutti tätä sovelluksessa viennin jälkeen: sovelluksessa nyt '{theirs}', "
              "työkirjassa '{mine}'. Vie työkirja uudelleen tai palauta arvo.",
        "sv": "{by} ändrade detta i appen efter exporten: i appen nu '{theirs}', i "
              "arbetsboken '{mine}'. Exportera på nytt eller återställ värdet.",
        "en": "{by} changed this in the app after the export: the app now holds '{theirs}', "
              "the workbook '{mine}'. Export again or restore the value."},
    # Backup and restore
    "backup.not_empty": {
        "fi": "Palautus tehdään vain tyhjään tietokantaan; tässä on jo tietoja (taulu {table}). "
              "Mitään ei muutettu.",
        "sv": "Återställning görs bara till en tom databas; denna har redan data (tabellen "
              "{table}). Inget ändrades.",
        "en": "A restore goes into an empty database only; this one holds data (table "
              "{table}). Nothing was changed."},
    "backup.not_a_backup": {
        "fi": "Tiedosto ei ole Askeleiden varmuuskopio. Mitään ei muutettu.",
        "sv": "Filen är ingen säkerhetskopia av Askeleet. Inget ändrades.",
        "en": "The file is not an Askeleet backup. Nothing was changed."},
    "backup.sheet_changed": {
        "fi": "Varmuuskopion välilehti '{sheet}' ei ole sellainen kuin se tallennettiin: "
              "rivejä pitäisi olla {expected}, niitä on {found}, eikä tarkistussumma täsmää. "
              "Onko tiedostoa muokattu? Mitään ei muutettu.",
        "sv": "Bladet '{sheet}' i säkerhetskopian är inte som det sparades: det borde ha "
              "{expected} rader, det har {found}, och kontrollsumman stämmer inte. Har filen "
              "redigerats? Inget ändrades.",
        "en": "The sheet '{sheet}' of the backup is not as it was saved: it should hold "
              "{expected} rows, it holds {found}, and its checksum does not match. Was the "
              "file edited? Nothing was changed."},
    "backup.format_changed": {
        "fi": "Varmuuskopion muototietoa on muutettu: siinä on tarkistussummat, mutta se "
              "sanoo olevansa vanhaa muotoa, jota ei tarkisteta. Mitään ei muutettu.",
        "sv": "Säkerhetskopians formatuppgift har ändrats: den har kontrollsummor men säger "
              "att den är av det gamla formatet som inte kontrolleras. Inget ändrades.",
        "en": "The backup's format has been changed: it carries checksums but says it is of "
              "the old format, which is not checked. Nothing was changed."},
    "backup.damaged_sheet": {
        "fi": "Varmuuskopion välilehti ”{sheet}” on vioittunut rivillä {row}, sarakkeessa "
              "{column} ({kind}), eikä sitä voi lukea. Mitään ei muutettu: palauta toisesta "
              "varmuuskopiosta.",
        "sv": "Bladet ”{sheet}” i säkerhetskopian är skadat på rad {row}, kolumn {column} "
              "({kind}) och kan inte läsas. Inget ändrades: återställ från en annan "
              "säkerhetskopia.",
        "en": "The backup's sheet “{sheet}” is damaged at row {row}, column {column} ({kind}) "
              "and cannot be read. Nothing was changed: restore from another backup."},
    "backup.not_recorded": {
        "fi": "Varmuuskopioon ei ole kirjattu välilehden '{sheet}' rivimäärää ja "
              "tarkistussummaa, joten sen sisältöä ei voi tarkistaa. Mitään ei muutettu.",
        "sv": "Säkerhetskopian anger inte antal rader och kontrollsumma för bladet "
              "'{sheet}', så dess innehåll kan inte kontrolleras. Inget ändrades.",
        "en": "The backup does not record the row count and checksum of the sheet "
              "'{sheet}', so its contents cannot be checked. Nothing was changed."},
    "backup.unverified": {
        "fi": "Varoitus: varmuuskopio on vanhaa muotoa ({format}), johon ei ole kirjattu "
              "rivimääriä eikä tarkistussummia, joten palautusta ei voitu tarkistaa. Vertaa "
              "rivimääriä alkuperäiseen tietokantaan.",
        "sv": "Varning: säkerhetskopian har det gamla formatet ({format}), som inte anger "
              "antal rader eller kontrollsummor, så återställningen kunde inte kontrolleras. "
              "Jämför antalet rader med den ursprungliga databasen.",
        "en": "Warning: the backup is in the old format ({format}), which records no row "
              "counts or checksums, so the restore could not be verified. Compare the row "
              "counts with the original database."},
}
