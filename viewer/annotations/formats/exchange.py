"""The entry points between a store and a file (no Qt): export in a named format, and
import a file's bytes all-or-nothing (parsed, validated and anchored first, then
written in one transaction). May import: ``core``, the format modules, ``..store``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ..store import AnnotationStore, ImportReport, StoreError
from . import core
from .core import ImportRejected, Texts, _NotJson, _too_big, decode_json
from .csv_format import export_csv
from .markdown import export_markdown
from .w3c import _Incoming, _parse_all, export_w3c

# names of files that are ours to export but not to import (only JSON is read back)
EXPORT_ONLY_SUFFIXES = (".csv", ".md", ".markdown", ".txt")
Progress = Callable[[int, int], None]


def export_store(store: AnnotationStore, fmt: str, out: TextIO) -> int:
    """``fmt`` in w3c | csv | md; returns how many annotations were written."""
    writers = {"w3c": export_w3c, "csv": export_csv, "md": export_markdown}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (w3c, csv or md)")
    return writers[fmt](store.iter_all(), out)


def _newest_first(items: list[_Incoming]) -> list[_Incoming]:
    """The same records, each repeated id's newest copy (a tie: the later one in the
    file) swapped into its first copy's place. The store keeps the first record of an
    id and counts the rest as skipped: the newest is kept, and no copy goes unreported."""
    first: dict[str, int] = {}
    newest: dict[str, int] = {}
    for n, i in enumerate(items):
        first.setdefault(i.record.id, n)
        k = newest.get(i.record.id)
        if k is None or i.rank() >= items[k].rank():
            newest[i.record.id] = n
    out = list(items)
    for id_, n in newest.items():
        f = first[id_]
        out[f], out[n] = items[n], items[f]
    return out


def import_bytes(store: AnnotationStore, data: bytes | str, texts: Texts,
                 progress: Progress | None = None) -> ImportReport:
    """Import a whole file's content or nothing (ImportRejected). Every record of the
    file is counted once: added, updated or skipped (so is an older duplicate)."""
    items = _newest_first(_parse_all(decode_json(data), texts))
    kept: dict[str, _Incoming] = {}  # the copy of each id that is written: its first
    for i in items:
        kept.setdefault(i.record.id, i)
    undated = frozenset(id_ for id_, i in kept.items() if not i.dated)  # "now": never newer
    try:
        return store.import_records([i.record for i in items], progress, undated)
    except StoreError as e:  # read-only, or damaged
        raise ImportRejected(str(e)) from None
    except ValueError as e:  # a record the store refuses; nothing was written
        raise ImportRejected(f"invalid annotation: {e}") from None
    except sqlite3.Error as e:  # rolled back: the store is as it was
        raise ImportRejected(f"could not write to the annotation store: {e}") from None


def import_file(store: AnnotationStore, path: str | os.PathLike[str], texts: Texts,
                progress: Progress | None = None) -> ImportReport:
    """Import a file (W3C annotation / list / page / collection, or Hypothesis export).
    Messages are prefixed with the file name."""
    p = Path(path)
    try:
        data = _read_capped(p)
    except ImportRejected as e:
        raise ImportRejected(f"{p.name}: {e}") from None
    except FileNotFoundError:
        raise ImportRejected(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ImportRejected(f"{p}: is a folder, not a file") from None
    except OSError as e:
        raise ImportRejected(f"{p}: cannot read ({e.strerror or e})") from None
    try:
        return import_bytes(store, data, texts, progress)
    except _NotJson as e:
        if p.name.lower().endswith(EXPORT_ONLY_SUFFIXES):
            raise ImportRejected(f"{p.name}: only JSON (W3C Web Annotation or Hypothesis) "
                                 "can be imported, and this file is not JSON") from None
        raise ImportRejected(f"{p.name}: {e}") from None
    except ImportRejected as e:
        raise ImportRejected(f"{p.name}: {e}") from None


def _read_capped(p: Path) -> bytes:
    """The file's bytes, reading at most one byte over the limit: the size of a device
    or a pipe is not its length (``/dev/zero`` has size 0 and never ends)."""
    with p.open("rb") as f:
        st = os.fstat(f.fileno())
        if stat.S_ISREG(st.st_mode) and st.st_size > core.MAX_IMPORT_BYTES:
            raise _too_big(st.st_size)  # refused without reading it
        data = f.read(core.MAX_IMPORT_BYTES + 1)
    if len(data) > core.MAX_IMPORT_BYTES:
        raise _too_big(None)
    return data
