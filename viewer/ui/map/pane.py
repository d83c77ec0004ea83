"""The island map pane: assembles the scene, the view, the toolbar, the year, the label
layer, the framing and the legend, and applies the selection to them.

Built once; a selection change restyles only the few items it touches.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from viewer.corpus.map_labels import MapLabels
from viewer.corpus.model import CLAIM_KEYS, Corpus, Place
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.map import access, describe
from viewer.ui.map.framing import Framing
from viewer.ui.map.layout import LabelLayer
from viewer.ui.map.legend import MapLegend
from viewer.ui.map.marks import marks_for, places_in_passage
from viewer.ui.map.projection import project
from viewer.ui.map.scene import MapScene
from viewer.ui.map.toolbar import Caption, MapActions, MapHeader
from viewer.ui.map.view import MapView
from viewer.ui.map.years import (
    TODAY,
    YEARS,
    apply_year,
    caption,
    nearest_year,
    year_box,
    year_rect,
)

log = logging.getLogger("viewer.map")

__all__ = ["TODAY", "YEARS", "MapPane"]


class MapPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None, annotations=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.annotations = annotations  # the user's notes may link places
        self.setAccessibleName(self.tr("Map"))
        self.setAccessibleDescription(self.tr("Map of the islands, with the historical lines "
                                              "by year"))
        # The waters' names and the lines' kinds (data/map_labels.json), if the data has them.
        self.map_labels = corpus.map_labels or MapLabels((), {})
        # (parented: an orphan scene can be collected)
        self.scene = MapScene(corpus, self, self.map_labels.waters)
        access.install()  # before the view exists: its accessible is a list of places
        self.view = MapView(self.scene, self)
        self.view.setAccessibleName(self.tr("Island map"))
        self.view.setAccessibleDescription(self.tr(
            "Tab or arrow keys move between islands, Enter selects; plus and minus zoom; "
            "drag to pan"))
        self.islands, self.lines, self.labels = (self.scene.islands, self.scene.lines,
                                                 self.scene.labels)
        self.view.data_box = self.scene.data_box
        for item in self.islands.values():
            item.tip_source = self.tooltip
        self.view.place_name = lambda pid: place_name(self.corpus.places[pid],
                                                      self.prefs.naming)
        self.view.place_description = self._accessible_description
        self.view.is_selected = lambda pid: pid in self._marked or pid in self._styled
        self.view.focus_order = self.scene.focus_order()
        self.view.place_labels = list(self.labels.values())
        self.view.focus_rects = {pid: self.rect_of(self.members(pid))
                                 for pid in self.view.focus_order}
        self._styled: set[str] = set()
        self._marked: set[str] = set()
        self._remember_year = True
        self._year_chosen = True  # the year shown is the reader's (from their settings)
        self._caption, self._year_note = "", ""
        self.framing = Framing(self.view, self.disputed_rect, self.relayout_labels,
                               self._context_rect)
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
        self.header = MapHeader(self.actions_, self.year_box)
        layout.addWidget(self.header)
        self.caption = Caption()  # what the chosen year shows
        layout.addWidget(self.caption)
        layout.addWidget(self.splitter)

        year = int(self.prefs.value("map/year", TODAY))
        index = self.year_box.findData(year if year in YEARS else TODAY)
        self.year_box.setCurrentIndex(index)
        self._apply_year(self.year)
        self.year_box.currentIndexChanged.connect(self._on_year_box)
        self._refresh_names()
        self.framing.target = (self.year_rect(), "fit")

        self.view.activated.connect(self._on_activated)
        self.view.zoomed.connect(self._on_view_panned)
        # A resize (a dock opening, the window dragged) re-frames and places the labels on
        # the next turn of the event loop: placing them takes ~0.1-0.3 s here, and done in the
        # resize it held up the first paint of the dock that caused it (620 ms, issue 23).
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(0)
        self._resize_timer.timeout.connect(self._on_view_resized)
        self.view.resized.connect(self._resize_timer.start)
        self.view.panned.connect(self._on_view_panned)
        self._pan_timer = QTimer(self)  # a drag places the labels when it pauses, not per step
        self._pan_timer.setSingleShot(True)
        self._pan_timer.setInterval(60)
        self._pan_timer.timeout.connect(self._on_view_moved)
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

    def _context_rect(self) -> QRectF:
        """The land a fit in a tall pane takes in rather than empty sea: eastern Hokkaido
        (Shiretoko, Nemuro, Kushiro), the coast facing the disputed islands."""
        return QRectF(project(143.6, 44.4), project(145.7, 42.9)).normalized()

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
        self._show(self.scene.data_box, "fit")

    def fit_selection(self) -> None:
        ids = self._marked or {m for key in CLAIM_KEYS for m in self.members(key)}
        self._show(self.rect_of(sorted(ids)), "fit")

    # --- names and labels ---------------------------------------------------------------------

    def tooltip(self, place: Place) -> str:
        """Its names, status, and what the current selection says of it."""
        note = describe.selection_note(self.corpus, self.selection.current, place,
                                       place.id in self._marked or place.id in self._styled)
        return describe.tooltip(self.corpus, place, self.prefs.naming, note)

    def _accessible_description(self, pid: str) -> str:
        place = self.corpus.places[pid]
        state = describe.ring_text(place, self.selection.current, self.prefs.naming)
        return f"{state.split(' — ', 1)[1]}. {access.plain(self.tooltip(place))}"

    def _refresh_names(self) -> None:
        self.label_layer.rename(self.prefs.naming)
        self.legend.set_claims(*describe.claim_legend(self.corpus, self.selection.current,
                                                      self.prefs.naming))
        self.relayout_labels()

    def relayout_labels(self) -> None:
        self.label_layer.relayout()

    def _on_view_moved(self) -> None:  # a method of the pane: disconnected when it goes
        self.label_layer.moved()

    def _on_view_panned(self) -> None:
        if self.view.dragging():
            self._pan_timer.start()
        else:
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
        self._year_note = ""
        self._year_chosen = self._remember_year  # the reader's own choice, or a selection's
        if self._remember_year:
            self.prefs.set_value("map/year", self.year)
            self._apply_year(self.year)
            self._show(self.year_rect(), "fit")  # the reader's choice: look at that year
        else:
            self._apply_year(self.year)
        self.relayout_labels()

    def _apply_year(self, year: int) -> None:
        shown = apply_year(year, self.year_box.currentText(), self.lines, self.labels,
                           self.legend, self.map_labels.line_kinds)
        self.scene.spread_shared()
        self._caption = caption(self.year_box.currentText(), shown, self.map_labels.line_kinds)
        self._show_caption()

    def year_rect(self) -> QRectF:
        """Where the view looks for the chosen year: its lines and the disputed islands."""
        return year_rect(self.lines, self.year, self.disputed_rect(),
                         self.map_labels.line_kinds)

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

                access.announce_focus(self.view, pid)
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, text))

    def places_in_passage(self, ref: Ref) -> list[str]:
        return places_in_passage(self.corpus, ref)

    def _on_selection(self, ref: Ref | None) -> None:
        if self.view.focus_id:  # the ring's island: "selected" or "press Enter"
            self._on_focus_moved(self.view.focus_id)
        marks = marks_for(ref, self.corpus, self.scene, self.annotations)
        self._follow_year(marks)
        self._restyle(marks.fills, marks.outlines)
        self.label_layer.mark(marks.badges, marks.highlight)
        self._marked = set(marks.marked)
        self.legend.set_claims(*describe.claim_legend(self.corpus, ref, self.prefs.naming))
        if marks.target is not None and not marks.target[0].isEmpty():
            self._show(*marks.target)  # moves the view, then places the labels once
        else:
            self.relayout_labels()
        if ring := self._ring_for(ref):  # one current island: the ring goes with it
            self.view.move_ring(ring)  # (after the view moved: the island is now in view)
        self.view.viewport().update()

    def _ring_for(self, ref: Ref | None) -> str | None:
        """The one island a selection is about, where the ring goes: a place, a reading's
        chosen island, a note about a single place ("Shikotan" in the text)."""
        if ref is None:
            return None
        ring = ref.id if ref.kind == "place" else ref.place if ref.kind == "interp" else None
        note = self.corpus.notes.get(ref.id) if ref.kind == "note" else None
        if note is not None and len(note.places) == 1:
            ring = note.places[0]
        return ring if ring in self.view.focus_order else None

    def _follow_year(self, marks) -> None:  # noqa: ANN001 - Marks
        """An event sets its year; the text (a passage, note, annotation) sets 1956 unless
        the reader chose the year themselves, which is kept, and the caption says so."""
        self._year_note = ""
        if marks.year is None or nearest_year(marks.year) == self.year:
            self._show_caption()
            return
        if marks.year_is_event or not self._year_chosen:
            self.set_year(marks.year)
            return
        self._year_note = " " + self.tr("(kept: the year you chose; the selection is about "
                                        "{year})").format(year=nearest_year(marks.year))
        self._show_caption()

    def _show_caption(self) -> None:
        self.caption.set_caption(self._caption + self._year_note)

    def _restyle(self, fills: dict[str, QColor], outlines: dict[str, str]) -> None:
        now = set(fills) | set(outlines)
        for pid in self._styled - now:
            self.islands[pid].set_style(None, None)
        for pid in now:
            self.islands[pid].set_style(fills.get(pid), outlines.get(pid))
        self._styled = now
