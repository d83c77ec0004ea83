"""Issue 23: the window's first frame first; the store, hidden tabs, docks and note view in
the event-loop turns after its first paint; `ready` when the window is complete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QImage, QPainter

from viewer.ui.main_window import MainWindow

NEEDED = ["annotation store", "highlights drawn"]
AHEAD = ["readings matrix", "readings timeline", "readings sources", "docks", "note view"]


def _window(qtbot, corpus, tmp_path) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings, db_path=tmp_path / "notes.sqlite")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def test_the_rest_is_built_after_the_first_paint_then_ready(qtbot, mini_corpus,
                                                            tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    tabs = w.interpretations_pane.tabs
    # Built: the three panes as they first show. Not yet: everything in the queue.
    assert w.later.pending() == NEEDED + AHEAD and w.later.built == []
    assert not w.annotations.is_open and not w.docks_built
    assert tabs._matrix is None and tabs._timeline is None and tabs._sources is None  # noqa: SLF001
    assert w.text_pane._note_view is None  # noqa: SLF001
    assert not w.is_ready
    order: list[str] = []
    w.ready.connect(lambda: order.append(f"ready, store open: {w.annotations.is_open}"))
    with qtbot.waitSignal(w.later.settled, timeout=10000):
        w.show()
    assert order == ["ready, store open: True"] and w.is_ready
    # every part after the first paint, each once, in the order queued
    assert [(name, after) for name, after, _s in w.later.built] == [
        (name, True) for name in NEEDED + AHEAD]
    assert w.docks_built and tabs._matrix is not None and tabs._sources is not None  # noqa: SLF001
    assert w.text_pane._note_view is not None  # noqa: SLF001
    assert not w.search_panel.isVisible() and not w.text_pane.note_view.isVisible()
    assert tabs.currentIndex() == 0  # the hidden tabs stay hidden


def test_a_part_wanted_before_its_turn_is_built_at_once(qtbot, mini_corpus, tmp_path) -> None:
    w = _window(qtbot, mini_corpus, tmp_path)
    w.show()  # not painted yet: no turn of the event loop has run
    w.search_panel.show()  # e.g. Ctrl+Shift+F pressed at once
    assert w.docks_built and "docks" in w.later.pending()
    with qtbot.waitSignal(w.later.settled, timeout=10000):
        pass
    assert [name for name, *_ in w.later.built].count("docks") == 1
    assert w.search_panel.isVisible()  # the queued part did not build or hide it again


class _FirstFrame(QObject):
    """Grabs the window in the turn right after its first paint, before any queued part."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.image = window, None
        window.installEventFilter(self)  # after the window's own: it sees the paint first

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.image is None:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._grab)
        return False

    def _grab(self) -> None:
        assert self.window.later.built == []  # no part has run yet
        self.image = self.window.grab().toImage()


def test_the_first_frame_looks_as_the_ready_window(qtbot, corpus, tmp_path) -> None:
    """No visible jump: the window at its first paint and once complete are the same
    pixels (the shipped content, an empty store, the window at 1280x800)."""
    w = _window(qtbot, corpus, tmp_path)
    first = _FirstFrame(w)
    with qtbot.waitSignal(w.later.settled, timeout=20000):
        w.show()
    assert first.image is not None
    ready = w.grab().toImage()
    a = first.image.convertToFormat(QImage.Format.Format_RGB32)
    b = ready.convertToFormat(QImage.Format.Format_RGB32)
    assert (a.width(), a.height()) == (b.width(), b.height())
    # The text's scroll bar thumb is the one thing allowed to change: Qt lays out the rest
    # of the declaration in turns of its own (the passages in view first) and the thumb
    # settles to the whole length; nothing in view moves. Paint it out of both.
    bar = w.text_pane.browser.verticalScrollBar()
    where = bar.rect().translated(bar.mapTo(w, bar.rect().topLeft()))
    for image in (a, b):
        painter = QPainter(image)
        painter.fillRect(where, 0)
        painter.end()
    if a != b:  # say where, to look at
        a.save(str(tmp_path / "first.png"))
        b.save(str(tmp_path / "ready.png"))
        raise AssertionError(f"first frame differs from the ready window: {tmp_path}")
