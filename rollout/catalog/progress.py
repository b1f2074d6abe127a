"""Texts of the Progress page (Eteneminen): the adoption curve, where units are, the Gantt and
the implementation scores, and the words every chart shares."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.progress": {"fi": "Eteneminen", "sv": "Framsteg", "en": "Progress"},
    "chart.date": {"fi": "Päivä", "sv": "Datum", "en": "Date"},
    "chart.today": {"fi": "Tänään", "sv": "I dag", "en": "Today"},
    "progress.title": {"fi": "Käyttöönoton eteneminen", "sv": "Införandets framsteg",
                       "en": "Rollout progress"},
    "progress.covered": {"fi": "Asukkaista palvelun piirissä", "sv": "Invånare som omfattas",
                         "en": "Residents covered"},
    "progress.covered_detail": {"fi": "{live}/{total} kuntaa", "sv": "{live}/{total} kommuner",
                                "en": "{live}/{total} municipalities"},
    "progress.first_live": {"fi": "Ensimmäinen käynnistys", "sv": "Första start",
                            "en": "First go-live"},
    "progress.first_live_help": {
        "fi": "Päivä, jona palvelu käynnistyi ensimmäisessä kunnassa (käynnistysaskel valmis). "
              "Kun päivää ei ole kirjattu, julkisen lähteen mukaan: milloin palvelu alkoi, tai "
              "mihin mennessä se viimeistään toimi.",
        "sv": "Dagen då tjänsten startade i den första kommunen (startsteget klart). När "
              "ingen dag är registrerad, enligt den offentliga källan: när tjänsten började, "
              "eller när den senast var i gång.",
        "en": "The day the service went live in the first municipality (go-live step done). "
              "Where no day is recorded, as the public record has it: when the service "
              "started, or by when at the latest it ran."},
    "progress.outlook_complete": {"fi": "Valmistui", "sv": "Klart", "en": "Completed"},
    "progress.outlook_projected": {"fi": "Arvioitu valmistuminen", "sv": "Beräknat klart",
                                   "en": "Projected completion"},
    "progress.outlook_no_pace": {"fi": "Arvioitu valmistuminen", "sv": "Beräknat klart",
                                 "en": "Projected completion"},
    "progress.late_stalled": {"fi": "Myöhässä / pysähtyneitä", "sv": "Försenade / avstannade",
                              "en": "Late / stalled"},
    "progress.late_stalled_help": {
        "fi": "Yksiköt, joilla jokin askel on kesken suunnitellun päättymisen jälkeen, ja "
              "yksiköt, joissa ei ole tapahtunut mitään paljon pidempään kuin muissa samalla "
              "askeleella (sääntö alempana).",
        "sv": "Enheter med ett steg som pågår efter sitt planerade slut, och enheter där "
              "ingenting har hänt på mycket längre tid än i andra i samma steg (regeln "
              "längre ned).",
        "en": "Units with a step still open after its planned end, and units where nothing "
              "has happened for far longer than in others on the same step (rule below)."},
    "progress.curve": {"fi": "Käyttöönottokäyrä", "sv": "Införandekurva",
                       "en": "Adoption curve"},
    "progress.measure": {"fi": "Mittari", "sv": "Mått", "en": "Measure"},
    "progress.measure_residents": {"fi": "Asukkaat", "sv": "Invånare", "en": "Residents"},
    "progress.measure_municipalities": {"fi": "Kunnat", "sv": "Kommuner",
                                        "en": "Municipalities"},
    "progress.baseline": {"fi": "Vertailusuunnitelma", "sv": "Jämförelseplan",
                          "en": "Baseline"},
    "progress.baseline_help": {
        "fi": "Tallennettu suunnitelman perustaso, johon nykyistä suunnitelmaa ja toteumaa "
              "verrataan.",
        "sv": "En sparad utgångsplan som den nuvarande planen och utfallet jämförs med.",
        "en": "A saved baseline of the plan to compare the current plan and the actual with."},
    "progress.no_baseline": {"fi": "Ei vertailua", "sv": "Ingen jämförelse",
                             "en": "No baseline"},
    "progress.curve_title_residents": {
        "fi": "{share} asukkaista palvelun piirissä {day}",
        "sv": "{share} av invånarna omfattas {day}",
        "en": "{share} of residents covered on {day}"},
    "progress.curve_title_municipalities": {
        "fi": "{live}/{total} kuntaa palvelun piirissä {day}",
        "sv": "{live}/{total} kommuner omfattas {day}",
        "en": "{live}/{total} municipalities covered on {day}"},
    "progress.complete_by": {
        "fi": "Kaikki {total} kuntaa olivat palvelun piirissä {bound}.",
        "sv": "Alla {total} kommuner omfattades {bound}.",
        "en": "All {total} municipalities were covered {bound}."},
    "progress.complete": {
        "fi": "Kaikki {total} kuntaa ovat olleet palvelun piirissä {day} alkaen.",
        "sv": "Alla {total} kommuner har omfattats sedan {day}.",
        "en": "All {total} municipalities have been covered since {day}."},
    "progress.projection": {
        "fi": "Arvio: viimeisten {days} päivän tahdilla ({pace} kuntaa kuukaudessa) kaikki "
              "{total} kuntaa ovat mukana {day}.",
        "sv": "Prognos: i takten under de senaste {days} dagarna ({pace} kommuner i månaden) "
              "omfattas alla {total} kommuner {day}.",
        "en": "Projection: at the pace of the last {days} days ({pace} municipalities a month) "
              "all {total} municipalities are covered by {day}."},
    "progress.no_pace": {
        "fi": "Ei arviota: palvelu ei ole käynnistynyt yhdessäkään kunnassa viimeisten {days} "
              "päivän aikana.",
        "sv": "Ingen prognos: tjänsten har inte startat i någon kommun under de senaste {days} "
              "dagarna.",
        "en": "No projection: the service went live in no municipality in the last {days} "
              "days."},
    "progress.plan_ahead": {
        "fi": "Suunnitelman mukaan tähän päivään mennessä {planned}, toteutunut {actual} "
              "({unit}): {difference} edellä suunnitelmaa.",
        "sv": "Enligt planen i dag {planned}, utfall {actual} ({unit}): {difference} före "
              "planen.",
        "en": "The plan says {planned} by today, actual {actual} ({unit}): {difference} ahead "
              "of plan."},
    "progress.plan_behind": {
        "fi": "Suunnitelman mukaan tähän päivään mennessä {planned}, toteutunut {actual} "
              "({unit}): {difference} jäljessä suunnitelmasta.",
        "sv": "Enligt planen i dag {planned}, utfall {actual} ({unit}): {difference} efter "
              "planen.",
        "en": "The plan says {planned} by today, actual {actual} ({unit}): {difference} "
              "behind plan."},
    "progress.plan_on_plan": {
        "fi": "Suunnitelman mukaan tähän päivään mennessä {planned} ({unit}), toteutunut sama: "
              "aikataulussa.",
        "sv": "Enligt planen i dag {planned} ({unit}), utfallet detsamma: enligt tidsplanen.",
        "en": "The plan says {planned} by today ({unit}), and so it is: on plan."},
    "progress.no_plan": {
        "fi": "Suunnitelmassa ei ole vielä käynnistyspäiviä, joten toteumaa ei voi verrata "
              "siihen.",
        "sv": "Planen har ännu inga startdagar, så utfallet kan inte jämföras med den.",
        "en": "The plan has no go-live dates yet, so the actual cannot be compared with it."},
    "progress.unit_residents": {"fi": "asukkaat", "sv": "invånare", "en": "residents"},
    "progress.unit_municipalities": {"fi": "kunnat", "sv": "kommuner",
                                     "en": "municipalities"},
    "progress.line_actual": {"fi": "Toteutunut", "sv": "Utfall", "en": "Actual"},
    "progress.line_plan": {"fi": "Nykyinen suunnitelma", "sv": "Nuvarande plan",
                           "en": "Current plan"},
    "progress.line_baseline": {"fi": "Vertailusuunnitelma", "sv": "Jämförelseplan",
                               "en": "Baseline"},
    "progress.line_projection": {"fi": "Arvio", "sv": "Prognos", "en": "Projection"},
    "progress.total_residents": {"fi": "Kaikki {total} asukasta", "sv": "Alla {total} invånare",
                                 "en": "All {total} residents"},
    "progress.total_municipalities": {"fi": "Kaikki {total} kuntaa",
                                      "sv": "Alla {total} kommuner",
                                      "en": "All {total} municipalities"},
    "progress.axis_residents": {"fi": "Asukkaita palvelun piirissä",
                                "sv": "Invånare som omfattas", "en": "Residents covered"},
    "progress.axis_municipalities": {"fi": "Kuntia palvelun piirissä",
                                     "sv": "Kommuner som omfattas",
                                     "en": "Municipalities covered"},
    "progress.axis_units": {"fi": "Yksiköitä (kpl)", "sv": "Enheter (st.)", "en": "Units"},
    "progress.where": {"fi": "Missä yksiköt ovat", "sv": "Var enheterna är",
                       "en": "Where units are"},
    "progress.where_title": {"fi": "Eniten yksiköitä askeleella {step}: {count}/{total}",
                             "sv": "Flest enheter i steget {step}: {count}/{total}",
                             "en": "Most units are at {step}: {count} of {total}"},
    "gantt.heading": {"fi": "Aikataulu", "sv": "Tidsplan", "en": "Schedule"},
    "gantt.help": {
        "fi": "Suunnitellut ja toteutuneet jaksot yksiköittäin ja askelittain, alueittain "
              "ryhmiteltyinä. Rajaa alueella tai perhekeskuksella; suuri joukko näytetään "
              "sivuittain.",
        "sv": "Planerade och faktiska perioder per enhet och steg, grupperade per område. "
              "Avgränsa med område eller familjecenter; många enheter visas sida för sida.",
        "en": "Planned and actual periods per unit and step, grouped by area. Filter by area "
              "or family centre; many units are shown page by page."},
    "gantt.legend": {
        "fi": "Vaalea palkki: suunniteltu · tumma: toteutunut (kesken oleva tähän päivään) · "
              "punainen viivoitus: askel on kesken suunnitellun päättymisen jälkeen.",
        "sv": "Ljus stapel: planerat · mörk: faktiskt (pågående till i dag) · röd "
              "skraffering: steget pågår efter sitt planerade slut.",
        "en": "Light bar: planned · dark: actual (to today while under way) · red hatching: "
              "the step is still open after its planned end."},
    "gantt.none": {"fi": "Valituilla yksiköillä ei ole suunniteltuja eikä toteutuneita "
                         "päivämääriä.",
                   "sv": "De valda enheterna har inga planerade eller faktiska datum.",
                   "en": "The chosen units have no planned or actual dates."},
    "gantt.only_late": {"fi": "Vain myöhässä olevat", "sv": "Endast försenade",
                        "en": "Only late units"},
    "gantt.steps.one": {"fi": "{count} askel", "sv": "{count} steg", "en": "{count} step"},
    "gantt.steps.other": {"fi": "{count} askelta", "sv": "{count} steg", "en": "{count} steps"},
    "gantt.units.one": {"fi": "{count} yksikössä", "sv": "i {count} enhet",
                        "en": "in {count} unit"},
    "gantt.units.other": {"fi": "{count} yksikössä", "sv": "i {count} enheter",
                          "en": "in {count} units"},
    "gantt.title_overdue": {"fi": "{steps} myöhässä {units}, pahimmillaan {days} päivää",
                            "sv": "{steps} försenade {units}, som mest {days} dagar",
                            "en": "{steps} late {units}, the worst by {days} days"},
    "gantt.title_on_time": {"fi": "Yksikään askel ei ole myöhässä",
                            "sv": "Inget steg är försenat", "en": "No step is late"},
    "gantt.planned": {"fi": "Suunniteltu", "sv": "Planerat", "en": "Planned"},
    "gantt.actual": {"fi": "Toteutunut", "sv": "Faktiskt", "en": "Actual"},
    "gantt.done_on": {"fi": "Valmis (alkupäivää ei kirjattu)",
                      "sv": "Klart (startdag inte registrerad)",
                      "en": "Done (start not recorded)"},
    "gantt.overdue": {"fi": "Myöhässä", "sv": "Försenat", "en": "Late"},
    "gantt.late_days": {"fi": "Myöhässä (pv)", "sv": "Försenat (dagar)", "en": "Days late"},
    "scores.heading": {"fi": "Toteutuksen mittarit", "sv": "Införandemått",
                       "en": "Implementation scores"},
    "scores.help": {
        "fi": "Stages of Implementation Completion -mallin tapaan: päivät kullakin askeleella "
              "(toteutunut alku → loppu, kesken olevalla tähän päivään), valmiiden koskevien "
              "valmiuskohtien osuus ja pisin aloitettu askel.",
        "sv": "Som i Stages of Implementation Completion: dagar i varje steg (faktisk start → "
              "slut, för pågående till i dag), andelen klara tillämpliga beredskapspunkter och "
              "det längsta påbörjade steget.",
        "en": "As in Stages of Implementation Completion: days in each step (actual start → "
              "end, to today while under way), the share of applicable readiness items done "
              "and the furthest step started."},
    "scores.rule": {
        "fi": "Pysähtynyt: yksikössä ei ole ollut muutoksia yli {factor} kertaa niin pitkään "
              "kuin samalla askeleella olevissa yksiköissä keskimäärin (mediaani) ja vähintään "
              "{days} päivään.",
        "sv": "Avstannad: enheten har inte haft någon ändring på över {factor} gånger så lång "
              "tid som enheterna i samma steg i median, och på minst {days} dagar.",
        "en": "Stalled: no change for more than {factor} × the median of the units on the "
              "same step, and for at least {days} days."},
    "scores.only_stalled": {"fi": "Vain pysähtyneet ({count})",
                            "sv": "Endast avstannade ({count})",
                            "en": "Only stalled units ({count})"},
    "scores.furthest": {"fi": "Pisin askel", "sv": "Längsta steg", "en": "Furthest step"},
    "scores.days_in": {"fi": "Pv askel {position}", "sv": "Dagar steg {position}",
                       "en": "Days step {position}"},
    "scores.readiness": {"fi": "Valmius %", "sv": "Beredskap %", "en": "Readiness %"},
    "scores.idle": {"fi": "Päiviä ilman muutosta", "sv": "Dagar utan ändring",
                    "en": "Days without a change"},
    "scores.stalled": {"fi": "Pysähtynyt", "sv": "Avstannad", "en": "Stalled"},
    "scores.stalled_yes": {"fi": "pysähtynyt", "sv": "avstannad", "en": "stalled"},
    "scores.median_days": {"fi": "Päiviä askeleella (mediaani)",
                           "sv": "Dagar i steget (median)", "en": "Days in step (median)"},
    "scores.days_help": {
        "fi": "Päiviä askeleella alueittain: mediaani askeleen aloittaneista yksiköistä.",
        "sv": "Dagar i steget per område: median av enheterna som har påbörjat steget.",
        "en": "Days in each step by area: the median of the units that started the step."},
    "scores.days_title": {"fi": "Hitain: {area}, {step} – mediaani {days} päivää",
                          "sv": "Långsammast: {area}, {step} – median {days} dagar",
                          "en": "Slowest: {area}, {step} – median {days} days"},
    "scores.days_title_none": {"fi": "Yksikään yksikkö ei ole vielä aloittanut askelia",
                               "sv": "Ingen enhet har påbörjat något steg ännu",
                               "en": "No unit has started a step yet"},
}
