"""A person's digest for one programme: subject, plain text and HTML in their language, the
list grouped by kind of work, every row linking to the page where they act on it.

What a row may say: the municipality, the family centre, the step, a day, a count or a
step's status. Never free text people wrote (a reopening's reason, an owner typed as text,
an account's name) and nothing from the observations: a mail leaves the county's systems."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, timezone
from html import escape

from rollout.domain import StepStatus
from rollout.i18n import DISPLAY_TIMEZONE, Words
from rollout.my_work import (DUE_SOON_DAYS, KINDS, NEWS_DAYS, STARTING_SOON_DAYS, MyWork,
                             WorkItem, in_programme)
from rollout.tracking import CHANGE_KINDS

MY_WORK_PLACE = "my-work"  # the My work page's address (rollout.ui.navigation)
MAX_ROWS = 20  # per kind; the rest are counted, and listed on My work
ENDS = ("overdue", "due_soon", "blocked", "ready_to_sign")  # the day is the planned end
DAY_IN_DETAIL = {"slipped": "digest.new_end", "newly_overdue": "digest.ends_on"}
STATUSES = {status.value for status in StepStatus}
STYLE = {"body": "font-family: Arial, sans-serif; color: #111827; line-height: 1.45; "
                 "max-width: 680px;",
         "h1": "font-size: 20px; margin-bottom: 8px;",
         "h2": "font-size: 16px; margin: 20px 0 6px;",
         "note": "color: #4b5563;",
         "small": "color: #6b7280; font-size: 12px;"}


@dataclass(frozen=True)
class Digest:
    subject: str
    text: str
    html: str


@dataclass(frozen=True)
class Addressee:
    """Whom a digest is for and what it is about: their name and language, the programme,
    the app's address, the day, the programme's step names in their language, whether
    they are a manager (the news since their last visit) and the report's day if attached."""
    name: str
    lang: str
    programme: str
    slug: str
    app_url: str
    today: date
    step_names: dict[int, str]
    manager: bool = False
    report_day: date | None = None


@dataclass(frozen=True)
class Row:
    text: str
    link: str


@dataclass(frozen=True)
class Section:
    heading: str
    rows: tuple[Row, ...]
    note: str = ""  # the manager's "since <day>" line, above the first change


def link(app_url: str, place: str, slug: str) -> str:
    """The app's address of a page (and query), in the programme."""
    return f"{app_url.rstrip('/')}/{in_programme(place, slug)}"


def compose_digest(work: MyWork, to: Addressee) -> Digest:
    """The mail of a person's list (`work`) in their language."""
    words = Words(to.lang)
    sections = _sections(work, to, words)
    subject = words.tc("digest.subject", len(work.items), programme=to.programme) \
        if work.items else words.t("digest.subject_report", programme=to.programme)
    return Digest(subject, _text(work, to, words, sections),
                  _html(work, to, words, sections, subject))


def _sections(work: MyWork, to: Addressee, words: Words) -> list[Section]:
    sections, since_said = [], False
    for kind in KINDS:
        items = [item for item in work.items if item.kind == kind]
        if not items:
            continue
        heading = words.t(f"digest.kind.{kind}", due_days=DUE_SOON_DAYS,
                          start_days=STARTING_SOON_DAYS) + f" ({words.number(len(items))})"
        note = ""
        if to.manager and kind in CHANGE_KINDS and not since_said:
            note, since_said = _since(work, to, words), True
        sections.append(Section(heading, _rows(items, to, words), note))
    return sections


def _since(work: MyWork, to: Addressee, words: Words) -> str:
    if work.since is not None:
        local = work.since.replace(tzinfo=timezone.utc).astimezone(DISPLAY_TIMEZONE)
        return words.t("digest.since", day=words.day(local.date()))
    return words.t("digest.since_first", day=words.day(to.today - timedelta(days=NEWS_DAYS)))


