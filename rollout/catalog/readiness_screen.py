"""Texts of the readiness screen (Valmius), sign-off and the readiness gate, and of the
harmonisation view (Yhdenvertaisuus)."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.readiness": {"fi": "Valmius", "sv": "Beredskap", "en": "Readiness"},
    "nav.harmonisation": {"fi": "Yhdenvertaisuus", "sv": "Likvärdighet", "en": "Harmonisation"},
    "readiness.title": {"fi": "Valmius perhekeskuksittain", "sv": "Beredskap per familjecenter",
                        "en": "Readiness by family centre"},
    "readiness.centre": {"fi": "Perhekeskus", "sv": "Familjecenter", "en": "Family centre"},
    "readiness.progress_row": {"fi": "Valmius", "sv": "Beredskap", "en": "Readiness"},
    "readiness.counts": {
        "fi": "{done}/{applicable} · ✱ {required_done}/{required_applicable}",
        "sv": "{done}/{applicable} · ✱ {required_done}/{required_applicable}",
        "en": "{done}/{applicable} · ✱ {required_done}/{required_applicable}"},
    "readiness.legend": {
        "fi": "✱ pakollinen kohta · ✔ valmis · ○ avoin · – ei koske. Valmius: valmiit / "
              "koskevat kohdat (ei koske -kohdat eivät laske), ✱ samat pakollisista.",
        "sv": "✱ obligatorisk punkt · ✔ klar · ○ öppen · – gäller inte. Beredskap: klara / "
              "tillämpliga punkter (punkter som inte gäller räknas inte), ✱ samma för de "
              "obligatoriska.",
        "en": "✱ required item · ✔ done · ○ open · – not applicable. Readiness: done / "
              "applicable items (not-applicable items do not count), ✱ the same of the "
              "required ones."},
    "readiness.details": {"fi": "Kuka merkitsi, milloin ja millä näytöllä",
                          "sv": "Vem markerade, när och med vilket belägg",
                          "en": "Who set each item, when, and the evidence"},
    "readiness.set_by": {"fi": "Merkitsijä", "sv": "Markerad av", "en": "Set by"},
    "readiness.set_at": {"fi": "Merkitty", "sv": "Markerad", "en": "Set on"},
    "readiness.link": {"fi": "Linkki", "sv": "Länk", "en": "Link"},
    "readiness.link_help": {
        "fi": "Verkko-osoite näyttöön (https://…); näytetään linkkinä.",
        "sv": "Webbadress till belägget (https://…); visas som länk.",
        "en": "Web address of the evidence (https://…); shown as a link."},
    "readiness.set_for_centre": {"fi": "Aseta kohta perhekeskuksen kunnille",
                                 "sv": "Ange en punkt för familjecentrets kommuner",
                                 "en": "Set an item for the centre's municipalities"},
    "readiness.every_item": {"fi": "Kaikki askeleen kohdat", "sv": "Alla stegets punkter",
                             "en": "Every item of the step"},
    "readiness.municipalities": {"fi": "Kunnat", "sv": "Kommuner", "en": "Municipalities"},
    "readiness.apply.one": {"fi": "Tallenna {count} muutos", "sv": "Spara {count} ändring",
                            "en": "Save {count} change"},
    "readiness.apply.other": {"fi": "Tallenna {count} muutosta", "sv": "Spara {count} ändringar",
                              "en": "Save {count} changes"},
    "readiness.sign_off": {"fi": "Kuittaus", "sv": "Kvittering", "en": "Sign-off"},
    "readiness.progress": {"fi": "Valmius", "sv": "Beredskap", "en": "Readiness"},
    "readiness.ready": {"fi": "Valmis kuitattavaksi", "sv": "Klar att kvittera",
                        "en": "Ready to sign off"},
    "readiness.signed": {"fi": "Kuitattu", "sv": "Kvitterad", "en": "Signed off"},
    "readiness.none_to_sign": {
        "fi": "Yksikään kunta ei odota kuittausta: pakollisia kohtia on avoinna tai askel on jo "
              "kuitattu.",
        "sv": "Ingen kommun väntar på kvittering: obligatoriska punkter är öppna eller steget är "
              "redan kvitterat.",
        "en": "No municipality awaits a sign-off: required items are open or the step is signed "
              "off already."},
    "readiness.sign_units": {"fi": "Kuitattavat kunnat (valmiit)",
                             "sv": "Kommuner att kvittera (klara)",
                             "en": "Municipalities to sign off (ready)"},
    "readiness.sign_date": {"fi": "Kuittauspäivä", "sv": "Kvitteringsdatum",
                            "en": "Sign-off date"},
    "readiness.comment": {"fi": "Kommentti (vapaaehtoinen)", "sv": "Kommentar (frivillig)",
                          "en": "Comment (optional)"},
    "readiness.sign.one": {"fi": "Kuittaa {count} askel valmiiksi",
                           "sv": "Kvittera {count} steg som klart",
                           "en": "Sign off {count} step"},
    "readiness.sign.other": {"fi": "Kuittaa {count} askelta valmiiksi",
                             "sv": "Kvittera {count} steg som klara",
                             "en": "Sign off {count} steps"},
    "readiness.signed_count.one": {"fi": "Kuitattu {count} askel.", "sv": "Kvitterade {count} steg.",
                                   "en": "Signed off {count} step."},
    "readiness.signed_count.other": {"fi": "Kuitattu {count} askelta.",
                                     "sv": "Kvitterade {count} steg.",
                                     "en": "Signed off {count} steps."},
    "readiness.sign_off_shown": {"fi": "Kuitattu {on} ({by})", "sv": "Kvitterat {on} ({by})",
                                 "en": "Signed off {on} ({by})"},
    "readiness.override_shown": {"fi": "Ohitettu {on} ({by})", "sv": "Åsidosatt {on} ({by})",
                                 "en": "Overridden {on} ({by})"},
    "steps.readiness": {"fi": "Valmius: {counts}", "sv": "Beredskap: {counts}",
                        "en": "Readiness: {counts}"},
    "steps.override": {"fi": "Ohitus (pääkäyttäjä): syy", "sv": "Åsidosättning (admin): orsak",
                       "en": "Override (admin): reason"},
    "steps.override_help": {
        "fi": "Askel merkitään valmiiksi, vaikka pakollisia valmiuskohtia on avoinna. Syy ja "
              "ohitus näkyvät askeleessa ja historiassa.",
        "sv": "Steget markeras som klart fast obligatoriska punkter är öppna. Orsaken och "
              "åsidosättningen syns på steget och i historiken.",
        "en": "Marks the step done although required readiness items are open. The reason and "
              "the override show on the step and in the history."},
    "steps.readiness_open": {
        "fi": "{municipality}, askel {step}: askelta ei voi merkitä valmiiksi, kun pakollisia "
              "valmiuskohtia on avoinna: {items}. Mitään ei tallennettu.",
        "sv": "{municipality}, steg {step}: steget kan inte markeras som klart när obligatoriska "
              "punkter är öppna: {items}. Inget sparades.",
        "en": "{municipality}, step {step}: the step cannot be done while required readiness "
              "items are open: {items}. Nothing was saved."},
    "signoff.in_future": {"fi": "Kuittauspäivä ei voi olla tulevaisuudessa.",
                          "sv": "Kvitteringsdatumet kan inte vara i framtiden.",
                          "en": "The sign-off date cannot be in the future."},
    "signoff.already": {"fi": "{municipality}, askel {step} on jo kuitattu.",
                        "sv": "{municipality}, steg {step} är redan kvitterat.",
                        "en": "{municipality}, step {step} is signed off already."},
    "harmonisation.title": {"fi": "Yhdenvertaisuus: missä käytännöt vielä eroavat",
                            "sv": "Likvärdighet: där arbetssätten ännu skiljer sig",
                            "en": "Harmonisation: where practices still differ"},
    "harmonisation.intro": {
        "fi": "Osuus pakollisista valmiuskohdista, jotka on tehty, niissä yksiköissä jotka ovat "
              "aloittaneet askeleen (ei koske -kohdat eivät laske).",
        "sv": "Andelen obligatoriska beredskapspunkter som är klara, i de enheter som har påbörjat "
              "steget (punkter som inte gäller räknas inte).",
        "en": "The share of required readiness items done, among the units that have started the "
              "step (not-applicable items do not count)."},
    "harmonisation.heatmap_area": {"fi": "Valmius alueittain ja askelittain",
                                   "sv": "Beredskap per område och steg",
                                   "en": "Readiness by area and step"},
    "harmonisation.heatmap_region": {"fi": "Valmius hyvinvointialueittain ja askelittain",
                                     "sv": "Beredskap per välfärdsområde och steg",
                                     "en": "Readiness by county and step"},
    "harmonisation.heatmap_help": {
        "fi": "Solussa tehdyt / koskevat pakolliset kohdat; – kun kukaan ei ole aloittanut "
              "askelta. Tarkenna alueeseen ja askeleeseen alla.",
        "sv": "I cellen klara / tillämpliga obligatoriska punkter; – när ingen har påbörjat "
              "steget. Gå ner på ett område och steg nedan.",
        "en": "Each cell: required items done / applicable; – when nobody has started the step. "
              "Drill into an area and step below."},
    "harmonisation.nothing_started": {"fi": "Yksikään yksikkö ei ole vielä aloittanut.",
                                      "sv": "Ingen enhet har ännu börjat.",
                                      "en": "No unit has started yet."},
    "harmonisation.share": {"fi": "Osuus", "sv": "Andel", "en": "Share"},
    "harmonisation.required_done": {"fi": "Pakollisia tehty", "sv": "Obligatoriska klara",
                                    "en": "Required done"},
    "harmonisation.required_applicable": {"fi": "Pakollisia koskee",
                                          "sv": "Obligatoriska tillämpliga",
                                          "en": "Required applicable"},
    "harmonisation.drill": {"fi": "Mitkä kohdat ovat avoinna missä",
                            "sv": "Vilka punkter är öppna var", "en": "Which items are open where"},
    "harmonisation.all_done": {"fi": "Kaikki kohdat tehty.", "sv": "Alla punkter klara.",
                               "en": "Every item done."},
    "harmonisation.unsettled": {
        "fi": "Useimmin avoimet tai ei koske -kohdat: vielä yhtenäistämättömät käytännöt",
        "sv": "Oftast öppna punkter eller punkter som inte gäller: arbetssätt som ännu inte är "
              "enhetliga",
        "en": "Items most often open or not applicable: practices not yet uniform"},
    "harmonisation.open": {"fi": "Avoinna", "sv": "Öppna", "en": "Open"},
    "harmonisation.not_applicable": {"fi": "Ei koske", "sv": "Gäller inte",
                                     "en": "Not applicable"},
    "harmonisation.areas": {"fi": "Alueita", "sv": "Områden", "en": "Areas"},
    "harmonisation.area_names": {"fi": "Missä", "sv": "Var", "en": "Where"},
    "common.download_csv": {"fi": "Lataa CSV", "sv": "Ladda ner CSV", "en": "Download CSV"},
    "field.sign_off": {"fi": "kuittaus", "sv": "kvittering", "en": "sign-off"},
    "field.override": {"fi": "ohitus", "sv": "åsidosättning", "en": "override"},
    "field.evidence_link": {"fi": "näytön linkki", "sv": "länk till belägg",
                            "en": "evidence link"},
    "harmonisation.not_started_here": {
        "fi": "Kukaan tällä alueella ei ole vielä aloittanut tätä askelta.",
        "sv": "Ingen i området har ännu påbörjat detta steg.",
        "en": "Nobody in this area has started this step yet."},
}
