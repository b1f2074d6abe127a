"""Texts of readiness checklists."""

TEXTS: dict[str, dict[str, str]] = {
    "checklist.title": {"fi": "Valmiustarkistuslista", "sv": "Checklista för beredskap",
                        "en": "Readiness checklist"},
    "checklist.required": {"fi": "Pakollinen", "sv": "Obligatorisk", "en": "Required"},
    "checklist.required_help": {"fi": "✱ = pakollinen kohta", "sv": "✱ = obligatorisk punkt",
                                "en": "✱ = required item"},
    "checklist.item": {"fi": "Kohta", "sv": "Punkt", "en": "Item"},
    "checklist.reason": {"fi": "Syy (jos ei koske)", "sv": "Orsak (om ej tillämplig)",
                         "en": "Reason (if not applicable)"},
    "checklist.evidence": {"fi": "Näyttö", "sv": "Belägg", "en": "Evidence"},
    "checklist.evidence_help": {"fi": "Muistiinpano tai linkki asiakirjaan.",
                                "sv": "Anteckning eller länk till ett dokument.",
                                "en": "A note or a link to a document."},
    "checklist.save": {"fi": "Tallenna tarkistuslista", "sv": "Spara checklistan",
                       "en": "Save checklist"},
    "checklist.read_only": {
        "fi": "Tarkistuslistaa kuittaa perhekeskuksen perhekeskusvastaava.",
        "sv": "Checklistan bockas av av familjecentrets ansvariga.",
        "en": "The family centre's lead ticks this checklist."},
    "checklist.reason_needed": {
        "fi": "Kerro syy, kun kohta ei koske tätä yksikköä.",
        "sv": "Ange en orsak när punkten inte gäller enheten.",
        "en": "Give a reason when an item does not apply to this unit."},
    "checklist.saved.one": {"fi": "Tarkistuslista tallennettu ({count} muutos).",
                            "sv": "Checklistan sparad ({count} ändring).",
                            "en": "Checklist saved ({count} change)."},
    "checklist.saved.other": {"fi": "Tarkistuslista tallennettu ({count} muutosta).",
                              "sv": "Checklistan sparad ({count} ändringar).",
                              "en": "Checklist saved ({count} changes)."},
    "checklist.conflict": {
        "fi": "{by} muutti tarkistuslistaa sillä välin. Muutoksiasi ei tallennettu eikä mitään "
              "ylikirjoitettu. Vertaa kohtia alla ja valitse, kummat jäävät.",
        "sv": "{by} ändrade checklistan under tiden. Dina ändringar sparades inte och inget "
              "skrevs över. Jämför punkterna nedan och välj vilka som gäller.",
        "en": "{by} changed the checklist in the meantime. Your changes were not saved and "
              "nothing was overwritten. Compare the items below and choose which stay."},
    "checklist.conflict_unknown": {
        "fi": "Joku muutti tarkistuslistaa samaan aikaan. Mitään ei tallennettu; lataa uusimmat "
              "tiedot.",
        "sv": "Någon ändrade checklistan samtidigt. Inget sparades; ladda de senaste uppgifterna.",
        "en": "Someone changed the checklist at the same time. Nothing was saved; load the "
              "latest values."},
    "checklist.unknown_item": {
        "fi": "Tarkistuslistan kohtaa {item} ei ole tässä ohjelmassa. Mitään ei tallennettu.",
        "sv": "Punkten {item} finns inte i programmets checklista. Inget sparades.",
        "en": "There is no checklist item {item} in this programme. Nothing was saved."},
    "checklist.no_such_position": {
        "fi": "Askeleessa {step} ei ole kohtaa {item}. Mitään ei tallennettu.",
        "sv": "Steg {step} har ingen punkt {item}. Inget sparades.",
        "en": "Step {step} has no item {item}. Nothing was saved."},
}
