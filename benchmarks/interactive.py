"""In-process timings through the real MainWindow (issue 9), offscreen.

- selection: an island (or group) selected, as a click does: text marked and scrolled,
  readings filtered, map outlined, then pending events (repaints) processed. Median, p95.
- search: store.search and the search panel's whole query (corpus + annotations) over a
  store of --big annotations; p95 over a set of queries (long, short, CJK, Cyrillic).
- panel: opening the annotations panel on that store: until it has painted its first page,
  and until the deferred counts, tag and colour lists are filled.
- import: 10,000 annotations through File > Import (the GUI path, progress dialog, one
  transaction) into an empty store; the longest gap between event-loop ticks shows whether
  the window stayed responsive.

    python benchmarks/interactive.py [--big 100000] [--import-n 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DECLARATION_VIEWER_HOME", tempfile.mkdtemp(prefix="dv-bench-home-"))

from benchmarks.common import median, percentile  # noqa: E402

QUERIES = ("treaty", "peace treaty", "Habomai", "islands fishing", "Shikotan", "sovereignty",
           "色丹", "歯舞", "平和条約", "передача", "острова", "Moscow 1956", "to", "is", "a",
           "art-9", "to-check", "return", "normal relations", "zzz-no-match")


def _settle(app, rounds: int = 3) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEventLoop

    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _window(db: Path | None, open_store: bool, built=None):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QSettings

    from viewer.corpus import load_corpus
    from viewer.paths import data_dir
    from viewer.ui.app import make_app
    from viewer.ui.main_window import MainWindow

    app = make_app()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_corpus(data_dir()), settings, db_path=db, open_store=open_store)
    if built is not None:
        built(window)
    window.resize(1600, 900)
    window.show()
    _settle(app)
    return app, window


def _timed_slots() -> dict[str, list[float]]:
    """Wrap each pane's selection slot (before the window connects it) to time it alone."""
    from viewer.ui.map.pane import MapPane
    from viewer.ui.readings.pane import InterpretationsPane
    from viewer.ui.text.pane import TextPane

    spent: dict[str, list[float]] = {}
    for name, cls in (("text", TextPane), ("interpretations", InterpretationsPane),
                      ("map", MapPane)):
        slot = cls.__dict__["_on_selection"]
        if getattr(slot, "timed", False):
            slot = slot.timed
        spent[name] = []

        def timed(self, ref, _slot=slot, _log=spent[name]):  # noqa: ANN001, ANN202
            start = time.perf_counter()
            _slot(self, ref)
            _log.append((time.perf_counter() - start) * 1000)

        timed.timed = slot  # type: ignore[attr-defined]
        cls._on_selection = timed  # noqa: SLF001
    return spent


def bench_selection(rounds: int = 10) -> dict[str, float]:
    from viewer.corpus.refs import Ref

    spent = _timed_slots()
    app, window = _window(None, open_store=False)
    ids = [pid for pid in ("habomai", "shikotan", "kunashir", "iturup", "habomai",
                           "shikotan") if pid in window.corpus.places]
    ids += [pid for pid, p in window.corpus.places.items() if p.kind == "island"][:6]
    times = []
    for _ in range(rounds):
        for pid in ids:
            start = time.perf_counter()
            window.selection.set(Ref("place", pid))
            app.processEvents()  # the repaints the change asked for
            times.append((time.perf_counter() - start) * 1000)
    window.close()
    out = {"median_ms": median(times), "p95_ms": percentile(times, 95), "n": len(times)}
    for name, values in spent.items():  # the first calls ran during set-up: skip them
        out[f"{name}_median_ms"] = median(values[-len(times):]) if values else 0.0
    return out


def bench_search(store_path: Path, repeats: int = 3) -> dict[str, float]:
    from viewer.annotations.store import AnnotationStore
    from viewer.corpus import load_corpus
    from viewer.paths import data_dir
    from viewer.ui.annotations.search_panel import SearchEngine

    store = AnnotationStore(store_path)

    class Service:  # what SearchEngine needs of the AnnotationService
        pass

    service = Service()
    service.store = store  # type: ignore[attr-defined]
    engine = SearchEngine(load_corpus(data_dir()), service)  # type: ignore[arg-type]
    engine.index  # noqa: B018 - built once, lazily, before the first search
    store_ms, panel_ms = [], []
    for _ in range(repeats):
        for q in QUERIES:
            start = time.perf_counter()
            store.search(q)
            store_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            engine.search(q)
            panel_ms.append((time.perf_counter() - start) * 1000)
    store.close()
    return {"store_p95_ms": percentile(store_ms, 95), "store_median_ms": median(store_ms),
            "panel_p95_ms": percentile(panel_ms, 95), "panel_median_ms": median(panel_ms),
            "n": len(store_ms)}


