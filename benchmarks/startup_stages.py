"""Where a GUI start's time goes before the first paint and before ready (issue 23).

    python benchmarks/startup_stages.py [--runs 9]

Runs benchmarks/startup_probe.py's GUI start in child processes, each with the app's own
steps wrapped in a clock (no app code is changed), interleaved with the bare window; prints
the median of each step's inclusive time, the moments of the first paint and of ready, and
which lines of the app made PySide create its Python enum classes (the enums of a Qt class
are all made when the class is first used; a start creates ~300, the bare window ~40).
Steps that no longer exist under the names below are skipped, so the script outlives
refactoring; add names as the start changes.

Figures, not a verdict: the steps nest (a pane's build is inside the window's), and the
clock itself costs a little.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, child_env, run_probe  # noqa: E402

# (module, attribute path) of the steps clocked; wrapped when their module is imported.
STEPS = (
    ("viewer.ui.app", "make_app"), ("viewer.ui.app", "_spare_pyside_source_scans"),
    ("viewer.ui.app", "_setup_logging"), ("viewer.corpus.cache", "load_corpus_cached"),
    ("viewer.ui.common.fonts", "install_fonts"),
    ("viewer.ui.main_window", "MainWindow.__init__"),
    ("viewer.ui.main_window", "MainWindow.show"),
    ("viewer.ui.main_window", "MainWindow._build_menus"),
    ("viewer.ui.text.pane", "TextPane.__init__"), ("viewer.ui.text.pane", "TextPane.render"),
    ("viewer.ui.readings.pane", "InterpretationsPane.__init__"),
    ("viewer.ui.map.pane", "MapPane.__init__"),
    ("viewer.ui.annotations.service", "AnnotationService._open"),
)
# Modules whose import (with what they import in turn) is clocked.
IMPORTS = ("viewer.corpus", "viewer.ui.main_window", "viewer.annotations.store", "PySide6")


def _child() -> None:
    """One start with the clocks in place; prints one JSON line."""
    import builtins
    import enum

    sys.path.insert(0, str(ROOT / "benchmarks"))
    spent: dict[str, float] = {}
    enums: dict[str, list[float]] = {}

    def clocked(name: str, fn):  # noqa: ANN001, ANN202
        def run(*a, **k):  # noqa: ANN002, ANN003, ANN202
            start = time.monotonic()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.monotonic() - start
        return run

    pending = list(STEPS)

    def wrap_loaded() -> None:
        for step in list(pending):
            owner = sys.modules.get(step[0])
            *path, last = step[1].split(".")
            for part in path:
                owner = getattr(owner, part, None)
            if owner is not None and hasattr(owner, last):  # the module has run that far
                pending.remove(step)
                setattr(owner, last, clocked(step[1], getattr(owner, last)))

    real_import = builtins.__import__

    def watched_import(name, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002, ANN001, ANN202
        timed = name in IMPORTS and name not in sys.modules
        start = time.monotonic()
        try:
            return real_import(name, globals, locals, fromlist, level)
        finally:
            if timed:
                spent[f"import {name}"] = time.monotonic() - start
            if pending:
                wrap_loaded()

    create = enum.EnumType._create_

    def counted(cls, class_name, names, **kw):  # noqa: ANN001, ANN003, ANN202
        start = time.monotonic()
        made = create(cls, class_name, names, **kw)
        where = "(PySide or the standard library)"
        for frame in reversed(traceback.extract_stack()[:-1]):
            if f"{Path('viewer')}/" in frame.filename and "benchmarks" not in frame.filename:
                rel = frame.filename.split("viewer/", 1)[1]
                where = f"viewer/{rel}:{frame.lineno}"
                break
        enums.setdefault(where, []).append(time.monotonic() - start)
        return made

    builtins.__import__ = watched_import
    enum.EnumType._create_ = counted
    import startup_probe

    result = startup_probe.run_app("1600x900", [])
    print(json.dumps({"spent": spent, "result": result,
                      "enums": {k: [len(v), sum(v)] for k, v in enums.items()}}))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        _child()
        return 0
    env = child_env()
    probe = [sys.executable, str(ROOT / "benchmarks" / "startup_probe.py"), "bare"]
    me = [sys.executable, str(Path(__file__).resolve()), "--child"]
    subprocess.run(me, env=env, cwd=ROOT, check=True, capture_output=True)  # warm-up
    bare: list[float] = []
    runs: list[dict] = []
    for _ in range(args.runs):
        bare.append(run_probe(probe, env)[2]["first_paint"])
        start = time.monotonic()
        out = subprocess.run(me, env=env, cwd=ROOT, check=True, capture_output=True,
                             text=True).stdout
        got = json.loads(out.strip().splitlines()[-1])
        got["at"] = {k: got["result"][k] - start for k in ("first_paint", "ready")}
        runs.append(got)
    med = statistics.median
    print(f"bare window, first paint: {med(bare) * 1000:.0f} ms (median of {args.runs})")
    for key in ("first_paint", "ready"):
        at = med(r["at"][key] for r in runs)
        print(f"app, {key.replace('_', ' ')}: {at * 1000:.0f} ms = {at / med(bare):.2f} x bare")
    print("\ninclusive time of each step (median ms):")
    names = {n for r in runs for n in r["spent"]}
    rows = sorted(((med(r["spent"].get(n, 0.0) for r in runs), n) for n in names), reverse=True)
    for ms, name in rows:
        print(f"{ms * 1000:8.1f}  {name}")
    print("\nPython enum classes PySide created, by the app line that first used their class"
          " (median count, ms):")
    wheres = {w for r in runs for w in r["enums"]}
    rows = sorted(((med(r["enums"].get(w, [0, 0.0])[1] for r in runs),
                    med(r["enums"].get(w, [0, 0.0])[0] for r in runs), w) for w in wheres),
                  reverse=True)
    total = med(sum(v[1] for v in r["enums"].values()) for r in runs)
    count = med(sum(v[0] for v in r["enums"].values()) for r in runs)
    print(f"{count:6.0f} {total * 1000:7.1f}  all")
    for ms, n, where in rows[:25]:
        print(f"{n:6.0f} {ms * 1000:7.1f}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
