"""Every command-line option is checked before any command runs: numbers within what the
database column holds, dates within years a person could mean, files that exist (or a
folder to write into). A refusal is one line naming the option, and the exit code is 1."""
from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rollout.service_figures import LARGEST_COUNT

FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2100, 12, 31)


class Parser(argparse.ArgumentParser):
    """argparse, but a refusal is one line (no usage block) with exit code 1, like every
    other refusal of the command line."""

    def error(self, message: str):  # noqa: D102 - argparse's hook
        print(f"{self.prog}: {message}", file=sys.stderr)
        sys.exit(1)


def day(text: str) -> date:
    """A date written YYYY-MM-DD, from 1900 to 2100."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        value = None
    if value is None or not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date from {FIRST_DAY} to {LAST_DAY} (YYYY-MM-DD)")
    return value


def whole(minimum: int = 0, maximum: int = LARGEST_COUNT) -> Callable[[str], int]:
    """A whole number from `minimum` to `maximum`."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a whole number from {minimum} to {maximum}")
        return value
    parse.__name__ = "whole number"
    return parse


def decimal(minimum: float, maximum: float) -> Callable[[str], float]:
    """A finite number from `minimum` to `maximum` (a decimal point or comma)."""
    def parse(text: str) -> float:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and minimum <= value <= maximum):
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a number from {minimum:g} to {maximum:g}")
        return value
    parse.__name__ = "number"
    return parse


def existing_file(text: str) -> Path:
    """A file that exists, to read."""
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no file {text!r}")
    return path


def file_to_write(text: str) -> Path:
    """A file to write, in a folder that exists."""
    path = Path(text)
    if not text.strip() or path.is_dir() or not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"cannot write {text!r}: no such folder, or a folder")
    return path
