"""Hostile command lines: every option is checked before use, and a refusal is one line that
names the option, with exit code 1 (never a traceback)."""
from __future__ import annotations

import argparse
import io
import math
from contextlib import redirect_stderr
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollout.cli import build_parser, main
from rollout.cli.arguments import FIRST_DAY, LAST_DAY


def typed_options() -> list[tuple[tuple[str, ...], argparse.Action]]:
    """(command words, option) of every option of every command that converts its value."""
    found = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, (*words, name))
            elif action.type is not None:
                found.append((words, action))
    walk(build_parser(), ())
    return found


TYPED = typed_options()
HOSTILE = st.one_of(
    st.text(max_size=30), st.integers().map(str), st.floats().map(str),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(str),
    st.sampled_from(["99999999999999999999", "-1", "0001-01-01", "nan", "inf", "", " ",
                     "2101-01-01", "1899-12-31", "1e400", "/nonexistent/folder/x.xlsx",
                     "/etc", "./"]))


def test_every_option_that_takes_a_number_date_or_file_is_checked():
    plain = [(words, action.dest) for words, action in TYPED
             if action.type in (int, float, str, Path) or getattr(action.type, "__module__",
                                                                 "") == "datetime"]
    assert plain == []
    assert len(TYPED) >= 15


@settings(max_examples=400, deadline=None)
@given(index=st.integers(min_value=0, max_value=len(TYPED) - 1), value=HOSTILE)
def test_a_hostile_value_is_read_within_bounds_or_refused_in_words(index, value):
    _, action = TYPED[index]
    try:
        parsed = action.type(value)
    except argparse.ArgumentTypeError as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    if isinstance(parsed, date):
        assert FIRST_DAY <= parsed <= LAST_DAY
    elif isinstance(parsed, float):
        assert math.isfinite(parsed)
    elif isinstance(parsed, int):
        assert abs(parsed) <= 2_147_483_647
    elif isinstance(parsed, tuple):  # a list of counts, e.g. the benchmark's --users
        assert parsed and all(isinstance(part, int) and 0 < part <= 50 for part in parsed)
    else:
        assert isinstance(parsed, Path)


@settings(max_examples=200, deadline=None)
@given(index=st.integers(min_value=0, max_value=len(TYPED) - 1), value=HOSTILE)
def test_the_whole_command_line_refuses_in_one_line_with_exit_1(index, value):
    """Whatever the value, a refusal (of it, or of the unknown option after it) is one line."""
    words, action = TYPED[index]
    option = action.option_strings[0] if action.option_strings else None
    argv = [*words, *([option, value] if option else [value])]
    with pytest.raises(SystemExit) as ended, redirect_stderr(io.StringIO()) as stderr:
        build_parser().parse_args([*argv, "--no-such-option-here"])
    error = stderr.getvalue()
    assert ended.value.code == 1
    assert error.count("\n") == 1 and "Traceback" not in error


@pytest.mark.parametrize("argv, named", [
    (["figures", "set", "--area", "Oulu", "--month", "2025-01", "--contacts-families",
      "99999999999999999999"], "--contacts-families"),
    (["figures", "set", "--area", "Oulu", "--month", "2025-01", "--days-to-meeting", "nan"],
     "--days-to-meeting"),
    (["export", "x.xlsx", "--as-of", "0001-01-01"], "--as-of"),
    (["report", "r.html", "--since", "2101-01-01"], "--since"),
    (["steps", "set", "--unit", "244", "--step", "99999999999", "--status", "done"], "--step"),
    (["import", "/nonexistent/book.xlsx"], "FILE.xlsx"),
    (["restore", "/nonexistent/backup.xlsx", "--into", "sqlite://"], "FILE.xlsx"),
    (["export", "/nonexistent/folder/x.xlsx"], "FILE.xlsx"),
    (["demo", "--seed", "-5"], "--seed"),
    (["geo", "fetch", "--timeout", "inf"], "--timeout"),
])
def test_the_refusals_the_testers_met_name_the_option(argv, named, capsys):
    with pytest.raises(SystemExit) as ended:
        main(argv)
    error = capsys.readouterr().err
    assert ended.value.code == 1
    assert named in error and error.count("\n") == 1
