"""The pane's tabs: the readings list, the claims matrix, the timeline and the sources.

Short labels (List, Matrix, Events, Sources; the long names in their tooltips) and no scroll
buttons: every tab stays in sight, and the pane is never narrower than its tab bar.

The matrix, timeline and sources are not visible at first paint: each tab holds an empty page
until it is shown or needed, then is built with the state it would have had (the rows a
filter hides, the reading and island in focus, the events to highlight).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from viewer.corpus.model import CLAIM_KEYS, Corpus
from viewer.corpus.refs import Ref
from viewer.ui.common.claims import claim_key_for_place
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.readings.reading_list import ReadingList

if TYPE_CHECKING:  # built when first shown or needed (start-up cost, issue 9)
    from viewer.ui.readings.matrix import ClaimMatrixModel, ClaimMatrixView
    from viewer.ui.readings.sources import SourcesView
    from viewer.ui.readings.timeline import TimelineView

TAB_READINGS, TAB_MATRIX, TAB_TIMELINE, TAB_SOURCES = range(4)
TAB_TIPS = (QT_TRANSLATE_NOOP("ReadingTabs", "The readings, by party or by date"),
            QT_TRANSLATE_NOOP("ReadingTabs", "Claims matrix: each reading × each island group"),
            QT_TRANSLATE_NOOP("ReadingTabs", "Timeline of events"),
            QT_TRANSLATE_NOOP("ReadingTabs",
                              "Sources: the bibliography, with what was checked"))


class ReadingTabs(QTabWidget):
    """The four views; a choice in one of them sets the Selection."""

    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 readings: ReadingList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.readings = readings
        self._matrix: ClaimMatrixView | None = None
        self._timeline: TimelineView | None = None
        self._sources: SourcesView | None = None
        self._matrix_ids: set[str] | None = None  # readings the matrix shows (None: all)
        self._matrix_marks: set[str] | None = None  # readings in bold in the matrix
        self._timeline_marks: set[str] = set()  # events to highlight once the timeline exists
        self.setAccessibleName(self.tr("Reading views"))
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)
        self.addTab(readings, self.tr("&List"))
        self._pages: dict[int, QWidget] = {}
        for tab, title in ((TAB_MATRIX, self.tr("&Matrix")), (TAB_TIMELINE, self.tr("Even&ts")),
                           (TAB_SOURCES, self.tr("&Sources"))):
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[tab] = page
            self.addTab(page, title)
        for tab, tip in enumerate(TAB_TIPS):
            self.setTabToolTip(tab, self.tr(tip))
        self.currentChanged.connect(self._build_tab)
        self._view_actions: list[QAction] = []
        for tab, text, key in (
                (TAB_READINGS, self.tr("Readings: &Reading list"), "Ctrl+Shift+R"),
                (TAB_MATRIX, self.tr("Readings: &Matrix"), "Ctrl+Shift+M"),
                (TAB_TIMELINE, self.tr("Readings: &Timeline of events"), "Ctrl+Shift+T"),
                (TAB_SOURCES, self.tr("Readings: Sour&ces"), "Ctrl+Shift+B")):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, t=tab: self.show_tab(t))
            self._view_actions.append(action)

    def view_actions(self) -> list[QAction]:
        return list(self._view_actions)

    def show_tab(self, tab: int) -> None:
        self.setCurrentIndex(tab)
        self.focus_main()

    def focus_main(self) -> None:
        """The shown tab's view, ready for the arrows (never a hidden one)."""
        self._tab_view(self.currentIndex()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build_tab(self, tab: int) -> None:
        self._tab_view(tab)

    def _tab_view(self, tab: int) -> QWidget:
        """The tab's main view, built if need be."""
        if tab == TAB_MATRIX:
            return self.matrix
        if tab == TAB_TIMELINE:
            return self.timeline
        if tab == TAB_SOURCES:
            return self.sources.tree
        return self.readings.tree

    def _put(self, tab: int, view: QWidget) -> None:
        self._pages[tab].layout().addWidget(view)

    # --- the lazily built views -------------------------------------------------------------

    @property
    def matrix(self) -> ClaimMatrixView:
        if self._matrix is None:
            from viewer.ui.readings.matrix import ClaimMatrixModel, ClaimMatrixView

            self._matrix_model = ClaimMatrixModel(self.corpus, self.prefs.naming, self)
            self._matrix = ClaimMatrixView(self._matrix_model)
            self._matrix.chosen.connect(
                lambda iid, place: self.selection.set(Ref("interp", iid, place=place or None)))
            self._put(TAB_MATRIX, self._matrix)
            self.filter_matrix(self._matrix_ids)
            self.mark_matrix_rows(self._matrix_marks)
            current = self.selection.current
            if current is not None and current.kind == "interp":
                self.mark_matrix(current.id, current.place)
        return self._matrix

    @property
    def matrix_model(self) -> ClaimMatrixModel:
        self.matrix  # noqa: B018 - builds it
        return self._matrix_model

    @property
    def timeline(self) -> TimelineView:
        if self._timeline is None:
            from viewer.ui.readings.timeline import TimelineView

            self._timeline = TimelineView(self.corpus)
            self._timeline.chosen.connect(lambda eid: self.selection.set(Ref("event", eid)))
            self._put(TAB_TIMELINE, self._timeline)
            self._timeline.highlight(self._timeline_marks)
        return self._timeline

    @property
    def sources(self) -> SourcesView:
        if self._sources is None:
            from viewer.ui.readings.sources import SourcesView

            self._sources = SourcesView(self.corpus)
            self._sources.chosen.connect(lambda sid: self.selection.set(Ref("source", sid)))
            self._put(TAB_SOURCES, self._sources)
        return self._sources

    # --- state passed on to the views (kept for the ones not built yet) --------------------

    def filter_matrix(self, ids: set[str] | None) -> None:
        self._matrix_ids = ids
        if self._matrix is None:
            return
        for row, it in enumerate(self._matrix_model.readings):
            self._matrix.setRowHidden(row, ids is not None and it.id not in ids)

    def mark_matrix_rows(self, ids: set[str] | None) -> None:
        self._matrix_marks = ids
        if self._matrix is not None:
            self._matrix_model.set_marked(ids)

    def mark_matrix(self, iid: str, place: str | None) -> None:
        if self._matrix is None:
            return
        row = self._matrix_model.row_of(iid)
        if row >= 0:
            key = claim_key_for_place(self.corpus, place) if place else None
            col = 1 + CLAIM_KEYS.index(key) if key else 0
            index = self._matrix_model.index(row, col)
            self._matrix.setCurrentIndex(index)
            self._matrix.scrollTo(index)

    def highlight_events(self, event_ids: set[str]) -> None:
        self._timeline_marks = event_ids
        if self._timeline is not None:
            self._timeline.highlight(event_ids)

    def set_naming(self, mode: str) -> None:
        if self._matrix is not None:
            self._matrix_model.set_naming(mode)
