"""The bibliography (CSL-JSON) with each source's status and "Copy citation".

The status words come from the one vocabulary (viewer.corpus.status, through ui.common.cite):
"verified", "partly verified", "cited, not seen", and "weak witness" with its reason."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import Corpus, Source
from viewer.ui.common.cite import (
    issued_year,
    plain_citation,
    short_citation,
    source_status,
    source_status_explained,
)
from viewer.ui.common.markdown_view import plain_tip
from viewer.ui.common.wrapping_rows import wrap_rows

log = logging.getLogger("viewer.interpretations")
ROLE_ID = Qt.ItemDataRole.UserRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


class SourcesView(QWidget):
    """The sources list; click or Enter: `chosen(source id)`."""

    chosen = Signal(str)

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.setAccessibleName(self.tr("Sources"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Bibliography"))
        self.tree.setHeaderLabels([self.tr("Source"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        wrap_rows(self.tree, 0, 1)
        self.items: dict[str, QTreeWidgetItem] = {}
        rows = sorted(corpus.sources.values(),
                      key=lambda s: short_citation(s).casefold())
        for s in rows:
            item = QTreeWidgetItem([_row_text(s), source_status(s)])
            item.setData(0, ROLE_ID, s.id)
            status = source_status_explained(s)
            item.setToolTip(0, plain_tip(plain_citation(s.csl)))
            item.setToolTip(1, plain_tip(status + "\n\n" + self.tr("Checked: {where}").format(
                where=s.checked)))
            item.setData(0, ACCESSIBLE, f"{_row_text(s)}. {status}")
            item.setData(1, ACCESSIBLE, status)
            self.tree.addTopLevelItem(item)
            self.items[s.id] = item
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        # The status column is as wide as its longest phrase, not its longest text: "partly
        # verified · weak witness" wraps onto a second line instead of squeezing the titles.
        header.setSectionResizeMode(1, header.ResizeMode.Fixed)
        phrases = {self.tr("Status")} | {part for item in self.items.values()
                                for part in item.text(1).replace(" · ", " ·\n").split("\n")}
        metrics = self.tree.fontMetrics()
        header.resizeSection(1, max(metrics.horizontalAdvance(p) for p in phrases) + 24)

        self.copy_button = QPushButton(self.tr("&Copy citation"))
        self.copy_button.setAccessibleName(self.tr("Copy citation of the selected source"))
        self.copy_button.setToolTip(self.tr("Copy a plain-text citation of the selected source"))
        self.copy_button.clicked.connect(self.copy_citation)
        self.copy_action = QAction(self.tr("Copy citation"), self.tree)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_citation)
        self.tree.addAction(self.copy_action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.tree.itemClicked.connect(self._choose)
        self.tree.itemActivated.connect(self._choose)

    def _choose(self, item: QTreeWidgetItem) -> None:
        self.chosen.emit(item.data(0, ROLE_ID))

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE_ID) if item is not None else None

    def copy_citation(self) -> str:
        """Put the current source's plain-text citation on the clipboard; return it."""
        sid = self.current_id()
        if sid is None or sid not in self.corpus.sources:
            return ""
        text = plain_citation(self.corpus.sources[sid].csl)
        QApplication.clipboard().setText(text)
        log.info("copied citation of %s", sid)
        return text

    def show_source(self, source_id: str) -> None:
        item = self.items.get(source_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)


def _row_text(source: Source) -> str:
    """'Hara 1995 — title'; a source without authors is cited by its (short) title, so the
    row gives the title once, with the year."""
    if source.csl.get("author"):
        return f"{short_citation(source)} — {source.title}"
    year = issued_year(source.csl)
    return f"{source.title} ({year})" if year else source.title
