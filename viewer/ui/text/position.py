"""The reading position: keep in view what the selection points at, and what the reader was
reading, across re-wraps (a resize) and rebuilds of the document."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer

from viewer.ui.text.columns import TextColumns, paragraph_start, passage_anchor
from viewer.ui.text.render import GUTTER_PX

# The first mark of each shown language: (passage id, document positions), or None.
FirstMark = Callable[[], "tuple[str, list[int]] | None"]


class ReadingPosition(QObject):
    """Scrolls the columns to a passage, a paragraph or the first mark, and back there after
    each re-wrap until the reader scrolls."""

    def __init__(self, columns: TextColumns, langs: Callable[[], list[str]],
                 first_mark: FirstMark, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns, self.browser = columns, columns.browser
        self._langs, self._first_mark = langs, first_mark
        self.target: tuple | None = None  # where the selection asked us to be
        self._moving = False
        self.browser.installEventFilter(self)  # keep the reading position across re-wraps
        self.browser.verticalScrollBar().valueChanged.connect(self._user_scrolled)

    @contextmanager
    def moving(self) -> Iterator[None]:
        """Scrolling done by the app, not by the reader: a pending target is kept."""
        before, self._moving = self._moving, True
        try:
            yield
        finally:
            self._moving = before

    def _user_scrolled(self, _value: int) -> None:
        if not self._moving:
            self.target = None

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if watched is self.browser and event.type() == QEvent.Type.Resize:
            top = self.browser.cursorForPosition(QPoint(12, 12)).position()
            QTimer.singleShot(0, lambda: self._after_rewrap(top))
        return super().eventFilter(watched, event)

    def _after_rewrap(self, top: int) -> None:
        """Back to the selection's place if the reader has not scrolled since (also the
        first layout, when --goto ran before the window had its size); otherwise keep the
        first visible character on top."""
        if self.target is not None:
            self.scroll_to_target()
        elif self.browser.verticalScrollBar().value() > 0:
            self._scroll_to_position(top)
        # else: at the very top, which stays the top; nothing to measure (measuring lays
        # out the whole document, where a paint needs only the passages it shows)

    def aim(self, target: tuple | None) -> None:
        """Go to ("passage", id, para), to ("first-mark",), or nowhere (None), and come
        back there after re-wraps."""
        self.target = target
        self.scroll_to_target()

    @contextmanager
    def kept_across_rebuild(self) -> Iterator[None]:
        """Around a rebuild that changes the columns (a language shown or hidden): the
        selection's place if the reader has not scrolled since, otherwise the passage and
        paragraph at the top of the view, stay in view (not the same pixel offset, which
        lands elsewhere in a document of other heights)."""
        at_top = None
        if self.target is None and self.browser.verticalScrollBar().value() > 0:
            at_top = self._passage_at_top()
        yield
        if self.target is not None:
            self.scroll_to_target()
        elif at_top is not None:
            self._scroll_to(at_top)

    def _passage_at_top(self) -> tuple[str, str, str | None] | None:
        """("passage", id, paragraph or None) of the text at the top of the view: the first
        paragraph that starts there or below in its row, else the passage whose heading or
        paragraph runs across the top."""
        cursor = self.browser.cursorForPosition(QPoint(GUTTER_PX + 12, 4))
        block = cursor.block()
        while block.isValid():
            if (start := paragraph_start(block)) is not None:
                _lang, pid, n = start[0]
                return "passage", pid, n
            if (pid := passage_anchor(block)) is not None:
                return "passage", pid, None
            block = block.previous()
        return None

    def scroll_to_target(self) -> None:
        """Scroll to what the selection points at: a paragraph anchor or the first mark."""
        if self.target is not None:
            self._scroll_to(self.target)

    def _scroll_to(self, target: tuple) -> None:
        with self.moving():
            self.columns.finish_layout()  # before measuring
            if target[0] == "passage":
                _kind, pid, para = target
                self.browser.scrollToAnchor(pid)  # the passage's row, all languages
                starts = [pos for lang in self._langs()
                          if (pos := self.columns.para_pos.get((lang, pid, para))) is not None]
                if para and starts:  # the paragraph, in whichever column it starts highest
                    self.columns.scroll_by(min(self.columns.top_of(pos) for pos in starts) - 3)
            elif (first := self._first_mark()) is not None:  # resolved now: the document
                self.scroll_to_mark(*first)  # may have been rebuilt since the selection

    def _scroll_to_position(self, position: int) -> None:
        with self.moving():
            self.columns.finish_layout()  # before measuring
            self.columns.scroll_by(self.columns.top_of(position) - 12)

    def scroll_to_mark(self, pid: str, positions: list[int]) -> None:
        """Show the passage heading above its first marks when they fit below it, else
        the marks from the highest one down (the columns' first marks are at different
        heights: a mention can come earlier in the Russian or Japanese text)."""
        self.browser.scrollToAnchor(pid)
        mark_top = min(self.columns.top_of(pos) for pos in positions)
        if mark_top > self.browser.viewport().height() * 0.6:
            self.columns.scroll_by(mark_top - 40)
