"""The map legend: one rich-text document with a swatch image per row."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QTextDocument, QTextImageFormat

from viewer.ui.map.items import CLAIMS
from viewer.ui.map.legend import MapLegend

LONG = "A description long enough to wrap over several lines of the legend. " * 6


def _legend(qtbot, size=(420, 160)) -> MapLegend:  # noqa: ANN001
    legend = MapLegend()
    qtbot.addWidget(legend)
    legend.resize(*size)
    legend.show()
    qtbot.waitExposed(legend)
    return legend


def _images(legend: MapLegend) -> list[str]:
    """The image names in the document, in order."""
    names = []
    block = legend.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return names


def test_rows_texts_and_swatches(qtbot) -> None:
    legend = _legend(qtbot)
    red, blue = QColor("#b2182b"), QColor("#2166ac")
    legend.set_lines("1956", [(red, True, "Line <A>", LONG), (blue, False, "Line B", "short")])
    legend.set_claims("Reading: X", {"transfer": ["Shikotan"], "retained": ["Etorofu"]})
    texts = legend.texts
    # Claims first, then the lines: a title and one entry per row, as before.
    assert texts[0] == "<b>Reading: X</b>"
    assert "Transfer" in texts[1] and "Shikotan" in texts[1]
    assert "Retained" in texts[2] and "Etorofu" in texts[2]
    assert texts[3] == "<b>Lines in force in 1956</b>"
    assert "Line &lt;A&gt;" in texts[4] and "no agreed line" in texts[5]
    plain = legend.document().toPlainText()
    assert "Line <A>" in plain and "(dashed: no agreed line)" in plain  # escaped, shown as text
    description = legend.accessibleDescription()
    assert "Line <A>" in description and "<b>" not in description
    # One swatch image per row, each a real pixmap: a line swatch shows its colour.
    names = _images(legend)
    assert len(names) == 4
    doc = legend.document()
    pixmaps = [doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(n)) for n in names]
    assert [p.size().toTuple() for p in pixmaps] == [(22, 14), (22, 14), (34, 14), (34, 14)]
    assert pixmaps[0].toImage().pixelColor(10, 7) == CLAIMS["transfer"][0]
    assert pixmaps[2].toImage().pixelColor(17, 7) == red


def test_claims_block_hides(qtbot) -> None:
    legend = _legend(qtbot)
    legend.set_lines("1956", [(QColor("red"), True, "Line A", "short")])
    legend.set_claims("Reading: X", {"return": ["Kunashiri"]})
    assert "Return" in legend.document().toPlainText()
    legend.set_claims(None, {})
    assert "Return" not in legend.document().toPlainText()
    assert legend.texts[0] == "<b>Lines in force in 1956</b>"
    assert len(_images(legend)) == 1
    legend.set_lines("1855", [])
    assert "no line of this period is drawn" in legend.document().toPlainText()
    assert _images(legend) == []


def test_long_legend_scrolls_and_rewraps(qtbot) -> None:
    legend = _legend(qtbot)
    legend.set_lines("1875", [(QColor("red"), True, f"Line {i}", LONG) for i in range(3)])
    bar = legend.verticalScrollBar()
    assert bar.maximum() > 0  # nothing clipped: the rest is a scroll away
    high = legend.document().size().height()
    assert high > legend.viewport().height()
    legend.resize(300, 160)
    qtbot.waitUntil(lambda: legend.document().size().height() > high)
    # The scroll range reaches the end of the document.
    assert bar.maximum() + legend.viewport().height() >= legend.document().size().height() - 1


def test_text_selectable_by_mouse_not_focus(qtbot) -> None:
    legend = _legend(qtbot)
    legend.set_lines("1956", [(QColor("red"), True, "Line A", LONG)])
    assert legend.focusPolicy() == Qt.FocusPolicy.NoFocus
    vp = legend.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(60, 40))
    qtbot.mouseMove(vp, QPoint(300, 60))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(300, 60))
    assert legend.textCursor().hasSelection()
    assert legend.textCursor().selectedText()


def test_a_claim_has_the_same_colour_on_the_map_as_in_the_readings() -> None:
    from viewer.ui.common.claims import CLAIM_COLOURS

    assert {k: c.name().upper() for k, (c, _w, _m) in CLAIMS.items()} == \
        {k: v.upper() for k, v in CLAIM_COLOURS.items()}


def test_the_present_is_titled_without_in(qtbot) -> None:
    legend = _legend(qtbot)
    legend.set_lines("today (2026)", [(QColor("red"), True, "Line A", "short")])
    assert legend.texts[0] == "<b>Lines in force today (2026)</b>"
