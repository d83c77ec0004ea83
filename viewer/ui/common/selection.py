"""The one shared focus: what the reader is looking at, with browser-like history."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from viewer.corpus.refs import Ref

log = logging.getLogger("viewer.selection")


class Selection(QObject):
    """Holds the current Ref; every pane listens to `changed` and shows it its own way.

    Panes never call each other: they set the Selection and react to it.
    """

    changed = Signal(object)  # the new Ref, or None when cleared
    history_changed = Signal()

    def __init__(self, parent: QObject | None = None, limit: int = 200) -> None:
        super().__init__(parent)
        self._back: list[Ref | None] = []
        self._forward: list[Ref | None] = []
        self._current: Ref | None = None
        self._limit = limit

    @property
    def current(self) -> Ref | None:
        return self._current

    def set(self, ref: Ref | None) -> None:
        if ref == self._current:
            return
        self._back.append(self._current)
        del self._back[:-self._limit]
        self._forward.clear()
        self._emit(ref)

    def clear(self) -> None:
        self.set(None)

    def refresh(self) -> None:
        """What the current Ref stands for has changed (an annotation was edited, deleted
        or brought back): every pane shows it again. History is not touched."""
        self.changed.emit(self._current)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> None:
        if self._back:
            self._forward.append(self._current)
            self._emit(self._back.pop())

    def forward(self) -> None:
        if self._forward:
            self._back.append(self._current)
            self._emit(self._forward.pop())

    def _emit(self, ref: Ref | None) -> None:
        self._current = ref
        log.debug("selection -> %s", ref)
        self.changed.emit(ref)
        self.history_changed.emit()
