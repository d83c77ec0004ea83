"""The map legend: what each drawn line means, and how a reading's claims are coloured.

One rich-text document (a table per block, the swatches as image resources): it is laid out
once per width, where a grid of word-wrapped labels was sized several times per label.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.translations import translate
from viewer.ui.map.items import CLAIMS, line_pen

# The old grid's spacing: 6 px between swatch and text, 3 px between rows, 6 px between blocks.
_ROW = "<tr><td width='{w}' align='center' style='padding-right:6px; padding-bottom:3px'>" \
       "<img src='{src}' width='{w}' height='14' style='vertical-align:top'></td>" \
       "<td style='padding-bottom:3px'>{text}</td></tr>"


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


class MapLegend(QTextBrowser):
    """Rebuilt only when the year or the reading changes (a handful of rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Map legend"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setOpenLinks(False)
        palette = self.palette()  # the look of the window behind it, as the labels had
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.WindowText))
        self.setPalette(palette)
        self.document().setDocumentMargin(4)
        # (title, rows): rows are (swatch, rich text); None when the block is not shown.
        self._claims: tuple[str, list[tuple[QPixmap, str]]] | None = None
        self._lines: tuple[str, list[tuple[QPixmap, str]]] | None = None
        self._blocks: list[tuple[str, list[tuple[QPixmap, str]]]] = []  # set_year_lines
        self.texts: list[str] = []  # rich text of every title and row, for tests

    def _render(self) -> None:
        doc = self.document()
        blocks, self.texts, n = [], [], 0
        for block in (self._claims, self._lines, *self._blocks):
            if block is None:
                continue
            title, rows = block
            self.texts.append(title)
            width = max((pix.width() for pix, _ in rows), default=0)
            body = [f"<tr><td colspan='2' style='padding-bottom:3px'>{title}</td></tr>"]
            for pix, text in rows:
                src = f"legend:swatch{n}"
                n += 1
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src), pix)
                body.append(_ROW.format(w=width, src=src, text=text))
                self.texts.append(text)
            blocks.append("<table width='100%' cellspacing='0' cellpadding='0'"
                          f" style='margin-bottom:3px'>{''.join(body)}</table>")
        self.setHtml("".join(blocks))
        self.setAccessibleDescription(" ".join(doc.toPlainText().split()))

    def set_lines(self, year_text: str, lines: list[tuple[QColor, bool, str, str]],
                  today: bool = False) -> None:
        """(colour, defined, label, description) of each line drawn; `today`: `year_text`
        names the current year ("today (2026)")."""
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        rows = []
        for colour, defined, label, description in lines:
            note = "" if defined else " <i>" + self.tr("(dashed: no agreed line)") + "</i>"
            rows.append((_swatch_line(colour, defined),
                         f"<b>{html.escape(label)}</b>{note}<br>"
                         f"<span style='color:{muted}'>{html.escape(description)}</span>"))
        today = today or year_text.startswith("today")
        title = "<b>" + html.escape(
            (self.tr("Lines in force {year}") if today
             else self.tr("Lines in force in {year}")).format(year=year_text)) + "</b>"
        if not rows:
            title += self.tr(" — no line of this period is drawn")
        self._lines, self._blocks = (title, rows), []
        self._render()

    def set_year_lines(self, year_text: str,
                       groups: list[tuple[str, list[tuple[QColor, bool, str, str]]]],
                       today: bool = False) -> None:
        """The lines one year draws, grouped by kind (border, line of control, reference):
        `groups` is (kind, rows), rows as for set_lines. Each line's entry (swatch and name)
        comes first, so that every drawn line is named above the fold; what each line is
        follows, below."""
        today = today or year_text.startswith("today")  # (English callers of old)
        titles = {"border": (self.tr("Borders in force {year}") if today
                             else self.tr("Borders in force in {year}")).format(year=year_text),
                  "control": (self.tr("Line of control {year} — not an agreed border") if today
                              else self.tr("Line of control in {year} — not an agreed border")
                              ).format(year=year_text),
                  "reference": self.tr("Reference and proposed lines — not borders")}
        blocks: list[tuple[str, list[tuple[QPixmap, str]]]] = []
        about: list[tuple[QPixmap, str]] = []
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for kind, lines in groups:
            rows = []
            for colour, defined, label, description in lines:
                note = "" if defined else " <i>" + self.tr("(dashed: no agreed line)") + "</i>"
                rows.append((_swatch_line(colour, defined),
                             f"<b>{html.escape(label)}</b>{note}"))
                about.append((_swatch_line(colour, defined),
                              f"<span style='color:{muted}'>{html.escape(description)}</span>"))
            blocks.append((f"<b>{html.escape(titles.get(kind, kind))}</b>", rows))
        if not blocks:
            blocks.append((f"<b>{html.escape(year_text)}</b>"
                           + self.tr(" — no line of this period is drawn"), []))
        if about:
            blocks.append(("<b>" + self.tr("What the lines are") + "</b>", about))
        self._lines = None
        self._blocks = blocks
        self._render()

    def set_claims(self, title: str | None, used: dict[str, list[str]]) -> None:
        """A reading's claims: claim value -> island names; None hides the block."""
        if title is None:
            if self._claims is not None:
                self._claims = None
                self._render()
            return
        rows = []
        for value, (colour, word, meaning) in CLAIMS.items():
            if value in used:
                names = ", ".join(html.escape(n) for n in used[value])
                rows.append((_swatch_fill(colour),
                             f"<b>{html.escape(translate('claims', word))}</b> — "
                             f"{html.escape(translate('claims', meaning))}: {names}"))
        self._claims = (f"<b>{html.escape(title)}</b>", rows)
        self._render()
