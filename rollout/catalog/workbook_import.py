"""Texts of the workbook's readiness import and of the import's progress."""

TEXTS: dict[str, dict[str, str]] = {
    "workbook.col.item_key": {"fi": "Kohdan avain", "sv": "Punktens nyckel",
                              "en": "Item key"},
    "workbook.col.item_status": {"fi": "Valmiuskohdan tila", "sv": "Beredskapspunktens status",
                                 "en": "Readiness item's status"},
    "workbook.col.item_reason": {"fi": "Syy, miksi kohta ei koske",
                                 "sv": "Orsak till att punkten inte gäller",
                                 "en": "Why the item does not apply"},
    "workbook.col.item_evidence": {"fi": "Valmiuskohdan näyttö", "sv": "Belägg för punkten",
                                   "en": "Evidence of the item"},
    "workbook.col.item_evidence_link": {"fi": "Näytön linkki", "sv": "Länk till belägget",
                                        "en": "Link to the evidence"},
    "workbook.readiness_skipped": {
        "fi": "Välilehteä {sheet} ei tuoda: työkirja on viety ennen kuin valmiuskohtien "
              "tuonti oli mahdollista. Vie uusi työkirja, jos haluat tuoda valmiuskohtia.",
        "sv": "Bladet {sheet} importeras inte: arbetsboken exporterades innan "
              "beredskapspunkter kunde importeras. Exportera en ny arbetsbok om du vill "
              "importera beredskapspunkter.",
        "en": "The {sheet} sheet is not imported: the workbook was exported before readiness "
              "items could be imported. Export a new workbook to import readiness items."},
    "workbook.sheet_missing": {
        "fi": "Välilehteä {sheet} ei löytynyt (se on nimetty uudelleen tai poistettu), joten "
              "sen muutoksia ei lueta. Palauta välilehden nimi, jos haluat tuoda ne.",
        "sv": "Bladet {sheet} hittades inte (det har bytt namn eller tagits bort), så dess "
              "ändringar läses inte. Ge bladet dess namn tillbaka om du vill importera dem.",
        "en": "The {sheet} sheet was not found (it was renamed or deleted), so its changes "
              "are not read. Give the sheet its name back to import them."},
    "workbook.reading": {"fi": "Luetaan työkirjaa…", "sv": "Arbetsboken läses…",
                         "en": "Reading the workbook…"},
    "workbook.checking": {"fi": "Tarkistetaan muutoksia…", "sv": "Ändringarna kontrolleras…",
                          "en": "Checking the changes…"},
    "workbook.applying": {"fi": "Tallennetaan muutoksia…", "sv": "Ändringarna sparas…",
                          "en": "Saving the changes…"},
    "workbook.damaged_sheet": {
        "fi": "Taulukko ”{sheet}” on vioittunut rivillä {row}, sarakkeessa {column} ({kind}), "
              "eikä sitä voi lukea. Mitään ei muutettu. Tallenna tiedosto uudelleen "
              "taulukkolaskentaohjelmalla tai vie uusi työkirja.",
        "sv": "Bladet ”{sheet}” är skadat på rad {row}, kolumn {column} ({kind}) och kan inte "
              "läsas. Inget ändrades. Spara filen på nytt i ett kalkylprogram eller exportera "
              "en ny arbetsbok.",
        "en": "The sheet “{sheet}” is damaged at row {row}, column {column} ({kind}) and cannot "
              "be read. Nothing was changed. Save the file again in a spreadsheet program or "
              "export a new workbook."},
    "workbook.damaged_hidden_sheet": {
        "fi": "Askeleiden piilotettu taulukko ”{sheet}” on muuttunut rivillä {row}, sarakkeessa "
              "{column} ({kind}). Siksi tuonti ei voi tietää, mitä työkirjassa muutettiin. "
              "Mitään ei muutettu: vie uusi työkirja ja tee muutokset siihen.",
        "sv": "Askeleets dolda blad ”{sheet}” har ändrats på rad {row}, kolumn {column} "
              "({kind}). Därför kan importen inte veta vad som ändrades i arbetsboken. Inget "
              "ändrades: exportera en ny arbetsbok och gör ändringarna i den.",
        "en": "Askeleet's hidden sheet “{sheet}” was altered at row {row}, column {column} "
              "({kind}), so the import cannot tell what was changed in the workbook. Nothing "
              "was changed: export a new workbook and make the changes in it."},
    "workbook.damage.xml": {"fi": "rikkinäinen XML", "sv": "trasig XML",
                            "en": "broken XML"},
    "workbook.damage.value": {"fi": "arvo, jota solun tyyppi ei salli",
                              "sv": "ett värde som cellens typ inte tillåter",
                              "en": "a value its cell type does not allow"},
    "workbook.damage.order": {"fi": "rivi tai solu väärässä järjestyksessä tai kahdesti",
                              "sv": "en rad eller cell i fel ordning eller två gånger",
                              "en": "a row or cell out of order or written twice"},
    "workbook.damage.altered": {"fi": "arvoa ei voi lukea", "sv": "värdet kan inte läsas",
                                "en": "the value cannot be read"},
    "workbook.unreadable_cell": {
        "fi": "Solun arvoa '{value}' ei voi lukea tähän sarakkeeseen.",
        "sv": "Cellens värde '{value}' kan inte läsas i denna kolumn.",
        "en": "The cell's value '{value}' cannot be read in this column."},
    "workbook.error_cell": {
        "fi": "Solussa on virhe ({value}): sen arvo on kadonnut. Kirjoita arvo itse.",
        "sv": "Cellen innehåller ett fel ({value}): dess värde har gått förlorat. Skriv in "
              "värdet.",
        "en": "The cell holds an error ({value}): its value is lost. Type the value instead."},
    "workbook.stopped_rows": {
        "fi": "Lukeminen pysähtyi tälle riville: taulukossa ”{sheet}” on yli {limit} riviä, "
              "enemmän kuin missään ohjelmassa. Loppua ei luettu, eikä mitään voi tallentaa.",
        "sv": "Läsningen stannade på denna rad: bladet ”{sheet}” har fler än {limit} rader, "
              "fler än något program har. Resten lästes inte och inget kan sparas.",
        "en": "Reading stopped at this row: the sheet “{sheet}” has more than {limit} rows, "
              "more than any programme has. The rest was not read, and nothing can be saved."},
    "workbook.stopped_problems": {
        "fi": "Tarkistus pysähtyi {limit} ongelman jälkeen; loppua ei tarkistettu. Korjaa "
              "nämä ja tuo työkirja uudelleen.",
        "sv": "Kontrollen stannade efter {limit} problem; resten kontrollerades inte. Rätta "
              "dessa och importera arbetsboken igen.",
        "en": "Checking stopped after {limit} problems; the rest was not checked. Fix these "
              "and import the workbook again."},
    "workbook.key_mismatch": {
        "fi": "Rivin piilotettu avain kuuluu riville {expected}, mutta rivillä lukee {found}. "
              "Näin käy, kun näkyvät sarakkeet lajitellaan ilman piilotettuja: lajittele "
              "aina koko taulukko tai vie uusi työkirja.",
        "sv": "Radens dolda nyckel hör till {expected}, men raden säger {found}. Så blir det "
              "när de synliga kolumnerna sorteras utan de dolda: sortera alltid hela bladet "
              "eller exportera en ny arbetsbok.",
        "en": "The row's hidden key belongs to {expected}, but the row says {found}. This "
              "happens when the visible columns are sorted without the hidden ones: always "
              "sort the whole sheet, or export a new workbook."},
    "workbook.row_place": {"fi": "{municipality} · {centre} · askel {position}",
                           "sv": "{municipality} · {centre} · steg {position}",
                           "en": "{municipality} · {centre} · step {position}"},
    "workbook.ambiguous_row": {
        "fi": "Kunnassa {value} on ohjelmassa useampi perhekeskus: kirjoita riville myös "
              "perhekeskus.",
        "sv": "Kommunen {value} har flera familjecentraler i programmet: skriv också "
              "familjecentralen på raden.",
        "en": "The municipality {value} has more than one family centre in the programme: "
              "write the family centre on the row too."},
}
