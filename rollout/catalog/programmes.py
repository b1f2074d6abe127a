"""Texts of the programmes screen (Ohjelmat): the programmes, creating one from a template,
its refusals and its history events."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.programmes": {"fi": "Ohjelmat", "sv": "Program", "en": "Programmes"},
    # Refusals
    "programmes.unknown": {
        "fi": "Ohjelmaa {slug} ei ole. Ohjelmat: {known}.",
        "sv": "Programmet {slug} finns inte. Program: {known}.",
        "en": "There is no programme {slug}. Programmes: {known}."},
    "programmes.unknown_template": {
        "fi": "Mallia {slug} ei ole: ohjelmaa ei löydy. Ohjelmat: {known}. Mitään ei luotu.",
        "sv": "Mallen {slug} finns inte: inget sådant program. Program: {known}. Inget "
              "skapades.",
        "en": "There is no template {slug}: no such programme. Programmes: {known}. Nothing "
              "was created."},
    "programmes.bad_slug": {
        "fi": "Tunnus ”{slug}” ei kelpaa: käytä pieniä kirjaimia a–z, numeroita ja "
              "väliviivoja (enintään {limit} merkkiä, ei väliviivaa alussa tai lopussa), "
              "esim. ks-palveluohjaus. Mitään ei luotu.",
        "sv": "Koden ”{slug}” duger inte: använd små bokstäver a–z, siffror och bindestreck "
              "(högst {limit} tecken, inget bindestreck först eller sist), t.ex. "
              "ks-palveluohjaus. Inget skapades.",
        "en": "The slug “{slug}” will not do: use lowercase letters a–z, digits and hyphens "
              "(at most {limit} characters, no hyphen first or last), e.g. ks-palveluohjaus. "
              "Nothing was created."},
    "programmes.slug_exists": {
        "fi": "Tunnus {slug} on jo toisen ohjelman käytössä. Valitse toinen tunnus. Mitään ei "
              "luotu.",
        "sv": "Koden {slug} används redan av ett annat program. Välj en annan kod. Inget "
              "skapades.",
        "en": "The slug {slug} is already another programme's. Choose another. Nothing was "
              "created."},
    "programmes.name_needed": {
        "fi": "Anna ohjelmalle nimi. Mitään ei luotu.",
        "sv": "Ge programmet ett namn. Inget skapades.",
        "en": "Give the programme a name. Nothing was created."},
    "programmes.name_exists": {
        "fi": "Ohjelma nimeltä {name} on jo olemassa. Valitse toinen nimi. Mitään ei luotu.",
        "sv": "Det finns redan ett program med namnet {name}. Välj ett annat namn. Inget "
              "skapades.",
        "en": "A programme named {name} already exists. Choose another name. Nothing was "
              "created."},
    "programmes.unknown_county": {
        "fi": "Hyvinvointialuetta {county} ei ole aineistossa. Alueet: {known}. Mitään ei "
              "luotu.",
        "sv": "Välfärdsområdet {county} finns inte i materialet. Områden: {known}. Inget "
              "skapades.",
        "en": "There is no wellbeing services county {county} in the data. Counties: "
              "{known}. Nothing was created."},
    "programmes.county_covered": {
        "fi": "Alueella {county} on jo ohjelma {slug}. Uusi palvelu samalle alueelle luodaan "
              "mallista {slug} ilman aluetta (samat yksiköt). Mitään ei luotu.",
        "sv": "Området {county} har redan programmet {slug}. En ny tjänst för samma område "
              "skapas från mallen {slug} utan område (samma enheter). Inget skapades.",
        "en": "The county {county} already has the programme {slug}. A new service for the "
              "same county is created from {slug} as template without a county (the same "
              "units). Nothing was created."},
    "programmes.area_exists": {
        "fi": "Alueella on jo perhekeskusalue {area}. Anna alueelle toinen nimi. Mitään ei "
              "luotu.",
        "sv": "Området har redan familjecenterområdet {area}. Ge området ett annat namn. "
              "Inget skapades.",
        "en": "The county already has a family-centre area {area}. Give the area another "
              "name. Nothing was created."},
    "programmes.not_in_county": {
        "fi": "Kunta {code} ei kuulu valittuun hyvinvointialueeseen. Mitään ei luotu.",
        "sv": "Kommunen {code} hör inte till det valda välfärdsområdet. Inget skapades.",
        "en": "The municipality {code} is not in the chosen county. Nothing was created."},
    "programmes.placed_twice": {
        "fi": "Kunta {municipality} on annettu kahdesti. Mitään ei luotu.",
        "sv": "Kommunen {municipality} har angetts två gånger. Inget skapades.",
        "en": "The municipality {municipality} is given twice. Nothing was created."},
    "programmes.placement_needed": {
        "fi": "Anna perhekeskus ja sen alue kunnalle: {municipality}. Mitään ei luotu.",
        "sv": "Ange familjecenter och dess område för kommunen: {municipality}. Inget "
              "skapades.",
        "en": "Give a family centre and its area for: {municipality}. Nothing was created."},
    "programmes.centre_in_two_areas": {
        "fi": "Perhekeskus {centre} on annettu kahdelle alueelle ({area} ja {other}). "
              "Perhekeskus kuuluu yhteen alueeseen. Mitään ei luotu.",
        "sv": "Familjecentret {centre} har angetts för två områden ({area} och {other}). Ett "
              "familjecenter hör till ett område. Inget skapades.",
        "en": "The family centre {centre} is given two areas ({area} and {other}). A centre "
              "belongs to one area. Nothing was created."},
    # History
    "history.subject_programme": {"fi": "Ohjelma {id}", "sv": "Program {id}",
                                  "en": "Programme {id}"},
    "field.from_template": {"fi": "malli", "sv": "mall", "en": "template"},
    "field.covers_county": {"fi": "hyvinvointialue", "sv": "välfärdsområde",
                            "en": "wellbeing services county"},
    "field.new_municipality": {"fi": "kunta lisätty", "sv": "kommun tillagd",
                               "en": "municipality added"},
    "field.new_area": {"fi": "perhekeskusalue lisätty", "sv": "familjecenterområde tillagt",
                       "en": "family-centre area added"},
    "field.new_centre": {"fi": "perhekeskus lisätty", "sv": "familjecenter tillagt",
                         "en": "family centre added"},
    "field.new_unit": {"fi": "yksikkö lisätty", "sv": "enhet tillagd", "en": "unit added"},
}