def _rows(items: list[WorkItem], to: Addressee, words: Words) -> tuple[Row, ...]:
    if not any(item.municipality_code for item in items):  # accounts: counted, not named
        return (Row(words.tc("digest.accounts", len(items)),
                    link(to.app_url, items[0].place, to.slug)),)
    rows = [Row(_row_text(item, to, words), link(to.app_url, item.place, to.slug))
            for item in items[:MAX_ROWS]]
    if len(items) > MAX_ROWS:
        rows.append(Row(words.tc("digest.more", len(items) - MAX_ROWS),
                        link(to.app_url, MY_WORK_PLACE, to.slug)))
    return tuple(rows)


def _row_text(item: WorkItem, to: Addressee, words: Words) -> str:
    unit = f"{item.municipality} ({item.centre})" if item.centre else item.municipality
    step = to.step_names.get(item.position, str(item.position)) if item.position else ""
    return " · ".join(part for part in (unit, step, _about(item, words)) if part)


def _about(item: WorkItem, words: Words) -> str:
    """The day, count or status a row adds; nothing for kinds whose detail is free text."""
    if item.kind == "open_items":
        count = words.tc("digest.open_items", int(item.detail))
        return f"{count}, {words.t('digest.starts_on', day=words.day(item.day))}" \
            if item.day else count
    if item.kind == "stalled":
        return words.tc("digest.idle_days", int(item.detail))
    if item.kind == "advanced" and item.detail in STATUSES:
        return words.t("digest.now", status=words.t(f"status.{item.detail}"))
    if item.kind in DAY_IN_DETAIL and _iso_day(item.detail):
        return words.t(DAY_IN_DETAIL[item.kind], day=words.day(_iso_day(item.detail)))
    if item.kind in ENDS and item.day:
        return words.t("digest.ends_on", day=words.day(item.day))
    return ""


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _opening(work: MyWork, to: Addressee, words: Words) -> tuple[str, str]:
    return (words.t("digest.greeting", name=to.name),
            words.t("digest.intro" if work.items else "digest.nothing",
                    programme=to.programme))


def _text(work: MyWork, to: Addressee, words: Words, sections: list[Section]) -> str:
    greeting, intro = _opening(work, to, words)
    lines = [greeting, intro]
    if to.report_day:
        lines += ["", words.t("digest.report_attached", day=words.day(to.report_day))]
    for section in sections:
        lines += ["", *([section.note, ""] if section.note else []), section.heading]
        lines += [line for row in section.rows for line in (f"- {row.text}", f"  {row.link}")]
    lines += ["", words.t("digest.open_all", link=link(to.app_url, MY_WORK_PLACE, to.slug)),
              "", "-- ", words.t("digest.why", programme=to.programme)]
    return "\n".join(lines) + "\n"


def _html(work: MyWork, to: Addressee, words: Words, sections: list[Section],
          subject: str) -> str:
    greeting, intro = _opening(work, to, words)
    heading = words.t("digest.heading", programme=to.programme, day=words.day(to.today))
    parts = [f'<h1 style="{STYLE["h1"]}">{escape(heading)}</h1>',
             f"<p>{escape(greeting)}<br>{escape(intro)}</p>"]
    if to.report_day:
        attached = words.t("digest.report_attached", day=words.day(to.report_day))
        parts.append(f"<p>{escape(attached)}</p>")
    for section in sections:
        if section.note:
            parts.append(f'<p style="{STYLE["note"]}">{escape(section.note)}</p>')
        parts.append(f'<h2 style="{STYLE["h2"]}">{escape(section.heading)}</h2><ul>')
        parts += [f'<li><a href="{escape(row.link)}">{escape(row.text)}</a></li>'
                  for row in section.rows]
        parts.append("</ul>")
    everything = escape(link(to.app_url, MY_WORK_PLACE, to.slug))
    why = escape(words.t("digest.why", programme=to.programme))
    parts += [f'<p><a href="{everything}">{escape(words.t("digest.open_my_work"))}</a></p>',
              f'<p style="{STYLE["small"]}">{why}</p>']
    return (f'<!DOCTYPE html><html lang="{escape(to.lang)}"><head><meta charset="utf-8">'
            f"<title>{escape(subject)}</title></head>"
            f'<body style="{STYLE["body"]}">{"".join(parts)}</body></html>')
