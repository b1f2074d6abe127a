"""Every user-visible text, in Finnish (default), Swedish and English.

Keys are dotted: `<screen>.<what>`. A test checks every key has all three languages."""

CATALOG: dict[str, dict[str, str]] = {
    # App frame
    "app.title": {"fi": "Askeleet", "sv": "Askeleet", "en": "Askeleet"},
    "app.language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "app.programme": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "app.no_programme": {
        "fi": "Tietokannassa ei ole ohjelmaa. Aja `python -m rollout init`.",
        "sv": "Databasen har inget program. Kör `python -m rollout init`.",
        "en": "The database holds no programme. Run `python -m rollout init`."},
    "nav.overview": {"fi": "Yleiskuva", "sv": "Översikt", "en": "Overview"},
    # Steps and statuses
    "status.not_started": {"fi": "Ei aloitettu", "sv": "Inte påbörjad", "en": "Not started"},
    "status.in_progress": {"fi": "Käynnissä", "sv": "Pågår", "en": "In progress"},
    "status.done": {"fi": "Valmis", "sv": "Klar", "en": "Done"},
    "status.blocked": {"fi": "Estynyt", "sv": "Blockerad", "en": "Blocked"},
    "step.none": {"fi": "Ei aloitettu", "sv": "Inte påbörjad", "en": "Not started"},
    "step.numbered": {"fi": "{position}. {name}", "sv": "{position}. {name}",
                      "en": "{position}. {name}"},
    # Overview
    "overview.title": {"fi": "Yleiskuva", "sv": "Översikt", "en": "Overview"},
    "overview.as_of": {"fi": "Tilanne päivänä", "sv": "Läget den", "en": "State on"},
    "overview.as_of_help": {
        "fi": "Näytä tilanne minä tahansa päivänä muutoshistorian perusteella.",
        "sv": "Visa läget vilken dag som helst utifrån ändringshistoriken.",
        "en": "Show the state on any day, replayed from the change history."},
    "overview.last_changed": {"fi": "Tietoja muutettu viimeksi {when}",
                              "sv": "Uppgifterna ändrades senast {when}",
                              "en": "Data last changed {when}"},
    "overview.never_changed": {"fi": "Tietoja ei ole vielä muutettu.",
                               "sv": "Uppgifterna har ännu inte ändrats.",
                               "en": "No data has been changed yet."},
    "overview.live_municipalities": {"fi": "Kunnat, joissa palvelu käynnissä",
                                     "sv": "Kommuner där tjänsten är i gång",
                                     "en": "Municipalities live"},
    "overview.residents_covered": {"fi": "Asukkaat palvelun piirissä",
                                   "sv": "Invånare som omfattas",
                                   "en": "Residents covered"},
    "overview.share_of_residents": {"fi": "{share} asukkaista", "sv": "{share} av invånarna",
                                    "en": "{share} of residents"},
    "overview.units": {"fi": "Käyttöönottoyksiköt", "sv": "Införandeenheter",
                       "en": "Rollout units"},
    "overview.units_help": {
        "fi": "Perhekeskus × kunta -parit, joiden etenemistä seurataan.",
        "sv": "Par av familjecenter × kommun vars framsteg följs.",
        "en": "Family centre × municipality pairs whose progress is tracked."},
    "overview.units_per_step": {"fi": "Yksiköt nykyisen askeleen mukaan",
                                "sv": "Enheter enligt nuvarande steg",
                                "en": "Units by current step"},
    "overview.units_per_step_help": {
        "fi": "Nykyinen askel on pisin askel, jolla yksikkö on aloittanut työn.",
        "sv": "Nuvarande steg är det längsta steg där enheten har påbörjat arbetet.",
        "en": "The current step is the furthest step a unit has started."},
    "overview.by_area": {"fi": "Eteneminen alueittain", "sv": "Framsteg per område",
                         "en": "Progress by area"},
    "overview.population_note": {
        "fi": "Asukasluvut: Tilastokeskus (vuodenvaihde 2023/2024); kolme arviota.",
        "sv": "Invånarantal: Statistikcentralen (årsskiftet 2023/2024); tre uppskattningar.",
        "en": "Populations: Statistics Finland (year end 2023/2024); three estimates."},
    "chart.units": {"fi": "Yksiköitä", "sv": "Enheter", "en": "Units"},
    "column.area": {"fi": "Alue", "sv": "Område", "en": "Area"},
    "column.municipalities": {"fi": "Kunnat", "sv": "Kommuner", "en": "Municipalities"},
    "column.live": {"fi": "Käynnissä", "sv": "I gång", "en": "Live"},
    "column.residents": {"fi": "Asukkaat", "sv": "Invånare", "en": "Residents"},
    "column.residents_covered": {"fi": "Palvelun piirissä", "sv": "Omfattas",
                                 "en": "Covered"},
    "column.coverage_share": {"fi": "Kattavuus", "sv": "Täckning", "en": "Coverage"},
    "column.steps_done_share": {"fi": "Askeleita valmiina", "sv": "Steg klara",
                                "en": "Steps done"},
}
