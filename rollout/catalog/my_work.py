"""Texts of My work: what the signed-in person must do next."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.my_work": {"fi": "Omat tehtävät", "sv": "Mina uppgifter", "en": "My work"},
    "my_work.title": {"fi": "Omat tehtävät", "sv": "Mina uppgifter", "en": "My work"},
    "my_work.intro.planner": {
        "fi": "Askeleet, joiden vastuuhenkilö olet: myöhässä, päättymässä 14 päivän sisällä "
              "tai estyneet.",
        "sv": "Steg som du ansvarar för: försenade, som slutar inom 14 dagar eller som är "
              "blockerade.",
        "en": "Steps you own: overdue, ending within 14 days, or blocked."},
    "my_work.intro.lead": {
        "fi": "Perhekeskustesi avoimet valmiuskohdat käynnissä oleville ja 30 päivän sisällä "
              "alkaville askelille sekä askeleet, jotka odottavat kuittaustasi.",
        "sv": "Öppna beredskapspunkter i dina familjecenter för steg som pågår eller börjar "
              "inom 30 dagar, och steg som väntar på din kvittering.",
        "en": "Open readiness items in your centres for steps under way or starting within "
              "30 days, and steps waiting for your sign-off."},
    "my_work.intro.manager": {
        "fi": "Mitä on muuttunut edellisen käyntisi jälkeen, ja pysähtyneet yksiköt.",
        "sv": "Vad som har ändrats sedan ditt senaste besök, och avstannade enheter.",
        "en": "What changed since your last visit, and the stalled units."},
    "my_work.intro.admin": {
        "fi": "Lukitut ja poistetut tunnukset, yksiköt ilman vastuuhenkilöä seuraavalle "
              "askeleelle ja vastuuhenkilöt, joilla ei ole tunnusta – sekä omat askeleesi.",
        "sv": "Låsta och inaktiverade konton, enheter utan ansvarsperson för nästa steg och "
              "ansvarspersoner utan konto – och dina egna steg.",
        "en": "Locked and disabled accounts, units with no owner for their next step and "
              "owners without an account – and your own steps."},
    "my_work.nothing": {"fi": "Ei tehtäviä juuri nyt.", "sv": "Inga uppgifter just nu.",
                        "en": "Nothing to do right now."},
    "my_work.group.steps": {"fi": "Askeleesi", "sv": "Dina steg", "en": "Your steps"},
    "my_work.group.readiness": {"fi": "Valmius", "sv": "Beredskap", "en": "Readiness"},
    "my_work.group.news": {"fi": "Edellisen käyntisi jälkeen", "sv": "Sedan ditt senaste besök",
                           "en": "Since your last visit"},
    "my_work.group.admin": {"fi": "Ylläpito", "sv": "Administration", "en": "Administration"},
    "my_work.since": {"fi": "Edellinen käyntisi: {when}.", "sv": "Ditt senaste besök: {when}.",
                      "en": "Your last visit: {when}."},
    "my_work.since_first": {"fi": "Ensimmäinen käyntisi: viimeisen 30 päivän muutokset.",
                            "sv": "Ditt första besök: ändringarna under de senaste 30 dagarna.",
                            "en": "Your first visit: the changes of the last 30 days."},
    "my_work.what": {"fi": "Tehtävä", "sv": "Uppgift", "en": "What"},
    "my_work.day": {"fi": "Päivä", "sv": "Dag", "en": "Day"},
    "my_work.detail": {"fi": "Tarkemmin", "sv": "Detaljer", "en": "Detail"},
    "my_work.open": {"fi": "Avaa", "sv": "Öppna", "en": "Open"},
    "my_work.open_link": {"fi": "Avaa", "sv": "Öppna", "en": "Open"},
    "my_work.open_count.one": {"fi": "{count} avoin kohta", "sv": "{count} öppen punkt",
                               "en": "{count} open item"},
    "my_work.open_count.other": {"fi": "{count} avointa kohtaa", "sv": "{count} öppna punkter",
                                 "en": "{count} open items"},
    "my_work.idle_days.one": {"fi": "{count} päivä ilman muutoksia",
                              "sv": "{count} dag utan ändringar",
                              "en": "{count} day without a change"},
    "my_work.idle_days.other": {"fi": "{count} päivää ilman muutoksia",
                                "sv": "{count} dagar utan ändringar",
                                "en": "{count} days without a change"},
    "my_work.kind.overdue": {"fi": "Myöhässä", "sv": "Försenat", "en": "Overdue"},
    "my_work.kind.due_soon": {"fi": "Päättyy pian", "sv": "Slutar snart", "en": "Ends soon"},
    "my_work.kind.blocked": {"fi": "Estynyt", "sv": "Blockerat", "en": "Blocked"},
    "my_work.kind.open_items": {"fi": "Valmiuskohtia auki", "sv": "Beredskapspunkter öppna",
                                "en": "Readiness items open"},
    "my_work.kind.ready_to_sign": {"fi": "Valmis kuitattavaksi", "sv": "Klart att kvittera",
                                   "en": "Ready for sign-off"},
    "my_work.kind.advanced": {"fi": "Edistyi", "sv": "Gick framåt", "en": "Advanced"},
    "my_work.kind.slipped": {"fi": "Aikataulu siirtyi", "sv": "Tidplanen sköts upp",
                             "en": "Slipped"},
    "my_work.kind.reopened": {"fi": "Avattiin uudelleen", "sv": "Öppnades igen",
                              "en": "Reopened"},
    "my_work.kind.newly_overdue": {"fi": "Myöhästyi", "sv": "Blev försenat",
                                   "en": "Newly overdue"},
    "my_work.kind.stalled": {"fi": "Pysähtynyt", "sv": "Avstannat", "en": "Stalled"},
    "my_work.kind.locked_account": {"fi": "Tunnus lukittu", "sv": "Konto låst",
                                    "en": "Account locked"},
    "my_work.kind.disabled_account": {"fi": "Tunnus poistettu käytöstä",
                                      "sv": "Konto inaktiverat", "en": "Account disabled"},
    "my_work.kind.no_owner": {"fi": "Seuraavalla askeleella ei vastuuhenkilöä",
                              "sv": "Nästa steg saknar ansvarsperson",
                              "en": "Next step has no owner"},
    "my_work.kind.owner_without_account": {"fi": "Vastuuhenkilöllä ei tunnusta",
                                           "sv": "Ansvarspersonen saknar konto",
                                           "en": "Owner has no account"},
}
