"""One start, with the clock read at its first paint and when it is ready for input (issue 23).

    python benchmarks/startup_probe.py app|bare [--size 1600x900] [--exit-at first_paint|ready]
        [-- APP ARGS...]

`app` runs the GUI as a user starts it (`declaration-viewer`, no --screenshot: the window is
shown, the event loop runs, the user's annotation store opens as it does for a user, here in
the DECLARATION_VIEWER_HOME the caller set); `bare` shows a bare PySide6 QMainWindow of the
same size. Both quit once ready (and settled, below) and print one JSON line with CLOCK_MONOTONIC
readings (`time.monotonic()`, the same clock in every process on Linux, so the caller can
subtract the moment it launched this process):

- `first_paint`: the window's first frame has been painted and flushed. The clock is read by
  an event posted when the first Paint event reaches the window (the first QMainWindow
  shown): the whole frame (every dirty widget, then the flush) is painted in one go inside
  that event-loop turn, so the posted event runs right after it, before any work the app
  deferred to later turns.
- `ready`: every pane complete and input accepted. For the app: its window says so
  (`MainWindow.is_ready`, where it has one) or, without that, the annotation store is open,
  its opening announced to the panes and no re-anchoring pass is running. For the bare
  window: its first paint.
- `settled`: the parts the app builds ahead of use after ready (hidden tabs, docks) are
  built too (`window.later.is_settled`; ready, where the app has no such parts). The probe
  quits then, so the peak RSS its caller reads includes them.
- `max_gap_ms`: the longest gap between ticks of a 1 ms timer from the first paint to ready:
  how long input could have waited meanwhile (a frozen window shows as a long gap);
  `max_gap_settled_ms` the same up to settled.

`--exit-at` ends the process at once (os._exit, nothing printed) when that moment comes: for
counting the instructions a start executes up to it (benchmarks/startup_instructions.py).

No app code is changed for this: the probe wraps `viewer.ui.app.make_app` to get hold of
the QApplication, and QMainWindow.show to filter the events of the window shown.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Clock:
    """The readings, and the Qt side of taking them (made once the QApplication exists)."""

    def __init__(self, is_ready: Any, exit_at: str | None = None) -> None:
        self.is_ready = is_ready  # (window) -> bool
        self.exit_at = exit_at
        self.paint_start: float | None = None
        self.first_paint: float | None = None
        self.ready: float | None = None
        self.settled: float | None = None
        self.max_gap = self.max_gap_after = 0.0
        self._last_tick: float | None = None
        self.window: Any = None

    def install(self, app: Any) -> None:
        """Watch the first QMainWindow shown. Only that window's own events are filtered:
        an application-wide filter would wrap every object an event reaches, which makes
        PySide resolve classes (and create their enums) the start may never have used."""
        # Not Qt: its ~100 enums are the app's to create (or not) before its first paint.
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QMainWindow

        clock = self
        paint = QEvent.Type.Paint

        class Filter(QObject):
            def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
                if clock.paint_start is None and event.type() == paint:
                    clock.paint_start = time.monotonic()
                    QTimer.singleShot(0, clock._painted)
                return False

        self._filter = Filter()
        show = QMainWindow.show

        def show_watched(window: Any) -> None:
            if clock.window is None:
                clock.window = window
                window.installEventFilter(clock._filter)
            show(window)

        QMainWindow.show = show_watched
        self._ticker = QTimer()
        self._ticker.setInterval(1)
        self._ticker.timeout.connect(self._tick)
        self._app = app

    def _painted(self) -> None:
        self.first_paint = self._last_tick = time.monotonic()
        if self.exit_at == "first_paint":
            os._exit(0)
        self.window.removeEventFilter(self._filter)
        self._ticker.start()
        self._tick()

    def _tick(self) -> None:
        now = time.monotonic()
        if self._last_tick is not None:
            gap = now - self._last_tick
            if self.ready is None:
                self.max_gap = max(self.max_gap, gap)
            self.max_gap_after = max(self.max_gap_after, gap)
        self._last_tick = now
        if self.ready is None and self.is_ready(self.window):
            self.ready = now
            if self.exit_at == "ready":
                os._exit(0)
        if self.ready is not None and self.settled is None and (
                getattr(getattr(self.window, "later", None), "is_settled", True)):
            self.settled = now  # the parts built ahead of use too (where the app has them)
            self._ticker.stop()
            self._app.quit()

    def result(self) -> dict[str, float | None]:
        return {"paint_start": self.paint_start, "first_paint": self.first_paint,
                "ready": self.ready, "settled": self.settled,
                "max_gap_ms": self.max_gap * 1000,
                "max_gap_settled_ms": self.max_gap_after * 1000}


def _app_is_ready_factory() -> Any:
    """When the app's window is ready: its own word if it has one, else the store is open,
    announced and not re-anchoring (the last thing a start did before issue 23)."""
    announced: dict[int, bool] = {}

    def is_ready(window: Any) -> bool:
        if hasattr(window, "is_ready"):
            return bool(window.is_ready)
        service = getattr(window, "annotations", None)
        if service is None:
            return False
        if id(service) not in announced:
            announced[id(service)] = False
            service.opened.connect(lambda: announced.__setitem__(id(service), True))
        return announced[id(service)] and service.is_open and not service.reanchoring

    return is_ready


def run_app(size: str, args: list[str], exit_at: str | None = None
            ) -> dict[str, float | None]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import viewer.ui.app as gui

    clock = _Clock(_app_is_ready_factory(), exit_at)
    make_app = gui.make_app

    def make_and_watch(*a: Any, **k: Any) -> Any:
        app = make_app(*a, **k)
        clock.install(app)
        return app

    gui.make_app = make_and_watch
    # Every run at the first start's layout: the window saves its geometry when it closes
    # (as Qt 6 closes windows on quit), and a restored one (here an offscreen screen's
    # clamped size) would make each run after the first a different window.
    from viewer.paths import user_config_dir

    (user_config_dir() / "settings.ini").unlink(missing_ok=True)
    from viewer.cli import main

    code = main(["--size", size, *args])
    if code != 0:
        raise SystemExit(code)
    return clock.result()


def run_bare(size: str, exit_at: str | None = None) -> dict[str, float | None]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    clock = _Clock(lambda _window: True, exit_at)
    clock.install(app)  # before the window is made, as for the app
    window = QMainWindow()
    window.resize(*(int(v) for v in size.split("x")))
    window.show()
    app.exec()
    return clock.result()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1:]
    kind, size, exit_at = argv[0], "1600x900", None
    if "--size" in argv:
        size = argv[argv.index("--size") + 1]
    if "--exit-at" in argv:
        exit_at = argv[argv.index("--exit-at") + 1]
    result = run_app(size, extra, exit_at) if kind == "app" else run_bare(size, exit_at)
    if result["ready"] is None:
        print("never ready", file=sys.stderr)
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
