"""Texts of the reminder digest: the e-mail that brings a person's My work list to them
(`python -m rollout digest send`, docs/digest.md)."""

TEXTS: dict[str, dict[str, str]] = {
    "digest.subject.one": {"fi": "Askeleet: {count} tehtävä – {programme}",
                           "sv": "Askeleet: {count} uppgift – {programme}",
                           "en": "Askeleet: {count} thing to do – {programme}"},
    "digest.subject.other": {"fi": "Askeleet: {count} tehtävää – {programme}",
                             "sv": "Askeleet: {count} uppgifter – {programme}",
                             "en": "Askeleet: {count} things to do – {programme}"},
    "digest.subject_report": {"fi": "Askeleet: ohjausryhmän raportti – {programme}",
                              "sv": "Askeleet: styrgruppens rapport – {programme}",
                              "en": "Askeleet: the steering-group report – {programme}"},
    "digest.heading": {"fi": "{programme}: tehtäväsi {day}",
                       "sv": "{programme}: dina uppgifter {day}",
                       "en": "{programme}: your list on {day}"},
    "digest.greeting": {"fi": "Hei {name},", "sv": "Hej {name},", "en": "Hello {name},"},
    "digest.intro": {
        "fi": "tässä ovat tehtäväsi ohjelmassa {programme}. Rivin linkki avaa sivun, jolla "
              "asian voi hoitaa.",
        "sv": "här är dina uppgifter i programmet {programme}. Länken på en rad öppnar sidan "
              "där du kan sköta saken.",
        "en": "here is what is waiting for you in {programme}. A row's link opens the page "
              "where you can deal with it."},
    "digest.nothing": {
        "fi": "sinulla ei ole juuri nyt tehtäviä ohjelmassa {programme}.",
        "sv": "du har inga uppgifter i programmet {programme} just nu.",
        "en": "there is nothing on your list in {programme} right now."},
    "digest.since": {"fi": "Muutokset edellisen käyntisi jälkeen ({day} alkaen):",
                     "sv": "Ändringar sedan ditt senaste besök (från {day}):",
                     "en": "Changes since your last visit (from {day}):"},
    "digest.since_first": {"fi": "Muutokset viimeisen 30 päivän ajalta ({day} alkaen):",
                           "sv": "Ändringar under de senaste 30 dagarna (från {day}):",
                           "en": "Changes in the last 30 days (from {day}):"},
    "digest.open_all": {"fi": "Kaikki tehtäväsi: {link}", "sv": "Alla dina uppgifter: {link}",
                        "en": "Everything on your list: {link}"},
    "digest.open_my_work": {"fi": "Avaa Omat tehtävät", "sv": "Öppna Mina uppgifter",
                            "en": "Open My work"},
    "digest.report_attached": {
        "fi": "Liitteenä on ohjausryhmän raportti {day}.",
        "sv": "Styrgruppens rapport {day} finns som bilaga.",
        "en": "The steering-group report of {day} is attached."},
    "digest.why": {
        "fi": "Saat tämän viestin, koska sinulla on rooli ohjelmassa {programme} Askeleet-"
              "sovelluksessa. Viestien tiheyden, viikonpäivän ja kielen voit muuttaa sivulla "
              "Omat asetukset.",
        "sv": "Du får detta meddelande eftersom du har en roll i programmet {programme} i "
              "Askeleet. Hur ofta, vilken veckodag och på vilket språk du får det ändrar du på "
              "sidan Mina inställningar.",
        "en": "You get this message because you have a role in {programme} in Askeleet. "
              "Change how often, on which weekday and in which language you get it on the "
              "My settings page."},
    # What a row says besides its unit and step
    "digest.ends_on": {"fi": "suunniteltu loppu {day}", "sv": "planerat slut {day}",
                       "en": "planned end {day}"},
    "digest.starts_on": {"fi": "suunniteltu alku {day}", "sv": "planerad start {day}",
                         "en": "planned start {day}"},
    "digest.new_end": {"fi": "uusi suunniteltu loppu {day}", "sv": "nytt planerat slut {day}",
                       "en": "new planned end {day}"},
    "digest.now": {"fi": "nyt: {status}", "sv": "nu: {status}", "en": "now: {status}"},
    "digest.open_items.one": {"fi": "{count} avoin valmiuskohta",
                              "sv": "{count} öppen beredskapspunkt",
                              "en": "{count} open readiness item"},
    "digest.open_items.other": {"fi": "{count} avointa valmiuskohtaa",
                                "sv": "{count} öppna beredskapspunkter",
                                "en": "{count} open readiness items"},
    "digest.idle_days.one": {"fi": "{count} päivä ilman muutoksia",
                             "sv": "{count} dag utan ändringar",
                             "en": "{count} day without a change"},
    "digest.idle_days.other": {"fi": "{count} päivää ilman muutoksia",
                               "sv": "{count} dagar utan ändringar",
                               "en": "{count} days without a change"},
    "digest.accounts.one": {"fi": "{count} tunnus", "sv": "{count} konto",
                            "en": "{count} account"},
    "digest.accounts.other": {"fi": "{count} tunnusta", "sv": "{count} konton",
                              "en": "{count} accounts"},
    "digest.more.one": {"fi": "… ja {count} muu Omat tehtävät -sivulla",
                        "sv": "… och {count} till på sidan Mina uppgifter",
                        "en": "… and {count} more on the My work page"},
    "digest.more.other": {"fi": "… ja {count} muuta Omat tehtävät -sivulla",
                          "sv": "… och {count} till på sidan Mina uppgifter",
                          "en": "… and {count} more on the My work page"},
    # One heading per kind of work (rollout.my_work.KINDS)
    "digest.kind.overdue": {"fi": "Myöhässä olevat askeleesi", "sv": "Dina försenade steg",
                            "en": "Your steps that are overdue"},
    "digest.kind.due_soon": {
        "fi": "Askeleesi, jotka päättyvät {due_days} päivän sisällä",
        "sv": "Dina steg som slutar inom {due_days} dagar",
        "en": "Your steps that end within {due_days} days"},
    "digest.kind.blocked": {"fi": "Estyneet askeleesi", "sv": "Dina blockerade steg",
                            "en": "Your steps that are blocked"},
    "digest.kind.open_items": {
        "fi": "Avoimet valmiuskohdat perhekeskuksissasi: käynnissä olevat ja {start_days} "
              "päivän sisällä alkavat askeleet",
        "sv": "Öppna beredskapspunkter i dina familjecenter: steg som pågår eller börjar inom "
              "{start_days} dagar",
        "en": "Open readiness items in your centres: steps under way or starting within "
              "{start_days} days"},
    "digest.kind.ready_to_sign": {"fi": "Askeleet, jotka odottavat kuittaustasi",
                                  "sv": "Steg som väntar på din kvittering",
                                  "en": "Steps waiting for your sign-off"},
    "digest.kind.advanced": {"fi": "Yksiköt, jotka edistyivät", "sv": "Enheter som gick framåt",
                             "en": "Units that moved forward"},
    "digest.kind.slipped": {"fi": "Yksiköt, joiden aikataulu siirtyi myöhemmäksi",
                            "sv": "Enheter vars tidplan sköts upp",
                            "en": "Units whose schedule slipped"},
    "digest.kind.reopened": {"fi": "Uudelleen avatut askeleet", "sv": "Steg som öppnades igen",
                             "en": "Steps that were reopened"},
    "digest.kind.newly_overdue": {"fi": "Askeleet, jotka myöhästyivät",
                                  "sv": "Steg som blev försenade",
                                  "en": "Steps that became overdue"},
    "digest.kind.stalled": {"fi": "Pysähtyneet yksiköt", "sv": "Avstannade enheter",
                            "en": "Stalled units"},
    "digest.kind.locked_account": {"fi": "Lukitut tunnukset", "sv": "Låsta konton",
                                   "en": "Locked accounts"},
    "digest.kind.disabled_account": {"fi": "Käytöstä poistetut tunnukset",
                                     "sv": "Inaktiverade konton", "en": "Disabled accounts"},
    "digest.kind.no_owner": {"fi": "Yksiköt, joiden seuraavalla askeleella ei ole "
                                   "vastuuhenkilöä",
                             "sv": "Enheter vars nästa steg saknar ansvarsperson",
                             "en": "Units whose next step has no owner"},
    "digest.kind.owner_without_account": {
        "fi": "Askeleet, joiden vastuuhenkilöllä ei ole tunnusta",
        "sv": "Steg vars ansvarsperson saknar konto",
        "en": "Steps whose owner has no account"},
    # Refusals of `digest send`
    "digest.no_smtp_host": {
        "fi": "Muistutuksia ei lähetetty: sähköpostipalvelinta ei ole asetettu "
              "(ROLLOUT_SMTP_HOST). Valinta --dry-run näyttää, kuka saisi mitä.",
        "sv": "Inga påminnelser skickades: ingen e-postserver är inställd (ROLLOUT_SMTP_HOST). "
              "Med --dry-run ser du vem som skulle få vad.",
        "en": "No digest was sent: no mail server is set (ROLLOUT_SMTP_HOST). --dry-run shows "
              "who would get what."},
    "digest.no_app_url": {
        "fi": "Sovelluksen osoitetta ei ole asetettu (ROLLOUT_APP_URL): viestien linkit "
              "veisivät osoitteeseen localhost. Mitään ei lähetetty.",
        "sv": "Appens adress är inte inställd (ROLLOUT_APP_URL): länkarna i meddelandena "
              "skulle leda till localhost. Inget skickades.",
        "en": "The app's address is not set (ROLLOUT_APP_URL): the mails' links would lead to "
              "localhost. Nothing was sent."},
    "digest.no_sender": {
        "fi": "Muistutuksia ei lähetetty: lähettäjän osoitetta ei ole asetettu "
              "(ROLLOUT_SMTP_FROM).",
        "sv": "Inga påminnelser skickades: ingen avsändaradress är inställd "
              "(ROLLOUT_SMTP_FROM).",
        "en": "No digest was sent: no sender address is set (ROLLOUT_SMTP_FROM)."},
}
