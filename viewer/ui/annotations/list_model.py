"""One filtered list of the user's annotations (anchored, or orphans) as a table model,
fetched from the store a page at a time (canFetchMore/fetchMore): 100,000 annotations cost
one page to open. Cells show plain words: a note's Markdown without its marks, bidi and
zero-width characters as visible markers.

May import: PySide6, ``viewer.corpus``, ``viewer`` helpers, ``ui.common`` and the
annotation service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from viewer.corpus.model import Corpus
from viewer.escaping import visible_bidi
from viewer.shorten import shorten
from viewer.translations import interface_passage
from viewer.ui.annotations.editor import color_name
from viewer.ui.annotations.service import AnnotationService, excerpt
from viewer.ui.common.markdown_view import markdown_to_plain, plain_tip

PAGE = 200  # rows fetched per page
COLUMNS = (QT_TRANSLATE_NOOP("AnnotationListModel", "Quote"),  # translated when shown
           QT_TRANSLATE_NOOP("AnnotationListModel", "Note"),
           QT_TRANSLATE_NOOP("AnnotationListModel", "Tags"),
           QT_TRANSLATE_NOOP("AnnotationListModel", "Colour"),
           QT_TRANSLATE_NOOP("AnnotationListModel", "Passage"))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE})
TIP_CHARS = 1000  # a tooltip shows at most this much of a quote or note (the note view all)


def note_words(note: str) -> str:
    """A note's words without its Markdown (**bold** shows as bold in the note view; in a
    list cell or a tooltip the marks would be noise). Only a tooltip's worth is read."""
    return markdown_to_plain(note[:2 * TIP_CHARS])



class AnnotationListModel(QAbstractTableModel):
    """One filtered list of annotations (anchored or orphans), loaded page by page."""

    def __init__(self, service: AnnotationService, corpus: Corpus, orphan: bool,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.service, self.corpus, self.orphan = service, corpus, orphan
        self.filters: dict[str, Any] = {}
        self._rows: list[Any] = []
        self._more = False  # another page may exist
        self._total: int | None = None  # counted on demand (a COUNT can scan the table)
        self._shown: dict[int, tuple[Any, tuple[str, ...]]] = {}  # row -> (record, texts)

    # --- loading ----------------------------------------------------------------------------

    @property
    def total(self) -> int:
        if self._total is None:
            self._total = self.service.store.count(**self._query())
        return self._total

    def _query(self) -> dict[str, Any]:
        return {**self.filters, "orphan": self.orphan}

    def reload(self, keep: int = 0) -> None:
        """Load the first page (or the first `keep` rows, to keep the scroll position
        after a change). Paging needs no COUNT: a short page means the end."""
        self.beginResetModel()
        want = max(PAGE, keep)
        self._rows = self.service.store.list(limit=want, offset=0, **self._query())
        self._shown.clear()
        self._more = len(self._rows) == want
        self._total = None if self._more else len(self._rows)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                     ) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                  ) -> None:
        if parent.isValid() or not self._more:
            return
        more = self.service.store.list(limit=PAGE, offset=len(self._rows), **self._query())
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows),
                                 len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # --- model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                 ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                    ) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def annotation(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, annotation_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == annotation_id), -1)

    def passage_text(self, a: Any) -> str:
        passage = interface_passage(self.corpus, a.passage) if a.passage else None
        label = passage.label if passage else (a.passage or self.tr("unknown passage"))
        where = f"{label} · {a.lang}" if a.lang else label
        return self.tr("{where} (not found)").format(where=where) if a.orphan else where

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for a dozen roles as it paints: most get None at once.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        a = self.annotation(row)
        if a is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self._shown.get(row)
            if shown is None or shown[0] is not a:
                shown = self._shown[row] = (a, (
                    f"“{excerpt(a.exact, 70)}”", excerpt(note_words(a.note), 90) or "—",
                    visible_bidi(", ".join(a.tags)),
                    color_name(a.color), self.passage_text(a)))
            return shown[1][col]
        if role == Qt.ItemDataRole.DecorationRole and col == 3 and a.color:
            return QColor(a.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Rich text, escaped: data never reaches Qt's rich-text guesser raw. A note's
            # Markdown shows as its words (the note view renders it), never as **marks**.
            text = {0: a.exact, 1: note_words(a.note), 2: ", ".join(a.tags)}.get(col)
            return plain_tip(shorten(text, TIP_CHARS)) if text else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            note = excerpt(note_words(a.note), 90)
            return self.tr("Quote: {quote}. Note: {note}. Tags: {tags}. Colour: {colour}. "
                           "{passage}").format(
                quote=excerpt(a.exact, 70), note=note or self.tr("none"),
                tags=visible_bidi(", ".join(a.tags)) or self.tr("none"),
                colour=color_name(a.color), passage=self.passage_text(a))
        if role == ID_ROLE:
            return a.id
        return None
