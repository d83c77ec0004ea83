"""The timeline of events (data/events.json): date, title, summary; unverified marked.

An event is flagged exactly when its status (viewer.corpus.status) is not "verified": a
verified event names the seen source that gives its date (`date_source`) in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from viewer.corpus.model import Corpus, Event
from viewer.corpus.status import Status, label
from viewer.ui.common.cite import short_citation, status_label, status_meaning
from viewer.ui.common.markdown_view import plain_tip
from viewer.ui.common.wrapping_rows import wrap_rows

ROLE_ID = Qt.ItemDataRole.UserRole
HIGHLIGHT = "#FFE680"  # with dark text, and bold as a second cue
UNVERIFIED_MARK = f"⚠ {label(Status.UNVERIFIED)}"


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
            mark = f"⚠ {status_label(Status.UNVERIFIED)}"  # UNVERIFIED_MARK, translated
            title = ev.title if ev.verified else f"[{mark}] {ev.title}"
            item = QTreeWidgetItem([ev.date, title])
            item.setData(0, ROLE_ID, ev.id)
            tip = f"{ev.summary}\n\n{self._status_note(corpus, ev)}"
            for col in (0, 1):
                item.setToolTip(col, plain_tip(tip))
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, f"{title}. {tip}")
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

    def _status_note(self, corpus: Corpus, ev: Event) -> str:
        if ev.verified and ev.date_source:
            seen = short_citation(corpus.sources.get(ev.date_source),
                                  fallback_id=ev.date_source)
            return self.tr("Date as given in {source}.").format(source=seen)
        meaning = (status_meaning(ev.status, "event")
                   or status_meaning(Status.UNVERIFIED, "event"))
        why = f" {ev.provenance}" if ev.provenance else ""
        word = status_label(ev.status)
        return f"{word[:1].upper()}{word[1:]}: {meaning}.{why}"

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
