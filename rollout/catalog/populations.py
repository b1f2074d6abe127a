"""Texts of populations: editing one, importing a file of them, and where figures say which
year and source their populations are from."""

TEXTS: dict[str, dict[str, str]] = {
    "populations.table": {"fi": "Kuntien asukasluvut", "sv": "Kommunernas invånarantal",
                          "en": "Municipalities' populations"},
    "populations.residents": {"fi": "Asukkaita", "sv": "Invånare", "en": "Residents"},
    "populations.year": {"fi": "Vuosi", "sv": "År", "en": "Year"},
    "populations.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "populations.edit": {"fi": "Muokkaa asukaslukua", "sv": "Redigera invånarantal",
                         "en": "Edit a population"},
    "populations.save": {"fi": "Tallenna asukasluku", "sv": "Spara invånarantalet",
                         "en": "Save the population"},
    "populations.affects": {
        "fi": "Asukasluku painottaa kattavuutta yleiskuvassa, edistymisessä ja kartalla "
              "({units}).",
        "sv": "Invånarantalet väger in i täckningen i översikten, framstegen och kartan "
              "({units}).",
        "en": "The population weights coverage on the overview, progress and map pages "
              "({units})."},
    "populations.saved": {"fi": "Kunnan {municipality} asukasluku tallennettu.",
                          "sv": "Invånarantalet för {municipality} har sparats.",
                          "en": "{municipality}'s population saved."},
    "populations.import": {"fi": "Tuo asukasluvut tiedostosta",
                           "sv": "Importera invånarantal från en fil",
                           "en": "Import populations from a file"},
    "populations.import_help": {
        "fi": "CSV- tai Excel-tiedosto, jossa sarakkeet kuntanumero, väkiluku ja vuosi sekä "
              "halutessasi lähde (otsikot suomeksi, ruotsiksi tai englanniksi). Näet ensin "
              "jokaisen muutoksen ja ongelman; tallennus tehdään kokonaan tai ei lainkaan.",
        "sv": "En CSV- eller Excel-fil med kolumnerna kommunkod, folkmängd och år samt om du "
              "vill källa (rubriker på finska, svenska eller engelska). Du ser först varje "
              "ändring och problem; allt sparas eller inget.",
        "en": "A CSV or Excel file with the columns code, population and year, and source if "
              "you like (headers in Finnish, Swedish or English). You first see every change "
              "and problem; everything is saved or nothing."},
    "populations.file": {"fi": "Tiedosto", "sv": "Fil", "en": "File"},
    "populations.default_source": {"fi": "Lähde riveille, joilla sitä ei ole",
                                   "sv": "Källa för rader som saknar källa",
                                   "en": "Source for rows without one"},
    "populations.default_source_help": {
        "fi": "Tyhjä: rivi säilyttää kunnan nykyisen lähteen.",
        "sv": "Tom: raden behåller kommunens nuvarande källa.",
        "en": "Empty: the row keeps the municipality's present source."},
    "populations.preview": {"fi": "Esikatsele", "sv": "Förhandsgranska", "en": "Preview"},
    "populations.problems.one": {"fi": "{count} ongelma: mitään ei voi tallentaa ennen kuin "
                                 "se on korjattu.",
                                 "sv": "{count} problem: inget kan sparas innan det har "
                                 "rättats.",
                                 "en": "{count} problem: nothing can be saved until it is "
                                 "fixed."},
    "populations.problems.other": {"fi": "{count} ongelmaa: mitään ei voi tallentaa ennen "
                                   "kuin ne on korjattu.",
                                   "sv": "{count} problem: inget kan sparas innan de har "
                                   "rättats.",
                                   "en": "{count} problems: nothing can be saved until they "
                                   "are fixed."},
    "populations.row": {"fi": "Rivi", "sv": "Rad", "en": "Row"},
    "populations.column": {"fi": "Sarake", "sv": "Kolumn", "en": "Column"},
    "populations.col.code": {"fi": "kuntanumero", "sv": "kommunkod", "en": "code"},
    "populations.col.population": {"fi": "väkiluku", "sv": "folkmängd", "en": "population"},
    "populations.col.year": {"fi": "vuosi", "sv": "år", "en": "year"},
    "populations.col.source": {"fi": "lähde", "sv": "källa", "en": "source"},
    "populations.before_after": {"fi": "{old} → {new}", "sv": "{old} → {new}",
                                 "en": "{old} → {new}"},
    "populations.nothing": {"fi": "Tiedosto ei muuta yhtään asukaslukua.",
                            "sv": "Filen ändrar inget invånarantal.",
                            "en": "The file changes no population."},
    "populations.unchanged.one": {"fi": "{count} rivi ennallaan.",
                                  "sv": "{count} rad oförändrad.",
                                  "en": "{count} row unchanged."},
    "populations.unchanged.other": {"fi": "{count} riviä ennallaan.",
                                    "sv": "{count} rader oförändrade.",
                                    "en": "{count} rows unchanged."},
    "populations.apply.one": {"fi": "Tallenna {count} asukasluku", "sv": "Spara {count} "
                              "invånarantal", "en": "Save {count} population"},
    "populations.apply.other": {"fi": "Tallenna {count} asukaslukua",
                                "sv": "Spara {count} invånarantal",
                                "en": "Save {count} populations"},
    "populations.applied.one": {"fi": "{count} asukasluku tallennettu.",
                                "sv": "{count} invånarantal har sparats.",
                                "en": "{count} population saved."},
    "populations.applied.other": {"fi": "{count} asukaslukua tallennettu.",
                                  "sv": "{count} invånarantal har sparats.",
                                  "en": "{count} populations saved."},
    # Refusals
    "populations.empty_file": {"fi": "Tiedostossa ei ole rivejä.", "sv": "Filen har inga "
                               "rader.", "en": "The file has no rows."},
    "populations.unreadable": {"fi": "Tiedostoa ei voi lukea Excel-tiedostona.",
                               "sv": "Filen kan inte läsas som en Excel-fil.",
                               "en": "The file cannot be read as an Excel file."},
    "populations.missing_columns": {
        "fi": "Tiedostosta puuttuu sarake: {columns}. Tarvitaan kuntanumero, väkiluku ja "
              "vuosi.",
        "sv": "Filen saknar en kolumn: {columns}. Kommunkod, folkmängd och år behövs.",
        "en": "The file lacks a column: {columns}. Code, population and year are needed."},
    "populations.bad_code": {"fi": "Kuntanumero ”{value}” ei ole 1–3 numeroa.",
                             "sv": "Kommunkoden ”{value}” är inte 1–3 siffror.",
                             "en": "The code “{value}” is not 1–3 digits."},
    "populations.unknown_code": {
        "fi": "Kuntanumeroa {code} ei ole tämän ohjelman hyvinvointialueella.",
        "sv": "Kommunkoden {code} finns inte i programmets välfärdsområde.",
        "en": "Municipality code {code} is not in this programme's county."},
    "populations.code_twice": {"fi": "Kunta {code} on jo rivillä {row}.",
                               "sv": "Kommunen {code} finns redan på rad {row}.",
                               "en": "Municipality {code} is already on row {row}."},
    "populations.not_whole": {"fi": "Väkiluku ”{value}” ei ole positiivinen kokonaisluku.",
                              "sv": "Folkmängden ”{value}” är inte ett positivt heltal.",
                              "en": "The population “{value}” is not a positive whole "
                              "number."},
    "populations.bad_year": {"fi": "Vuosi ”{value}” ei kelpaa.",
                             "sv": "Året ”{value}” duger inte.",
                             "en": "The year “{value}” will not do."},
    "populations.year_needed": {"fi": "Anna vuosi, jolta asukasluku on.",
                                "sv": "Ange året invånarantalet gäller.",
                                "en": "Enter the year the population is from."},
    "populations.future_year": {"fi": "Vuosi {year} on tulevaisuudessa.",
                                "sv": "Året {year} ligger i framtiden.",
                                "en": "The year {year} is in the future."},
    "populations.conflict": {
        "fi": "{by} muutti kunnan {municipality} asukaslukua sillä välin. Mitään ei "
              "tallennettu; tarkista ja yritä uudelleen.",
        "sv": "{by} ändrade invånarantalet för {municipality} under tiden. Inget sparades; "
              "granska och försök igen.",
        "en": "{by} changed {municipality}'s population in the meantime. Nothing was saved; "
              "check and try again."},
    "field.population": {"fi": "asukasluku", "sv": "invånarantal", "en": "population"},
    "field.population_year": {"fi": "asukasluvun vuosi", "sv": "invånarantalets år",
                              "en": "population year"},
    "field.population_source": {"fi": "asukasluvun lähde", "sv": "invånarantalets källa",
                                "en": "population source"},
    # Where populations are used
    "workbook.col.population_source": {"fi": "Asukasluvun lähde", "sv": "Invånarantalets källa",
                                       "en": "Population source"},
    "populations.note_one": {
        "fi": "Asukasluvut vuodelta {year}: {source}.",
        "sv": "Invånarantal från år {year}: {source}.",
        "en": "Populations of {year}: {source}."},
    "populations.note_mixed": {
        "fi": "Väestöluvut ovat vuosilta {years}; vertaa osuuksia varoen. Lähteet: {source}.",
        "sv": "Befolkningstalen är från åren {years}; jämför andelarna med försiktighet. "
              "Källor: {source}.",
        "en": "The populations are from the years {years}; compare shares with care. "
              "Sources: {source}."},
    "populations.and": {"fi": "ja", "sv": "och", "en": "and"},
    "populations.undated": {"fi": "osin vuotta vailla", "sv": "delvis utan år",
                            "en": "partly undated"},
    "populations.hover": {"fi": "{residents} ({year})", "sv": "{residents} ({year})",
                          "en": "{residents} ({year})"},
    "populations.kind_statfin_year_end": {"fi": "Tilastokeskus, väestö {day}",
                                          "sv": "Statistikcentralen, befolkning {day}",
                                          "en": "Statistics Finland, population {day}"},
    "populations.kind_statfin_preliminary": {
        "fi": "Tilastokeskus, ennakkoväkiluku {day}",
        "sv": "Statistikcentralen, preliminär folkmängd {day}",
        "en": "Statistics Finland, preliminary population {day}"},
    "populations.kind_estimate": {"fi": "arvio: {note}", "sv": "uppskattning: {note}",
                                  "en": "estimate: {note}"},
    "populations.kind_other": {"fi": "{note}", "sv": "{note}", "en": "{note}"},
    "populations.kind_unstated": {"fi": "lähdettä ei kerrottu", "sv": "källan inte angiven",
                                  "en": "source not stated"},
    "populations.kind_estimate_year_unstated": {
        "fi": "arvio: Tilastokeskuksen vuodenvaihteen luku uudelleen julkaistuna, vuosi 2023 "
              "tai 2024",
        "sv": "uppskattning: Statistikcentralens siffra vid årsskiftet som återgiven, år 2023 "
              "eller 2024",
        "en": "estimate: Statistics Finland's year-end figure as republished, year 2023 or "
              "2024"},
    "populations.kind_estimate_rough": {
        "fi": "arvio (±3 %): tarkkaa lukua ei ole vielä haettu Tilastokeskukselta",
        "sv": "uppskattning (±3 %): den exakta siffran inte ännu hämtad från "
              "Statistikcentralen",
        "en": "estimate (±3%): the exact figure not yet fetched from Statistics Finland"},
    "populations.kind_estimate_newspaper": {
        "fi": "arvio: Tilastokeskuksen vuodenvaihteen luku paikallislehden mukaan",
        "sv": "uppskattning: Statistikcentralens siffra vid årsskiftet enligt lokaltidningen",
        "en": "estimate: Statistics Finland's year-end figure as a local newspaper gave it"},
    "populations.kind_name_statfin_year_end": {
        "fi": "Tilastokeskus, väestö vuoden lopussa",
        "sv": "Statistikcentralen, befolkning vid årets slut",
        "en": "Statistics Finland, population at year end"},
    "populations.kind_name_statfin_preliminary": {
        "fi": "Tilastokeskus, ennakkoväkiluku", "sv": "Statistikcentralen, preliminär folkmängd",
        "en": "Statistics Finland, preliminary population"},
    "populations.kind_name_estimate": {"fi": "Arvio (kerro syy)",
                                       "sv": "Uppskattning (ange varför)",
                                       "en": "Estimate (say why)"},
    "populations.kind_name_other": {"fi": "Muu lähde (nimeä se)",
                                    "sv": "Annan källa (namnge den)",
                                    "en": "Another source (name it)"},
    "populations.kind_name_unstated": {"fi": "Lähdettä ei kerrottu",
                                       "sv": "Källan inte angiven",
                                       "en": "Source not stated"},
    "populations.kind_name_estimate_year_unstated": {
        "fi": "Arvio: vuodenvaihteen luku, vuosi 2023 tai 2024",
        "sv": "Uppskattning: siffra vid årsskiftet, år 2023 eller 2024",
        "en": "Estimate: a year-end figure, year 2023 or 2024"},
    "populations.kind_name_estimate_rough": {"fi": "Arvio (±3 %)", "sv": "Uppskattning (±3 %)",
                                             "en": "Estimate (±3%)"},
    "populations.kind_name_estimate_newspaper": {
        "fi": "Arvio: paikallislehden julkaisema luku",
        "sv": "Uppskattning: siffra enligt lokaltidningen",
        "en": "Estimate: a figure a local newspaper gave"},
    "populations.reference_day": {"fi": "Tilastopäivä (ennakkoväkiluvulle)",
                                  "sv": "Statistikdag (för preliminär folkmängd)",
                                  "en": "Reference day (for a preliminary figure)"},
    "populations.source_note": {"fi": "Arvion syy tai muun lähteen nimi",
                                "sv": "Varför uppskattningen, eller den andra källans namn",
                                "en": "Why the estimate, or the other source's name"},
    "populations.note_needed": {
        "fi": "Kerro arvion syy tai nimeä lähde.",
        "sv": "Ange varför det är en uppskattning eller namnge källan.",
        "en": "Say why it is an estimate, or name the source."},
    "populations.day_needed": {
        "fi": "Ennakkoväkiluvulla on tilastopäivä; anna se.",
        "sv": "En preliminär folkmängd har en statistikdag; ange den.",
        "en": "A preliminary figure has a reference day; give it."},
    "populations.day_outside_year": {
        "fi": "Tilastopäivä {day} ei ole vuodelta {year}.",
        "sv": "Statistikdagen {day} är inte från år {year}.",
        "en": "The reference day {day} is not in the year {year}."},
    "populations.count_in": {"fi": "{source} ({count})", "sv": "{source} ({count})",
                             "en": "{source} ({count})"},
    "field.population_source_kind": {"fi": "asukasluvun lähdetyyppi",
                                     "sv": "typ av källa för invånarantalet",
                                     "en": "kind of population source"},
    "field.population_reference_day": {"fi": "asukasluvun tilastopäivä",
                                       "sv": "invånarantalets statistikdag",
                                       "en": "population reference day"},
    "populations.fetch": {"fi": "Hae Tilastokeskukselta", "sv": "Hämta från Statistikcentralen",
                          "en": "Fetch from Statistics Finland"},
    "populations.fetch_help": {
        "fi": "Ohjelman kuntien väkiluku vuoden lopussa Tilastokeskuksen avoimesta "
              "rajapinnasta (taulukko 11ra, CC BY 4.0). Näet ensin jokaisen muutoksen; mitään "
              "ei tallenneta ennen vahvistusta.",
        "sv": "Folkmängden vid årets slut i programmets kommuner från Statistikcentralens "
              "öppna gränssnitt (tabell 11ra, CC BY 4.0). Du ser först varje ändring; inget "
              "sparas innan du bekräftar.",
        "en": "The programme's municipalities' population at year end from Statistics "
              "Finland's open interface (table 11ra, CC BY 4.0). You first see every change; "
              "nothing is saved until you confirm."},
    "populations.fetch_year": {"fi": "Vuoden loppu", "sv": "Årets slut", "en": "Year end"},
    "populations.fetch_latest": {"fi": "uusin", "sv": "senaste", "en": "latest"},
    "populations.fetch_button": {"fi": "Hae ja esikatsele", "sv": "Hämta och förhandsgranska",
                                 "en": "Fetch and preview"},
    "populations.fetching": {"fi": "Haetaan Tilastokeskukselta…",
                             "sv": "Hämtar från Statistikcentralen…",
                             "en": "Fetching from Statistics Finland…"},
}
