"""Which stored step a workbook row is about: its hidden key, checked against what the row
shows, or, typed in by hand, what it shows (the family centre where a municipality has two)."""
import pandas as pd
import pytest

from rollout.domain import DomainError
from rollout.i18n import error_message
from rollout.workbook.locate import Shown, StepIndex

ROWS = pd.DataFrame({
    "progress_id": [1, 2, 3, 4], "municipality_code": ["091", "091", "091", "091"],
    "name_fi": ["Helsinki"] * 4, "name_sv": ["Helsingfors"] * 4, "position": [1, 2, 1, 2],
    "centre_fi": ["Itä", "Itä", "Länsi", "Länsi"], "centre_sv": ["Öst", "Öst", "Väst", "Väst"]})


def shown(centre="", position=1, code="091") -> Shown:
    return Shown(code, "Helsinki", centre, position)


def test_a_key_is_taken_when_the_row_shows_its_place_in_any_language_and_spacing():
    index = StepIndex(ROWS)
    assert index.locate(3, shown("  väst ")) == 3
    assert index.locate(3, Shown("", "", "", None)) == 3  # shows nothing: the key decides


@pytest.mark.parametrize("row, key", [
    (shown("Itä"), "workbook.key_mismatch"), (shown("Länsi", 2), "workbook.key_mismatch"),
    (shown("Länsi", 1, "092"), "workbook.unknown_municipality")])
def test_a_key_whose_row_shows_another_place_is_refused(row, key):
    with pytest.raises(DomainError) as refused:
        StepIndex(ROWS).locate(3, row)
    assert refused.value.key == key


def test_a_key_is_checked_against_the_place_the_export_wrote_beside_it():
    """A centre renamed since the export: the row still shows the old name, as exported."""
    exported = Shown("091", "Helsinki", "Länsi (vanha nimi)", 1)
    assert StepIndex(ROWS).locate(3, shown("Länsi (vanha nimi)"), exported) == 3
    with pytest.raises(DomainError):
        StepIndex(ROWS).locate(3, shown("Länsi"), exported)


def test_the_refusal_names_both_places_in_the_reader_s_language():
    with pytest.raises(DomainError) as refused:
        StepIndex(ROWS).locate(3, shown("Itä", 2))
    assert error_message(refused.value, "sv").startswith(
        "Radens dolda nyckel hör till Helsingfors · Väst · steg 1, men raden säger "
        "Helsinki · Itä · steg 2.")


def test_a_typed_in_row_needs_its_centre_where_the_municipality_has_two():
    index = StepIndex(ROWS)
    assert index.locate(None, shown("Länsi", 2)) == 4
    with pytest.raises(DomainError) as refused:
        index.locate(None, shown("", 2))
    assert refused.value.key == "workbook.ambiguous_row"
    with pytest.raises(DomainError) as refused:
        index.locate(None, shown("Pohjoinen", 2))
    assert refused.value.key == "workbook.unknown_municipality"
