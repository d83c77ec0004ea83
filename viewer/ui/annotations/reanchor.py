"""Re-anchoring the annotations in the background, a slice at a time between events.

After an update that revised the texts, checking 100,000 annotations against them takes
seconds. A zero-interval timer runs the store's `reanchor_steps` for about SLICE_SECONDS per
turn of the event loop, so the window keeps answering; `finish()` runs the rest at once (an
export must not write positions that were not checked).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger("viewer.annotations")


class BackgroundReanchor(QObject):
    progress = Signal(str)  # a status line, only for a pass long enough to need one
    finished = Signal()

    SLICE_SECONDS = 0.012
    DIALOG_AFTER_MS = 400  # finish(): its progress dialog shows if it takes longer
    BATCH = 100  # rows per step: a step that must fuzzy-match all of them stays short

    def __init__(self, store: Any, texts: Mapping[tuple[str, str], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Positions written against other texts may point anywhere in these: until the
        # pass ends, such highlights are not drawn. A pass after mere writes keeps them.
        self.texts_changed: bool = store.texts_changed(texts)
        self._steps = store.reanchor_steps(texts, self.BATCH)
        self._slices = 0  # slices that ended with work left
        self._finishing = False  # finish() runs: the timer waits, a second call returns
        self._timer = QTimer(self)  # a running zero-interval timer, not singleShot(0): a
        self._timer.timeout.connect(self._slice)  # posted event can come round again
        self._timer.start(0)  # before input and other timers get a turn

    def pause(self, paused: bool) -> None:
        """Wait while other long work with its own progress runs (an import)."""
        if paused:
            self._timer.stop()
        elif self._steps is not None and not self._finishing:
            self._timer.start(0)

    def _slice(self) -> None:
        if self._steps is None or self._finishing:
            return
        if self.store.conn.in_transaction:  # someone else's write is open: look again
            self._timer.setInterval(50)  # later, rather than spin on a ready timer
            return
        self._timer.setInterval(0)
        until = time.perf_counter() + self.SLICE_SECONDS
        while (step := self._advance(self._steps)) is not None:
            if time.perf_counter() >= until:
                self._slices += 1
                if self.texts_changed:
                    self.progress.emit(self.tr("Checking annotations against the texts: "
                                               "{done:,} of {total:,}…").format(
                        done=step[0], total=step[1]))
                return

    def _advance(self, steps: Any) -> tuple[int, int] | None:
        """The next step's (rows checked, rows in all), or None: the pass has ended."""
        try:
            return next(steps)
        except StopIteration as end:
            self._end(end.value)
        except Exception:  # noqa: BLE001 - the positions checked so far are kept
            log.exception("re-anchoring stopped")
            self._end(None)
        return None

    def finish(self, parent: Any = None) -> None:
        """Run the rest of the pass now, with a progress dialog if it takes a while. The
        dialog lets events through: a cancel() meanwhile ends the loop, and a second
        finish() returns at once."""
        steps = self._steps
        if steps is None or self._finishing:
            return
        self._finishing = True
        self._timer.stop()
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self.tr("Checking annotations against the texts…"), "", 0, 0,
                                 parent)
        dialog.setCancelButton(None)  # type: ignore[arg-type] - none: it must finish
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self.DIALOG_AFTER_MS)
        try:
            while self._steps is steps and (step := self._advance(steps)) is not None:
                dialog.setMaximum(step[1])
                dialog.setValue(step[0])
        finally:
            self._finishing = False
            dialog.close()
            dialog.deleteLater()

    def cancel(self) -> None:
        """Stop here (the window closes): the next open checks again."""
        if self._steps is not None:
            self._steps.close()
            self._steps = None
        self._timer.stop()

    def _end(self, result: Any) -> None:
        self._steps = None
        self._timer.stop()
        if result is not None and self.texts_changed and self._slices:
            # it showed progress: say it is over
            self.progress.emit(self.tr("Annotations checked against the texts: {anchored:,} in "
                                       "place, {orphans:,} orphaned").format(
                anchored=result.anchored, orphans=result.orphans))
        self.finished.emit()
