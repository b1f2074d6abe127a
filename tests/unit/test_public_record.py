"""A date the public record gives reads as what it is, in each language: an upper bound with
its release, a season for the start; a day someone records is a day."""
from datetime import date

import pandas as pd
import pytest

from rollout.i18n import Words
from rollout.metrics.adoption import first_live, upper_bounds
from rollout.public_record import (FirstLive, bounded_day, end_labels, first_live_label,
                                   latest_by_label, release, shown_briefly, start_label)

BOUND_2024, BOUND_2025 = date(2024, 12, 31), date(2025, 12, 4)


def go_live(*rows):
    """Go-live rows: (status, actual_end, end_latest_by)."""
    return pd.DataFrame(rows, columns=["status", "actual_end", "end_latest_by"])


@pytest.mark.parametrize("lang, expected", [
    ("fi", "viimeistään 12/2024 · tiedote 2024"),
    ("sv", "senast 12/2024 · pressmeddelande 2024"),
    ("en", "by 12/2024 at the latest · press release 2024")])
def test_a_release_bound_reads_as_at_the_latest_with_its_release(lang, expected):
    assert latest_by_label(Words(lang), "pohde-2024") == expected


def test_a_release_dated_to_the_day_bounds_by_that_day():
    assert latest_by_label(Words("fi"), "pohde-2025-12-04") == \
        "viimeistään 4.12.2025 · tiedote 4.12.2025"
    assert release("pohde-2025-12-04").latest_day == BOUND_2025
    assert bounded_day("2024-12") == BOUND_2024 and bounded_day("2024-02") == date(2024, 2, 29)


@pytest.mark.parametrize("lang, expected", [("fi", "syksyllä 2023 (julkinen lähde)"),
                                            ("sv", "hösten 2023 (offentlig källa)"),
                                            ("en", "autumn 2023 (public record)")])
def test_the_start_is_the_season_the_release_gives(lang, expected):
    assert start_label(Words(lang), "pohde-2024") == expected


def test_the_first_go_live_is_the_records_start_until_someone_records_an_earlier_day():
    bounds_only = go_live(("done", BOUND_2024, "pohde-2024"), ("done", BOUND_2025,
                                                                "pohde-2025-12-04"))
    assert first_live(bounds_only, "pohde-2024") == FirstLive(start_record="pohde-2024")
    assert first_live_label(Words("fi"), first_live(bounds_only, "pohde-2024")) == \
        "syksyllä 2023 (julkinen lähde)"
    recorded = pd.concat([bounds_only, go_live(("done", date(2023, 10, 2), ""))])
    assert first_live(recorded, "pohde-2024") == FirstLive(date(2023, 10, 2))
    later = pd.concat([bounds_only, go_live(("done", date(2024, 3, 1), ""))])
    assert first_live(later, "pohde-2024") == FirstLive(start_record="pohde-2024")


def test_without_a_recorded_start_the_earliest_bound_is_shown_as_a_bound():
    rows = go_live(("done", BOUND_2025, "pohde-2025-12-04"), ("done", date(2026, 1, 5), ""),
                   ("in_progress", None, ""))
    assert first_live(rows) == FirstLive(BOUND_2025, latest_by="pohde-2025-12-04")
    assert first_live(go_live(("done", date(2025, 1, 5), ""), ("done", BOUND_2025,
                                                                  "pohde-2025-12-04"))) == \
        FirstLive(date(2025, 1, 5))
    assert first_live_label(Words("fi"), first_live(go_live())) == "–"


def test_upper_bounds_are_the_bound_days_no_one_recorded_a_real_go_live_on():
    rows = go_live(("done", BOUND_2024, "pohde-2024"), ("done", BOUND_2024, "pohde-2024"),
                   ("done", BOUND_2025, "pohde-2025-12-04"), ("done", BOUND_2025, ""),
                   ("not_started", None, ""))
    assert upper_bounds(rows) == ({BOUND_2024: "pohde-2024"}, 3)


def test_ends_read_as_days_or_as_bounds():
    assert end_labels(Words("sv"), pd.Series([date(2025, 3, 1), BOUND_2024]),
                      ["", "pohde-2024"]) == ["1.3.2025", "senast 12/2024 · pressmeddelande 2024"]


def test_where_little_fits_the_value_is_short_and_its_detail_says_what_it_is():
    words = Words("sv")
    assert shown_briefly(words, FirstLive(start_record="pohde-2024")) == (
        "hösten 2023", "pressmeddelande 2024")
    assert shown_briefly(words, FirstLive(BOUND_2024, latest_by="pohde-2024")) == (
        "≤ 12/2024", "senast · pressmedd. 2024")
    assert shown_briefly(words, FirstLive(date(2025, 3, 1))) == ("1.3.2025", "")
