"""The map's actions (zoom, fit, the two preset views, with their shortcuts) and the header
row that shows them with the year box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolBar, QWidget


class MapActions:
    """The map's view actions, owned by (and shortcut-scoped to) the pane widget."""

    def __init__(self, owner: QWidget, zoom: Callable[[float], None], fit: Callable[[], None],
                 disputed: Callable[[], None], overview: Callable[[], None]) -> None:
        def act(text: str, slot, keys) -> QAction:  # noqa: ANN001
            action = QAction(text, owner)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            owner.addAction(action)
            return action

        self.zoom_in = act("Zoom Map &In", lambda: zoom(1.25), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = act("Zoom Map &Out", lambda: zoom(0.8),
                            QKeySequence.StandardKey.ZoomOut)
        self.fit = act("Fit Map to &Selection", fit, "Ctrl+0")
        self.disputed = act("Map: &Disputed Islands", disputed, "Home")
        self.overview = act("Map: &Whole Kuril Chain", overview, "Shift+Home")

    def all(self) -> list[QAction]:
        """In the View menu's order."""
        return [self.zoom_in, self.zoom_out, self.fit, self.disputed, self.overview]


def header(actions: MapActions, year_box: QComboBox) -> QHBoxLayout:
    """"Map", the year box, then the buttons, right-aligned."""
    year_label = QLabel("&Year:")
    year_label.setBuddy(year_box)
    # A tool bar, so a narrow pane folds the buttons into its overflow menu.
    bar = QToolBar("Map tools")
    bar.setAccessibleName("Map tools")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.addWidget(year_label)
    bar.addWidget(year_box)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    for action, text in ((actions.zoom_out, "−"), (actions.zoom_in, "+"), (actions.fit, "Fit"),
                         (actions.disputed, "Disputed"), (actions.overview, "Whole chain")):
        action.setIconText(text)
        action.setToolTip(f"{action.text().replace('&', '')} "
                          f"({action.shortcut().toString()})")
        bar.addAction(action)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(QLabel("<b>Map</b>"))
    row.addWidget(bar, 1)
    return row