def _frame_end_clock(window):  # noqa: ANN001, ANN202
    """An event filter for the window that notes when its next repaint has ended: it lets
    the window handle its UpdateRequest (the repaint of every dirty widget and the flush
    to the screen) and reads the clock when that returns."""
    from PySide6.QtCore import QEvent, QObject

    class FrameEnd(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at: float | None = None

        def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
            if self.at is None and event.type() == QEvent.Type.UpdateRequest:
                obj.event(event)
                self.at = time.perf_counter()
                return True  # handled just above
            return False

    return FrameEnd()


def bench_panel(store_path: Path) -> dict[str, float]:
    app, window = _window(store_path, open_store=True)
    window.annotations.store  # noqa: B018 - opened after the first paint (start-up, timed there)
    _settle(app)
    panel = window.annotations_panel
    frame = _frame_end_clock(window)
    window.installEventFilter(frame)
    start = time.perf_counter()
    panel.show()
    panel.raise_()
    while frame.at is None:  # until the window has been repainted with the panel in it
        app.processEvents()
    shown = (frame.at - start) * 1000
    while panel._later_timer.isActive() or panel._counts_timer.isActive():  # noqa: SLF001
        app.processEvents()
    done = (time.perf_counter() - start) * 1000
    window.removeEventFilter(frame)
    rows = panel.anchored.rowCount()
    window.close()
    return {"shown_ms": shown, "complete_ms": done, "first_page_rows": rows}


def bench_import(n: int) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from benchmarks.make_store import make_export

    tmp = Path(tempfile.mkdtemp(prefix="dv-bench-import-"))
    export = make_export(n, tmp / "export.json")
    app, window = _window(tmp / "empty.db", open_store=True)
    window.annotations.store  # noqa: B018
    _settle(app)
    exchange = window.exchange
    messages: list[str] = []
    exchange.show_info = messages.append  # no modal dialog in a benchmark
    exchange.show_error = messages.append
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    start = time.perf_counter()
    report = exchange.import_annotations(export)
    seconds = time.perf_counter() - start
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    added = getattr(report, "added", 0)
    window.close()
    return {"seconds": seconds, "added": added, "max_gap_ms": max(gaps, default=seconds * 1000),
            "ticks": len(ticks)}


def bench_reanchor(store_path: Path) -> dict[str, float]:
    """The window opening the big store last anchored against other texts (as after an
    update that revised them): how long the pass in slices takes, and the event loop's
    gaps while it runs (a 10 ms timer)."""
    import shutil

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from viewer.annotations.store import AnnotationStore
    from viewer.corpus import load_corpus
    from viewer.paths import data_dir
    from viewer.ui.app import make_app

    path = Path(tempfile.mkdtemp(prefix="dv-bench-reanchor-")) / "store.db"
    shutil.copy(store_path, path)
    texts = load_corpus(data_dir()).passage_texts()
    store = AnnotationStore(path)  # set-up, not timed: anchored against revised texts
    store.reanchor({key: "Revised. " + text for key, text in texts.items()})
    store.close()
    app = make_app()
    ticks: list[int] = []
    shown: list = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: shown and shown[0].annotations.reanchoring
                          and ticks.append(clock.elapsed()))
    timer.start()
    app, window = _window(path, open_store=True, built=shown.append)  # ticks from the start
    while not window.annotations.is_open or window.annotations.reanchoring:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    timer.stop()
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:], strict=False))
    label = window._progress_label  # noqa: SLF001 - the status bar's progress corner
    moved = label.text() if label is not None else ""
    window.close()
    return {"seconds": (ticks[-1] - ticks[0]) / 1000 if ticks else 0.0,
            "max_gap_ms": gaps[-1] if gaps else 0.0,
            "p99_gap_ms": percentile(gaps, 99) if gaps else 0.0, "ticks": len(ticks),
            "outcome": moved}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--big", type=int, default=100_000)
    p.add_argument("--import-n", type=int, default=10_000)
    args = p.parse_args(argv)
    from benchmarks.startup import big_store

    print("selection", bench_selection())
    path = big_store(args.big)
    print("search", bench_search(path))
    print("panel", bench_panel(path))
    print("import", bench_import(args.import_n))
    print("reanchor", bench_reanchor(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
