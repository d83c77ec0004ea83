"""The readings: the competing interpretations of the declaration, by party, as a claims
matrix, a timeline of events and the sources.

Tabs on top, one detail view below. The pane listens to the Selection: a place, note or
passage marks the readings it concerns (and says so in one line above the tabs); the detail
always shows the current selection, or says plainly that the readings are not narrowed by it.
It only ever calls `selection.set(...)`, never another pane.

The pane only assembles and routes: `filter_bar` (what the selection concerns), `tabs` (the
list, matrix, timeline and sources), `detail_view` (the detail).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from viewer.corpus.model import Corpus
from viewer.corpus.refs import Ref
from viewer.ui.common.claims import claim_key_for_place, filter_for
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.readings.detail_view import DetailView
from viewer.ui.readings.filter_bar import Explainer, FilterBar
from viewer.ui.readings.reading_list import NARROW_TREE, ReadingList
from viewer.ui.readings.tabs import (
    TAB_MATRIX,
    TAB_READINGS,
    TAB_SOURCES,
    TAB_TIMELINE,
    ReadingTabs,
)

if TYPE_CHECKING:
    from viewer.ui.readings.matrix import ClaimMatrixModel, ClaimMatrixView
    from viewer.ui.readings.sources import SourcesView
    from viewer.ui.readings.timeline import TimelineView

__all__ = ["NARROW_TREE", "TAB_MATRIX", "TAB_READINGS", "TAB_SOURCES", "TAB_TIMELINE",
           "InterpretationsPane"]

log = logging.getLogger("viewer.interpretations")


class InterpretationsPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.setAccessibleName(self.tr("Readings"))
        self.setAccessibleDescription(self.tr("Competing readings of the declaration: by party, "
                                              "as a claims matrix, a timeline of events and the "
                                              "sources"))
        self._filter_ids: set[str] | None = None
        self._filter_ref: Ref | None = None
        self._build()
        self.readings.populate()
        self.detail.show_ref(None, prefs.naming)
        selection.changed.connect(self._on_selection)
        prefs.naming_changed.connect(self._on_naming)
        if selection.current is not None:
            self._on_selection(selection.current)

    def _build(self) -> None:
        self.heading = QLabel("<b>" + self.tr("Readings") + "</b>")
        self.filter_bar = FilterBar()
        self.filter_bar.only_toggled.connect(lambda _on: self._apply_filter())
        self.explainer = Explainer()
        self.readings = ReadingList(self.corpus)
        self.readings.chosen.connect(lambda iid: self.selection.set(Ref("interp", iid)))
        self.readings.rebuilt.connect(self._on_rebuilt)
        self.tabs = ReadingTabs(self.corpus, self.selection, self.prefs, self.readings)
        self.detail = DetailView(self.corpus, self.selection, self)
        self.documents = self.detail.documents
        self.tree, self.sort_combo = self.readings.tree, self.readings.sort_combo
        self.filter_label, self.only_button = self.filter_bar.label, self.filter_bar.button

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.tabs)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)  # the list's titles take two lines each
        self.split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.explainer)
        layout.addWidget(self.split, 1)

    # --- the parts' views, by the names the main window and the tests use ------------------

    @property
    def matrix(self) -> ClaimMatrixView:
        return self.tabs.matrix

    @property
    def matrix_model(self) -> ClaimMatrixModel:
        return self.tabs.matrix_model

    @property
    def timeline(self) -> TimelineView:
        return self.tabs.timeline

    @property
    def sources(self) -> SourcesView:
        return self.tabs.sources

    @property
    def _matrix(self) -> ClaimMatrixView | None:
        return self.tabs._matrix  # noqa: SLF001 - whether it is built yet

    @property
    def _timeline(self) -> TimelineView | None:
        return self.tabs._timeline  # noqa: SLF001

    @property
    def _sources(self) -> SourcesView | None:
        return self.tabs._sources  # noqa: SLF001

    @property
    def sort_mode(self) -> str:
        return self.readings.sort_mode

    def _link_clicked(self, url: QUrl) -> None:
        self.detail.link_clicked(url)

    def view_actions(self) -> list[QAction]:
        """Switch to a view of this pane (for the main window's View menu)."""
        return self.tabs.view_actions()

    def show_tab(self, tab: int) -> None:
        self.tabs.show_tab(tab)

    def focus_main(self) -> None:
        """Ctrl+2: the shown tab's view, ready for the arrows (never a hidden one)."""
        self.tabs.focus_main()

    # --- what the selection concerns --------------------------------------------------------

    def visible_readings(self) -> list[str]:
        """Ids of the readings the list currently shows, in list order."""
        return self.readings.visible()

    def marked_readings(self) -> list[str]:
        """Ids of the readings marked as concerning the selection, in list order."""
        return self.readings.marked()

    def show_all(self) -> None:
        """Every reading in the list again (Only these off); the marks stay."""
        self.filter_bar.button.setChecked(False)

    def _set_filter(self, ref: Ref | None, ids: set[str] | None) -> None:
        self._filter_ref, self._filter_ids = ref, ids
        self._apply_filter()

    def _apply_filter(self) -> None:
        ids, ref = self._filter_ids, self._filter_ref
        if ids is None or ref is None:
            self.filter_bar.hide()
            self.explainer.hide()
            ids = None
        else:
            label, _ = filter_for(self.corpus, ref, self.prefs.naming)
            self.filter_bar.show_concern(ref, label, len(ids), len(self.corpus.interpretations))
            self.explainer.explain(self.corpus, self._filter_keys(ref), self.prefs.naming)
        # Marks only where they tell something: not when every reading or none is concerned.
        marks = ids if ids and len(ids) < len(self.corpus.interpretations) else None
        hidden = marks if self.filter_bar.only() else None
        self.readings.mark_rows(marks)
        self.readings.apply_filter(hidden)
        self.tabs.mark_matrix_rows(marks)
        self.tabs.filter_matrix(hidden)

    def _filter_keys(self, ref: Ref) -> list[str]:
        if ref.kind == "place":
            key = claim_key_for_place(self.corpus, ref.id)
            return [key] if key else []
        if ref.kind == "note" and ref.id in self.corpus.notes:
            keys = (claim_key_for_place(self.corpus, p) for p in self.corpus.notes[ref.id].places)
            return [k for k in keys if k]
        return []

    # --- selection --------------------------------------------------------------------------

    def _on_rebuilt(self) -> None:
        """The list's rows were made again (another order): same filter, same current row."""
        self._apply_filter()
        current = self.selection.current
        if current is not None and current.kind == "interp":
            self._mark_reading(current.id, current.place)

    def _on_selection(self, ref: Ref | None) -> None:
        """The detail always shows `ref`. A place, note or passage (or nothing, or an
        annotation: no narrowing) sets what the marks and the bar say; a reading, event or
        source keeps them, as the bar names what they concern."""
        if ref is None or ref.kind in ("place", "note", "passage", "annotation"):
            _label, ids = filter_for(self.corpus, ref, self.prefs.naming)
            self._set_filter(ref if ids is not None else None, ids)
        elif ref.kind == "interp" and ref.id in self.corpus.interpretations:
            if self.filter_bar.only() and ref.id not in (self._filter_ids or set()):
                self.show_all()  # the chosen reading must be in the list
            self._mark_reading(ref.id, ref.place)
            self.tabs.highlight_events(set(self.corpus.interpretations[ref.id].events))
        elif ref.kind == "event" and ref.id in self.corpus.events:
            self.timeline.show_event(ref.id)
            self.tabs.setCurrentIndex(TAB_TIMELINE)
        elif ref.kind == "source" and ref.id in self.corpus.sources:
            self.sources.show_source(ref.id)
            self.tabs.setCurrentIndex(TAB_SOURCES)
        self.detail.show_ref(ref, self.prefs.naming)

    def _mark_reading(self, iid: str, place: str | None) -> None:
        self.readings.mark(iid)
        self.tabs.mark_matrix(iid, place)

    def _on_naming(self, mode: str) -> None:
        self.tabs.set_naming(mode)
        self._apply_filter()
        self.detail.show_ref(self.detail.shown, self.prefs.naming)
