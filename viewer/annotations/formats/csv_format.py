"""CSV export (no Qt): one row per annotation, lists joined with ``;``, every cell
guarded against formula injection in spreadsheets, and the status of the wording each
quotes. May import: ``..model``, ``core``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from ..model import Annotation
from .core import Status

CSV_COLUMNS = ["id", "lang", "passage", "start", "end", "exact", "prefix", "suffix", "note",
               "tags", "color", "places", "interpretations", "created", "modified", "orphan",
               "origin", "text_status"]


_CONTROL_START = frozenset("\t\r\n\0")  # a spreadsheet may skip them before a formula
_FORMULA_START = frozenset("=+-@")
_SKIPPED = " \t\r\n\0"


def _csv_cell(value: object) -> str:
    """Text for a CSV cell, guarded against formula injection in spreadsheets (OWASP:
    a cell starting with = + - @, tab, CR, LF or NUL, or with spaces or those controls
    before a formula character, is prefixed with an apostrophe)."""
    s = "" if value is None else str(value)
    if s[:1] in _CONTROL_START or s.lstrip(_SKIPPED)[:1] in _FORMULA_START:
        s = "'" + s
    return s


def _join(values: Iterable[str]) -> str:
    return ";".join(v.replace("\\", "\\\\").replace(";", "\\;") for v in values)


def split_joined(cell: str) -> list[str]:
    """Inverse of the CSV list join (``;`` separated, ``\\;`` and ``\\\\`` escaped)."""
    out, cur, i = [], [], 0
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell):
            cur.append(cell[i + 1])
            i += 2
            continue
        if ch == ";":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if cur or cell:
        out.append("".join(cur))
    return out


def export_csv(annotations: Iterable[Annotation], out: TextIO,
               status: Status | None = None) -> int:
    """One row per annotation; lists joined with ``;``. Open ``out`` with newline="".
    ``text_status``: the status of the wording quoted ("verified" said outright)."""
    w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for a in annotations:
        w.writerow([_csv_cell(v) for v in (
            a.id, a.lang, a.passage, a.start, a.end, a.exact, a.prefix, a.suffix, a.note,
            _join(a.tags), a.color, _join(a.places), _join(a.interpretations), a.created,
            a.modified, int(a.orphan), a.origin or "",
            (status(a) or "[verified]") if status else "")])
        n += 1
    return n
