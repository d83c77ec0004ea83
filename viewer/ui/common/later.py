"""The start in two halves (issue 23): the first frame first, the rest after it.

What the first frame shows is built before the window is shown. Everything else (hidden
tabs, docks, menus' contents, the rest of the text, the store) is queued here as named
parts and built in the event-loop turns after the window's first paint, one part a turn, so
a key or click that arrives meanwhile is handled between two parts rather than after all
of them. When the last part is built the window is `ready` (every pane complete).

A part someone needs before its turn (a test, a shortcut pressed early, an offscreen render)
is built at once with `need(name)`, or all of them with `finish()`: nothing waits for the
paint that a window never shown would not get.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger("viewer.ui")


class Later(QObject):
    """Parts queued until after the first paint of `window`; `ready` once all are built."""

    ready = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._queue: list[tuple[str, Callable[[], object]]] = []
        self.painted = False
        self.is_ready = False
        # (part, built after the first paint, seconds it took), in the order built
        self.built: list[tuple[str, bool, float]] = []
        self._scheduled = False
        self._finished = False  # finish() was called: nothing waits for a paint
        window.installEventFilter(self)

    def add(self, name: str, build: Callable[[], object]) -> None:
        """Queue a part. Once the window is ready a late one is built in the next turn."""
        self._queue.append((name, build))
        if self.is_ready:
            self.is_ready = False
            self._schedule()

    def pending(self) -> list[str]:
        return [name for name, _build in self._queue]

    def need(self, name: str) -> None:
        """Build this part now if it is still queued (it is wanted before its turn)."""
        for i, (queued, build) in enumerate(self._queue):
            if queued == name:
                del self._queue[i]
                self._run(queued, build)
                break
        self._check_done()

    def finish(self) -> None:
        """Build every queued part now (a window that is not shown is then ready too)."""
        self._finished = True
        while self._queue:
            self._run(*self._queue.pop(0))
        self._check_done()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint and not self.painted:
            # Inside this turn Qt paints and flushes the whole frame; the parts start in the
            # turns after it.
            self.painted = True
            self._window.removeEventFilter(self)
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        self._scheduled = False
        if self._queue:
            self._run(*self._queue.pop(0))
        if self._queue:
            self._schedule()  # the next part in a turn of its own: input goes in between
        else:
            self._check_done()

    def _run(self, name: str, build: Callable[[], object]) -> None:
        start = time.perf_counter()
        build()
        self.built.append((name, self.painted, time.perf_counter() - start))

    def _check_done(self) -> None:
        if self._queue or self.is_ready or not (self.painted or self._finished):
            return
        self.is_ready = True
        log.debug("ready: %s", ", ".join(f"{n} {s * 1000:.0f} ms" for n, _a, s in self.built))
        self.ready.emit()
