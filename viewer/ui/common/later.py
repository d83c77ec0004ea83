"""The start in two halves (issue 23): the first frame first, the rest after it.

What the first frame shows is built before the window is shown. The rest is queued here as
named parts, built in the event-loop turns after the window's first paint, one part a turn,
so a key or click that arrives meanwhile is handled between two parts rather than after all
of them:

- parts the window needs to be complete (the annotation store, say): when the last one is
  built the window is `ready`;
- parts built ahead of use (hidden tabs, docks, the note view): after `ready`, still one a
  turn; when they are built too, `settled`.

A part wanted before its turn (a shortcut pressed early, a test, an offscreen render) is
built at once with `need(name)`, or all of them with `finish()`: a window never shown, which
gets no paint, is complete that way too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

log = logging.getLogger("viewer.ui")

Part = tuple[str, Callable[[], object]]


class Later(QObject):
    """Parts queued until after the first paint of `window`."""

    ready = Signal()  # every part the window needs is built
    settled = Signal()  # and every part built ahead of use

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._needed: list[Part] = []
        self._ahead: list[Part] = []
        self.painted = False
        self.is_ready = False
        self.is_settled = False
        # (part, built after the first paint, seconds it took), in the order built
        self.built: list[tuple[str, bool, float]] = []
        self._scheduled = False
        self._finished = False  # finish() was called: nothing waits for a paint
        window.installEventFilter(self)

    def add(self, name: str, build: Callable[[], object], *, ahead: bool = False) -> None:
        """Queue a part: one the window needs, or (`ahead`) one built ahead of use. A part
        added once the window is ready is built in a turn after this one."""
        (self._ahead if ahead else self._needed).append((name, build))
        if not ahead:
            self.is_ready = False
        self.is_settled = False
        if self.painted or self._finished:
            self._schedule()

    def pending(self) -> list[str]:
        return [name for name, _build in self._needed + self._ahead]

    def need(self, name: str) -> None:
        """Build this part now if it is still queued (it is wanted before its turn)."""
        for queue in (self._needed, self._ahead):
            for i, (queued, build) in enumerate(queue):
                if queued == name:
                    del queue[i]
                    self._run(queued, build)
                    self._check_done()
                    return

    def finish(self, ahead: bool = True) -> None:
        """Build the queued parts now: all of them, or (`ahead=False`) those the window
        needs. A window that is not shown is then ready (and settled) too."""
        self._finished = True
        while self._needed or (ahead and self._ahead):
            self._run(*(self._needed or self._ahead).pop(0))
        self._check_done()
        if self._ahead:
            self._schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint and not self.painted:
            # Qt paints and flushes the whole frame inside this turn; the parts start in
            # the turns after it.
            self.painted = True
            self._window.removeEventFilter(self)
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._next)  # dropped if the window goes first

    def _next(self) -> None:
        self._scheduled = False
        if not isValid(self._window) or self._window.testAttribute(
                Qt.WidgetAttribute.WA_WState_Hidden) and self.painted:
            return  # closed (or deleted) before its parts came: they are not wanted now
        if self._needed:
            self._run(*self._needed.pop(0))
        elif self.is_ready and self._ahead:  # (ready is told in a turn before these)
            self._run(*self._ahead.pop(0))
        self._check_done()
        if self._needed or self._ahead:
            self._schedule()  # the next part in a turn of its own: input goes in between

    def _run(self, name: str, build: Callable[[], object]) -> None:
        start = time.perf_counter()
        build()
        self.built.append((name, self.painted, time.perf_counter() - start))

    def _check_done(self) -> None:
        if not (self.painted or self._finished):
            return
        if not self._needed and not self.is_ready:
            self.is_ready = True
            log.info("ready: %s", self._spent())
            self.ready.emit()
        if self.is_ready and not self._ahead and not self.is_settled:
            self.is_settled = True
            log.info("settled: %s", self._spent())
            self.settled.emit()

    def _spent(self) -> str:
        return ", ".join(f"{name} {s * 1000:.0f} ms" for name, _a, s in self.built) or "-"
