"""Texts of the programmes screen (Ohjelmat): the programmes, creating one from a template,
its refusals and its history events."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.programmes": {"fi": "Ohjelmat", "sv": "Program", "en": "Programmes"},
    # The screen
    "programmes.title": {"fi": "Ohjelmat", "sv": "Program", "en": "Programmes"},
    "programmes.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "programmes.slug": {"fi": "Tunnus", "sv": "Kod", "en": "Slug"},
    "programmes.slug_help": {
        "fi": "Ohjelman tunnus osoitteessa ja komentorivillä (--programme): pienet kirjaimet "
              "a–z, numerot ja väliviivat, esim. ks-palveluohjaus.",
        "sv": "Programmets kod i adressen och på kommandoraden (--programme): små bokstäver "
              "a–z, siffror och bindestreck, t.ex. ks-palveluohjaus.",
        "en": "The programme's slug in the address and on the command line (--programme): "
              "lowercase letters a–z, digits and hyphens, e.g. ks-palveluohjaus."},
    "programmes.counties": {"fi": "Hyvinvointialueet", "sv": "Välfärdsområden",
                            "en": "Counties"},
    "programmes.units": {"fi": "Yksiköt", "sv": "Enheter", "en": "Units"},
    "programmes.template": {"fi": "Malli", "sv": "Mall", "en": "Template"},
    "programmes.synthetic": {"fi": "Keksitty (demo)", "sv": "Påhittad (demo)",
                             "en": "Invented (demo)"},
    "programmes.create": {"fi": "Uusi ohjelma mallista", "sv": "Nytt program från en mall",
                          "en": "New programme from a template"},
    "programmes.create_intro": {
        "fi": "Uusi ohjelma saa mallin askeleet ja valmiuskohdat (tekstit, järjestyksen ja "
              "pakollisuuden), ei niiden tiloja, historiaa eikä perussuunnitelmia. Malliin ei "
              "muuteta mitään. Mallin pääkäyttäjät ovat uudenkin ohjelman pääkäyttäjiä; muut "
              "roolit annetaan Käyttäjät-sivulla.",
        "sv": "Det nya programmet får mallens steg och beredskapspunkter (texter, ordning och "
              "om de är obligatoriska), inte deras status, historik eller baslinjer. Mallen "
              "ändras inte. Mallens administratörer blir administratörer även för det nya "
              "programmet; andra roller ges på sidan Användare.",
        "en": "The new programme gets the template's steps and readiness items (texts, order, "
              "required or not), not their states, history or baselines. Nothing of the "
              "template changes. The template's admins administer the new programme too; "
              "other roles are given on the Users page."},
    "programmes.where": {"fi": "Mille alueelle", "sv": "För vilket område",
                         "en": "For which county"},
    "programmes.where_same": {
        "fi": "Samalle alueelle (uusi palvelu: samat yksiköt)",
        "sv": "Samma område (en ny tjänst: samma enheter)",
        "en": "The same county (a new service: the same units)"},
    "programmes.where_other": {"fi": "Toiselle hyvinvointialueelle",
                               "sv": "Ett annat välfärdsområde",
                               "en": "Another wellbeing services county"},
    "programmes.county": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde",
                          "en": "Wellbeing services county"},
    "programmes.no_county_left": {
        "fi": "Jokaisella hyvinvointialueella on jo ohjelma. Uusi palvelu luodaan alueen "
              "ohjelmasta mallina samalle alueelle.",
        "sv": "Varje välfärdsområde har redan ett program. En ny tjänst skapas med områdets "
              "program som mall för samma område.",
        "en": "Every county already has a programme. A new service is created from the "
              "county's programme as template, for the same county."},
    "programmes.placements_intro": {
        "fi": "Kunnat ja asukasluvut: Tilastokeskus 2020. Nimeä perhekeskusalueet ja "
              "perhekeskukset: sama perhekeskuksen nimi usealla kunnalla on yksi perhekeskus. "
              "Aluksi jokainen kunta on oma alueensa ja perhekeskuksensa; ryhmittelyä voi "
              "muuttaa myöhemmin.",
        "sv": "Kommuner och invånarantal: Statistikcentralen 2020. Namnge "
              "familjecenterområdena och familjecentren: samma namn på flera kommuner är ett "
              "familjecenter. Till en början är varje kommun ett eget område och "
              "familjecenter; grupperingen kan ändras senare.",
        "en": "Municipalities and populations: Statistics Finland 2020. Name the family-centre "
              "areas and centres: one centre name on several municipalities is one centre. To "
              "start with, each municipality is its own area and centre; the grouping can be "
              "changed later."},
    "programmes.population": {"fi": "Asukkaita (2020)", "sv": "Invånare (2020)",
                              "en": "Residents (2020)"},
    "programmes.area": {"fi": "Perhekeskusalue", "sv": "Familjecenterområde",
                        "en": "Family-centre area"},
    "programmes.centre": {"fi": "Perhekeskus", "sv": "Familjecenter", "en": "Family centre"},
    "programmes.preview": {"fi": "Esikatsele", "sv": "Förhandsgranska", "en": "Preview"},
    "programmes.preview_of": {
        "fi": "Mallina **{template}**; alue: {counties}.",
        "sv": "Mall: **{template}**; område: {counties}.",
        "en": "Template: **{template}**; county: {counties}."},
    "programmes.new_areas": {"fi": "Uudet alueet", "sv": "Nya områden", "en": "New areas"},
    "programmes.new_centres": {"fi": "Uudet perhekeskukset", "sv": "Nya familjecenter",
                               "en": "New family centres"},
    "programmes.steps": {"fi": "Askeleet", "sv": "Steg", "en": "Steps"},
    "programmes.items": {"fi": "Valmiuskohdat", "sv": "Beredskapspunkter",
                         "en": "Readiness items"},
    "programmes.new_municipalities.one": {
        "fi": "{count} kunta lisätään aineistosta (asukasluku, vuosi ja lähde).",
        "sv": "{count} kommun läggs till från materialet (invånarantal, år och källa).",
        "en": "{count} municipality is added from the data file (population, year and "
              "source)."},
    "programmes.new_municipalities.other": {
        "fi": "{count} kuntaa lisätään aineistosta (asukasluku, vuosi ja lähde).",
        "sv": "{count} kommuner läggs till från materialet (invånarantal, år och källa).",
        "en": "{count} municipalities are added from the data file (population, year and "
              "source)."},
    "programmes.centre_is": {"fi": "Perhekeskus on", "sv": "Familjecentret är",
                             "en": "The centre is"},
    "programmes.existing": {"fi": "olemassa", "sv": "befintligt", "en": "existing"},
    "programmes.new": {"fi": "uusi", "sv": "nytt", "en": "new"},
    "programmes.create_button.one": {"fi": "Luo ohjelma ({count} yksikkö)",
                                     "sv": "Skapa programmet ({count} enhet)",
                                     "en": "Create the programme ({count} unit)"},
    "programmes.create_button.other": {"fi": "Luo ohjelma ({count} yksikköä)",
                                       "sv": "Skapa programmet ({count} enheter)",
                                       "en": "Create the programme ({count} units)"},
    "programmes.created.one": {
        "fi": "Ohjelma {name} luotu: {count} yksikkö. Valitse se sivupalkista.",
        "sv": "Programmet {name} har skapats: {count} enhet. Välj det i sidofältet.",
        "en": "Created {name}: {count} unit. Choose it in the sidebar."},
    "programmes.created.other": {
        "fi": "Ohjelma {name} luotu: {count} yksikköä. Valitse se sivupalkista.",
        "sv": "Programmet {name} har skapats: {count} enheter. Välj det i sidofältet.",
        "en": "Created {name}: {count} units. Choose it in the sidebar."},
    "programmes.open": {"fi": "Siirry ohjelmaan {name}", "sv": "Gå till programmet {name}",
                        "en": "Go to {name}"},
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
    "programmes.centre_exists": {
        "fi": "Alueella on jo perhekeskus {centre}. Anna perhekeskukselle toinen nimi. Mitään "
              "ei luotu.",
        "sv": "Området har redan familjecentret {centre}. Ge familjecentret ett annat namn. "
              "Inget skapades.",
        "en": "The county already has the family centre {centre}. Give the centre another "
              "name. Nothing was created."},
    "programmes.names_differ_in_case": {
        "fi": "Nimet {first} ja {second} eroavat vain kirjainkooltaan: kirjoita sama nimi "
              "samoin tai anna eri nimet. Mitään ei luotu.",
        "sv": "Namnen {first} och {second} skiljer sig bara i versaler och gemener: skriv "
              "samma namn lika eller ge olika namn. Inget skapades.",
        "en": "The names {first} and {second} differ only in case: write one name the same "
              "way or give different names. Nothing was created."},
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
