"""Texts of a person's own settings (Omat asetukset): the reminder digest's language and
rhythm, and for managers the steering-group report attached monthly."""

TEXTS: dict[str, dict[str, str]] = {
    "nav.settings": {"fi": "Omat asetukset", "sv": "Mina inställningar", "en": "My settings"},
    "my_settings.title": {"fi": "Omat asetukset", "sv": "Mina inställningar",
                          "en": "My settings"},
    "my_settings.intro": {
        "fi": "Muistutuskooste kertoo sähköpostilla, mitä sinulla on seuraavaksi tehtävänä. "
              "Valitse sen kieli ja kuinka usein se tulee.",
        "sv": "Påminnelsesammandraget berättar per e-post vad du har att göra härnäst. Välj "
              "dess språk och hur ofta det kommer.",
        "en": "The reminder digest tells you by e-mail what you have to do next. Choose its "
              "language and how often it comes."},
    "my_settings.email": {"fi": "Kooste lähetetään osoitteeseen {email}.",
                          "sv": "Sammandraget skickas till {email}.",
                          "en": "The digest is sent to {email}."},
    "my_settings.email_help": {
        "fi": "Osoitteen asettaa pääkäyttäjä; pyydä häntä muuttamaan sitä tarvittaessa.",
        "sv": "Adressen anges av en administratör; be hen ändra den vid behov.",
        "en": "An admin sets the address; ask one to change it if needed."},
    "my_settings.no_email": {
        "fi": "Sinulla ei ole sähköpostiosoitetta, joten koostetta ei lähetetä. Pyydä "
              "pääkäyttäjää lisäämään osoitteesi. Voit silti valita asetukset valmiiksi.",
        "sv": "Du har ingen e-postadress, så inget sammandrag skickas. Be en administratör "
              "lägga till din adress. Du kan ändå välja inställningarna i förväg.",
        "en": "You have no e-mail address, so no digest is sent. Ask an admin to add your "
              "address. You can still choose the settings in advance."},
    "my_settings.language": {"fi": "Koosteen kieli", "sv": "Sammandragets språk",
                             "en": "Language of the digest"},
    "my_settings.frequency": {"fi": "Kuinka usein", "sv": "Hur ofta", "en": "How often"},
    "my_settings.frequency.weekly": {"fi": "Kerran viikossa", "sv": "En gång i veckan",
                                     "en": "Once a week"},
    "my_settings.frequency.daily": {"fi": "Joka päivä", "sv": "Varje dag", "en": "Every day"},
    "my_settings.frequency.never": {"fi": "Ei koskaan", "sv": "Aldrig", "en": "Never"},
    "my_settings.never_sent": {"fi": "Koostetta ei lähetetä sinulle.",
                               "sv": "Inget sammandrag skickas till dig.",
                               "en": "No digest is sent to you."},
    "my_settings.weekday": {"fi": "Viikonpäivä", "sv": "Veckodag", "en": "Day of the week"},
    "my_settings.weekday.0": {"fi": "maanantai", "sv": "måndag", "en": "Monday"},
    "my_settings.weekday.1": {"fi": "tiistai", "sv": "tisdag", "en": "Tuesday"},
    "my_settings.weekday.2": {"fi": "keskiviikko", "sv": "onsdag", "en": "Wednesday"},
    "my_settings.weekday.3": {"fi": "torstai", "sv": "torsdag", "en": "Thursday"},
    "my_settings.weekday.4": {"fi": "perjantai", "sv": "fredag", "en": "Friday"},
    "my_settings.weekday.5": {"fi": "lauantai", "sv": "lördag", "en": "Saturday"},
    "my_settings.weekday.6": {"fi": "sunnuntai", "sv": "söndag", "en": "Sunday"},
    "my_settings.report": {
        "fi": "Liitä ohjausryhmäraportti koosteeseen kerran kuukaudessa",
        "sv": "Bifoga styrgruppsrapporten till sammandraget en gång i månaden",
        "en": "Attach the steering-group report to the digest once a month"},
    "my_settings.report_help": {
        "fi": "Johdon roolissa: kerran kuukaudessa koosteen mukana tulee tämän ohjelman "
              "ohjausryhmäraportti.",
        "sv": "För ledningen: en gång i månaden följer programmets styrgruppsrapport med "
              "sammandraget.",
        "en": "For managers: once a month this programme's steering-group report comes with "
              "the digest."},
    "my_settings.save": {"fi": "Tallenna asetukset", "sv": "Spara inställningarna",
                         "en": "Save the settings"},
    "my_settings.saved": {"fi": "Asetukset tallennettu.", "sv": "Inställningarna har sparats.",
                          "en": "Settings saved."},
    "my_settings.conflict": {
        "fi": "{by} tallensi asetuksesi sillä välin (esimerkiksi toisessa ikkunassa). "
              "Muutostasi ei tallennettu; vertaa arvoja alla.",
        "sv": "{by} sparade dina inställningar under tiden (till exempel i ett annat fönster). "
              "Din ändring sparades inte; jämför värdena nedan.",
        "en": "{by} saved your settings in the meantime (in another window, say). Your change "
              "was not saved; compare the values below."},
    "my_settings.no_account": {
        "fi": "Käyttäjätunnustasi ei löydy. Kirjaudu uudelleen.",
        "sv": "Ditt användarkonto hittas inte. Logga in igen.",
        "en": "Your account was not found. Sign in again."},
    "my_settings.bad_language": {
        "fi": "Kieli {value} ei kelpaa: valitse suomi, svenska tai English.",
        "sv": "Språket {value} duger inte: välj suomi, svenska eller English.",
        "en": "The language {value} is not valid: choose suomi, svenska or English."},
    "my_settings.bad_frequency": {
        "fi": "Tiheys {value} ei kelpaa: valitse kerran viikossa, joka päivä tai ei koskaan.",
        "sv": "Frekvensen {value} duger inte: välj en gång i veckan, varje dag eller aldrig.",
        "en": "The frequency {value} is not valid: choose once a week, every day or never."},
    "my_settings.bad_weekday": {
        "fi": "Viikonpäivä {value} ei kelpaa: valitse maanantaista sunnuntaihin.",
        "sv": "Veckodagen {value} duger inte: välj måndag till söndag.",
        "en": "The day of the week {value} is not valid: choose Monday to Sunday."},
    "my_settings.bad_report": {
        "fi": "Raportin valinta {value} ei kelpaa: valitse kyllä tai ei.",
        "sv": "Valet av rapport {value} duger inte: välj ja eller nej.",
        "en": "The report choice {value} is not valid: choose yes or no."},
    "my_settings.report_managers_only": {
        "fi": "Ohjausryhmäraportin voi liittää koosteeseen vain johdon roolissa.",
        "sv": "Styrgruppsrapporten kan bifogas sammandraget endast i ledningens roll.",
        "en": "Only a manager can have the steering-group report attached to the digest."},
    # The history's names of the settings (rollout.logged_values)
    "field.language": {"fi": "koosteen kieli", "sv": "sammandragets språk",
                       "en": "digest language"},
    "field.digest_frequency": {"fi": "koosteen tiheys", "sv": "sammandragets frekvens",
                               "en": "digest frequency"},
    "field.digest_weekday": {"fi": "koosteen viikonpäivä", "sv": "sammandragets veckodag",
                             "en": "digest weekday"},
    "field.digest_report": {"fi": "ohjausryhmäraportti koosteessa",
                            "sv": "styrgruppsrapport i sammandraget",
                            "en": "steering-group report in the digest"},
}
