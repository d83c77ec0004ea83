"""The main window: three panes, menus, history keys, remembered layout, About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from shown_text import find_shown

from viewer.corpus.refs import Ref
from viewer.ui.main_window import DOCK_ACTIONS, MainWindow


def _window(qtbot, corpus, tmp_path) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings)
    qtbot.addWidget(window)
    return window


def _active_window(qtbot, corpus, tmp_path) -> MainWindow:  # noqa: ANN001
    """Shown and active: shortcuts need the active window."""
    w = _window(qtbot, corpus, tmp_path)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_three_panes_and_menus(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    assert [w.splitter.widget(i) for i in range(3)] == [w.text_pane, w.interpretations_pane,
                                                       w.map_pane]
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Help"]
    about = w.about_text()
    assert "GSHHG 2.3.6" in about and "LGPL-3.0-or-later" in about and "0.1.0" in about


def test_alt_left_right_walk_history(qtbot, mini_corpus, tmp_path) -> None:
    w = _active_window(qtbot, mini_corpus, tmp_path)
    w.selection.set(Ref("passage", "art-9"))
    w.selection.set(Ref("place", "shikotan"))
    qtbot.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.selection.current == Ref("passage", "art-9")
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert w.selection.current == Ref("place", "shikotan")


def test_layout_is_restored(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.resize(780, 500)  # within the offscreen screen (800x600), above the panes' minimums
    w.show()
    qtbot.waitExposed(w)
    w.splitter.setSizes([500, 200, 300])
    w.map_pane.splitter.setSizes([150, 300])
    w.interpretations_pane.split.setSizes([120, 330])
    w.interpretations_pane.tabs.setCurrentIndex(2)  # the timeline
    sizes = [s.sizes() for s in (w.splitter, w.map_pane.splitter,
                                 w.interpretations_pane.split)]
    w.close()
    w2 = _window(qtbot, mini_corpus, tmp_path)
    w2.restore_layout()
    w2.show()
    qtbot.waitExposed(w2)
    assert (w2.width(), w2.height()) == (780, 500)
    assert [s.sizes() for s in (w2.splitter, w2.map_pane.splitter,
                                w2.interpretations_pane.split)] == sizes
    assert w2.interpretations_pane.tabs.currentIndex() == 2


def test_open_docks_are_restored(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.show()
    qtbot.waitExposed(w)
    assert not w.annotations_panel.isVisible()
    w.annotations_panel.show()
    w.close()
    w2 = _window(qtbot, mini_corpus, tmp_path)
    assert not w2.docks_built
    w2.restore_layout()
    assert w2.docks_built  # an open dock is built before the first paint, not after
    w2.show()
    qtbot.waitExposed(w2)
    assert w2.annotations_panel.isVisible() and not w2.search_panel.isVisible()


def _view_menu_entries(w: MainWindow) -> list[tuple]:
    return [(a.text(), a.shortcut().toString(), a.shortcutContext(), a.isCheckable())
            for a in w.view_menu.actions() if not a.isSeparator()]


def test_docks_are_built_on_first_use_behind_identical_menu_entries(
        qtbot, mini_corpus, tmp_path) -> None:
    w = _active_window(qtbot, mini_corpus, tmp_path)
    assert not w.docks_built
    before = _view_menu_entries(w)
    qtbot.keyClick(w, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.docks_built
    assert w.annotations_panel.isVisible() and not w.search_panel.isVisible()
    after = _view_menu_entries(w)
    assert after == before  # the stand-ins had the real actions' text, keys and kind
    real = {id(getattr(getattr(w, dock), name)) for *_, dock, name in DOCK_ACTIONS}
    assert real <= {id(a) for a in w.view_menu.actions()}


def test_search_shortcut_builds_the_docks_and_focuses_the_field(
        qtbot, mini_corpus, tmp_path) -> None:
    w = _active_window(qtbot, mini_corpus, tmp_path)
    qtbot.keyClick(w, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.docks_built and w.search_panel.isVisible()
    qtbot.waitUntil(lambda: w.search_panel.field.hasFocus())


def test_naming_menu_changes_preference(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.naming_actions["ru"].trigger()
    assert w.prefs.naming == "ru"
    assert QSettings(str(tmp_path / "settings.ini"),
                     QSettings.Format.IniFormat).value("view/naming") == "ru"


def test_read_only_store_shows_a_banner(qtbot, mini_corpus, tmp_path, monkeypatch) -> None:
    import os

    db = tmp_path / "ro" / "a.sqlite"
    db.parent.mkdir()
    from viewer.annotations.store import AnnotationStore

    AnnotationStore(db).close()
    real_access = os.access
    # Running as root ignores permission bits, so make the folder report itself read-only.
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p).startswith(
        str(db.parent)) and mode & os.W_OK else real_access(p, mode, **kw))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(mini_corpus, settings, db_path=db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.banner.isVisible())  # stated once the store has opened
    assert w.annotations.read_only
    assert "Read-only" in w.banner.text()


def test_corrupt_store_is_moved_aside_and_the_user_told(qtbot, mini_corpus, tmp_path) -> None:
    db = tmp_path / "a.sqlite"
    db.write_bytes(b"this is not a database at all" * 100)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(mini_corpus, settings, db_path=db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "moved" in w.statusBar().currentMessage())  # once opened
    moved = list(tmp_path.glob("a.sqlite.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not a database")
    assert "moved" in w.statusBar().currentMessage()
    assert w.annotations.store.count() == 0 and not w.annotations.read_only


def test_goto_paragraph_survives_the_first_layout(qtbot, corpus, tmp_path) -> None:
    """--goto selects before the window has its size: the text must still end up there."""
    from PySide6.QtGui import QTextCursor

    w = _window(qtbot, corpus, tmp_path)
    w.resize(780, 560)
    w.show()
    w.selection.set(Ref("passage", "art-9", "2"))
    qtbot.wait(100)
    browser = w.text_pane.browser
    tops = []
    for lang in ("en", "ru", "ja"):  # the paragraph begins on screen in every column …
        para = corpus.passage(lang, "art-9").paragraph("2").text
        cursor = find_shown(browser.document(), para[:30])  # words drawn hyphenated
        start = QTextCursor(browser.document())
        start.setPosition(cursor.selectionStart())
        tops.append(browser.cursorRect(start).top())
    assert browser.verticalScrollBar().value() > 0
    assert all(0 <= top < browser.viewport().height() - 40 for top in tops), tops
    assert min(tops) < 120  # … and the column where it starts highest is near the top


def test_no_two_window_wide_actions_share_a_shortcut(qtbot, corpus, tmp_path) -> None:
    from PySide6.QtGui import QAction

    w = _window(qtbot, corpus, tmp_path)
    seen: dict[str, str] = {}
    clashes = []
    for action in w.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue  # pane-scoped keys (the map's and the text's zoom) may repeat
        for key in action.shortcuts():
            text = key.toString()
            if text and text in seen and seen[text] != action.text():
                clashes.append((text, seen[text], action.text()))
            seen.setdefault(text, action.text())
    assert clashes == []


def test_list_all_link_of_a_crowded_passage_builds_and_filters_the_panel(
        qtbot, corpus, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from viewer.annotations.model import new_annotation
    from viewer.ui.text import highlights as text_pane

    monkeypatch.setattr(text_pane, "HIGHLIGHT_LIMIT", 1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(corpus, settings, db_path=tmp_path / "a.sqlite")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    text = corpus.passage("en", "art-9").text
    for needle in ("Habomai", "Japan"):
        start = text.index(needle)
        w.annotations.store.add(new_annotation("en", "art-9", text, start,
                                               start + len(needle)))
    other = corpus.passage("en", "art-1").text
    w.annotations.store.add(new_annotation("en", "art-1", other, 0, 5))
    w.text_pane.render()
    assert "Showing 1 of 2 highlights" in w.text_pane.browser.toPlainText()
    assert not w.docks_built
    w.text_pane.browser.anchorClicked.emit(QUrl("dv:highlights/en/art-9"))  # its link
    assert w.docks_built
    panel = w.annotations_panel
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: panel.anchored.rowCount() == 2)  # art-9 only, not art-1


@pytest.mark.parametrize("anchored", [False, True])  # found by the re-anchoring check,
def test_a_damaged_store_is_left_as_it_is_and_the_user_told(qtbot, mini_corpus,  # or by a read
                                                            tmp_path, anchored) -> None:
    import sqlite3

    from viewer.annotations.model import new_annotation
    from viewer.annotations.store import AnnotationStore

    db = tmp_path / "a.sqlite"
    store = AnnotationStore(db)
    passage = next(p for p in mini_corpus.texts["en"].passages if len(p.text) > 20)
    store.add(new_annotation("en", passage.id, passage.text, 0, 5, note="mine"))
    if anchored:
        store.reanchor(mini_corpus.passage_texts())
        assert not store.reanchor_needed(mini_corpus.passage_texts())
    store.close()
    conn = sqlite3.connect(db)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'annotations'"
                        ).fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page + 8:root * page] = b"\xff" * (page - 8)
    db.write_bytes(bytes(data))
    before = db.read_bytes()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(mini_corpus, settings, db_path=db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.banner.isVisible())
    assert "damaged" in w.banner.text() and str(db) in w.banner.text()
    assert w.annotations.store.path == ":memory:"  # nothing is written into the file
    w.annotations.add(new_annotation("en", passage.id, passage.text, 0, 5, note="new"))
    w.close()
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("a.sqlite*")) == ["a.sqlite"]  # not moved


def test_the_first_layout_shows_the_whole_matrix_at_1600_px(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    pane = w.interpretations_pane
    pane.tabs.setCurrentIndex(1)  # the matrix
    qtbot.waitUntil(lambda: pane.matrix.isVisible())
    qtbot.wait(30)
    assert pane.matrix.horizontalScrollBar().maximum() == 0  # all four islands in view


def test_esc_in_a_field_is_the_field_s_not_clear_selection(qtbot, corpus, tmp_path) -> None:
    w = _active_window(qtbot, corpus, tmp_path)
    w.selection.set(Ref("place", "shikotan"))
    pane = w.text_pane
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = pane._find_bar  # noqa: SLF001
    qtbot.waitUntil(lambda: bar is not None and bar.isVisible() and bar.field.hasFocus())
    qtbot.keyClicks(bar.field, "Japan")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()  # the find bar closed…
    assert w.selection.current == Ref("place", "shikotan")  # …and the selection stayed
    field = w.search_panel.field
    w.search_panel.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "zebra")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and w.selection.current == Ref("place", "shikotan")
    pane.browser.setFocus()
    qtbot.waitUntil(pane.browser.hasFocus)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Escape)  # elsewhere Esc clears the selection
    assert w.selection.current is None


def test_the_selected_annotation_is_shown_as_it_now_is(qtbot, corpus, tmp_path) -> None:
    """Edit, undo, delete: the note under the text, the map and the search results follow."""
    from viewer.annotations.model import new_annotation

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(corpus, settings, db_path=tmp_path / "a.sqlite")
    qtbot.addWidget(w)
    w.show()
    svc = w.annotations
    svc.store  # noqa: B018 - open it now
    text = corpus.passage("en", "art-9").text
    start = text.index("Habomai Islands")
    a = new_annotation("en", "art-9", text, start, start + 15, note="zebra first",
                       places=["shikotan"])
    svc.add(a)
    w.selection.set(Ref("annotation", a.id))
    note = w.text_pane.note_view
    islands = w.map_pane.islands
    assert "zebra first" in note.browser.toPlainText()
    assert islands["shikotan"].outline == "marked" and islands["kunashir"].outline is None
    w.search_panel.field.setText("zebra")
    qtbot.waitUntil(lambda: w.search_panel.last_query == "zebra")  # the typing's search
    qtbot.wait(50)
    assert w.search_panel.results.get("annotation")

    svc.update(a.id, note="horse second", places=["kunashir"])
    assert "horse second" in note.browser.toPlainText()
    assert islands["kunashir"].outline == "marked" and islands["shikotan"].outline is None
    qtbot.waitUntil(lambda: not w.search_panel.results.get("annotation"))  # searched again

    svc.undo_stack.undo()
    assert "zebra first" in note.browser.toPlainText()
    assert islands["shikotan"].outline == "marked"
    svc.delete(a.id)
    assert "not in your store any more" in note.browser.toPlainText()
    assert islands["shikotan"].outline is None


def test_edit_and_delete_with_no_annotation_selected_say_why(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    w.show()
    assert not w.text_pane.edit_annotation()
    assert "Select one of your annotations" in w.statusBar().currentMessage()
    w.statusBar().clearMessage()
    assert not w.text_pane.delete_annotation()
    assert "Select one of your annotations" in w.statusBar().currentMessage()


def test_the_status_bar_names_the_selection_in_words(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path)
    w.show()
    w.prefs.set_naming("ja")
    w.selection.set(Ref("place", "iturup"))
    message = w.statusBar().currentMessage()
    assert message == "Selected: " + w.describe(Ref("place", "iturup"))
    assert "Etorofu" in message and "place:" not in message
    w.selection.set(Ref("interp", "ussr-1956", place="shikotan"))
    message = w.statusBar().currentMessage()
    assert corpus.interpretations["ussr-1956"].title in message and "interp:" not in message


def test_a_hand_edited_tab_setting_is_ignored(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.settings.setValue("window/interp_tab", "not a number")
    w.restore_layout()
    assert w.interpretations_pane.tabs.currentIndex() == 0


def test_zoom_keys_work_and_no_action_holds_one_key_twice(qtbot, corpus, tmp_path) -> None:
    from PySide6.QtGui import QAction

    w = _active_window(qtbot, corpus, tmp_path)
    for action in w.findChildren(QAction):
        keys = [k.toString() for k in action.shortcuts()]
        assert len(keys) == len(set(keys)), (action.text(), keys)
    pane = w.text_pane
    pane.browser.setFocus()
    qtbot.waitUntil(pane.browser.hasFocus)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pane.zoom == -1
    qtbot.keyClick(pane.browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert pane.zoom == 1


def test_notices_are_read_out_with_their_words(qtbot, corpus, tmp_path) -> None:
    """A label's accessible name replaces its text for a screen reader: informative labels
    keep their text as the name and say what they are in the description."""
    from PySide6.QtGui import QAccessible

    w = _window(qtbot, corpus, tmp_path)
    w.show()
    w.selection.set(Ref("place", "iturup"))  # the text pane's banner: not named in the text
    banner = w.text_pane.banner
    assert banner.isVisible() and banner.accessibleDescription()
    name = QAccessible.queryAccessibleInterface(banner).text(QAccessible.Text.Name)
    assert "not named" in name or "Mentions" in name, name
    w.interpretations_pane.show_all()
    for label in (w.text_pane.banner, w.interpretations_pane.explainer,
                  w.banner, w.search_panel.summary):
        assert label.accessibleName() == "", label.accessibleDescription()


def test_damage_under_the_re_anchoring_bookkeeping_is_told_too(qtbot, corpus, tmp_path) -> None:
    """The check that decides whether to re-anchor reads the meta table: if that is what is
    damaged, the store still opens in memory with the banner, instead of failing."""
    import sqlite3

    from viewer.annotations.model import new_annotation
    from viewer.annotations.store import AnnotationStore
    from viewer.ui.annotations.service import AnnotationService

    db = tmp_path / "a.sqlite"
    text = corpus.passage("en", "art-9").text
    store = AnnotationStore(db)
    store.add(new_annotation("en", "art-9", text, 0, 9, note="mine"))
    store.reanchor(corpus.passage_texts())
    store.close()
    conn = sqlite3.connect(db)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page + 8:root * page] = b"\xff" * (page - 8)
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    svc = AnnotationService(db, corpus.passage_texts())
    assert svc.store.path == ":memory:" and "damaged" in (svc.open_error or "")
    svc.close()
    assert db.read_bytes() == before
