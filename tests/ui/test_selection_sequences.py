"""Issue 19's sequences, driven through the real window: one selection, every pane in step.

The rule is written in viewer/ui/common/selection.py. These tests look only at what a reader
sees or a screen reader is told — widgets' text, the Selection, what the map reports (its
year, its lines, its keyboard ring) — so they survive the panes' own refactors.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QTextBrowser, QWidget
from shown_text import find_shown

from viewer.corpus.refs import Ref
from viewer.ui.main_window import MainWindow
from viewer.ui.map.projection import project

ALT, CTRL, SHIFT = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier,
                    Qt.KeyboardModifier.ShiftModifier)
KUNASHIR, MOSCOW = Ref("place", "kunashir"), Ref("note", "moscow")
SHIMODA, ART_9_2 = Ref("event", "shimoda-1855"), Ref("passage", "art-9", "2")
KEPT = ("earlier", "previous", "kept from", "still showing")  # "says plainly it keeps one"



@pytest.fixture
def w(qtbot, corpus, tmp_path) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings, db_path=tmp_path / "a.sqlite")
    qtbot.addWidget(window)
    window.resize(1500, 880)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def current(w: MainWindow) -> Ref | None:
    """The selection, without the search hit's words a passage may carry (Ref.hit)."""
    ref = w.selection.current
    return dataclasses.replace(ref, hit=None) if ref is not None else None


# --- what the reader does -------------------------------------------------------------------

def click_map(qtbot, w: MainWindow, pid: str) -> None:  # noqa: ANN001
    """A real mouse click on an island's reference point."""
    view = w.map_pane.view
    pos = view.mapFromScene(project(*w.corpus.places[pid].ref_point))
    assert view.viewport().rect().contains(pos), f"{pid} is not in view"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def click_text_link(qtbot, w: MainWindow, needle: str) -> None:  # noqa: ANN001
    """A real mouse click in the middle of the first linked occurrence of `needle`."""
    browser = w.text_pane.browser
    doc = browser.document()
    cursor = find_shown(doc, needle, case_sensitive=True)  # across soft hyphens
    while not cursor.isNull() and not cursor.charFormat().isAnchor():  # the first link
        cursor = find_shown(doc, needle, cursor.selectionEnd(), case_sensitive=True)
    assert not cursor.isNull(), f"{needle!r} not in the text"
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    mid = QTextCursor(cursor)
    mid.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=browser.cursorRect(mid).center())


def _rows(view: QAbstractItemView):  # noqa: ANN202 - QModelIndex generator
    model = view.model()
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        yield from (index.siblingAtColumn(c) for c in range(model.columnCount(index.parent())))
        pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]


def click_row(qtbot, view: QAbstractItemView, *words: str) -> None:  # noqa: ANN001
    """A real click on the first row whose text holds every word."""
    index = next((i for i in _rows(view) if all(x in str(i.data()) for x in words)), None)
    assert index is not None, f"no row with {words} in {view.accessibleName()}"
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def visible_view(qtbot, parent: QWidget, name: str) -> QAbstractItemView:  # noqa: ANN001
    def views() -> list[QAbstractItemView]:
        return [v for v in parent.findChildren(QAbstractItemView)
                if v.accessibleName() == name and v.isVisible()]

    qtbot.waitUntil(lambda: bool(views()))
    return views()[0]


