"""Texts of the steering-group report (a printable HTML file from the Progress page or
`python -m rollout report`)."""

TEXTS: dict[str, dict[str, str]] = {
    "report.heading": {"fi": "Ohjausryhmän raportti", "sv": "Styrgruppens rapport",
                       "en": "Steering-group report"},
    "report.intro": {
        "fi": "Yksi tulostettava HTML-tiedosto: tilanne, kartta, käyttöönottokäyrä, muutokset "
              "valitusta päivästä alkaen, myöhässä ja pysähtyneet yksiköt sekä avoimet "
              "valmiuskohdat.",
        "sv": "En utskrivbar HTML-fil: läget, kartan, införandekurvan, ändringarna sedan den "
              "valda dagen, försenade och avstannade enheter samt öppna beredskapspunkter.",
        "en": "One printable HTML file: the headline figures, the map, the adoption curve, the "
              "changes since the chosen day, late and stalled units and open readiness "
              "items."},
    "report.since": {"fi": "Muutokset alkaen", "sv": "Ändringar sedan", "en": "Changes since"},
    "report.since_help": {"fi": "Tavallisesti edellisen ohjausryhmän kokouksen päivä.",
                          "sv": "Vanligen dagen för styrgruppens förra möte.",
                          "en": "Usually the day of the steering group's last meeting."},
    "report.download": {"fi": "Lataa raportti", "sv": "Ladda ned rapporten",
                        "en": "Download the report"},
    "report.title": {"fi": "{programme}: tilanne {day}", "sv": "{programme}: läget {day}",
                     "en": "{programme}: status on {day}"},
    "report.meta": {"fi": "Muutokset {since} alkaen · laadittu {generated}",
                    "sv": "Ändringar sedan {since} · skapad {generated}",
                    "en": "Changes since {since} · generated {generated}"},
    "report.headline": {"fi": "Tilanne", "sv": "Läget", "en": "Headline figures"},
    "report.map": {"fi": "Kartta", "sv": "Karta", "en": "Map"},
    "report.late": {"fi": "Myöhässä olevat yksiköt", "sv": "Försenade enheter",
                    "en": "Late units"},
    "report.stalled": {"fi": "Pysähtyneet yksiköt", "sv": "Avstannade enheter",
                       "en": "Stalled units"},
    "report.late_step": {"fi": "Myöhäisin askel", "sv": "Mest försenat steg",
                         "en": "Latest step"},
    "report.overdue_steps": {"fi": "Myöhässä olevia askelia", "sv": "Försenade steg",
                             "en": "Late steps"},
    "report.peer_median": {"fi": "Vertaisten mediaani (pv)", "sv": "Jämförbaras median (dagar)",
                           "en": "Peers' median (days)"},
    "report.open_items": {"fi": "Avoimia valmiuskohtia", "sv": "Öppna beredskapspunkter",
                          "en": "Open readiness items"},
    "report.open_items_note": {
        "fi": "Aloitettujen askelten pakolliset kohdat, jotka eivät ole valmiita eivätkä "
              "koske-merkittyjä.",
        "sv": "Obligatoriska punkter i påbörjade steg som varken är klara eller markerade som "
              "ej tillämpliga.",
        "en": "Required items of started steps that are neither done nor marked not "
              "applicable."},
    "report.open_by_area": {"fi": "Avoimet valmiuskohdat alueittain ja askelittain",
                            "sv": "Öppna beredskapspunkter per område och steg",
                            "en": "Open readiness items by area and step"},
    "report.none": {"fi": "Ei yhtään.", "sv": "Inga.", "en": "None."},
}
