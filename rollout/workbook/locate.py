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
from rollout.workbook.layout import parse_code, parse_text, same_text
from rollout.workbook.sheets import parse_key


SHOWN = ("municipality_code", "municipality", "centre")  # what every row shows of its place


@dataclass(frozen=True)
class Shown:
    """What a row shows of its place: each empty when the sheet has no such cell."""
    municipality_code: str
    municipality: str
    centre: str
    position: int | None
    item: str = ""


@dataclass(frozen=True)
class Place:
    """Where a hidden key belongs: as the export wrote it beside the key (so a centre or an
    item renamed since is no mismatch), or, for an older export, as the database holds it
    (each name in both languages)."""
    municipality_code: str
    municipalities: tuple[str, ...]  # Finnish first, then Swedish
    centres: tuple[str, ...]
    position: int | None
    items: tuple[str, ...] = ()

    @classmethod
    def exported(cls, shown: Shown) -> Place:
        return cls(shown.municipality_code, (shown.municipality,), (shown.centre,),
                   shown.position, (shown.item,) if shown.item else ())

    @classmethod
    def stored(cls, row: Mapping, items: tuple[str, ...] = ()) -> Place:
        return cls(row["municipality_code"], (row["name_fi"], row["name_sv"] or ""),
                   (row["centre_fi"], row["centre_sv"] or ""), int(row["position"]), items)

    def shown_by(self, shown: Shown) -> bool:
        """Whether what a row shows (where it shows anything) is this place."""
        return ((not shown.municipality_code
                 or shown.municipality_code == self.municipality_code)
                and (shown.position is None or shown.position == self.position)
                and (not shown.centre or same_text(shown.centre, *self.centres))
                and (not shown.item or not self.items or same_text(shown.item, *self.items)))

    def words(self, lang: str) -> str:
        def named(names: tuple[str, ...]) -> str:
            return names[1] if lang == "sv" and len(names) > 1 and names[1] else names[0]
        return place_words(lang, named(self.municipalities) or self.municipality_code,
                           named(self.centres), self.position,
                           self.items[0] if self.items else "")


def exported_place(record) -> Shown:
    """The place a hidden table's record says its key was exported for."""
    return Shown(parse_code(record.read("municipality_code", parse_text)),
                 record.read("municipality", parse_text), record.read("centre", parse_text),
                 record.read("position", parse_key), record.read("item", parse_text))


class StepIndex:
    """The programme's step rows, found by key or by place."""

    def __init__(self, rows: pd.DataFrame):
        self.rows = rows.set_index("progress_id", drop=False)
        self.codes = set(rows["municipality_code"])
        self.by_place: dict[tuple[str, int], list[int]] = {}
        for progress_id, code, position in zip(rows["progress_id"], rows["municipality_code"],
                                               rows["position"]):
            self.by_place.setdefault((code, int(position)), []).append(int(progress_id))

    def locate(self, key: int | None, shown: Shown, exported: Shown | None = None) -> int:
        """The step row a workbook row is about (`exported`: the place the export wrote
        beside its key); DomainError when none or another."""
        if shown.municipality_code and shown.municipality_code not in self.codes:
            raise DomainError("workbook.unknown_municipality", value=shown.municipality_code,
                              column="municipality_code")
        if key is None:
            return self._typed_in(shown)
        if key not in self.rows.index:
            raise DomainError("workbook.unknown_row", value=key, column="progress_id")
        place = (Place.exported(exported) if exported is not None
                 else Place.stored(self.rows.loc[key]))
        if not place.shown_by(shown):
            raise mismatch(shown, place)
        return key

    def _typed_in(self, shown: Shown) -> int:
        """A row without a key: its municipality and step number, and its family centre
        when the municipality has more than one in the programme."""
        found = [progress_id for progress_id in self.by_place.get(
                     (shown.municipality_code, shown.position or 0), [])
                 if not shown.centre or Place.stored(self.rows.loc[progress_id]).shown_by(shown)]
        if not found:
            raise DomainError("workbook.unknown_municipality",
                              value=shown.municipality_code or "–", column="municipality_code")
        if len(found) > 1:
            raise DomainError("workbook.ambiguous_row", value=shown.municipality_code,
                              column="centre")
        return found[0]


def mismatch(shown: Shown, place: Place) -> DomainError:
    """The refusal of a row whose hidden key belongs to another place, both in words."""
    found = {lang: place_words(lang, shown.municipality or shown.municipality_code or "–",
                               shown.centre or "–", shown.position, shown.item)
             for lang in LANGUAGES}
    return DomainError("workbook.key_mismatch", found=found, column="municipality_code",
                       expected={lang: place.words(lang) for lang in LANGUAGES})


def place_words(lang: str, municipality: str, centre: str, position: object,
                item: str = "") -> str:
    """"Kuusamo · Koillismaan perhekeskus · askel 3" (and the item, when there is one)."""
    text = translate("workbook.row_place", lang, municipality=municipality, centre=centre,
                     position=position if position is not None else "–")
    return f"{text} · {item[:60]}" if item else text
