"""Texts of signing in and of the users screen (Käyttäjät)."""

TEXTS: dict[str, dict[str, str]] = {
    # Sign-in
    "signin.title": {"fi": "Kirjaudu sisään", "sv": "Logga in", "en": "Sign in"},
    "signin.username": {"fi": "Käyttäjätunnus", "sv": "Användarnamn", "en": "User name"},
    "signin.password": {"fi": "Salasana", "sv": "Lösenord", "en": "Password"},
    "signin.submit": {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"},
    "signin.sso": {"fi": "Kirjaudu organisaation tunnuksella",
                   "sv": "Logga in med organisationens konto",
                   "en": "Sign in with your organisation account"},
    "signin.failed": {
        "fi": "Kirjautuminen ei onnistunut. Tarkista tunnus ja salasana tai yritä hetken "
              "kuluttua uudelleen.",
        "sv": "Inloggningen misslyckades. Kontrollera användarnamn och lösenord eller försök "
              "igen om en stund.",
        "en": "Sign-in failed. Check the user name and password, or try again in a while."},
    "signin.no_account": {
        "fi": "Tunnuksellesi ({email}) ei ole käyttäjää Askeleissa. Pyydä pääkäyttäjää lisäämään se.",
        "sv": "Det finns ingen användare för ditt konto ({email}) i Askeleet. Be en administratör lägga till den.",
        "en": "There is no Askeleet user for your account ({email}). Ask an admin to add it."},
    "signin.no_role": {
        "fi": "Sinulla ei ole roolia tässä ohjelmassa. Pyydä pääkäyttäjää lisäämään se.",
        "sv": "Du har ingen roll i det här programmet. Be en administratör lägga till den.",
        "en": "You have no role in this programme. Ask an admin to add one."},
    "signin.page_outdated": {
        "fi": "Tätä ei tallennettu: istuntosi on päättynyt tai oikeutesi ovat muuttuneet sivun "
              "avaamisen jälkeen. Sivu päivittyy; kirjaudu tarvittaessa uudelleen.",
        "sv": "Detta sparades inte: din session har avslutats eller dina behörigheter har "
              "ändrats sedan sidan öppnades. Sidan uppdateras; logga in igen vid behov.",
        "en": "This was not saved: your session has ended or your rights changed since the "
              "page was opened. The page refreshes; sign in again if asked."},
    "signin.idle_ended": {
        "fi": "Istuntosi päättyi: se oli käyttämättä yli {minutes} minuuttia, tai ylläpitäjä "
              "vaihtoi salasanasi, muutti roolisi tai poisti tunnuksesi käytöstä. Kirjaudu "
              "uudelleen.",
        "sv": "Din session avslutades: den var oanvänd i över {minutes} minuter, eller en "
              "administratör bytte ditt lösenord, ändrade din roll eller avaktiverade ditt "
              "konto. Logga in igen.",
        "en": "Your session ended: it was unused for over {minutes} minutes, or an "
              "administrator reset your password, changed your role or disabled your account. "
              "Sign in again."},
    "signin.signed_in_as": {"fi": "Kirjautuneena: {name} ({role})",
                            "sv": "Inloggad: {name} ({role})",
                            "en": "Signed in: {name} ({role})"},
    "signin.sign_out": {"fi": "Kirjaudu ulos", "sv": "Logga ut", "en": "Sign out"},
    "users.title": {"fi": "Käyttäjät ja roolit", "sv": "Användare och roller",
                    "en": "Users and roles"},
    "users.add": {"fi": "Lisää käyttäjä", "sv": "Lägg till användare", "en": "Add a user"},
    "users.edit": {"fi": "Muuta käyttäjää", "sv": "Ändra användare", "en": "Change a user"},
    "users.user": {"fi": "Käyttäjä", "sv": "Användare", "en": "User"},
    "users.display_name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "users.email": {"fi": "Sähköposti (kertakirjautumiseen)",
                    "sv": "E-post (för gemensam inloggning)",
                    "en": "E-mail (for single sign-on)"},
    "users.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "users.centres": {"fi": "Perhekeskukset (perhekeskusvastaavalle)",
                      "sv": "Familjecenter (för familjecenteransvarig)",
                      "en": "Family centres (for a lead)"},
    "users.active": {"fi": "Käytössä", "sv": "Aktiv", "en": "Active"},
    "users.locked_until": {"fi": "Lukittu asti", "sv": "Låst till", "en": "Locked until"},
    "users.save_role": {"fi": "Tallenna rooli", "sv": "Spara roll", "en": "Save role"},
    "users.reset_password": {"fi": "Anna uusi salasana", "sv": "Ge nytt lösenord",
                             "en": "Reset password"},
    "users.disable": {"fi": "Poista käytöstä", "sv": "Inaktivera", "en": "Disable"},
    "users.enable": {"fi": "Ota käyttöön", "sv": "Aktivera", "en": "Enable"},
    "users.bad_username": {
        "fi": "Käyttäjätunnus ”{username}” ei kelpaa: 2–80 merkkiä, pienet kirjaimet a–z, "
              "numerot ja . _ @ -.",
        "sv": "Användarnamnet ”{username}” duger inte: 2–80 tecken, små bokstäver a–z, "
              "siffror och . _ @ -.",
        "en": "User name “{username}” is not valid: 2–80 characters, lower-case a–z, digits "
              "and . _ @ -."},
    "users.exists": {"fi": "Käyttäjä {username} on jo olemassa.",
                     "sv": "Användaren {username} finns redan.",
                     "en": "User {username} already exists."},
    "users.unknown": {"fi": "Käyttäjää {username} ei ole.", "sv": "Användaren {username} finns inte.",
                      "en": "There is no user {username}."},
    "users.unknown_centre": {"fi": "Perhekeskusta ”{code}” ei ole.",
                             "sv": "Familjecentret ”{code}” finns inte.",
                             "en": "There is no family centre “{code}”."},
    "users.lead_needs_centre": {
        "fi": "Perhekeskusvastaavalle on valittava vähintään yksi perhekeskus.",
        "sv": "En familjecenteransvarig behöver minst ett familjecenter.",
        "en": "A lead needs at least one family centre."},
    "users.short_password": {"fi": "Salasanassa on oltava vähintään {length} merkkiä.",
                             "sv": "Lösenordet måste ha minst {length} tecken.",
                             "en": "The password needs at least {length} characters."},
    "users.last_admin": {
        "fi": "{username} on viimeinen käytössä oleva pääkäyttäjä; anna ensin jollekulle toiselle "
              "pääkäyttäjän rooli.",
        "sv": "{username} är den sista aktiva administratören; ge först någon annan rollen "
              "administratör.",
        "en": "{username} is the last active admin; make someone else an admin first."},
    "users.is_disabled": {"fi": "Käyttäjätunnus {username} on poistettu käytöstä.",
                          "sv": "Användarnamnet {username} är avaktiverat.",
                          "en": "The account {username} is disabled."},
    "users.cannot_disable_self": {"fi": "Et voi poistaa omaa tunnustasi käytöstä.",
                                  "sv": "Du kan inte inaktivera ditt eget konto.",
                                  "en": "You cannot disable your own account."},
    "users.created": {
        "fi": "Käyttäjä {username} lisätty. Salasana näytetään vain nyt; anna se käyttäjälle:",
        "sv": "Användaren {username} har lagts till. Lösenordet visas bara nu; ge det till "
              "användaren:",
        "en": "User {username} added. The password is shown only now; give it to the user:"},
    "users.password_reset": {
        "fi": "Uusi salasana käyttäjälle {username} (näytetään vain nyt):",
        "sv": "Nytt lösenord för {username} (visas bara nu):",
        "en": "New password for {username} (shown only now):"},
    "users.saved_user": {"fi": "Käyttäjän {username} rooli tallennettu.",
                         "sv": "Rollen för {username} sparad.",
                         "en": "Role of {username} saved."},
    "users.confirm_reset": {
        "fi": "Annetaanko käyttäjälle {username} uusi salasana? Vanha lakkaa toimimasta heti.",
        "sv": "Ge {username} ett nytt lösenord? Det gamla slutar fungera genast.",
        "en": "Give {username} a new password? The old one stops working at once."},
    "users.confirm_disable": {
        "fi": "Poistetaanko käyttäjä {username} käytöstä? Hän ei voi enää kirjautua.",
        "sv": "Inaktivera {username}? Användaren kan inte längre logga in.",
        "en": "Disable {username}? They can no longer sign in."},
    "users.disabled": {"fi": "Käyttäjä {username} poistettu käytöstä.",
                       "sv": "Användaren {username} har inaktiverats.",
                       "en": "User {username} disabled."},
    "users.enabled": {"fi": "Käyttäjä {username} otettu käyttöön.",
                      "sv": "Användaren {username} har aktiverats.",
                      "en": "User {username} enabled."},
    "users.conflict": {
        "fi": "{by} muutti käyttäjää {username} sillä välin. Muutostasi ei tallennettu; vertaa "
              "arvoja alla.",
        "sv": "{by} ändrade användaren {username} under tiden. Din ändring sparades inte; "
              "jämför värdena nedan.",
        "en": "{by} changed user {username} in the meantime. Your change was not saved; compare "
              "the values below."},
    "users.no_role": {"fi": "– ei roolia –", "sv": "– ingen roll –", "en": "– no role –"},
    "users.bad_email": {"fi": "Sähköpostiosoite {email} ei kelpaa.",
                        "sv": "E-postadressen {email} duger inte.",
                        "en": "The e-mail address {email} is not valid."},
    "users.email_exists": {"fi": "Sähköposti {email} on jo toisella käyttäjällä.",
                           "sv": "E-postadressen {email} används redan av en annan användare.",
                           "en": "Another user already has the e-mail {email}."},
}
