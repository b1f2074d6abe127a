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
    "workbook.reading": {"fi": "Luetaan työkirjaa…", "sv": "Arbetsboken läses…",
                         "en": "Reading the workbook…"},
    "workbook.checking": {"fi": "Tarkistetaan muutoksia…", "sv": "Ändringarna kontrolleras…",
                          "en": "Checking the changes…"},
    "workbook.applying": {"fi": "Tallennetaan muutoksia…", "sv": "Ändringarna sparas…",
                          "en": "Saving the changes…"},
}
