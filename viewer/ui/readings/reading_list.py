"""The List tab: the readings, by party or by date, those that concern the selection marked.

One job: show the readings and say which one is chosen (`chosen(reading id)`). Which rows
concern the selection, which are hidden and which is current are the pane's to say
(`mark_rows`, `apply_filter`, `mark`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import Corpus, Interpretation
from viewer.translations import party_name
from viewer.ui.common.markdown_view import plain_tip
from viewer.ui.common.wrapping_rows import wrap_rows

ROLE_REF = Qt.ItemDataRole.UserRole
SORT_MODES = ("party", "date")
NARROW_TREE = 250  # px: a readings tree narrower than this shows years only in its Date column


def _blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor(*(round(x * (1 - share_of_b) + y * share_of_b)
                    for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                 (a.blue(), b.blue()))))


class ReadingList(QWidget):
    """The order control and the tree; `rebuilt` after the rows are made again."""

    chosen = Signal(str)
    rebuilt = Signal()

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.sort_combo = QComboBox()
        self.sort_combo.addItems([self.tr("Grouped by party"), self.tr("By date")])
        self.sort_combo.setAccessibleName(self.tr("Order of readings"))
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.populate())
        sort_label = QLabel(self.tr("&Order:"))
        sort_label.setBuddy(self.sort_combo)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Reading"), self.tr("Date")])
        self.tree.setAccessibleName(self.tr("Readings"))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        wrap_rows(self.tree, 0)  # titles on two lines (three when narrow), then "…"
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._short_dates = False
        self._spans_pending = False
        self._items: dict[str, QTreeWidgetItem] = {}
        head.sectionResized.connect(lambda *_: self._fit_to_width())
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self._marked: set[str] | None = None  # the rows that concern the selection
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(sort_label)
        row.addWidget(self.sort_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.tree)

    @property
    def sort_mode(self) -> str:
        return SORT_MODES[self.sort_combo.currentIndex()]

    def populate(self) -> None:
        self.tree.clear()
        self._items = {}
        readings = sorted(self.corpus.interpretations.values(), key=lambda i: (i.date, i.id))
        if self.sort_mode == "date":
            self.tree.setRootIsDecorated(False)
            for it in readings:
                self.tree.addTopLevelItem(self._reading_item(it, with_party=True))
        else:
            self.tree.setRootIsDecorated(True)
            order = list(self.corpus.parties) + sorted(
                {i.party for i in readings} - set(self.corpus.parties))
            for party_id in order:
                items = [it for it in readings if it.party == party_id]
                if not items:
                    continue
                party = self.corpus.parties.get(party_id)
                top = QTreeWidgetItem([party_name(party) if party else party_id, ""])
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                self.tree.addTopLevelItem(top)
                for it in items:
                    top.addChild(self._reading_item(it, with_party=False))
                top.setExpanded(True)
        self.mark_rows(self._marked)
        self._spans_pending = self.sort_mode != "date"
        if self.tree.isVisible():
            self._span_party_rows()
        self.rebuilt.emit()

    def _reading_item(self, it: Interpretation, *, with_party: bool) -> QTreeWidgetItem:
        party = self.corpus.parties.get(it.party)
        title = (f"{party_name(party) if party else it.party}: {it.title}" if with_party
                 else it.title)
        item = QTreeWidgetItem([title, it.date[:4] if self._short_dates else it.date])
        item.setToolTip(1, it.date)
        item.setData(0, ROLE_REF, it.id)
        item.setToolTip(0, plain_tip(f"{it.title}\n{it.proponent}\n\n{it.summary}"))
        self._items[it.id] = item
        return item

    def mark_rows(self, ids: set[str] | None) -> None:
        """Readings in `ids` in bold, the others greyed (None: no marks)."""
        self._marked = ids
        palette = self.tree.palette()
        # 4.7:1 for black on white; it follows a dark palette too.
        grey = _blend(palette.text().color(), palette.base().color(), 0.45)
        # Only the rows whose marks differ are touched: each change lays the tree out again.
        for iid, item in self._items.items():
            concerned = ids is not None and iid in ids
            colour = grey if ids is not None and not concerned else None
            for col in (0, 1):
                font = item.font(col)
                if font.bold() != concerned:
                    font.setBold(concerned)
                    item.setFont(col, font)
                if item.data(col, Qt.ItemDataRole.ForegroundRole) != colour:
                    item.setData(col, Qt.ItemDataRole.ForegroundRole, colour)

    def marked(self) -> list[str]:
        """Ids of the rows marked as concerning the selection, in list order."""
        marked = self._marked or set()
        return [iid for iid in self.visible() if iid in marked]

    # --- what is shown ----------------------------------------------------------------------

    def apply_filter(self, ids: set[str] | None) -> None:
        """Hide the readings not in `ids` (None: hide none), and a party left empty."""
        # setHidden relays out and repaints the whole tree even when nothing changes: only
        # touch the rows whose state differs (a selection change often keeps the same set).
        for iid, item in self._items.items():
            hidden = ids is not None and iid not in ids
            if item.isHidden() != hidden:
                item.setHidden(hidden)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.childCount():
                hidden = all(top.child(j).isHidden() for j in range(top.childCount()))
                if top.isHidden() != hidden:
                    top.setHidden(hidden)

    def visible(self) -> list[str]:
        """Ids of the readings the list currently shows, in list order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            kids = [top.child(j) for j in range(top.childCount())] or [top]
            out += [k.data(0, ROLE_REF) for k in kids
                    if not k.isHidden() and not top.isHidden() and k.data(0, ROLE_REF)]
        return out

    def mark(self, iid: str) -> None:
        item = self._items.get(iid)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    # --- fitting the width ------------------------------------------------------------------

    def _span_party_rows(self) -> None:
        """The party rows span both columns, so a party's name is never squeezed. Each span
        lays the tree out at once: done once it is shown, when it is laid out anyway."""
        if self._spans_pending:
            self._spans_pending = False
            for i in range(self.tree.topLevelItemCount()):
                self.tree.topLevelItem(i).setFirstColumnSpanned(True)

    def _fit_to_width(self) -> None:
        if self.tree.isVisible():
            self._span_party_rows()
        self._fit_dates()

    def _fit_dates(self) -> None:
        """In a narrow tree the Date column shows years only, leaving the titles room; the
        full date stays in its tooltip and in the detail."""
        short = self.tree.viewport().width() < NARROW_TREE
        if short == self._short_dates:
            return
        self._short_dates = short
        for rid, item in self._items.items():
            date = self.corpus.interpretations[rid].date
            item.setText(1, date[:4] if short else date)

    def _activate(self, item: QTreeWidgetItem) -> None:
        iid = item.data(0, ROLE_REF)
        if iid:
            self.chosen.emit(iid)
