"""Finding personal data in free text before anything is stored: Finnish personal identity
codes (henkilötunnus, valid check character, every century sign), phone numbers and e-mail
addresses. Pure functions; the services refuse a text with any finding."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Century signs, including the ones in use since 2023 (Population Information Act 2023).
CENTURIES = {"+": 1800, **{sign: 1900 for sign in "-YXWVU"},
             **{sign: 2000 for sign in "ABCDEF"}}

IDENTITY_CODE = re.compile(r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})"
                           r"([0-9A-Y])(?![0-9A-Za-z])", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# International (+358 …, 00358 …) or Finnish with a leading 0 (040 123 4567, (08) 558 4000);
# spaces, hyphens and brackets between digits; counted only with 7 to 15 digits.
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?0?\d[\d\s()\-]{5,20}\d(?!\w)")


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind ("identity_code", "phone", "email"), where it
    starts (1-based, as a reader counts characters) and a masked excerpt."""
    kind: str
    position: int
    masked: str


def is_identity_code(text: str) -> bool:
    """Whether `text` is a valid henkilötunnus: a real birth date and the right check
    character."""
    match = IDENTITY_CODE.fullmatch(text.strip())
    return match is not None and _valid_identity_code(match)


def personal_data(text: str) -> list[Finding]:
    """Every identity code, e-mail address and phone number in `text`, in reading order."""
    findings = [Finding("identity_code", match.start() + 1, mask(match.group()))
                for match in IDENTITY_CODE.finditer(text) if _valid_identity_code(match)]
    findings += [Finding("email", match.start() + 1, mask(match.group()))
                 for match in EMAIL.finditer(text)]
    taken = [range(f.position - 1, f.position - 1 + len(f.masked)) for f in findings]
    findings += [Finding("phone", match.start() + 1, mask(match.group().strip()))
                 for match in PHONE.finditer(text)
                 if _looks_like_phone(match.group()) and not _overlaps(match, taken)]
    return sorted(findings, key=lambda finding: finding.position)


def mask(found: str) -> str:
    """The first few characters and stars for the rest, so a message can point at what it
    found without repeating it."""
    shown = max(2, min(4, len(found) // 3))
    return found[:shown] + "*" * (len(found) - shown)


def _valid_identity_code(match: re.Match) -> bool:
    day, month, year, sign, individual, check = match.groups()
    try:
        date(CENTURIES[sign.upper()] + int(year), int(month), int(day))
    except ValueError:
        return False
    return CHECK_CHARACTERS[int(day + month + year + individual) % 31] == check.upper()


def _looks_like_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    international = candidate.lstrip("(").startswith(("+", "00"))
    return 7 <= len(digits) <= 15 and (international or digits.startswith("0")) \
        and candidate.count("(") == candidate.count(")")


def _overlaps(match: re.Match, taken: list[range]) -> bool:
    return any(match.start() < span.stop and span.start < match.end() for span in taken)