def choose_shimoda_event(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(w, Qt.Key.Key_T, CTRL | SHIFT)  # View > Interpretations: Timeline
    click_row(qtbot, visible_view(qtbot, w.interpretations_pane, "Timeline of events"),
              "Treaty of Shimoda")


def choose_art_9_search_hit(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(w, Qt.Key.Key_F, CTRL | SHIFT)  # View > Search everything…
    field = w.search_panel.field
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Habomai")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    view = visible_view(qtbot, w.search_panel, "Search results")
    qtbot.waitUntil(lambda: any("Article 9" in str(i.data()) for i in _rows(view)))
    click_row(qtbot, view, "Article 9, para. 2", "English")


def key(qtbot, w: MainWindow, k: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """A window-wide key, pressed with the focus in the text (not in a field)."""
    w.text_pane.browser.setFocus()
    qtbot.waitUntil(w.text_pane.browser.hasFocus)
    qtbot.keyClick(w.text_pane.browser, k, mods)


# --- what the reader sees -------------------------------------------------------------------

def note_text(w: MainWindow) -> str:
    """The note under the text as shown (title and body), "" when none is open."""
    out = []
    for view in w.text_pane.findChildren(QWidget):
        if view.accessibleName() == "Note" and view.isVisible():
            out += [x.text() for x in view.findChildren(QLabel) if x.isVisible()]
            out += [x.toPlainText() for x in view.findChildren(QTextBrowser)
                    if x.isVisible()]
    return "\n".join(out)


def readings_detail(w: MainWindow) -> str:
    """Everything the readings pane says in words (its labels and its detail)."""
    pane = w.interpretations_pane
    words = [x.text() for x in pane.findChildren(QLabel) if x.isVisible()]
    words += [x.toPlainText() for x in pane.findChildren(QTextBrowser) if x.isVisible()]
    return "\n".join(words)


def says_kept(text: str) -> bool:
    return any(word in text.casefold() for word in KEPT)


def stale(text: str, old: str) -> bool:
    """`old` still shown as if current: present, and not said to be an earlier selection."""
    return old in text and not says_kept(text)


def map_year(w: MainWindow) -> str:
    boxes = [b for b in w.map_pane.findChildren(QComboBox)
             if b.accessibleName() == "Year shown on the map"]
    return boxes[0].currentText()


def map_lines(w: MainWindow) -> list[str]:
    return w.map_pane.visible_lines()


def ring(w: MainWindow) -> str | None:
    return w.map_pane.view.focus_id


KUNASHIR_DETAIL = "What the readings say about Kunashiri"


# --- 1. Kunashiri, then the "Moscow" note link, Esc, Alt+Left -----------------------------

def _kunashir_then_moscow(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    click_map(qtbot, w, "kunashir")
    assert w.selection.current == KUNASHIR
    assert KUNASHIR_DETAIL in readings_detail(w)
    click_text_link(qtbot, w, "Moscow")
    assert w.selection.current == MOSCOW


def test_moscow_after_kunashiri_the_window_and_map_follow(qtbot, w) -> None:  # noqa: ANN001
    _kunashir_then_moscow(qtbot, w)
    assert "Moscow" in w.statusBar().currentMessage()
    assert "Moscow" in note_text(w)
    assert w.map_pane.islands["kunashir"].outline is None  # no longer outlined as selected
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.selection.current is None
    assert w.statusBar().currentMessage() == "Selection cleared"
    key(qtbot, w, Qt.Key.Key_Left, ALT)  # Esc was a step: back brings the note again
    assert w.selection.current == MOSCOW and "Moscow" in note_text(w)
    key(qtbot, w, Qt.Key.Key_Left, ALT)
    assert w.selection.current == KUNASHIR
    assert w.map_pane.islands["kunashir"].outline == "selected"
    assert KUNASHIR_DETAIL in readings_detail(w)
    key(qtbot, w, Qt.Key.Key_Right, ALT)
    assert w.selection.current == MOSCOW and "Moscow" in note_text(w)


def test_moscow_after_kunashiri_the_readings_detail_follows(qtbot, w) -> None:  # noqa: ANN001
    _kunashir_then_moscow(qtbot, w)
    assert not stale(readings_detail(w), KUNASHIR_DETAIL)
    key(qtbot, w, Qt.Key.Key_Escape)
    assert not stale(readings_detail(w), KUNASHIR_DETAIL)  # Esc leaves no old detail


def test_back_to_kunashiri_closes_the_moscow_note(qtbot, w) -> None:  # noqa: ANN001
    _kunashir_then_moscow(qtbot, w)
    key(qtbot, w, Qt.Key.Key_Left, ALT)
    assert w.selection.current == KUNASHIR
    assert not stale(note_text(w), "Moscow")
    key(qtbot, w, Qt.Key.Key_Right, ALT)
    key(qtbot, w, Qt.Key.Key_Escape)
    assert not stale(note_text(w), "Moscow")  # Esc: no note looks current


# --- 2. the 1855 Shimoda event, then an art. 9 search hit ---------------------------------

def test_the_shimoda_event_sets_the_map_to_1855(qtbot, w) -> None:  # noqa: ANN001
    choose_shimoda_event(qtbot, w)
    assert w.selection.current == SHIMODA
    assert map_year(w) == "1855" and "shimoda-1855" in map_lines(w)
    assert "Treaty of Shimoda" in readings_detail(w)
    assert "Treaty of Shimoda" in w.statusBar().currentMessage()
    choose_art_9_search_hit(qtbot, w)
    assert current(w) == ART_9_2
    assert "Article 9" in w.statusBar().currentMessage()


def test_an_art_9_hit_after_the_shimoda_event_shows_the_1956_line(qtbot, w) -> None:  # noqa: ANN001
    choose_shimoda_event(qtbot, w)
    choose_art_9_search_hit(qtbot, w)
    assert map_year(w) != "1855" and "two-islands-1956" in map_lines(w)
    key(qtbot, w, Qt.Key.Key_Left, ALT)  # back to the event: its year again
    assert w.selection.current == SHIMODA and map_year(w) == "1855"
    key(qtbot, w, Qt.Key.Key_Right, ALT)
    assert current(w) == ART_9_2 and "two-islands-1956" in map_lines(w)
    key(qtbot, w, Qt.Key.Key_Escape)  # nothing selected: not the event's year either
    assert map_year(w) != "1855"


# --- 3. a mouse click on Kunashiri, and the keyboard ring ---------------------------------

def _ring_on_habomai_then_click_kunashir(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(w, Qt.Key.Key_3, CTRL)  # Go > Focus Map: the ring starts on an island
    view = w.map_pane.view
    qtbot.waitUntil(view.hasFocus)
    for _ in range(30):
        if ring(w) == "habomai":
            break
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert ring(w) == "habomai"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert w.selection.current == Ref("place", "habomai")
    click_map(qtbot, w, "kunashir")
    assert w.selection.current == KUNASHIR


def test_a_mouse_click_moves_the_keyboard_ring(qtbot, w) -> None:  # noqa: ANN001
    _ring_on_habomai_then_click_kunashir(qtbot, w)
    assert ring(w) == "kunashir"
    assert "Kunashiri" in w.map_pane.view.accessibleDescription()
    key(qtbot, w, Qt.Key.Key_Left, ALT)  # back: the ring follows the selection
    assert w.selection.current == Ref("place", "habomai") and ring(w) == "habomai"
    key(qtbot, w, Qt.Key.Key_Right, ALT)
    assert ring(w) == "kunashir"
    click_text_link(qtbot, w, "色丹島")  # selected in the text: the ring follows too
    assert w.selection.current.id == "shikotan" and ring(w) == "shikotan"


def test_the_click_and_the_ring_name_one_island_in_the_status_bar(qtbot, w) -> None:  # noqa: ANN001
    _ring_on_habomai_then_click_kunashir(qtbot, w)
    assert "Kunashiri" in w.statusBar().currentMessage()
    selected = {w.corpus.places[pid].group or pid
                for pid, item in w.map_pane.islands.items() if item.outline == "selected"}
    assert selected == {"kunashir"}


# --- back and forward through all of them ---------------------------------------------------

def _walk(qtbot, w: MainWindow) -> list:  # noqa: ANN001
    click_map(qtbot, w, "kunashir")
    click_text_link(qtbot, w, "Moscow")
    key(qtbot, w, Qt.Key.Key_Escape)
    choose_shimoda_event(qtbot, w)
    choose_art_9_search_hit(qtbot, w)
    return [KUNASHIR, MOSCOW, None, SHIMODA, ART_9_2]


def test_back_and_forward_walk_every_step_and_the_status_bar_follows(qtbot, w) -> None:  # noqa: ANN001
    steps = [None, *_walk(qtbot, w)]  # the window opens with nothing selected
    assert current(w) == steps[-1]
    for expected in reversed(steps[:-1]):
        key(qtbot, w, Qt.Key.Key_Left, ALT)
        assert current(w) == expected
        message = w.statusBar().currentMessage()
        assert message == ("Selection cleared" if expected is None
                           else f"Selected: {w.describe(expected)}")
    assert not w.back_action.isEnabled()
    for expected in steps[1:]:
        key(qtbot, w, Qt.Key.Key_Right, ALT)
        assert current(w) == expected
    assert not w.forward_action.isEnabled()


def test_back_and_forward_leave_no_pane_stale(qtbot, w) -> None:  # noqa: ANN001
    """At every step of the walk, each pane shows the selection or says it keeps an earlier
    one: the readings detail, the note under the text and the map's year."""
    steps = _walk(qtbot, w)
    for _ in range(len(steps) - 1):
        key(qtbot, w, Qt.Key.Key_Left, ALT)
    for i, expected in enumerate(steps):
        if i:
            key(qtbot, w, Qt.Key.Key_Right, ALT)
        assert current(w) == expected
        if expected != KUNASHIR:
            assert not stale(readings_detail(w), KUNASHIR_DETAIL), expected
        if expected != MOSCOW:
            assert not stale(note_text(w), "Moscow"), expected
        if expected != SHIMODA:
            assert map_year(w) != "1855", expected

