"""The map legend: what each drawn line means, and how a reading's claims are coloured."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from viewer.ui.map_items import CLAIMS, line_pen


def _swatch_line(colour: QColor, defined: bool) -> QPixmap:
    pix = QPixmap(34, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(line_pen(colour, defined, 3))
    p.drawLine(QPointF(1, 7), QPointF(33, 7))
    p.end()
    return pix


def _swatch_fill(colour: QColor) -> QPixmap:
    pix = QPixmap(22, 14)
    pix.fill(colour)
    p = QPainter(pix)
    p.setPen(QPen(colour.darker(160), 1))
    p.drawRect(0, 0, 21, 13)
    p.end()
    return pix


class MapLegend(QScrollArea):
    """Rebuilt only when the year or the reading changes (a handful of rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Map legend")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(2)
        self.setWidget(self._body)
        self._claims: QWidget | None = None
        self._lines: QWidget | None = None
        self.texts: list[str] = []  # plain text of every row, for tests and accessibility

    def _grid(self, title: str, rows: list[tuple[QPixmap, str]]) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        head = QLabel(title)
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        grid.addWidget(head, 0, 0, 1, 2)
        for i, (pix, text) in enumerate(rows, start=1):
            swatch = QLabel()
            swatch.setPixmap(pix)
            swatch.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(swatch, i, 0)
            grid.addWidget(label, i, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _replace(self, attr: str, widget: QWidget | None, index: int) -> None:
        old = getattr(self, attr)
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        setattr(self, attr, widget)
        if widget is not None:
            self._layout.insertWidget(index, widget)
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        self.texts = [w.text() for box in (self._claims, self._lines) if box is not None
                      for w in box.findChildren(QLabel) if w.text()]
        self.setAccessibleDescription(" ".join(self.texts))

    def set_lines(self, year_text: str, lines: list[tuple[QColor, bool, str, str]]) -> None:
        """(colour, defined, label, description) of each line drawn."""
        rows = []
        for colour, defined, label, description in lines:
            note = "" if defined else " <i>(dashed: no agreed line)</i>"
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            rows.append((_swatch_line(colour, defined),
                         f"<b>{html.escape(label)}</b>{note}<br>"
                         f"<span style='color:{muted}'>{html.escape(description)}</span>"))
        title = f"<b>Lines in force in {html.escape(year_text)}</b>"
        if not rows:
            title += " — no line of this period is drawn"
        self._replace("_lines", self._grid(title, rows), 1 if self._claims else 0)

    def set_claims(self, title: str | None, used: dict[str, list[str]]) -> None:
        """A reading's claims: claim value -> island names; None hides the block."""
        if title is None:
            self._replace("_claims", None, 0)
            return
        rows = []
        for value, (colour, word, meaning) in CLAIMS.items():
            if value in used:
                names = ", ".join(html.escape(n) for n in used[value])
                rows.append((_swatch_fill(colour),
                             f"<b>{word}</b> — {html.escape(meaning)}: {names}"))
        self._replace("_claims", self._grid(f"<b>{html.escape(title)}</b>", rows), 0)
