"""Find in the text (Ctrl+F): the bar under the text, its matches, next and previous."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from viewer.ui.common.field_keys import keep_escape
from viewer.ui.text.columns import in_notice
from viewer.ui.text.highlights import Highlights, char_format

FIND_BG = "#9fd3ff"
MATCH_LIMIT = 5000  # matches looked up at the most (a one-letter search)


class FindBar(QWidget):
    """Ctrl+F: a search field with a match count and next/previous."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in text"))
        self.field.setAccessibleName(self.tr("Find in text"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel("")
        self.count.setAccessibleDescription(self.tr("Matches"))
        self.prev_button = QToolButton(text="▲")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QToolButton(text="▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        close = QToolButton(text="×")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close find bar"))
        close.clicked.connect(self.close_bar)
        keep_escape(self.field, self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.field, self.count, self.prev_button, self.next_button, close):
            layout.addWidget(w)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()


class TextFind(QObject):
    """The find bar's behaviour: matches of the declaration's text (never of the app's
    notices), marked under the bar's count, walked with F3 / Shift+F3."""

    def __init__(self, highlights: Highlights, layout: QBoxLayout, owner: QWidget,
                 redraw: Callable[[list[QTextCursor] | None], None]) -> None:
        super().__init__(owner)
        self.highlights, self.browser = highlights, highlights.columns.browser
        self._layout, self._owner = layout, owner
        self._redraw = redraw  # lays the marks and these matches over the text
        self.bar_made: FindBar | None = None

    @property
    def bar(self) -> FindBar:
        """The bar under the text, made when first wanted."""
        if self.bar_made is None:
            bar = FindBar(self._owner)
            bar.hide()
            bar.field.textChanged.connect(self._changed)
            bar.field.returnPressed.connect(self.find_next)
            bar.next_button.clicked.connect(self.find_next)
            bar.prev_button.clicked.connect(self.find_previous)
            bar.closed.connect(self._closed)
            self._layout.insertWidget(self._layout.indexOf(self.browser) + 1, bar)
            self.bar_made = bar
        return self.bar_made

    def open(self) -> None:
        self.bar.show()
        self.bar.field.setFocus()
        self.bar.field.selectAll()
        self._highlight_matches()

    def _closed(self) -> None:
        self._redraw(None)  # the marks stay, the matches go
        self.browser.setFocus()

    def _changed(self, _text: str) -> None:
        self._highlight_matches()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.find_next()

    def _pattern(self) -> QRegularExpression | None:
        """The find field's text, case-insensitive, across the soft hyphens drawn in words."""
        needle = self.bar.field.text()
        if not needle:
            return None
        return QRegularExpression(
            "\u00ad?".join(QRegularExpression.escape(ch) for ch in needle),
            QRegularExpression.PatternOption.CaseInsensitiveOption)

    def matches(self) -> list[QTextCursor]:
        needle = self._pattern()
        found: list[QTextCursor] = []
        if needle is None:
            return found
        doc = self.browser.document()
        cursor = doc.find(needle, 0)
        while not cursor.isNull() and len(found) < MATCH_LIMIT:
            if not in_notice(cursor):
                found.append(cursor)
            cursor = doc.find(needle, cursor)
        return found

    def selections(self, found: list[QTextCursor] | None = None
                   ) -> list[QTextEdit.ExtraSelection]:
        """The matches as extra selections, while the bar is open."""
        if self.bar_made is None or not self.bar_made.isVisible():
            return []
        fmt = char_format(FIND_BG)
        selections = []
        for cursor in self.matches() if found is None else found:
            selections += self.highlights.range_selections(cursor.selectionStart(),
                                                           cursor.selectionEnd(), fmt)
        return selections

    def _highlight_matches(self) -> None:
        found = self.matches()
        self._redraw(found)
        count = len(found)
        needle = self.bar.field.text()
        self.bar.count.setText(self.tr("%n match(es)", "", count) if needle else "")

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self._pattern()
        if needle is None:
            return False
        for _pass in range(2):  # from the caret on, then once more from the other end
            while self.browser.find(needle, flags):
                if not in_notice(self.browser.textCursor()):
                    return True
            self.browser.moveCursor(QTextCursor.MoveOperation.End
                                    if flags & QTextDocument.FindFlag.FindBackward
                                    else QTextCursor.MoveOperation.Start)
        return False

    def current_match_index(self) -> int:
        caret = self.browser.textCursor()
        for i, cursor in enumerate(self.matches()):
            if cursor.selectionStart() == caret.selectionStart():
                return i
        return -1
