"""The competing interpretations: readings grouped by party, with a detail view."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import CLAIM_KEYS, Corpus, Interpretation
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.preferences import Preferences
from viewer.ui.selection import Selection

ROLE_REF = Qt.ItemDataRole.UserRole


class InterpretationsPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.setAccessibleName("Interpretations")
        self.setAccessibleDescription("Competing readings of the declaration, grouped by party")
        self.heading = QLabel("<b>Interpretations</b>")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Reading", "Date"])
        self.tree.setAccessibleName("Readings by party")
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Reading detail")
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(split)
        self._populate()
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        selection.changed.connect(self._on_selection)
        prefs.naming_changed.connect(lambda _m: self._on_selection(selection.current))

    def _populate(self) -> None:
        self.tree.clear()
        by_party: dict[str, list[Interpretation]] = {}
        for it in self.corpus.interpretations.values():
            by_party.setdefault(it.party, []).append(it)
        for party_id, items in sorted(by_party.items()):
            party = self.corpus.parties.get(party_id)
            top = QTreeWidgetItem([party.name if party else party_id, ""])
            self.tree.addTopLevelItem(top)
            for it in sorted(items, key=lambda i: i.date):
                child = QTreeWidgetItem([it.title, it.date])
                child.setData(0, ROLE_REF, it.id)
                top.addChild(child)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)

    def _activate(self, item: QTreeWidgetItem) -> None:
        iid = item.data(0, ROLE_REF)
        if iid:
            self.selection.set(Ref("interp", iid))

    def _on_selection(self, ref: Ref | None) -> None:
        if ref is not None and ref.kind == "interp":
            self.detail.setHtml(self.detail_html(self.corpus.interpretations[ref.id]))

    def detail_html(self, it: Interpretation) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(place_name(self.corpus.places[k], self.prefs.naming))}</td>"
            f"<td><b>{html.escape(it.claims[k])}</b></td></tr>"
            for k in CLAIM_KEYS if k in self.corpus.places)
        return (f"<h3>{html.escape(it.title)}</h3><p><i>{html.escape(it.proponent)}, "
                f"{html.escape(it.date)}</i></p><p>{html.escape(it.summary)}</p>"
                f"<table>{rows}</table>")
