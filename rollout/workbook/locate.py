"""Which stored step or readiness item a workbook row is about: by its hidden key, checked
against what the row itself shows (municipality, family centre, step number, item), so that
a row whose hidden key moved away from it (the visible columns sorted without the hidden
ones) is a problem named in words, never an edit of another step; or, for a row typed in by
hand, by what it shows."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from rollout.config import LANGUAGES
from rollout.domain import DomainError
from rollout.i18n import translate
from rollout.workbook.layout import same_text


SHOWN = ("municipality_code", "municipality", "centre")  # what every row shows of its place


@dataclass(frozen=True)
class Shown:
    """What a row shows of its place: each empty when the sheet has no such cell."""
    municipality_code: str
    municipality: str
    centre: str
    position: int | None
    item: str = ""


class StepIndex:
    """The programme's step rows, found by key or by place."""

    def __init__(self, rows: pd.DataFrame):
        self.rows = rows.set_index("progress_id", drop=False)
        self.codes = set(rows["municipality_code"])
        self.by_place: dict[tuple[str, int], list[int]] = {}
        for progress_id, code, position in zip(rows["progress_id"], rows["municipality_code"],
                                               rows["position"]):
            self.by_place.setdefault((code, int(position)), []).append(int(progress_id))

    def locate(self, key: int | None, shown: Shown) -> int:
        """The step row a workbook row is about; DomainError when none or another."""
        if shown.municipality_code and shown.municipality_code not in self.codes:
            raise DomainError("workbook.unknown_municipality", value=shown.municipality_code,
                              column="municipality_code")
        if key is None:
            return self._typed_in(shown)
        if key not in self.rows.index:
            raise DomainError("workbook.unknown_row", value=key, column="progress_id")
        stored = self.rows.loc[key]
        if not shows(shown, stored):
            raise mismatch(shown, stored)
        return key

    def _typed_in(self, shown: Shown) -> int:
        """A row without a key: its municipality and step number, and its family centre
        when the municipality has more than one in the programme."""
        found = [progress_id for progress_id in self.by_place.get(
                     (shown.municipality_code, shown.position or 0), [])
                 if not shown.centre or shows(shown, self.rows.loc[progress_id])]
        if not found:
            raise DomainError("workbook.unknown_municipality",
                              value=shown.municipality_code or "–", column="municipality_code")
        if len(found) > 1:
            raise DomainError("workbook.ambiguous_row", value=shown.municipality_code,
                              column="centre")
        return found[0]


def shows(shown: Shown, stored: Mapping, item_texts: tuple[str, ...] = ()) -> bool:
    """Whether what a row shows (where it shows anything) is the stored row's place."""
    return ((not shown.municipality_code
             or shown.municipality_code == stored["municipality_code"])
            and (shown.position is None or shown.position == stored["position"])
            and (not shown.centre or same_text(shown.centre, stored["centre_fi"],
                                               stored["centre_sv"]))
            and (not shown.item or not item_texts or same_text(shown.item, *item_texts)))


def mismatch(shown: Shown, stored: Mapping, item: str = "") -> DomainError:
    """The refusal of a row whose hidden key belongs to another place, both in words."""
    expected = {lang: place_words(lang, stored["name_sv"] if lang == "sv" and stored["name_sv"]
                                  else stored["name_fi"],
                                  stored["centre_sv"] if lang == "sv" and stored["centre_sv"]
                                  else stored["centre_fi"], stored["position"], item)
                for lang in LANGUAGES}
    found = {lang: place_words(lang, shown.municipality or shown.municipality_code or "–",
                               shown.centre or "–", shown.position, shown.item)
             for lang in LANGUAGES}
    return DomainError("workbook.key_mismatch", expected=expected, found=found,
                       column="municipality_code")


def place_words(lang: str, municipality: str, centre: str, position: object,
                item: str = "") -> str:
    """"Kuusamo · Koillismaan perhekeskus · askel 3" (and the item, when there is one)."""
    text = translate("workbook.row_place", lang, municipality=municipality, centre=centre,
                     position=position if position is not None else "–")
    return f"{text} · {item[:60]}" if item else text
