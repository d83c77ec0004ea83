"""The timeline of events (data/events.json): date, title, summary; unverified marked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from viewer.corpus.model import Corpus
from viewer.ui.common.markdown_view import plain_tip
from viewer.ui.common.wrapping_rows import wrap_rows

ROLE_ID = Qt.ItemDataRole.UserRole
HIGHLIGHT = "#FFE680"  # with dark text, and bold as a second cue
UNVERIFIED_MARK = QT_TRANSLATE_NOOP("TimelineView", "⚠ unverified")


class TimelineView(QTreeWidget):
    """Events by date; click or Enter: `chosen(event id)`."""

    chosen = Signal(str)

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline of events"))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Date"), self.tr("Event")])
        self.setRootIsDecorated(False)
        wrap_rows(self, 1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items: dict[str, QTreeWidgetItem] = {}
        for ev in sorted(corpus.events.values(), key=lambda e: (e.date, e.id)):
            title = ev.title if ev.verified else f"[{self.tr(UNVERIFIED_MARK)}] {ev.title}"
            item = QTreeWidgetItem([ev.date, title])
            item.setData(0, ROLE_ID, ev.id)
            tip = ev.summary + ("" if ev.verified
                                 else "\n\n" + self.tr("Unverified: not checked in a source."))
            for col in (0, 1):
                item.setToolTip(col, plain_tip(tip))
            if not ev.verified:
                font = item.font(1)
                font.setItalic(True)
                item.setFont(1, font)
            self.addTopLevelItem(item)
            self.items[ev.id] = item
        self.header().setSectionResizeMode(0, self.header().ResizeMode.ResizeToContents)
        self._highlighted: set[str] = set()
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)

    def _choose(self, item: QTreeWidgetItem) -> None:
        self.chosen.emit(item.data(0, ROLE_ID))

    def highlight(self, event_ids: set[str]) -> None:
        """Mark a reading's events (bold and a background); only changed rows are touched."""
        for eid in self._highlighted ^ event_ids:
            item = self.items.get(eid)
            if item is None:
                continue
            on = eid in event_ids
            for col in (0, 1):
                font: QFont = item.font(col)
                font.setBold(on)
                item.setFont(col, font)
                item.setBackground(col, QBrush(QColor(HIGHLIGHT)) if on else QBrush())
                item.setForeground(col, QBrush(QColor("#000000")) if on else QBrush())
        self._highlighted = set(event_ids) & set(self.items)

    def highlighted(self) -> set[str]:
        return set(self._highlighted)

    def show_event(self, event_id: str) -> None:
        item = self.items.get(event_id)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
