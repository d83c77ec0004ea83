"""The island map pane: assembles the scene, the view, the toolbar, the year, the label
layer, the framing and the legend, and applies the selection to them.

Built once; a selection change restyles only the few items it touches.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from viewer.corpus.model import CLAIM_KEYS, Corpus, Place
from viewer.corpus.refs import Ref
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.map import describe
from viewer.ui.map.framing import Framing
from viewer.ui.map.layout import LabelLayer
from viewer.ui.map.legend import MapLegend
from viewer.ui.map.marks import marks_for, places_in_passage
from viewer.ui.map.scene import MapScene
from viewer.ui.map.toolbar import MapActions, header
from viewer.ui.map.view import MapView
from viewer.ui.map.years import TODAY, YEARS, apply_year, nearest_year, year_box

log = logging.getLogger("viewer.map")

__all__ = ["TODAY", "YEARS", "MapPane"]


class MapPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None, annotations=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.annotations = annotations  # the user's notes may link places
        self.setAccessibleName("Map")
        self.setAccessibleDescription("Map of the islands, with the historical lines by year")
        self.scene = MapScene(corpus, self)  # parented: an orphan scene can be collected
        self.view = MapView(self.scene, self)
        self.view.setAccessibleName("Island map")
        self.view.setAccessibleDescription(
            "Tab or arrow keys move between islands, Enter selects; plus and minus zoom; "
            "drag to pan")
        self.islands, self.lines, self.labels = (self.scene.islands, self.scene.lines,
                                                 self.scene.labels)
        self.view.focus_order = self.scene.focus_order()
        self.view.place_labels = list(self.labels.values())
        self.view.focus_rects = {pid: self.rect_of(self.members(pid))
                                 for pid in self.view.focus_order}
        self._styled: set[str] = set()
        self._marked: set[str] = set()
        self._remember_year = True
        self.framing = Framing(self.view, self.disputed_rect, self.relayout_labels)
        self.label_layer = LabelLayer(corpus, self.scene, self.view,
                                      lambda: not self.framing.hold and self.isVisible())

        self.year_box = year_box()
        self.actions_ = MapActions(self, self._user_zoom, self.fit_selection,
                                   self.show_disputed, self.show_overview)
        a = self.actions_
        self.zoom_in_action, self.zoom_out_action, self.fit_action = a.zoom_in, a.zoom_out, a.fit
        self.disputed_action, self.overview_action = a.disputed, a.overview

        self.legend = MapLegend()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.legend)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 170])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header(self.actions_, self.year_box))
        layout.addWidget(self.splitter)

        year = int(self.prefs.value("map/year", TODAY))
        index = self.year_box.findData(year if year in YEARS else TODAY)
        self.year_box.setCurrentIndex(index)
        self._apply_year(self.year)
        self.year_box.currentIndexChanged.connect(self._on_year_box)
        self._refresh_names()
        self.framing.target = (self.disputed_rect(), "fit")

        self.view.activated.connect(self._on_activated)
        self.view.zoomed.connect(self._on_view_moved)
        self.view.resized.connect(self._on_view_resized)
        self.view.panned.connect(self._on_view_moved)
        self.view.focus_moved.connect(self._on_focus_moved)
        selection.changed.connect(self._on_selection)
        prefs.naming_changed.connect(lambda _mode: self._refresh_names())

    def view_actions(self) -> list[QAction]:
        return self.actions_.all()

    # --- geometry (the scene's) ---------------------------------------------------------------

    def members(self, pid: str) -> list[str]:
        return self.scene.members(pid)

    def rect_of(self, ids: list[str]) -> QRectF:
        return self.scene.rect_of(ids)

    def disputed_rect(self) -> QRectF:
        return self.scene.disputed_rect()

    # --- view targets -------------------------------------------------------------------------

    def _show(self, rect: QRectF, mode: str) -> None:
        self.framing.show(rect, mode)

    def _on_view_resized(self) -> None:
        if not self.view.user_moved:
            self.framing.apply()
        else:
            self.relayout_labels()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self.view.user_moved:
            self.framing.apply()

    def _user_zoom(self, factor: float) -> None:
        self.view.user_moved = True
        self.view.zoom_by(factor)

    def show_disputed(self) -> None:
        self._show(self.disputed_rect(), "fit")

    def show_overview(self) -> None:
        self._show(self.scene.itemsBoundingRect(), "fit")

    def fit_selection(self) -> None:
        ids = self._marked or {m for key in CLAIM_KEYS for m in self.members(key)}
        self._show(self.rect_of(sorted(ids)), "fit")

    # --- names and labels ---------------------------------------------------------------------

    def tooltip(self, place: Place) -> str:
        return describe.tooltip(self.corpus, place, self.prefs.naming)

    def _refresh_names(self) -> None:
        self.label_layer.rename(self.prefs.naming)
        self.legend.set_claims(*describe.claim_legend(self.corpus, self.selection.current,
                                                      self.prefs.naming))
        self.relayout_labels()

    def relayout_labels(self) -> None:
        self.label_layer.relayout()

    def _on_view_moved(self) -> None:  # a method of the pane: disconnected when it goes
        self.label_layer.moved()

    def focus_main(self) -> None:
        """Ctrl+3: the map itself, ready for the arrows and Tab between islands."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def label_text(self, pid: str) -> str:
        return self.labels[f"place:{pid}"].text

    # --- the year -----------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return int(self.year_box.currentData())

    def set_year(self, year: int) -> None:
        """Choose the listed year closest to `year` (an event's map_year)."""
        self._remember_year = False  # only the reader's own choice is remembered
        try:
            self.year_box.setCurrentIndex(self.year_box.findData(nearest_year(year)))
        finally:
            self._remember_year = True

    def _on_year_box(self, _index: int) -> None:
        if self._remember_year:
            self.prefs.set_value("map/year", self.year)
        self._apply_year(self.year)
        self.relayout_labels()

    def _apply_year(self, year: int) -> None:
        apply_year(year, self.year_box.currentText(), self.lines, self.labels, self.legend)

    def visible_lines(self) -> list[str]:
        return [lid for lid, item in self.lines.items() if item.isVisible()]

    # --- selection ----------------------------------------------------------------------------

    def _on_activated(self, pid: str) -> None:
        place = self.corpus.places.get(pid)
        if place is not None and not place.name_en and place.group in self.corpus.places:
            pid = place.group  # an unnamed islet stands for its group or main island
        self.selection.set(Ref("place", pid))

    def _on_focus_moved(self, pid: str) -> None:
        place = self.corpus.places.get(pid)
        if place is None:
            return
        text = describe.ring_text(place, self.selection.current, self.prefs.naming)
        if text != self.view.accessibleDescription():
            self.view.setAccessibleDescription(text)
            if self.view.hasFocus():  # said aloud by a screen reader, not only stored
                from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, text))

    def places_in_passage(self, ref: Ref) -> list[str]:
        return places_in_passage(self.corpus, ref)

    def _on_selection(self, ref: Ref | None) -> None:
        if self.view.focus_id:  # the ring's island: "selected" or "press Enter"
            self._on_focus_moved(self.view.focus_id)
        marks = marks_for(ref, self.corpus, self.scene, self.annotations)
        if marks.year is not None:
            self.set_year(marks.year)
        self._restyle(marks.fills, marks.outlines)
        self.label_layer.mark(marks.badges, marks.highlight)
        self._marked = set(marks.marked)
        self.legend.set_claims(*describe.claim_legend(self.corpus, ref, self.prefs.naming))
        if marks.target is not None and not marks.target[0].isEmpty():
            self._show(*marks.target)  # moves the view, then places the labels once
        else:
            self.relayout_labels()
        self.view.viewport().update()

    def _restyle(self, fills: dict[str, QColor], outlines: dict[str, str]) -> None:
        now = set(fills) | set(outlines)
        for pid in self._styled - now:
            self.islands[pid].set_style(None, None)
        for pid in now:
            self.islands[pid].set_style(fills.get(pid), outlines.get(pid))
        self._styled = now
