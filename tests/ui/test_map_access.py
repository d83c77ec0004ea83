"""Issue 20 (tooltips, accessible islands) and issue 19's map parts: the ring follows the
clicked island, the year follows the selected passage (or says it keeps the reader's),
and the toolbar keeps its buttons out of the overflow menu at common widths."""

from __future__ import annotations

from map_pane_helper import shown_map_pane
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible

from viewer.corpus.refs import Ref
from viewer.ui.map.pane import MapPane
from viewer.ui.map.projection import project

_pane = shown_map_pane


def _hover_tip(qtbot, pane: MapPane, pid: str, lon: float, lat: float) -> str:  # noqa: ANN001
    vp = pane.view.viewport()
    qtbot.mouseMove(vp, pane.view.mapFromScene(project(0, 0)))  # away, then onto it
    qtbot.mouseMove(vp, pane.view.mapFromScene(project(lon, lat)))
    qtbot.waitUntil(lambda: pane.islands[pid].hovered)
    return pane.islands[pid].toolTip()


def test_hover_tooltip_says_what_the_selection_says_of_the_island(qtbot, corpus,
                                                                  tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    interp = corpus.interpretations["ussr-1956"]
    pane.selection.set(Ref("interp", interp.id))
    lon, lat = corpus.places["shikotan"].ref_point
    tip = _hover_tip(qtbot, pane, "shikotan", lon, lat)
    assert "色丹島" in tip and "Шикотан" in tip  # both names, native script
    word = {"transfer": "Transfer", "retained": "Retained", "return": "Return",
            "undetermined": "Undetermined"}[interp.claims["shikotan"]]
    assert f"Reading {interp.title}" in tip and word in tip
    pane.selection.set(Ref("passage", "art-9", "2"))
    assert "Named in the selected passage" in _hover_tip(qtbot, pane, "shikotan", lon, lat)


def test_each_island_is_an_accessible_item_with_name_and_state(qtbot, corpus,
                                                                tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("place", "kunashir"))
    iface = QAccessible.queryAccessibleInterface(pane.view)
    assert iface.role() == QAccessible.Role.List
    names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
    assert iface.childCount() == len(pane.view.focus_order) >= 20
    assert "Kunashiri-tō / Kunashir" in names and "Habomai-guntō / Ostrova Khabomai" in names
    kunashir = iface.child(pane.view.focus_order.index("kunashir"))
    assert kunashir.role() == QAccessible.Role.ListItem
    assert kunashir.state().selected and not iface.child(0).state().selected
    assert "国後島" in kunashir.text(QAccessible.Text.Description)
    assert kunashir.rect().isValid() and kunashir.parent() is iface
    assert iface.indexOfChild(kunashir) == pane.view.focus_order.index("kunashir")
    pane.view.setFocus()
    qtbot.waitUntil(pane.view.hasFocus)
    qtbot.keyClick(pane.view, Qt.Key.Key_Tab)
    focused = iface.focusChild()
    assert focused is not None and focused.state().focused
    assert focused.text(QAccessible.Text.Name) == pane.label_text(pane.view.focus_id)
    pane.prefs.set_naming("native")
    assert kunashir.text(QAccessible.Text.Name) == "国後島 / Кунашир"


def test_a_click_moves_the_keyboard_ring_to_the_island(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Tab)
    assert pane.view.focus_id == "habomai"
    pos = pane.view.mapFromScene(project(145.85, 44.05))  # on Kunashir
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert pane.selection.current == Ref("place", "kunashir")
    assert pane.view.focus_id == "kunashir"  # one current island, not two
    pane.selection.set(Ref("place", "shikotan"))  # from another pane: the ring follows
    assert pane.view.focus_id == "shikotan"


def test_a_passage_after_an_1855_event_shows_the_1956_lines(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    event = next(e for e in corpus.events.values() if e.map_year == 1855)
    pane.selection.set(Ref("event", event.id))
    assert pane.year == 1855
    pane.selection.set(Ref("passage", "art-9", "2"))
    assert pane.year == 1956
    assert "two-islands-1956" in pane.visible_lines()
    # A year the reader chose is kept, and the pane says so.
    pane.year_box.setCurrentIndex(pane.year_box.findData(1875))
    pane.selection.set(Ref("passage", "art-9", "1"))
    assert pane.year == 1875
    assert "kept: the year you chose; the selection is about 1956" in pane.caption.full


def test_the_view_buttons_stay_out_of_the_overflow_menu(qtbot, corpus, tmp_path) -> None:
    for width in (330, 410, 700):  # the map pane in 1024×700, 1280×800 windows, and wider
        pane = _pane(qtbot, corpus, tmp_path, size=(width, 600))
        widgets = [bar.widgetForAction(a) for bar in (pane.header.first, pane.header.views)
                   for a in bar.actions()]
        qtbot.waitUntil(lambda ws=widgets: all(w.isVisible() for w in ws if w is not None))


def test_in_the_window_at_1280_and_1024_whole_chain_is_on_screen(qtbot, corpus,
                                                                 tmp_path) -> None:
    from viewer.ui.main_window import MainWindow

    for size in ((1280, 800), (1024, 700)):
        settings = QSettings(str(tmp_path / f"w{size[0]}.ini"), QSettings.Format.IniFormat)
        w = MainWindow(corpus, settings)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        bar = w.map_pane.header.views
        button = bar.widgetForAction(w.map_pane.overview_action)
        qtbot.waitUntil(button.isVisible)
        assert w.map_pane.rect().contains(button.mapTo(w.map_pane, button.rect().bottomRight()))


def test_the_place_names_menu_offers_the_native_script_mode(qtbot, corpus, tmp_path) -> None:
    from viewer.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "menu.ini"), QSettings.Format.IniFormat)
    w = MainWindow(corpus, settings)
    qtbot.addWidget(w)
    action = w.naming_actions["native"]
    assert "国後島 / Кунашир" in action.text()
    action.trigger()
    assert w.prefs.naming == "native"
    assert w.map_pane.label_text("kunashir") == "国後島 / Кунашир"
