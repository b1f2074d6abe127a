"""Texts of the change history (Muutoshistoria)."""

TEXTS: dict[str, dict[str, str]] = {
    "history.title": {"fi": "Muutoshistoria", "sv": "Ändringshistorik", "en": "Change history"},
    "history.since": {"fi": "Muutokset alkaen", "sv": "Ändringar sedan", "en": "Changes since"},
    "history.summary": {"fi": "Mitä on muuttunut {since} jälkeen", "sv": "Vad har ändrats sedan {since}",
                        "en": "What changed since {since}"},
    "history.nothing_changed": {"fi": "Ei muutoksia tällä välillä.", "sv": "Inga ändringar under perioden.",
                                "en": "No changes in this period."},
    "history.events": {"fi": "Kaikki muutokset", "sv": "Alla ändringar", "en": "All changes"},
    "history.filter_user": {"fi": "Muuttaja", "sv": "Ändrad av", "en": "Changed by"},
    "history.until": {"fi": "Asti", "sv": "Till", "en": "Until"},
    "change.advanced": {"fi": "Edistyi", "sv": "Gick framåt", "en": "Advanced"},
    "change.slipped": {"fi": "Aikataulu venyi", "sv": "Tidsplanen försköts", "en": "Slipped"},
    "change.reopened": {"fi": "Avattiin uudelleen", "sv": "Öppnades igen", "en": "Reopened"},
    "change.newly_overdue": {"fi": "Myöhästyi", "sv": "Blev försenad", "en": "Newly overdue"},
    "history.count.one": {"fi": "{count} muutos", "sv": "{count} ändring", "en": "{count} change"},
    "history.count.other": {"fi": "{count} muutosta", "sv": "{count} ändringar",
                            "en": "{count} changes"},
    "history.subject_user": {"fi": "Käyttäjätunnus {id}", "sv": "Användarkonto {id}",
                             "en": "User account {id}"},
    "history.subject_baseline": {"fi": "Perussuunnitelma", "sv": "Baslinje", "en": "Baseline"},
}
