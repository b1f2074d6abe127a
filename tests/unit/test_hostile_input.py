"""Hostile and careless input, generated: whatever is typed, a rule either refuses it with a
message in every language or stores something that keeps every promise."""
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from rollout.domain import DomainError, StepStatus, StepValues, apply_step_change
from rollout.i18n import error_message
from rollout.models import StepProgress
from rollout.text_rules import CONTROL, checked_text

TODAY = date(2026, 11, 23)
DAYS = st.one_of(st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)))
VALUES = st.builds(StepValues, status=st.sampled_from(list(StepStatus)), planned_start=DAYS,
                   planned_end=DAYS, actual_start=DAYS, actual_end=DAYS,
                   owner=st.text(max_size=130), note=st.text(max_size=50))


def readable_in_every_language(error: DomainError) -> bool:
    """Every placeholder filled, in every language (a step's refusals are named by the
    service with the municipality and the step)."""
    named = DomainError(error.key, **{"municipality": "Oulu", "step": 1} | error.params)
    return all(error_message(named, lang) and "{" not in error_message(named, lang)
               for lang in ("fi", "sv", "en"))


@settings(max_examples=300, deadline=None)
@given(current=VALUES, wanted=VALUES, reason=st.text(max_size=20))
def test_a_step_change_is_refused_with_a_message_or_keeps_every_rule(current, wanted, reason):
    try:
        stored = apply_step_change(current, wanted, TODAY, reason)
    except DomainError as error:
        assert readable_in_every_language(error)
        return
    if stored.status == StepStatus.DONE:
        assert stored.actual_end is not None
    else:
        assert stored.actual_end is None
    for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
        if getattr(stored, start) and getattr(stored, end):
            assert getattr(stored, start) <= getattr(stored, end)
    assert all(day is None or day <= TODAY for day in (stored.actual_start, stored.actual_end))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200), multiline=st.booleans())
def test_a_typed_text_is_stored_clean_or_refused_naming_its_field(text, multiline):
    try:
        kept = checked_text(text, "owner", StepProgress.owner, multiline=multiline)
    except DomainError as error:
        assert error.params["field"] == "owner" and readable_in_every_language(error)
        return
    assert kept == text.strip() and len(kept) <= 120 and not CONTROL.search(kept)
    assert multiline or ("\n" not in kept and "\r" not in kept)
