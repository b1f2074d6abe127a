"""Damaged, hostile and re-sorted copies of an exported workbook, from a seed: what a broken
disk, a careless macro, a spreadsheet program's quirks or a person trying their luck make of
the file. Each copy is made at the level its damage happens: bytes of a sheet's XML, one
cell, a row, the zip itself. The same seed always gives the same copies."""
from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from openpyxl import load_workbook

CELL = re.compile(rb'<c r="[A-Z]+\d+"[^>]*?(?:/>|>.*?</c>)', re.S)
ROW = re.compile(rb'<row r="(\d+)"[^>]*>.*?</row>', re.S)
BAD_BYTES = [b"\x00", b"\x01", b"\x08", b"\x0b", b"\x1f", b"\xff", b"\xfe", b"<", b"&", b'"']
BAD_REFERENCES = [b"&#0;", b"&#1;", b"&#xD800;", b"&#99999999;", b"&bogus;", b"&#x;"]
TEXTS = ["", " ", "Valmis", "valmis ✓", "Käynnissä", "Tehty", "Ei koske", "=1+1", "+cmd",
         "@SUM(A1)", "-2", "31.2.2025", "2025-13-01", "0001-01", "9999-12-31", "1e309",
         "NaN", "inf", "-inf", "95 %", "6,5", "12:34", "999999:999999", "1:2", "x" * 5000,
         "😀" * 50, "\u202eevil", "DROP TABLE step_progress;", "<script>", "None", "#REF!",
         "²", "①", "٣", "1:2025-13", "1:0000-01", "12:2025-09", "Väst", "Ähtäri", "ｸ", "999",
         "1.1.2099", "Tehty", "Avoin", "Ei koske"]
NUMBERS = [b"abc", b"1e999", b"-0", b"NaN", b"inf", b"", b"4x", b"1e-400", b"-1",
           b"99999999999999999999", b"45000", b"2958466", b"0.5"]


@dataclass(frozen=True)
class Mutated:
    """One damaged copy and what was done to it (to reproduce a failure)."""
    data: bytes
    what: str


