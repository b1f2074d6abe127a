"""Settings read once from environment variables; every setting is documented in README.md."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
# The browser tab's icon, shipped with the app (a Material icon would be fetched from an
# internet font service, which a closed county network does not reach).
PAGE_ICON = str(Path(__file__).resolve().parent / "assets" / "askeleet.png")
DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'rollout.db'}"
LANGUAGES = ("fi", "sv", "en")
CACHE_DIR = DATA_DIR / "cache"
# Statistics Finland's open WFS of statistical areas (CC BY 4.0); municipalities 1:4,500,000.
DEFAULT_BOUNDARIES_URL = "https://geo.stat.fi/geoserver/tilastointialueet/wfs"
# Statistics Finland's PxWeb table 11ra (CC BY 4.0): year-end population by municipality.
DEFAULT_POPULATION_URL = "https://pxdata.stat.fi/PxWeb/api/v1/fi/StatFin/vaerak/11ra.px"
# How the reminder digest reaches the mail server: STARTTLS on the submission port, TLS from
# the first byte (implicit, "smtps"), or plain for a relay on the same host or network.
SMTP_SECURITIES = ("starttls", "tls", "none")
SMTP_DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
DEFAULT_APP_URL = "http://localhost:8501"  # Streamlit's own address when run locally


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    language: str = "fi"
    idle_timeout_minutes: int = 30
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    boundaries_file: str = ""
    boundaries_url: str = DEFAULT_BOUNDARIES_URL
    population_url: str = DEFAULT_POPULATION_URL
    smtp_host: str = ""  # unset: no digest is sent
    smtp_port: int = 0  # 0: the usual port of smtp_security (SMTP_DEFAULT_PORTS)
    smtp_user: str = ""
    smtp_password: str = dataclasses.field(default="", repr=False)  # never in a log
    smtp_from: str = ""
    smtp_security: str = "starttls"
    app_url: str = DEFAULT_APP_URL

    @property
    def smtp_port_or_default(self) -> int:
        return self.smtp_port or SMTP_DEFAULT_PORTS[self.smtp_security]


# Each setting: environment variable, field, parser. README.md documents every variable here.
ENVIRONMENT_VARIABLES = {
    "ROLLOUT_DATABASE_URL": ("database_url", str),
    "ROLLOUT_LANGUAGE": ("language", str),
    "ROLLOUT_IDLE_TIMEOUT_MINUTES": ("idle_timeout_minutes", int),
    "ROLLOUT_LOCKOUT_ATTEMPTS": ("lockout_attempts", int),
    "ROLLOUT_LOCKOUT_MINUTES": ("lockout_minutes", int),
    "ROLLOUT_BOUNDARIES": ("boundaries_file", str),
    "ROLLOUT_BOUNDARIES_URL": ("boundaries_url", str),
    "ROLLOUT_POPULATION_URL": ("population_url", str),
    "ROLLOUT_SMTP_HOST": ("smtp_host", str),
    "ROLLOUT_SMTP_PORT": ("smtp_port", int),
    "ROLLOUT_SMTP_USER": ("smtp_user", str),
    "ROLLOUT_SMTP_PASSWORD": ("smtp_password", str),
    "ROLLOUT_SMTP_FROM": ("smtp_from", str),
    "ROLLOUT_SMTP_SECURITY": ("smtp_security", str),
    "ROLLOUT_APP_URL": ("app_url", str),
}


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Settings from the environment, defaults for what is not set."""
    environ = os.environ if environ is None else environ
    values = {}
    for variable, (field, parse) in ENVIRONMENT_VARIABLES.items():
        if environ.get(variable):
            values[field] = parse(environ[variable])
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        raise ValueError(f"ROLLOUT_LANGUAGE must be one of {', '.join(LANGUAGES)}")
    if settings.smtp_security not in SMTP_SECURITIES:
        raise ValueError(f"ROLLOUT_SMTP_SECURITY must be one of {', '.join(SMTP_SECURITIES)}")
    return settings
