"""The main window: three panes, menus, history keys, remembered layout, About."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from viewer.corpus.refs import Ref
from viewer.ui.main_window import MainWindow


def _window(qtbot, corpus, tmp_path) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings)
    qtbot.addWidget(window)
    return window


def test_three_panes_and_menus(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    assert [w.splitter.widget(i) for i in range(3)] == [w.text_pane, w.interpretations_pane,
                                                       w.map_pane]
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Help"]
    about = w.about_text()
    assert "GSHHG 2.3.6" in about and "LGPL-3.0-or-later" in about and "0.1.0" in about


def test_alt_left_right_walk_history(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # shortcuts need the active window
    w.selection.set(Ref("passage", "art-9"))
    w.selection.set(Ref("place", "shikotan"))
    qtbot.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.selection.current == Ref("passage", "art-9")
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert w.selection.current == Ref("place", "shikotan")


def test_layout_is_restored(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.resize(700, 500)  # within the offscreen screen (800x600)
    w.show()
    qtbot.waitExposed(w)
    w.splitter.setSizes([500, 200, 300])
    sizes = w.splitter.sizes()
    w.close()
    w2 = _window(qtbot, mini_corpus, tmp_path)
    w2.restore_layout()
    w2.show()
    qtbot.waitExposed(w2)
    assert (w2.width(), w2.height()) == (700, 500)
    assert w2.splitter.sizes() == sizes


def test_naming_menu_changes_preference(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.naming_actions["ru"].trigger()
    assert w.prefs.naming == "ru"
    assert QSettings(str(tmp_path / "settings.ini"),
                     QSettings.Format.IniFormat).value("view/naming") == "ru"
