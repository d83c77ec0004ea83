"""The one shared focus: what the reader is looking at, with browser-like history.

The rule every pane keeps (issue 19)
------------------------------------
There is ONE current selection, ``Selection.current`` (a Ref, or None). Everything on screen
that looks "current" shows it, or says plainly, in words on screen, that it still shows an
earlier one. Never two things current at once, never a stale view that looks current:

- the text: marks what concerns the selection (a place's mentions, a passage, a note's or
  an annotation's quote), and nothing else; its banner speaks of this selection;
- the note under the text: open on the selected note or annotation; on any other selection
  it closes, or its title says it is an earlier note ("kept from an earlier selection");
- the readings pane: its filter and its detail concern the selection (a place: what the
  readings say about it; a reading, event or source: that one). A selection the detail has
  nothing to say about replaces the old detail with what concerns it (or an overview);
  it never keeps "What the readings say about Kunashiri" under a note about Moscow;
- the map: outlines, claim colours and the legend follow the selection; its year follows a
  selected event (the event's map year) and, once the selection moves on, goes back to the
  year the reader chose (a passage or reading shows the lines of its own time, e.g. the
  1956 line for art. 9) — never left on an earlier event's year;
- the map's keyboard ring: a place selected any way (mouse, text link, search, history)
  moves the ring onto it, so the ring and the selection never name two islands;
- the status bar names the selection in words; the annotations panel's current row and the
  search results' current row are where the reader clicked, not a selection of their own.

Back and forward (Go > Back / Forward, Alt+Left / Alt+Right, like a browser) walk the
history of selections: each step is an ordinary change, so every pane shows the restored
selection exactly as if it had just been chosen (a note reopens, a detail returns, the
map's year and ring follow). Selecting something new drops the forward history.

Esc (Go > Clear selection) clears the selection: a history step like any other (Alt+Left
brings it back). After it nothing looks selected — no marks, no open note, no detail about
the old selection, no outlines, the reader's own map year. Esc inside a field (find bar,
search, filters) is the field's and leaves the selection alone.

``refresh()`` re-emits the current Ref when what it stands for changed (an annotation was
edited, deleted or restored): panes show it as it now is; history is untouched.
"""

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
