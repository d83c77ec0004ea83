"""A map pane shown alone for the map tests (one copy: four test files need it)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.map.pane import MapPane


def shown_map_pane(qtbot, corpus, tmp_path, size=(700, 600)) -> MapPane:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    selection = Selection()
    pane = MapPane(corpus, selection, Preferences(settings))
    pane._keep = selection  # noqa: SLF001 - keep the unparented QObject alive
    qtbot.addWidget(pane)
    pane.resize(*size)
    pane.show()
    qtbot.waitExposed(pane)
    return pane
