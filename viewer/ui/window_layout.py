"""Where the window's layout is kept: saved geometry, splitters, the readings tab and the open
docks, restored at start; a first start fits the screen's free area. `--screenshot` and
`--window-check` never save (``saves_layout``). May import: PySide6; works on a MainWindow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QSplitter

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


def restore(window: MainWindow, default_size: tuple[int, int] | None = None) -> None:
    """The saved geometry, splitters, tab and docks; a first start fits the screen."""
    geometry = window.settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        pass
    else:
        _first_size(window, default_size)
    for key, splitter in _splitters(window).items():
        state = window.settings.value(key)
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    tabs = window.interpretations_pane.tabs
    try:
        tab = int(window.settings.value("window/interp_tab", 0))
    except (TypeError, ValueError):  # a hand-edited settings file
        tab = 0
    if 0 < tab < tabs.count():
        tabs.setCurrentIndex(tab)
    if window.settings.value("window/open_docks", ""):  # shown at the first paint
        window.ensure_docks()
    docks = window.settings.value("window/state")  # which docks are open, and where
    if isinstance(docks, QByteArray):
        window._docks_restored = window.restoreState(docks)

def _first_size(window: MainWindow, wanted: tuple[int, int] | None) -> None:
    """1600x900 (or --size) where the screen has room, else the screen's free area
    (less the window frame), centred: never a map cut off by a smaller screen."""
    screen = window.screen() or QApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    width, height = wanted or (1600, 900)
    if free is not None and wanted is None:
        width = max(640, min(width, free.width() - 16))
        height = max(480, min(height, free.height() - 48))
    window.resize(width, height)
    if free is not None:
        window.move(free.center() - window.rect().center())

def save(window: MainWindow) -> None:
    """Geometry, splitters, the readings tab and the open docks, into the settings."""
    if not window.saves_layout:  # an offscreen render: the reader's layout stays theirs
        return
    window.settings.setValue("window/geometry", window.saveGeometry())
    for key, splitter in _splitters(window).items():
        window.settings.setValue(key, splitter.saveState())
    window.settings.setValue("window/interp_tab", window.interpretations_pane.tabs.currentIndex())
    window.settings.setValue("window/state", window.saveState())
    open_docks = [d.objectName() for d in (window._search_panel, window._annotations_panel)
                  if d is not None and d.isVisible()]
    window.settings.setValue("window/open_docks", ",".join(open_docks))
    window.settings.sync()

def _splitters(window: MainWindow) -> dict[str, QSplitter]:
    """The splitters whose positions a restart restores, by settings key."""
    return {"window/splitter": window.splitter,
            "window/interp_splitter": window.interpretations_pane.split,
            "window/map_splitter": window.map_pane.splitter}
