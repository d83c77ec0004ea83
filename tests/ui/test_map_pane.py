"""The island map: real clicks and keys, naming, years, readings, passages, labels, scale."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF, QSettings, Qt

from viewer.corpus.refs import Ref
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.map.items import CLAIMS
from viewer.ui.map.pane import MapPane
from viewer.ui.map.projection import project, unproject


def _pane(qtbot, corpus, tmp_path, size=(600, 700)) -> MapPane:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    selection = Selection()
    prefs = Preferences(settings)
    pane = MapPane(corpus, selection, prefs)
    pane._keep = selection  # noqa: SLF001 - keep the unparented QObject alive
    qtbot.addWidget(pane)
    pane.resize(*size)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _view_pos(pane: MapPane, lon: float, lat: float):  # noqa: ANN202
    return pane.view.mapFromScene(project(lon, lat))


def test_real_click_selects_shikotan(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pos = _view_pos(pane, *corpus.places["shikotan"].ref_point)
    assert pane.view.viewport().rect().contains(pos)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert pane.selection.current == Ref("place", "shikotan")
    assert pane.islands["shikotan"].outline == "selected"
    # Selecting something else restyles it back.
    pane.selection.set(Ref("place", "iturup"))
    assert pane.islands["shikotan"].outline is None
    assert pane.islands["iturup"].outline == "selected"


def test_a_drag_pans_and_does_not_select(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    vp = pane.view.viewport()
    start = _view_pos(pane, *corpus.places["shikotan"].ref_point)
    before = pane.view.mapToScene(vp.rect().center())
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for dx in (10, 30, 60):
        qtbot.mouseMove(vp, start + type(start)(-dx, 0))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + type(start)(-60, 0))
    assert pane.selection.current is None
    assert pane.view.mapToScene(vp.rect().center()).x() > before.x() + 1


def test_naming_changes_labels(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    assert pane.label_text("iturup") == "Etorofu-tō / Iturup"
    pane.prefs.set_naming("ja")
    assert pane.label_text("iturup") == "Etorofu-tō"
    assert pane.label_text("habomai") == "Habomai-guntō"
    pane.prefs.set_naming("ru")
    assert pane.label_text("iturup") == "Iturup"
    assert "Iturup" in pane.islands["iturup"].toolTip().split("<br>")[0]


def test_year_control_changes_lines(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    box = pane.year_box
    box.setFocus()
    box.setCurrentIndex(box.findData(1855))
    assert pane.visible_lines() == ["shimoda-1855"]
    assert pane.lines["shimoda-1855"].isVisible()
    assert any("Shimoda" in t for t in pane.legend.texts)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the next year, by keyboard
    assert pane.year == 1875
    assert "st-petersburg-1875" in pane.visible_lines()
    box.setCurrentIndex(box.findData(1905))
    assert "shimoda-1855" not in pane.visible_lines()
    box.setCurrentIndex(box.findData(1956))
    shown = pane.visible_lines()
    assert "shimoda-1855" not in shown and "two-islands-1956" in shown
    assert pane.prefs.value("map/year", 0) == 1956
    # An undefined line is drawn dashed and the legend says so.
    assert pane.lines["san-francisco-1951"].pen().style() == Qt.PenStyle.DashLine
    assert any("no agreed line" in t for t in pane.legend.texts)


def test_year_is_remembered(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.year_box.setCurrentIndex(pane.year_box.findData(1905))
    again = _pane(qtbot, corpus, tmp_path)
    assert again.year == 1905
    assert "portsmouth-1905" in again.visible_lines()


def test_reading_colours_islands_with_claim_labels(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    interp = corpus.interpretations["ussr-1956"]
    pane.selection.set(Ref("interp", interp.id))
    for key, value in interp.claims.items():
        colour, word, _ = CLAIMS[value]
        label = pane.labels[f"place:{key}"]
        assert label.badge is not None and label.badge[0] == word
        assert label.isVisible()
        for pid in pane.members(key):
            assert pane.islands[pid].fill == colour
    assert any("Transfer" in t for t in pane.legend.texts)
    assert any("Retained" in t for t in pane.legend.texts)
    pane.selection.set(None)
    assert pane.labels["place:shikotan"].badge is None
    assert pane.islands["shikotan"].fill is None
    assert not any("Transfer" in t for t in pane.legend.texts)


def test_reading_with_place_focus_outlines_it(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("interp", "ussr-1956", place="kunashir"))
    assert pane.islands["kunashir"].outline == "selected"
    assert pane.islands["kunashir"].fill == CLAIMS["retained"][0]


def test_keyboard_tab_and_enter_select(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    view = pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focus_id == "habomai"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert pane.selection.current == Ref("place", "habomai")
    for _ in range(20):
        if view.focus_id == "shikotan":
            break
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focus_id == "shikotan"
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert pane.selection.current == Ref("place", "shikotan")
    # Arrow keys move to a neighbour in that direction: north of Shikotan is Kunashir.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.focus_id in ("kunashir", "iturup")


def test_hover_highlights_and_tooltip_names_both_scripts(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    item = pane.islands["kunashir"]
    qtbot.mouseMove(pane.view.viewport(), _view_pos(pane, 145.8, 44.05))
    qtbot.waitUntil(lambda: item.hovered)
    tip = item.toolTip()
    assert "国後島" in tip and "Кунашир" in tip
    assert "Russia" in tip and "Japan" in tip  # administered by / claimed by, as party names
    assert "km²" in tip


def test_unnamed_habomai_islet_click_selects_the_group(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    islet = next(pid for pid in pane.members("habomai") if not corpus.places[pid].name_en)
    pane._on_activated(islet)  # noqa: SLF001 - what a click on it emits
    assert pane.selection.current == Ref("place", "habomai")
    assert all(pane.islands[m].outline == "selected" for m in pane.members("habomai"))


def _assert_labels_clear(pane: MapPane) -> int:
    t = pane.view.viewportTransform()
    shown = [lab for lab in pane.labels.values() if lab.isVisible()]
    rects = [lab.view_rect(t) for lab in shown]
    vp = QRectF(pane.view.viewport().rect())
    assert all(vp.contains(r) for r in rects)  # none clipped at the edge
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
    return len(shown)


def test_labels_do_not_overlap_at_default_zoom(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    _assert_labels_clear(pane)
    for key in ("habomai", "shikotan", "kunashir", "iturup"):
        assert pane.labels[f"place:{key}"].isVisible()
    hidden = [lab for lab in pane.labels.values() if lab.wanted and not lab.isVisible()]
    assert hidden  # some Habomai islet labels had to give way
    # Zooming out or in re-places them: still no overlap.
    pane.show_overview()
    _assert_labels_clear(pane)
    for _ in range(6):
        pane.zoom_in_action.trigger()
    _assert_labels_clear(pane)


def test_place_is_centred_even_after_resize(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("place", "iturup"))
    pane.resize(800, 500)
    qtbot.waitUntil(lambda: pane.view.viewport().width() > 700)
    centre = pane.view.mapToScene(pane.view.viewport().rect().center())
    target = pane.rect_of(pane.members("iturup"))
    assert target.contains(centre)
    assert pane.view.mapFromScene(target).boundingRect().width() <= pane.view.viewport().width()


def test_scale_bar_matches_great_circle_distance(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    km, px = pane.view.scale_bar()
    assert 40 <= px <= 120
    c = pane.view.viewport().rect().center()
    a = unproject(pane.view.mapToScene(c))
    b = unproject(pane.view.mapToScene(c + type(c)(round(px), 0)))
    lat = math.radians(a[1])
    dist = 6371 * math.cos(lat) * math.radians(b[0] - a[0])  # along the parallel
    assert dist == pytest.approx(km, rel=0.03)


def test_view_actions_zoom(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    names = [a.text() for a in pane.view_actions()]
    assert len(names) == 5
    before = pane.view.scale_factor()
    pane.zoom_in_action.trigger()
    assert pane.view.scale_factor() > before
    pane.overview_action.trigger()
    whole = pane.scene.itemsBoundingRect()
    shown = pane.view.mapToScene(pane.view.viewport().rect()).boundingRect()
    assert shown.contains(whole.center())
    assert shown.width() >= whole.width() * 0.99 or shown.height() >= whole.height() * 0.99


def test_passage_marks_islands_named_by_its_notes(qtbot, mini_corpus, tmp_path) -> None:
    pane = _pane(qtbot, mini_corpus, tmp_path)
    pane.selection.set(Ref("passage", "art-9", "2"))
    assert pane.islands["shibotsu"].outline == "marked"
    pane.selection.set(Ref("passage", "art-9", "1"))  # the note's phrase is not in 9.1
    assert pane.islands["shibotsu"].outline is None


def test_note_and_event(qtbot, mini_corpus, tmp_path) -> None:
    pane = _pane(qtbot, mini_corpus, tmp_path)
    pane.year_box.setCurrentIndex(0)
    pane.selection.set(Ref("note", "habomai"))
    assert pane.islands["shibotsu"].outline == "marked"
    pane.selection.set(Ref("event", "signing"))
    assert pane.year == 1956
    assert pane.prefs.value("map/year", 0) != 1956  # an event's year is not the reader's
    assert pane.islands["shibotsu"].outline is None


def test_shipped_passage_without_notes_marks_named_islands(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("passage", "art-9", "2"))
    marked = {pid for pid, item in pane.islands.items() if item.outline == "marked"}
    assert "shikotan" in marked and set(pane.members("habomai")) <= marked
    assert "iturup" not in marked


def test_projection_round_trip() -> None:
    lon, lat = unproject(project(146.74, 43.8))
    assert (lon, lat) == pytest.approx((146.74, 43.8))
    assert project(0, 46).y() < project(0, 45).y()  # north is up
    assert isinstance(project(1, 1), QPointF)


def test_clicking_the_habomai_label_selects_the_group(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    label = pane.labels["place:habomai"]
    assert label.isVisible()
    centre = pane.view.viewportTransform().map(label.pos()) + label.boundingRect().center()
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert pane.selection.current == Ref("place", "habomai")
    assert label.highlight is not None


def test_annotation_marks_the_places_it_links(qtbot, corpus, service, prefs) -> None:
    from viewer.annotations.model import new_annotation
    from viewer.ui.common.selection import Selection
    from viewer.ui.map.pane import MapPane

    text = corpus.passage("en", "art-9").text
    a = new_annotation("en", "art-9", text, 0, 10, places=["shikotan"])
    service.store.add(a)
    pane = MapPane(corpus, Selection(), prefs, annotations=service)
    qtbot.addWidget(pane)
    pane.selection.set(Ref("annotation", a.id))
    assert pane._marked == set(pane.members("shikotan"))  # the island and its islets
    assert "shikotan" in pane._marked and "kunashir" not in pane._marked


def test_cached_background_paints_as_a_fresh_render(qtbot, corpus, tmp_path) -> None:
    """The sea and graticule are kept as a pixmap that pans scroll: after selections, a pan
    and a zoom it must look exactly like the view drawn from scratch."""
    from PySide6.QtWidgets import QGraphicsView

    pane = _pane(qtbot, corpus, tmp_path)
    view = pane.view
    assert view.cacheMode() & QGraphicsView.CacheModeFlag.CacheBackground
    for pid in ("shikotan", "kunashir", "habomai"):
        pane.selection.set(Ref("place", pid))
        qtbot.wait(1)
    view.zoom_by(1.3)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 37)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 23)
    cached = view.viewport().grab().toImage()
    view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    fresh = view.viewport().grab().toImage()
    assert cached == fresh


def test_own_viewport_is_set_up_like_the_one_qt_makes(qtbot) -> None:
    """MapView replaces Qt's viewport by one made in Python (cheaper to wrap); it must be
    configured exactly as the one QGraphicsView would have made."""
    from PySide6.QtWidgets import QGraphicsScene

    from viewer.ui.map.view import MapView

    class QtViewport(MapView):
        def setViewport(self, widget) -> None:  # noqa: ANN001, N802 - keep Qt's own
            pass

    scene = QGraphicsScene()
    ours, qts = MapView(scene), QtViewport(scene)
    qtbot.addWidget(ours)
    qtbot.addWidget(qts)

    def state(view) -> dict:  # noqa: ANN001
        vp = view.viewport()
        return {"attributes": [a for a in Qt.WidgetAttribute if vp.testAttribute(a)],
                "role": vp.backgroundRole(), "autofill": vp.autoFillBackground(),
                "focus": vp.focusPolicy(), "proxy": vp.focusProxy() is view,
                "tracking": vp.hasMouseTracking(), "drops": vp.acceptDrops(),
                "name": vp.objectName(), "accessible": vp.accessibleName(),
                "parent": vp.parent() is view, "cursor": vp.cursor().shape()}

    assert ours.viewport() is not qts.viewport()
    assert state(ours) == state(qts)


def test_project_all_matches_project() -> None:
    from viewer.ui.map.projection import project_all

    points = [(145.5, 43.25), (146.0, 43.5), (147.75, 44.0), (145.5, 43.25)]
    assert list(project_all(points)) == [project(lon, lat) for lon, lat in points]


def test_island_scene_rect_follows_its_style(qtbot, corpus, tmp_path) -> None:
    """The cached bounding rect is renewed when the outline (pen width) changes."""
    pane = _pane(qtbot, corpus, tmp_path)
    item = pane.islands["kunashir"]
    plain = item.scene_rect()
    assert plain == item.sceneBoundingRect()
    pane.selection.set(Ref("place", "kunashir"))
    assert item.outline == "selected"
    assert item.scene_rect() == item.sceneBoundingRect() != plain
    pane.selection.set(Ref("place", "shikotan"))
    assert item.scene_rect() == plain


def _label_rects(pane: MapPane) -> list[QRectF]:
    t = pane.view.viewportTransform()
    return [lab.view_rect(t) for lab in pane.labels.values() if lab.isVisible()]


def test_degree_labels_give_way_to_place_labels(qtbot, corpus, tmp_path) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    pane = _pane(qtbot, corpus, tmp_path, size=(700, 600))
    font = QFont()
    font.setPointSizeF(8)
    fm = QFontMetricsF(font)
    before = pane.view.degree_labels(fm)
    assert any(text.endswith("N") for _at, text in before)
    assert any(text.endswith("E") for _at, text in before)
    # Move a place label onto the first latitude label: that degree label is left out.
    at, text = next((at, text) for at, text in before if text.endswith("N"))
    label = next(lab for lab in pane.labels.values() if lab.isVisible())
    label.setPos(pane.view.mapToScene((at - label.offset + QPointF(2, -4)).toPoint()))
    after = pane.view.degree_labels(fm)
    assert text not in [t for _a, t in after]
    assert len(after) < len(before)
    for at, text in after:  # and no degree label that is drawn overlaps a place label
        box = QRectF(at.x(), at.y() - fm.ascent(), fm.horizontalAdvance(text), fm.height())
        assert not any(box.intersects(r) for r in _label_rects(pane))


@pytest.mark.parametrize("size", [(600, 700), (900, 500), (1200, 800)])
def test_degree_labels_keep_clear_of_scale_bar_and_north_arrow(qtbot, corpus, tmp_path,
                                                               size) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    pane = _pane(qtbot, corpus, tmp_path, size=size)
    font = QFont()
    font.setPointSizeF(8)
    fm = QFontMetricsF(font)
    for _ in range(3):  # at the default zoom and zoomed in
        for at, text in pane.view.degree_labels(fm):
            box = QRectF(at.x(), at.y() - fm.ascent(), fm.horizontalAdvance(text), fm.height())
            assert not any(box.intersects(r) for r in pane.view.overlay_rects()), text
        pane.zoom_in_action.trigger()


@pytest.mark.parametrize("size", [(420, 700), (600, 700), (530, 900)])
@pytest.mark.parametrize("ref", [Ref("passage", "art-9", "2"), Ref("place", "shikotan"),
                                 Ref("place", "habomai"), None])
def test_island_labels_sit_by_the_visible_island(qtbot, corpus, tmp_path, size, ref) -> None:
    """A label is near the part of its island that is on screen, never across the map
    beside the bounding box of an island that is mostly out of view."""
    from PySide6.QtGui import QPainterPath

    pane = _pane(qtbot, corpus, tmp_path, size=size)
    if ref is not None:
        pane.selection.set(ref)
        qtbot.wait(20)
    t = pane.view.viewportTransform()
    screen = QPainterPath()
    screen.addRect(QRectF(pane.view.viewport().rect()))
    checked = 0
    for pid, item in pane.islands.items():
        label = pane.labels.get(f"place:{pid}")
        if label is None or not label.isVisible():
            continue
        outline = t.map(item.sceneTransform().map(item.path())).intersected(screen)
        if label.leader is not None:  # standing off: its leader ends on the visible island
            end = t.map(label.pos()) + label.leader
            assert outline.intersects(QRectF(end.x() - 2, end.y() - 2, 4, 4)), pid
        else:
            assert outline.intersects(label.view_rect(t).adjusted(-30, -30, 30, 30)), pid
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("size", [(420, 700), (334, 440), (600, 700)])
@pytest.mark.parametrize("ref", [Ref("place", "kunashir"), Ref("place", "shikotan"), None])
def test_a_small_islands_label_never_covers_it(qtbot, corpus, tmp_path, size, ref) -> None:
    pane = _pane(qtbot, corpus, tmp_path, size=size)
    if ref is not None:
        pane.selection.set(ref)
        qtbot.wait(20)
    t = pane.view.viewportTransform()
    small = [lab for lab in pane.labels.values()
             if lab.isVisible() and lab.small and lab.extent is not None]
    assert small
    for label in small:
        assert not label.view_rect(t).intersects(t.mapRect(label.extent)), label.key


@pytest.mark.parametrize("size", [(420, 700), (600, 700), (900, 600)])
def test_degree_labels_along_the_top_do_not_touch(qtbot, corpus, tmp_path, size) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    pane = _pane(qtbot, corpus, tmp_path, size=size)
    font = QFont()
    font.setPointSizeF(8)
    fm = QFontMetricsF(font)
    for _ in range(4):
        top = sorted((at.x(), text) for at, text in pane.view.degree_labels(fm)
                     if text.endswith(("E", "W")))
        for (x1, t1), (x2, _t2) in zip(top, top[1:], strict=False):
            assert x1 + fm.horizontalAdvance(t1) + 4 <= x2, (t1, x1, x2)
        pane.zoom_in_action.trigger()


def test_an_islet_label_goes_where_it_covers_no_other_island(qtbot) -> None:
    from PySide6.QtGui import QPainterPath, QTransform

    from viewer.ui.map.labels import LabelItem
    from viewer.ui.map.placement import place_labels

    def square(x: float, y: float, side: float) -> tuple[QRectF, QPainterPath]:
        path = QPainterPath()
        path.addRect(QRectF(x, y, side, side))
        return path.boundingRect(), path

    def placed(land, forced: bool = False):  # noqa: ANN001, ANN202
        label = LabelItem("place:islet", QPointF(200, 200), 50, place_id="islet", small=True)
        label.set_text("Yuri-tō / Yuri")
        label.extent = QRectF(198, 198, 4, 4)
        label.forced = forced
        place_labels([label], QTransform(), QRectF(0, 0, 400, 400), [],
                     [("islet", *square(198, 198, 4)), *land])
        return label.view_rect(QTransform()) if label.isVisible() else None

    free = placed([])
    assert free.left() > 200  # an islet's label goes to its right first
    big_island = ("big", *square(204, 100, 190))  # land to the right, as Hokkaido is west
    rect = placed([big_island])
    assert not big_island[2].intersects(rect) and rect.right() < 204
    # Nowhere free of land: hidden, even when forced (a name never covers an island).
    everywhere = ("sea-less", *square(0, 0, 400))
    assert placed([everywhere]) is None
    assert placed([everywhere], forced=True) is None
    context = LabelItem("place:asia", QPointF(200, 200), 30, place_id="asia")
    context.set_text("Yūrashia tairiku / Yevraziya (materik)")
    place_labels([context], QTransform(), QRectF(0, 0, 400, 400), [], [everywhere])
    assert not context.isVisible()
    place_labels([context], QTransform(), QRectF(0, 0, 400, 400), [], [])
    assert context.isVisible()


def test_a_label_wider_than_the_map_goes_on_two_lines_inside_it(qtbot, corpus,
                                                                 tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path, (240, 600))
    pane.selection.set(Ref("place", "habomai"))
    label = pane.labels["place:habomai"]
    qtbot.waitUntil(lambda: label.isVisible() and label.stacked)
    assert label.lines() == [label.text.split(" / ")[0] + " /", label.text.split(" / ")[1]]
    view = QRectF(pane.view.viewport().rect())
    assert view.contains(label.view_rect(pane.view.viewportTransform()))
    pane.resize(900, 700)  # room again: one line
    qtbot.waitUntil(lambda: not label.stacked)
