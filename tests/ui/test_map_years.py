"""Issue 20, lines and legend: each year draws only its own lines, reframes to them and
says what it shows; the legend separates borders, lines of control and reference lines
and names every drawn line above the fold; lines on one course stay apart; the data's
clipped edges are the map's frame; a tall pane's fit shows Hokkaido."""

from __future__ import annotations

from map_pane_helper import shown_map_pane
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextDocument

from viewer.ui.map.overlays import PAPER
from viewer.ui.map.pane import TODAY, MapPane
from viewer.ui.map.projection import project

_pane = shown_map_pane


def _choose(pane: MapPane, year: int) -> None:
    pane.year_box.setCurrentIndex(pane.year_box.findData(year))  # as the reader does


def _shown_rect(pane: MapPane) -> QRectF:
    return pane.view.mapToScene(pane.view.viewport().rect()).boundingRect()


def test_each_year_draws_only_its_own_lines(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    expected = {1855: {"shimoda-1855"}, 1875: {"st-petersburg-1875"},
                1905: {"st-petersburg-1875", "portsmouth-1905"}, 1945: {"occupation-1945"},
                1951: {"administration-line", "san-francisco-1951"},
                1956: {"administration-line", "san-francisco-1951", "two-islands-1956"},
                TODAY: {"administration-line", "san-francisco-1951", "two-islands-1956"}}
    for year, lines in expected.items():
        _choose(pane, year)
        assert set(pane.visible_lines()) == lines, year


def test_choosing_a_year_reframes_to_its_line_and_says_what_it_shows(qtbot, corpus,
                                                                    tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    for year, line, words in ((1855, "shimoda-1855", "1855 Treaty of Shimoda"),
                              (1875, "st-petersburg-1875", "1875 Treaty of St Petersburg"),
                              (1905, "portsmouth-1905", "1905 Treaty of Portsmouth")):
        _choose(pane, year)
        item = pane.lines[line]
        on_screen = pane.view.mapFromScene(item.path().boundingRect()).boundingRect()
        inner = pane.view.viewport().rect().adjusted(20, 20, -20, -20)
        assert inner.contains(on_screen), year  # the whole line in view, off the edges
        assert max(on_screen.width(), on_screen.height()) >= 20  # long enough to see
        assert words in pane.caption.full and "border" in pane.caption.full
    _choose(pane, TODAY)
    assert "line of control: Line of administration" in pane.caption.full
    assert "reference lines: 1951 San Francisco, 1956 Joint Declaration" in \
        pane.caption.full


def _legend_plain(pane: MapPane) -> str:
    return pane.legend.document().toPlainText()


def test_legend_separates_kinds_and_lists_only_what_is_drawn(qtbot, corpus,
                                                             tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    _choose(pane, TODAY)
    text = _legend_plain(pane)
    assert "Lines in force" not in text
    assert text.index("Line of control today") < text.index("Line of administration")
    assert text.index("Reference and proposed lines — not borders") < text.index(
        "1956 Joint Declaration")
    assert "Borders in force" not in text  # no treaty border is drawn for today
    _choose(pane, 1875)
    text = _legend_plain(pane)
    assert "Borders in force in 1875" in text and "Shimoda" not in text.split(
        "What the lines are")[0]
    assert "1956" not in text


def test_every_drawn_lines_entry_is_above_the_fold(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    for year in (TODAY, 1905, 1951):
        _choose(pane, year)
        doc = pane.legend.document()
        layout = doc.documentLayout()
        height = pane.legend.viewport().height()
        for lid in pane.visible_lines():
            label = pane.lines[lid].line.label_en
            cursor = doc.find(label, 0, QTextDocument.FindFlag.FindCaseSensitively)
            assert not cursor.isNull(), label
            top = layout.blockBoundingRect(cursor.block()).top()
            assert top + 14 <= height, (year, label, top, height)


def test_lines_on_one_course_are_drawn_apart(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    _choose(pane, TODAY)
    admin, sf = pane.lines["administration-line"], pane.lines["san-francisco-1951"]
    assert admin.isVisible() and sf.isVisible()
    assert abs(admin.offset_px - sf.offset_px) >= 4  # side by side, not one candy stripe
    # On screen: a pixel of each colour across the shared course, a few pixels apart.
    image = pane.view.viewport().grab().toImage()
    both = 0
    for lon, lat in [(145.40215, 44.01347), (145.44359, 44.06518), (145.49842, 44.10655),
                     (145.53349, 44.14275), (145.59635, 44.24132)]:  # vertices both share
        p = pane.view.mapFromScene(project(lon, lat))
        xs: dict[str, list[int]] = {admin.colour.name(): [], sf.colour.name(): []}
        for dx in range(-8, 9):
            for dy in range(-6, 7):  # (rows enough to meet a dash, not only its gap)
                name = image.pixelColor(p.x() + dx, p.y() + dy).name()
                if name in xs:
                    xs[name].append(dx)
        a, b = xs.values()
        # Both drawn there, side by side: their pixels' mean positions differ.
        both += bool(a and b) and abs(sum(a) / len(a) - sum(b) / len(b)) >= 2
    assert both >= 3  # (a label may cover the course here and there)
    # Each has its own tag.
    assert pane.labels["line:administration-line"].isVisible()
    assert pane.labels["line:san-francisco-1951"].isVisible()
    _choose(pane, 1945)  # the line of 1945 alone keeps its course
    assert pane.lines["occupation-1945"].offset_px == 0


def test_whole_chain_has_no_cut_coast_only_the_frame(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path, size=(900, 600))
    pane.show_overview()
    box = pane.scene.data_box
    frame = pane.view.map_frame()
    assert frame != QRectF(pane.view.viewport().rect())  # wider than the data: paper
    image = pane.view.viewport().grab().toImage()
    west = pane.view.mapFromScene(QPointF(box.left(), project(0, 49).y()))
    assert image.pixelColor(west.x() - 4, west.y()).name() == PAPER.name()  # paper beyond
    for label in pane.labels.values():  # and nothing is written on the paper
        if label.isVisible():
            assert frame.contains(label.view_rect(pane.view.viewportTransform()))


def test_fit_in_a_tall_pane_shows_hokkaido(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path, size=(360, 900))
    pane.fit_action.trigger()
    shown = _shown_rect(pane)
    assert shown.contains(project(144.6, 43.3))  # Hokkaido's east (Nemuro, Shiretoko)
    assert pane.labels["place:hokkaido"].isVisible()
    for key in ("iturup", "kunashir", "shikotan", "habomai"):  # the target is all in
        assert shown.contains(pane.rect_of(pane.members(key)))
