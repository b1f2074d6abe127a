"""How each status looks, in one table for the screens, the workbook and the report: a
symbol from ordinary text fonts beside the word (status never rests on colour alone) and one
light background colour."""
from __future__ import annotations

from dataclasses import dataclass

from rollout.domain import ItemStatus, StepStatus


@dataclass(frozen=True)
class Look:
    symbol: str
    colour: str  # a background, #rrggbb

    @property
    def fill(self) -> str:
        """The colour as a workbook fill (RRGGBB)."""
        return self.colour.removeprefix("#").upper()


STEP_LOOKS = {StepStatus.NOT_STARTED: Look("○", "#f3f4f6"),
              StepStatus.IN_PROGRESS: Look("◐", "#dbeafe"),
              StepStatus.DONE: Look("✔", "#dcfce7"),
              StepStatus.BLOCKED: Look("⊘", "#fee2e2")}
ITEM_LOOKS = {ItemStatus.OPEN: Look("○", "#f3f4f6"),
              ItemStatus.DONE: Look("✔", "#dcfce7"),
              ItemStatus.NOT_APPLICABLE: Look("–", "#f3f4f6")}
SYMBOLS = "".join(sorted({look.symbol for look in (*STEP_LOOKS.values(), *ITEM_LOOKS.values())}))


def step_symbol(status: str | StepStatus) -> str:
    return STEP_LOOKS[StepStatus(status)].symbol


def item_symbol(status: str | ItemStatus) -> str:
    return ITEM_LOOKS[ItemStatus(status)].symbol
