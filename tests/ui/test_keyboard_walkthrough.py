"""A reader who uses only the keyboard (and a screen reader) can reach and use everything."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from viewer.ui.main_window import MainWindow


def _window(qtbot, corpus, tmp_path) -> MainWindow:  # noqa: ANN001
    w = MainWindow(corpus, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                   db_path=tmp_path / "a.sqlite")
    qtbot.addWidget(w)
    w.resize(790, 580)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.wait(10)  # let the first layout pass run
    return w


def _in(widget: QWidget | None, pane: QWidget) -> bool:
    while widget is not None:
        if widget is pane:
            return True
        widget = widget.parentWidget()
    return False


def test_every_focusable_control_has_an_accessible_name(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    for pane in (w.text_pane, w.interpretations_pane, w.map_pane):
        assert pane.accessibleName() and pane.accessibleDescription()
    unnamed = []
    for widget in w.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(w):
            continue
        where = widget.mapTo(w, widget.rect().topLeft())
        if where.x() + widget.width() <= 0 or where.y() + widget.height() <= 0:
            continue  # QMainWindow parks its spare, empty dock tab bar off screen
        iface = QAccessible.queryAccessibleInterface(widget)
        if not (iface and iface.text(QAccessible.Text.Name)):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    assert unnamed == []


def test_walk_through_with_keys_only(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    sel = w.selection

    # Ctrl+1: the text. Tab reaches the first link; Enter follows it.
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _in(QApplication.focusWidget(), w.text_pane)
    browser = w.text_pane.browser
    for _ in range(12):  # the first links of the title may explain provenance
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        if browser.textCursor().charFormat().anchorHref().startswith("dv:note/"):
            break
    href = browser.textCursor().charFormat().anchorHref()
    assert href.startswith("dv:note/"), href
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert sel.current is not None and sel.current.kind == "note"
    assert str(sel.current) == href.replace("dv:note/", "note:")

    # Ctrl+2: the readings. Arrow down to a reading, Enter selects it.
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert _in(focus, w.interpretations_pane)
    for _ in range(3):
        qtbot.keyClick(focus, Qt.Key.Key_Down)
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        if sel.current.kind == "interp":
            break
    assert sel.current.kind == "interp"

    # Ctrl+3: the map. Tab moves between islands, Enter selects one.
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert _in(focus, w.map_pane)
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert sel.current.kind == "place"

    # Alt+Left walks back to the reading.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert sel.current.kind == "interp"


def test_tab_order_crosses_all_three_panes(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    w.text_pane.toolbar.setFocus()
    seen = set()
    for _ in range(400):
        focus = QApplication.focusWidget()
        for name, pane in (("text", w.text_pane), ("readings", w.interpretations_pane),
                           ("map", w.map_pane)):
            if _in(focus, pane):
                seen.add(name)
        if len(seen) == 3:
            break
        qtbot.keyClick(focus or w, Qt.Key.Key_Tab)
    assert seen == {"text", "readings", "map"}


def test_tab_reaches_every_control_of_the_panes_in_order(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    w.text_pane.browser.setFocus()
    qtbot.waitUntil(w.text_pane.browser.hasFocus)
    reached = []
    for _ in range(12):
        w.focusNextChild()
        reached.append(QApplication.focusWidget())
    interp, map_pane = w.interpretations_pane, w.map_pane
    for control in (interp.tabs.tabBar(), interp.sort_combo, interp.tree, interp.detail,
                    map_pane.year_box, map_pane.view):
        assert control in reached, control.accessibleName() or control.objectName()
    order = [reached.index(c) for c in (interp.sort_combo, interp.tree, map_pane.year_box,
                                        map_pane.view)]
    assert order == sorted(order)


def test_ctrl_2_lands_on_the_tab_that_is_shown(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    interp = w.interpretations_pane
    interp.tabs.setCurrentIndex(1)  # the matrix
    w.text_pane.browser.setFocus()
    qtbot.waitUntil(w.text_pane.browser.hasFocus)
    qtbot.keyClick(w.text_pane.browser, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is interp.matrix)
    assert interp.matrix.isVisible()
    interp.tabs.setCurrentIndex(0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is interp.tree)


def test_ctrl_3_puts_the_ring_on_an_island_so_enter_selects(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    view = w.map_pane.view
    w.text_pane.browser.setFocus()
    qtbot.waitUntil(w.text_pane.browser.hasFocus)
    qtbot.keyClick(w.text_pane.browser, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.hasFocus)
    assert view.focus_id == view.focus_order[0]
    assert view.accessibleDescription().endswith("press Enter to select")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert w.selection.current is not None and w.selection.current.id == view.focus_order[0]
    assert view.accessibleDescription().endswith("— selected")


def test_every_menu_item_has_its_own_mnemonic(qtbot, corpus, tmp_path) -> None:
    import re

    w = _window(qtbot, corpus, tmp_path)
    w.ensure_docks()

    def check(menu) -> None:  # noqa: ANN001
        keys = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            found = re.search(r"&([^&])", action.text())
            assert found, f"no mnemonic: {action.text()!r} in {menu.title()!r}"
            keys.append(found.group(1).lower())
            if action.menu():
                check(action.menu())
        assert len(keys) == len(set(keys)), (menu.title(), keys)

    bar_keys = []
    for top in w.menuBar().actions():
        bar_keys.append(re.search(r"&(.)", top.text()).group(1).lower())
        check(top.menu())
    assert len(bar_keys) == len(set(bar_keys))


def test_home_and_end_in_the_year_box_choose_a_year(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    box, view = w.map_pane.year_box, w.map_pane.view
    fits: list[int] = []
    w.map_pane.disputed_action.triggered.connect(lambda: fits.append(1))
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.setCurrentIndex(box.count() // 2)
    qtbot.keyClick(box, Qt.Key.Key_Home)
    assert box.currentIndex() == 0 and fits == []  # not the map's Home (disputed islands)
    qtbot.keyClick(box, Qt.Key.Key_End)
    assert box.currentIndex() == box.count() - 1
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Home)  # on the map itself Home still works
    assert fits == [1]


def test_ctrl_4_goes_into_the_open_note(qtbot, corpus, tmp_path) -> None:
    from viewer.corpus.refs import Ref

    w = _window(qtbot, corpus, tmp_path)
    browser = w.text_pane.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert "No note is open" in w.statusBar().currentMessage()
    w.selection.set(Ref("note", next(iter(corpus.notes))))
    qtbot.keyClick(browser, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    note = w.text_pane.note_view
    qtbot.waitUntil(note.browser.hasFocus)
    assert note.isVisible()


def test_the_ring_s_island_is_announced(qtbot, corpus, tmp_path, monkeypatch) -> None:
    from PySide6.QtGui import QAccessible

    said: list[str] = []
    real = QAccessible.updateAccessibility

    def spy(event) -> None:  # noqa: ANN001
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    w = _window(qtbot, corpus, tmp_path)
    view = w.map_pane.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert said and said[-1] == view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert said[-1].endswith("— selected")
