"""The map's actions (zoom, fit, the two preset views, with their shortcuts) and the header
that shows them with the year box (one row, or two in a narrow pane)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QToolBar, QWidget


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


class MapHeader(QWidget):
    """"Map", the year box and the zoom buttons, then the view buttons (Fit, Disputed,
    Whole chain): on one row where the pane is wide enough for all of them, else the
    view buttons on a second row, so that none hides behind the tool bar's "»"."""

    def __init__(self, actions: MapActions, year_box: QComboBox) -> None:
        super().__init__()
        year_label = QLabel("&Year:")
        year_label.setBuddy(year_box)
        # Tool bars, so a very narrow pane still folds the buttons into an overflow menu.
        self.first = self._bar("Map tools")
        self.first.addWidget(year_label)
        self.first.addWidget(year_box)
        self.views = self._bar("Map views")
        for bar, items in ((self.first, ((actions.zoom_out, "−"), (actions.zoom_in, "+"))),
                           (self.views, ((actions.fit, "Fit"), (actions.disputed, "Disputed"),
                                         (actions.overview, "Whole chain")))):
            for action, text in items:
                action.setIconText(text)
                action.setToolTip(f"{action.text().replace('&', '')} "
                                  f"({action.shortcut().toString()})")
                bar.addAction(action)
        self.title = QLabel("<b>Map</b>")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(0)
        self.grid.addWidget(self.title, 0, 0)
        self.grid.addWidget(self.first, 0, 1)
        self.grid.setColumnStretch(2, 1)
        self.two_rows: bool | None = None
        self._arrange(False)

    @staticmethod
    def _bar(name: str) -> QToolBar:
        bar = QToolBar(name)
        bar.setAccessibleName(name)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return bar

    def one_row_width(self) -> int:
        return (self.title.sizeHint().width() + self.first.sizeHint().width()
                + self.views.sizeHint().width() + 3 * self.grid.horizontalSpacing())

    def _arrange(self, two_rows: bool) -> None:
        if two_rows == self.two_rows:
            return
        self.two_rows = two_rows
        self.grid.removeWidget(self.views)
        if two_rows:
            self.grid.addWidget(self.views, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        else:
            self.grid.addWidget(self.views, 0, 3)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._arrange(event.size().width() < self.one_row_width())
