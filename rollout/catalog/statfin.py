"""Texts of getting the year-end populations from Statistics Finland (rollout/statfin.py)."""

TEXTS: dict[str, dict[str, str]] = {
    "statfin.timeout": {"fi": "Tilastokeskus ei vastannut {seconds} sekunnissa",
                        "sv": "Statistikcentralen svarade inte inom {seconds} sekunder",
                        "en": "Statistics Finland did not answer within {seconds} seconds"},
    "statfin.http_error": {"fi": "Tilastokeskus vastasi virheellä {status}",
                           "sv": "Statistikcentralen svarade med felet {status}",
                           "en": "Statistics Finland answered with error {status}"},
    "statfin.unreachable": {"fi": "Tilastokeskukseen ei saatu yhteyttä ({reason})",
                            "sv": "Statistikcentralen kunde inte nås ({reason})",
                            "en": "Statistics Finland could not be reached ({reason})"},
    "statfin.too_large": {"fi": "Tilastokeskuksen vastaus oli odottamattoman suuri",
                          "sv": "svaret från Statistikcentralen var oväntat stort",
                          "en": "Statistics Finland's answer was unexpectedly large"},
    "statfin.bad_answer": {
        "fi": "Tilastokeskuksen vastaus ei ollut odotetun muotoinen väkilukutaulukko",
        "sv": "svaret från Statistikcentralen var inte en folkmängdstabell av väntat slag",
        "en": "Statistics Finland's answer was not the population table expected"},
    "statfin.no_year": {
        "fi": "Tilastokeskuksen väkilukutaulukossa ei ole vuotta {year} (uusin on {latest})",
        "sv": "Statistikcentralens folkmängdstabell har inte året {year} (det senaste är {latest})",
        "en": "Statistics Finland's population table has no year {year} (the latest is {latest})"},
    "statfin.partial": {
        "fi": "Tilastokeskukselta saatiin väkiluku vain {got}/{wanted} kunnalle (puuttuu: {missing})",
        "sv": "Statistikcentralen gav folkmängden för bara {got}/{wanted} kommuner (saknas: {missing})",
        "en": "Statistics Finland gave the population of only {got} of {wanted} municipalities "
              "(missing: {missing})"},
}
