"""The digest as an e-mail (text and HTML alternatives, the report attached) and the
connection to the mail server it goes through (ROLLOUT_SMTP_*)."""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid, parseaddr

from rollout.config import DEFAULT_APP_URL, Settings
from rollout.digest.compose import Digest
from rollout.domain import DomainError

TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class Attachment:
    filename: str
    html: str


def check_mail_settings(settings: Settings) -> None:
    """Refuse to start a run that could send nothing or links nowhere: no mail server, no
    sender, or no address of the app (a mail's links would point at localhost)."""
    if not settings.smtp_host.strip():
        raise DomainError("digest.no_smtp_host")
    if not settings.smtp_from.strip():
        raise DomainError("digest.no_sender")
    if settings.app_url.rstrip("/") == DEFAULT_APP_URL:
        raise DomainError("digest.no_app_url")


def message(sender: str, name: str, email: str, lang: str, digest: Digest,
            attachment: Attachment | None = None) -> EmailMessage:
    """One person's mail: plain text and HTML alternatives, and the attachment if any."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = formataddr((name, email))
    mail["Subject"] = digest.subject
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain=_domain(sender))
    mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies to it
    mail.set_content(digest.text)
    mail.add_alternative(digest.html, subtype="html")
    if attachment is not None:
        mail.add_attachment(attachment.html, subtype="html", filename=attachment.filename)
    mail["Content-Language"] = lang  # after the parts: making them moves Content-* into them
    return mail


def _domain(sender: str) -> str | None:
    _, at, domain = parseaddr(sender)[1].rpartition("@")
    return domain if at and domain else None


class Postman:
    """One connection to the mail server for a run, opened with the first mail. After a
    failure other than a refused recipient it is closed and the next mail opens another;
    but when the server cannot be reached or refuses the sign-in, the run's other mails are
    not tried (each fails with the same error): a wrong password tried for every person
    would get the account locked."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None
        self._unreachable: Exception | None = None

    def __enter__(self) -> Postman:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def send(self, mail: EmailMessage) -> None:
        if self._unreachable is not None:
            raise self._unreachable
        if self._smtp is None:
            try:
                self._smtp = connect(self.settings)
            except Exception as error:
                self._unreachable = error
                raise
        try:
            self._smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused:
            raise  # the server said no to this address; the connection is fine
        except Exception:
            self._drop()
            raise

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self._drop()

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
        self._smtp = None


def connect(settings: Settings) -> smtplib.SMTP:
    """A connection to the mail server as ROLLOUT_SMTP_SECURITY says, signed in when
    ROLLOUT_SMTP_USER is set."""
    host, port = settings.smtp_host.strip(), settings.smtp_port_or_default
    context = ssl.create_default_context()
    if settings.smtp_security == "tls":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT_SECONDS,
                                              context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS)
    try:
        if settings.smtp_security == "starttls":
            smtp.starttls(context=context)
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password)
    except Exception:
        smtp.close()
        raise
    return smtp
