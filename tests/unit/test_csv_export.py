"""CSV downloads open cleanly in Finnish Excel and never run a cell as a formula."""
import pandas as pd
import pytest

from rollout.csv_export import csv_bytes, inert


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)",
                                  "\tX", "\rX"])
def test_text_that_would_run_as_a_formula_is_made_plain(text):
    assert inert(text) == "'" + text


@pytest.mark.parametrize("value", ["Kempele", "1,5", -3, 2.5, None])
def test_other_values_are_left_as_they_are(value):
    assert inert(value) == value


def test_finnish_csv_has_a_byte_order_mark_semicolons_and_decimal_commas():
    frame = pd.DataFrame({"Kunta": ["Hailuoto", "=1+1"], "Osuus": [0.5, -0.25]})
    text = csv_bytes(frame, "fi").decode("utf-8")
    assert text.startswith("\ufeffKunta;Osuus")
    assert text.splitlines()[1:] == ["Hailuoto;0,5", "'=1+1;-0,25"]
    assert csv_bytes(frame, "en").decode("utf-8-sig").splitlines()[1] == "Hailuoto,0.5"
