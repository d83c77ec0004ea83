"""Tree rows that grow to show their text on two or three lines.

QTreeView with word wrap on still sizes every row to one line (its size hints are measured
without the column's width), so a long title in a narrow pane shows as one word and "…".
This delegate measures the text at the column's width, up to MAX_LINES lines (three in a
narrow column), and the rows are measured again when a column is resized. Text that needs more
lines is cut after its last whole word that fits, then "…" (Qt's own eliding cuts mid-word).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from viewer.shorten import cut_off

MAX_LINES = 2
NARROW = 180  # pixels: a column narrower than this may take a third line


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView, columns: set[int]) -> None:
        super().__init__(view)
        self.view, self.columns = view, columns
        self._heights: dict[tuple[str, int, str], int] = {}  # (text, width, font) -> px
        self._fits: dict[tuple[str, int, str], str] = {}  # (text, width, font) -> shown text
        self.painted = False  # until the first paint, column resizes re-measure at once

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        text = index.data()
        if index.column() not in self.columns or not text:
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(index, opt)
        key = (text, width, opt.font.key())
        if key not in self._heights:
            fm = QFontMetrics(opt.font)
            self._heights[key] = min(_height(fm, width, text), fm.lineSpacing() * _lines(width))
        return QSize(hint.width(), max(hint.height(), self._heights[key] + 4))

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: ANN001
        """What QStyledItemDelegate.paint does, with the text cut to fit. (Not an override of
        initStyleOption: Qt calls that for every measure too, and each call into Python
        costs.)"""
        self.painted = True
        if index.column() not in self.columns:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = self._fitted(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

    def _fitted(self, opt: QStyleOptionViewItem, index: QModelIndex) -> str:
        if not opt.text:
            return opt.text
        width = self._text_width(index, opt)
        key = (opt.text, width, opt.font.key())
        if key not in self._fits:
            self._fits[key] = fit_words(opt.text, QFontMetrics(opt.font), width, _lines(width))
        return self._fits[key]

    def painted_text(self, index: QModelIndex) -> str:
        """The text of a cell as paint draws it: cut to fit if need be."""
        option = QStyleOptionViewItem()
        option.font = self.view.font()
        self.initStyleOption(option, index)
        return self._fitted(option, index)

    def forget(self) -> None:
        self._heights.clear()
        self._fits.clear()

    def stale(self) -> bool:
        """Whether a shown row's height is not what its text needs at the present widths."""
        model, option = self.view.model(), QStyleOptionViewItem()
        option.font = self.view.font()
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                first = model.index(row, 0, parent)
                shown = self.view.visualRect(first)
                if shown.isEmpty():  # collapsed away or hidden
                    continue
                needed = max(self.sizeHint(option, model.index(row, c, parent)).height()
                             for c in self.columns)
                if needed != shown.height():
                    return True
                pending.append(first)
        return False

    def _text_width(self, index: QModelIndex, opt: QStyleOptionViewItem) -> int:
        """The width the text gets: the column less the tree's indentation and margins."""
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            parent = index.parent()
            if not parent.isValid() and self.view.isFirstColumnSpanned(index.row(), parent):
                width = self.view.viewport().width()  # a party row, across both columns
            depth = 0
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * (depth + self.view.rootIsDecorated())
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                               opt, self.view) + 1
        return max(20, width - 2 * margin)


def _lines(width: int) -> int:
    return MAX_LINES + (width < NARROW)


def _height(fm: QFontMetrics, width: int, text: str) -> int:
    """The height of text word-wrapped at width."""
    return fm.boundingRect(QRect(0, 0, width, fm.lineSpacing() * 50),
                           Qt.TextFlag.TextWordWrap, text).height()


def fit_words(text: str, fm: QFontMetrics, width: int, lines: int) -> str:
    """text if it fits in lines at width; else its longest run of whole words, then "…"
    (a single word too long for the first line is left for Qt to cut)."""
    most = fm.lineSpacing() * lines
    if _height(fm, width, text) <= most:
        return text
    words = text.split()
    low, high = 0, len(words)  # words[:low] + "…" fits; words[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if _height(fm, width, cut_off(" ".join(words[:middle]))) <= most:
            low = middle
        else:
            high = middle
    if low == 0:
        return text
    return cut_off(" ".join(words[:low]))


def wrap_rows(view: QTreeView, *columns: int) -> WrappingDelegate:
    """Let these columns' text take more than one line; re-measure on column resizes."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    delegate = WrappingDelegate(view, set(columns))
    view.setItemDelegate(delegate)
    relayout = QTimer(view)  # a drag of the splitter re-measures when it pauses
    relayout.setSingleShot(True)
    relayout.setInterval(60)

    def measure_again() -> None:
        if delegate.stale():  # (the first layout after a show has measured them already)
            delegate.forget()  # heights at the old widths are of no more use
            view.doItemsLayout()

    def resized() -> None:
        if delegate.painted:
            relayout.start()
        else:  # the widths settle while the window is first shown: measure before it paints
            view.scheduleDelayedItemsLayout()  # (heights are kept by width: none is lost)

    relayout.timeout.connect(measure_again)
    view.header().sectionResized.connect(lambda *_: resized())
    return delegate
