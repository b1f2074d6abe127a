"""Numbers, dates and texts for a count, as Finnish, Swedish and English readers expect."""
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from babel.numbers import format_decimal

from rollout import i18n
from rollout.config import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("value", [0, 7, 999, 1000, 418_328, -12_345, 5_000_000])
def test_whole_numbers_read_as_babel_writes_them(lang, value):
    assert i18n.format_number(value, lang) == format_decimal(
        value, format="#,##0", locale=i18n.BABEL_LOCALES[lang])


def test_finnish_groups_digits_with_a_no_break_space_and_english_with_a_comma():
    assert i18n.format_number(418328, "fi") == "418\u00a0328"
    assert i18n.format_number(418328, "en") == "418,328"
    assert i18n.format_number(2.5, "fi", 1) == "2,5"


@pytest.mark.parametrize("lang, expected", [("fi", "3.11.2026"), ("sv", "3.11.2026"),
                                            ("en", "03/11/2026")])
def test_dates_are_written_as_each_language_writes_them_in_finland(lang, expected):
    assert i18n.format_date(date(2026, 11, 3), lang) == expected


def test_a_moment_is_shown_in_finnish_time():
    assert i18n.format_datetime(datetime(2026, 11, 23, 18, 5), "fi") == "23.11.2026 klo 20.05"


@pytest.mark.parametrize("count, expected", [(1, "1 muutos"), (2, "2 muutosta"),
                                             (0, "0 muutosta"), (1500, "1\u00a0500 muutosta")])
def test_a_text_for_a_count_agrees_with_the_count(count, expected):
    assert i18n.translate_count("history.count", "fi", count) == expected


@given(values=st.lists(st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2040, 12, 31))),
                       max_size=20), lang=st.sampled_from(LANGUAGES))
@settings(max_examples=200, deadline=None)
def test_many_dates_at_once_read_as_one_at_a_time(values, lang):
    assert i18n.format_dates(values, lang) == [i18n.format_date(value, lang)
                                               for value in values]


@given(values=st.lists(st.one_of(st.none(), st.datetimes(datetime(1990, 1, 1),
                                                          datetime(2040, 12, 31))),
                       max_size=20), lang=st.sampled_from(LANGUAGES))
@settings(max_examples=200, deadline=None)
def test_many_moments_at_once_read_as_one_at_a_time(values, lang):
    assert i18n.format_datetimes(values, lang) == [i18n.format_datetime(value, lang)
                                                   for value in values]
