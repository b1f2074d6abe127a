"""Texts of the public record: a date a press release gives, read as the upper bound it is,
and when the record says the service started."""

TEXTS: dict[str, dict[str, str]] = {
    "record.release": {"fi": "tiedote {published}", "sv": "pressmeddelande {published}",
                       "en": "press release {published}"},
    "record.latest_by": {"fi": "viimeistään {bound} · {release}",
                         "sv": "senast {bound} · {release}",
                         "en": "by {bound} at the latest · {release}"},
    "record.latest_by_brief": {"fi": "viimeistään · tiedote {published}",
                               "sv": "senast · pressmedd. {published}",
                               "en": "at the latest · release {published}"},
    "record.started": {"fi": "{season} {year} (julkinen lähde)",
                       "sv": "{season} {year} (offentlig källa)",
                       "en": "{season} {year} (public record)"},
    "record.season.spring": {"fi": "keväällä", "sv": "våren", "en": "spring"},
    "record.season.summer": {"fi": "kesällä", "sv": "sommaren", "en": "summer"},
    "record.season.autumn": {"fi": "syksyllä", "sv": "hösten", "en": "autumn"},
    "record.rollout_started": {"fi": "Käyttöönotto alkoi", "sv": "Införandet började",
                               "en": "Rollout started"},
    "record.bounds_note.one": {
        "fi": "{count} käynnistyksen päivä on julkisesta lähteestä vain yläraja ({releases}): "
              "palvelu toimi siellä viimeistään silloin, ehkä aiemmin.",
        "sv": "För {count} start ger den offentliga källan bara en övre gräns ({releases}): "
              "tjänsten fanns där senast då, kanske tidigare.",
        "en": "For {count} go-live the public record gives only an upper bound ({releases}): "
              "the service ran there by then at the latest, perhaps earlier."},
    "record.bounds_note.other": {
        "fi": "{count} käynnistyksen päivä on julkisesta lähteestä vain yläraja ({releases}): "
              "palvelu toimi niissä viimeistään silloin, ehkä aiemmin.",
        "sv": "För {count} starter ger den offentliga källan bara en övre gräns ({releases}): "
              "tjänsten fanns där senast då, kanske tidigare.",
        "en": "For {count} go-lives the public record gives only an upper bound ({releases}): "
              "the service ran there by then at the latest, perhaps earlier."},
    "record.actor": {"fi": "julkinen lähde", "sv": "offentlig källa", "en": "public record"},
    "record.upper_bound": {"fi": "yläraja", "sv": "övre gräns", "en": "upper bound"},
    "field.end_latest_by": {"fi": "päättynyt viimeistään (julkinen lähde)",
                            "sv": "avslutat senast (offentlig källa)",
                            "en": "ended by (public record)"},
}
