"""The window's menus and words (issue 19): each key shown once, copying under Edit, a
keyboard reference made from the actions, success in the status bar, no doubled names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.corpus.refs import Ref
from viewer.ui.common import dialogs
from viewer.ui.common.shortcuts import KeyboardReference, shown_keys
from viewer.ui.main_window import MainWindow


@pytest.fixture
def w(qtbot, corpus, tmp_path) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings, db_path=tmp_path / "a.sqlite")
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _entries(menu: QMenu) -> list[QAction]:
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out += _entries(action.menu())
        elif not action.isSeparator():
            out.append(action)
    return out


def test_the_view_menu_shows_each_key_once(w) -> None:  # noqa: ANN001
    seen: dict[str, str] = {}
    twice = []
    for action in _entries(w.view_menu):
        for key in shown_keys(action):
            if key in seen:
                twice.append((key, seen[key], action.text()))
            seen[key] = action.text()
    assert twice == []
    native = QKeySequence.SequenceFormat.NativeText
    for key in ("Ctrl+-", "Ctrl+0"):  # still offered, once
        assert QKeySequence(key).toString(native) in seen


def test_a_shared_zoom_entry_acts_on_the_pane_with_the_focus(qtbot, w) -> None:  # noqa: ANN001
    entry = next(a for a in _entries(w.view_menu) if "Ctrl+-" in " ".join(shown_keys(a)))
    text, view = w.text_pane, w.map_pane.view
    text.browser.setFocus()
    qtbot.waitUntil(text.browser.hasFocus)
    entry.trigger()
    assert text.zoom == -1
    scale = view.scale_factor()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    entry.trigger()
    assert view.scale_factor() < scale and text.zoom == -1
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # keys unchanged
    text.browser.setFocus()
    qtbot.waitUntil(text.browser.hasFocus)
    qtbot.keyClick(text.browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert text.zoom == 0


def test_copy_citation_and_link_are_under_edit(w) -> None:  # noqa: ANN001
    def names(menu: QMenu) -> list[str]:
        return [a.text().replace("&", "") for a in _entries(menu)]

    assert any(n.startswith("Copy passage citation") for n in names(w.edit_menu))
    assert any(n.startswith("Copy passage link") for n in names(w.edit_menu))
    assert not [n for n in names(w.file_menu) if n.startswith("Copy")]


def test_the_keyboard_reference_lists_every_shortcut_from_the_actions(qtbot, w) -> None:  # noqa: ANN001
    w.ensure_docks()
    extra = QAction("Zebra stripes", w)  # a new action shows up with no list to update
    extra.setShortcut(QKeySequence("Ctrl+Alt+Z"))
    w.view_menu.addAction(extra)
    qtbot.keyClick(w, Qt.Key.Key_F1)  # Help > Keyboard reference
    qtbot.waitUntil(lambda: w.findChild(KeyboardReference) is not None)
    dialog = w.findChild(KeyboardReference)
    text = dialog.browser.toPlainText()
    assert "Zebra stripes" in text
    native = QKeySequence.SequenceFormat.NativeText
    missing = []
    for action in w.findChildren(QAction):
        name = action.text().split("\t")[0].replace("&", "")
        for key in action.shortcuts():
            if name and not key.isEmpty() and (key.toString(native) not in text
                                               or name not in text):
                missing.append((name, key.toString(native)))
    assert missing == []
    for key in ("Ctrl+Shift+C", "Alt+Left", "Esc", "Ctrl+Shift+N"):
        assert QKeySequence(key).toString(native) in text
    assert "While the map has the focus" in text  # where a pane's own key works


def test_a_pdf_export_reports_in_the_status_bar(w, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    def no_box(*args):  # noqa: ANN002, ANN202
        raise AssertionError(f"a modal box was shown: {args}")

    monkeypatch.setattr(dialogs, "show_message", no_box)
    target = tmp_path / "out.pdf"
    assert w.pdf_exporter.export(target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert str(target) in w.statusBar().currentMessage()


def test_the_title_does_not_repeat_the_app_name(w) -> None:  # noqa: ANN001
    from viewer.ui.app import make_app

    name = make_app().applicationDisplayName()
    assert name == "Declaration Viewer"
    assert name not in w.windowTitle()  # Qt adds it once: "… — Declaration Viewer"
    assert "1956" in w.windowTitle()


def test_the_status_bar_never_nests_quotes(w, corpus) -> None:  # noqa: ANN001
    transfer = next(n for n in corpus.notes.values() if n.label.startswith('"Transfer"'))
    w.selection.set(Ref("note", transfer.id))
    message = w.statusBar().currentMessage()
    assert message == f"Selected: note {transfer.label}" and "“\"" not in message
    refs = ([Ref("note", i) for i in corpus.notes] + [Ref("interp", i) for i in
            corpus.interpretations] + [Ref("event", i) for i in corpus.events])
    for ref in refs:
        words = w.describe(ref)
        inner = words[words.find("“") + 1:words.rfind("”")] if "“" in words else ""
        assert not any(q in inner for q in '"“”«»「」'), words
