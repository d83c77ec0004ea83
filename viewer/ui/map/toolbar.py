"""The map's actions (zoom, fit, the two preset views, with their shortcuts) and the header
that shows them with the year box (two rows), and the caption saying what is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QToolBar, QWidget

from viewer.translations import strip_mnemonic, translate


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

        self.zoom_in = act(translate("MapPane", "Zoom Map &In"), lambda: zoom(1.25),
                           QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = act(translate("MapPane", "Zoom Map &Out"), lambda: zoom(0.8),
                            QKeySequence.StandardKey.ZoomOut)
        self.fit = act(translate("MapPane", "Fit Map to &Selection"), fit, "Ctrl+0")
        self.disputed = act(translate("MapPane", "Map: &Disputed Islands"), disputed, "Home")
        self.overview = act(translate("MapPane", "Map: &Whole Kuril Chain"), overview,
                            "Shift+Home")

    def all(self) -> list[QAction]:
        """In the View menu's order."""
        return [self.zoom_in, self.zoom_out, self.fit, self.disputed, self.overview]


class MapHeader(QWidget):
    """"Map", the year box and the zoom buttons on the first row; the view buttons (Fit,
    Disputed, Whole chain) on the second, so that none hides behind the tool bar's "»" in
    a narrow pane. Always two rows: a header whose height followed the pane's width would
    shift the map and legend below it as the window is resized or restored."""

    def __init__(self, actions: MapActions, year_box: QComboBox) -> None:
        super().__init__()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(year_box)
        # Tool bars, so a very narrow pane still folds the buttons into an overflow menu.
        self.first = self._bar(self.tr("Map tools"))
        self.first.addWidget(year_label)
        self.first.addWidget(year_box)
        self.views = self._bar(self.tr("Map views"))
        for bar, items in ((self.first, ((actions.zoom_out, "−"), (actions.zoom_in, "+"))),
                           (self.views, ((actions.fit, self.tr("Fit")),
                                         (actions.disputed, self.tr("Disputed")),
                                         (actions.overview, self.tr("Whole chain"))))):
            for action, text in items:
                action.setIconText(text)
                action.setToolTip(f"{strip_mnemonic(action.text())} "
                                  f"({action.shortcut().toString()})")
                bar.addAction(action)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(QLabel("<b>" + self.tr("Map") + "</b>"), 0, 0)
        grid.addWidget(self.first, 0, 1)
        grid.addWidget(self.views, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)

    @staticmethod
    def _bar(name: str) -> QToolBar:
        bar = QToolBar(name)
        bar.setAccessibleName(name)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return bar


class Caption(QLabel):
    """One line that says what the map shows, elided to the pane's width (the whole text
    in its tooltip and accessible description): a wrapped label's height would follow
    the width and shift the map and legend below it."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("What the map shows"))
        self.full = ""
        self.setMinimumWidth(1)  # it elides: never the reason the pane is wide

    def set_caption(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def _elide(self) -> None:
        width = max(10, self.contentsRect().width())
        super().setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight,
                                                      width))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._elide()
