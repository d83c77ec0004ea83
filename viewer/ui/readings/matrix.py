"""The comparison matrix: one row per reading (by date), one column per island group."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from viewer.corpus.model import CLAIM_KEYS, Corpus, Interpretation
from viewer.ui.common.claims import (
    CLAIM_COLOURS,
    CLAIM_TEXT_COLOUR,
    claim_meaning,
    claim_word,
    short_island_name,
)
from viewer.ui.common.markdown_view import plain_tip

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_PLACE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def party_short(corpus: Corpus, party_id: str) -> str:
    """'USSR', 'Japan', 'Joint' …: compact enough for a matrix row label."""
    party = corpus.parties.get(party_id)
    if party is not None and len(party.name) <= 8:
        return party.name
    if len(party_id) <= 4:
        return party_id.upper()
    return party_id.capitalize() if len(party_id) <= 8 else party_id[:6].capitalize() + "."


class ClaimMatrixModel(QAbstractTableModel):
    def __init__(self, corpus: Corpus, naming: str = "both", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.corpus = corpus
        self.naming = naming
        self.readings: list[Interpretation] = sorted(
            corpus.interpretations.values(), key=lambda i: (i.date, i.id))
        self._brushes = {k: QBrush(QColor(v)) for k, v in CLAIM_COLOURS.items()}
        self._text = QBrush(QColor(CLAIM_TEXT_COLOUR))
        self.marked: set[str] | None = None  # readings that concern the selection: in bold
        self._bold = QFont()
        self._bold.setBold(True)

    def set_marked(self, ids: set[str] | None) -> None:
        if ids != self.marked:
            self.marked = ids
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.readings) - 1, 0),
                                  [Qt.ItemDataRole.FontRole])

    def set_naming(self, mode: str) -> None:
        self.naming = mode
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CLAIM_KEYS))

    def row_of(self, interp_id: str) -> int:
        return next((r for r, it in enumerate(self.readings) if it.id == interp_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.readings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(CLAIM_KEYS)

    def label(self, it: Interpretation) -> str:
        return f"{it.date[:4]} {party_short(self.corpus, it.party)}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        it = self.readings[index.row()]
        col = index.column()
        if role == ROLE_ID:
            return it.id
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.label(it)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold if self.marked and it.id in self.marked else None
            text = f"{it.date}: {it.title} ({it.proponent})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(text)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return text
            return None
        key = CLAIM_KEYS[col - 1]
        claim = it.claims.get(key, "undetermined")
        if role == ROLE_PLACE:
            return key
        if role == Qt.ItemDataRole.DisplayRole:
            return claim_word(claim)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes.get(claim)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            place = self.corpus.places.get(key)
            name = short_island_name(place, self.naming) if place else key
            note = it.claim_notes.get(key) or claim_meaning(claim)
            text = f"{self.label(it)} — {name}: {claim_word(claim)}. {note}"
            return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return (QCoreApplication.translate("ClaimMatrixModel", "Reading")
                    if role == Qt.ItemDataRole.DisplayRole else None)
        key = CLAIM_KEYS[section - 1]
        place = self.corpus.places.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return short_island_name(place, self.naming, "\n") if place else key
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(short_island_name(place, self.naming) if place else key)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _CellDelegate(QStyledItemDelegate):
    """Keeps the claim colour on the current cell and marks it with a thick frame instead."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if index.column() > 0:
            opt.state &= ~QStyle.StateFlag.State_Selected
            self._fit(opt, str(index.data() or ""))
        super().paint(painter, opt, index)
        if selected and index.column() > 0:
            painter.save()
            pen = QPen(option.palette.color(option.palette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


    @staticmethod
    def _fit(opt: QStyleOptionViewItem, text: str) -> None:
        """Shrink the font (to 75% at most) so the whole claim word fits a narrow column."""
        font = QFont(opt.font)
        size = font.pointSizeF()
        floor = size * 0.75
        while size > floor and QFontMetrics(font).horizontalAdvance(text) + 8 > opt.rect.width():
            size -= 0.5
            font.setPointSizeF(size)
        opt.font = font


class ClaimMatrixView(QTableView):
    """Click or Enter on a cell: `chosen(interp id, island key or '')`."""

    chosen = Signal(str, str)

    def __init__(self, model: ClaimMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Comparison matrix"))
        self.setAccessibleDescription(self.tr(
            "One row per reading, one column per island group; each cell names the claim. "
            "Arrow keys move, Enter selects the reading with that island in focus."))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head = self.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegate(_CellDelegate(self))
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.95))
        self.setFont(font)
        # No column narrower than its header's longest word: a narrow pane scrolls
        # sideways instead of clipping "Habomai" to "aboma".
        fm = head.fontMetrics()
        words = [w for c in range(model.columnCount())
                 for w in str(model.headerData(c, Qt.Orientation.Horizontal) or "").split()]
        head.setMinimumSectionSize(max([40, *(fm.horizontalAdvance(w) + 10 for w in words)]))
        self.clicked.connect(self._choose)

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            place = index.data(ROLE_PLACE) or ""
            self.chosen.emit(index.data(ROLE_ID), place)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