class Workbook:
    """An exported workbook's parts, with the sheets an import reads found by title."""

    def __init__(self, data: bytes):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.parts = {info.filename: archive.read(info.filename)
                          for info in archive.infolist()}
        book = load_workbook(io.BytesIO(data), read_only=True)
        self.sheets = {sheet.title: sheet._worksheet_path for sheet in book.worksheets}
        book.close()
        # the sheets an import reads: units and steps, readiness, figures, the hidden ones
        self.read_sheets = [title for index, title in enumerate(self.sheets)
                            if title.startswith("_askeleet") or index in (1, 2, 5)]

    def packed(self, parts: dict[str, bytes]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in parts.items():
                archive.writestr(name, content)
        return buffer.getvalue()


def mutations(data: bytes, seed: int, count: int) -> list[Mutated]:
    """`count` damaged copies of `data`, the same ones for the same seed."""
    rng = random.Random(seed)
    source = Workbook(data)
    made = []
    for number in range(count):
        operator = rng.choice(OPERATORS)
        title = rng.choice(source.read_sheets if rng.random() < 0.85 else list(source.sheets))
        parts = dict(source.parts)
        what = operator(rng, source, parts, source.sheets[title])
        packed = source.packed(parts)
        if operator is _zip_bytes:
            packed, what = _zip_bytes_after(rng, packed)
        made.append(Mutated(packed, f"#{number} seed {seed}: {title}: {what}"))
    return made


def _insert_byte(rng, source, parts, path) -> str:
    xml = parts[path]
    at = rng.randrange(len(xml))
    byte = rng.choice(BAD_BYTES)
    parts[path] = xml[:at] + byte + xml[at:]
    return f"byte {byte!r} at {at}"


def _bad_reference(rng, source, parts, path) -> str:
    xml = parts[path]
    starts = [match.end() for match in re.finditer(rb"<t>|<v>", xml)] or [len(xml) // 2]
    at = rng.choice(starts)
    reference = rng.choice(BAD_REFERENCES)
    parts[path] = xml[:at] + reference + xml[at:]
    return f"reference {reference!r} at {at}"


def _truncate(rng, source, parts, path) -> str:
    at = rng.randrange(len(parts[path]))
    parts[path] = parts[path][:at]
    return f"cut at {at}"


def _slice(rng, source, parts, path) -> str:
    xml = parts[path]
    start = rng.randrange(len(xml))
    end = min(len(xml), start + rng.randint(1, 300))
    if rng.random() < 0.5:
        parts[path] = xml[:start] + xml[end:]
        return f"bytes {start}-{end} deleted"
    parts[path] = xml[:end] + xml[start:end] + xml[end:]
    return f"bytes {start}-{end} doubled"


def _cell(rng, source, parts, path) -> str:
    """One cell replaced by a cell of another type, a formula, an error or odd text."""
    xml = parts[path]
    cells = list(CELL.finditer(xml))
    if not cells:
        return "no cell"
    found = rng.choice(cells)
    reference = re.match(rb'<c r="([A-Z]+\d+)"', found.group()).group(1)
    kind = rng.randrange(8)
    if kind == 0:
        new = b'<c r="%s" t="n"><v>%s</v></c>' % (reference, rng.choice(NUMBERS))
    elif kind == 1:
        new = b'<c r="%s" t="s"><v>%d</v></c>' % (reference, rng.randint(0, 10**6))
    elif kind == 2:
        new = b'<c r="%s" t="e"><v>%s</v></c>' % (reference, rng.choice(
            [b"#REF!", b"#N/A", b"#DIV/0!", b"#VALUE!"]))
    elif kind == 3:
        new = b'<c r="%s"><f>%s</f><v>1</v></c>' % (reference, rng.choice(
            [b"SUM(A1:A9)", b"HYPERLINK(&quot;http://x&quot;)", b"1/0"]))
    elif kind == 4:
        new = b'<c r="%s" t="b"><v>%s</v></c>' % (reference, rng.choice([b"1", b"2", b"x"]))
    elif kind == 5:
        new = b'<c r="%s" t="d"><v>%s</v></c>' % (reference, rng.choice(
            [b"2025-02-30", b"x", b"2025-01-01T25:00"]))
    elif kind == 6:
        new = b'<c r="%s" s="%d"><v>%s</v></c>' % (reference, rng.randint(1, 9999),
                                                    rng.choice(NUMBERS))
    else:
        text = rng.choice(TEXTS).replace("&", "&amp;").replace("<", "&lt;")
        new = b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (
            reference, text.encode("utf-8", "surrogatepass"))
    parts[path] = xml[:found.start()] + new + xml[found.end():]
    return f"cell {reference.decode()} -> {new[:80]!r}"


def _coordinate(rng, source, parts, path) -> str:
    xml = parts[path]
    cells = list(re.finditer(rb'<c r="([A-Z]+\d+)"', xml))
    if not cells:
        return "no cell"
    found = rng.choice(cells)
    bogus = rng.choice([b"ZZZZ1", b"A0", b"A-1", b"1A", b"A1048577", b"XFE2", b""])
    parts[path] = xml[:found.start(1)] + bogus + xml[found.end(1):]
    return f"coordinate {found.group(1).decode()} -> {bogus!r}"


def _row_number(rng, source, parts, path) -> str:
    xml = parts[path]
    rows = list(ROW.finditer(xml))
    if not rows:
        return "no row"
    found = rng.choice(rows)
    number = rng.choice([b"1", b"0", b"-3", b"2.5", b"x", b"1048576", b"999999999"])
    parts[path] = xml[:found.start(1)] + number + xml[found.end(1):]
    return f"row {found.group(1).decode()} numbered {number!r}"


def _swap_keys(rng, source, parts, path) -> str:
    """The first two cells (the hidden key and version) of two rows swapped: the visible
    columns sorted without the hidden ones."""
    xml = parts[path]
    rows = [row for row in ROW.finditer(xml) if row.group(1) != b"1"]
    if len(rows) < 2:
        return "too few rows"
    first, second = sorted(rng.sample(rows, 2), key=lambda row: row.start())

    def keys(row) -> list[bytes]:
        return [cell.group() for cell in CELL.finditer(row.group())][:2]

    def put(row, cells: list[bytes], number: bytes) -> bytes:
        text = row.group()
        old = keys(row)
        for before, after in zip(old, cells):
            renamed = re.sub(rb'r="([A-Z]+)\d+"', rb'r="\g<1>' + number + b'"', after, count=1)
            text = text.replace(before, renamed, 1)
        return text

    one, two = keys(first), keys(second)
    parts[path] = (xml[:first.start()] + put(first, two, first.group(1))
                   + xml[first.end():second.start()] + put(second, one, second.group(1))
                   + xml[second.end():])
    return f"keys of rows {first.group(1).decode()} and {second.group(1).decode()} swapped"


def _duplicate_row(rng, source, parts, path) -> str:
    xml = parts[path]
    rows = list(ROW.finditer(xml))
    if not rows:
        return "no row"
    copied, after = rng.choice(rows), rng.choice(rows)
    parts[path] = xml[:after.end()] + copied.group() + xml[after.end():]
    return f"row {copied.group(1).decode()} copied after {after.group(1).decode()}"


def _dimension(rng, source, parts, path) -> str:
    size = rng.choice([b"A1:B2", b"A1:XFD1048576", b"A1", b"Z9:A1", b"bogus"])
    parts[path] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + size + b'"',
                         parts[path], count=1)
    return f"dimension {size!r}"


def _drop_part(rng, source, parts, path) -> str:
    name = rng.choice([path, path, "xl/styles.xml", "xl/workbook.xml",
                       "xl/_rels/workbook.xml.rels", "[Content_Types].xml"])
    parts.pop(name, None)
    return f"part {name} removed"


def _rename_sheet(rng, source, parts, path) -> str:
    title = next(title for title, part in source.sheets.items() if part == path)
    new = rng.choice(["", "x" * 40, "Sheet1", title.upper(), title + " (2)"])
    escaped = title.replace("&", "&amp;").encode()
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b'name="' + escaped + b'"', b'name="' + new.encode() + b'"', 1)
    return f"sheet renamed {new!r}"


def _zip_bytes(rng, source, parts, path) -> str:
    return "zip bytes"


def _zip_bytes_after(rng, packed: bytes) -> tuple[bytes, str]:
    """A byte of the packed file flipped: a damaged download or disk."""
    at = rng.randrange(len(packed))
    flipped = bytearray(packed)
    flipped[at] ^= 1 << rng.randrange(8)
    return bytes(flipped), f"packed byte {at} flipped"


Operator = Callable[[random.Random, Workbook, dict, str], str]
OPERATORS: list[Operator] = [
    _insert_byte, _bad_reference, _truncate, _slice, _cell, _cell, _cell, _cell,
    _coordinate, _row_number, _swap_keys, _swap_keys, _duplicate_row, _dimension,
    _drop_part, _rename_sheet, _zip_bytes]
