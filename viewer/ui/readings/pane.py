"""The competing interpretations: readings by party, a claims matrix, a timeline, sources.

Tabs on top, one detail view below (a reading, an event or a source). The pane listens to
the Selection: a place, note or passage narrows the readings; a reading, event or source is
shown in the detail. It only ever calls `selection.set(...)`, never another pane.
"""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import CLAIM_KEYS, Corpus, Interpretation
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.common import links
from viewer.ui.common.claims import (
    UNNAMED_KEYS,
    claim_key_for_place,
    filter_for,
)
from viewer.ui.common.markdown_view import plain_tip
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.common.wrapping_rows import wrap_rows
from viewer.ui.readings.detail import event_html, island_html, reading_html, source_html
from viewer.ui.readings.docs import DetailDocuments

if TYPE_CHECKING:  # built when first shown or needed (start-up cost, issue 9)
    from viewer.ui.readings.matrix import ClaimMatrixModel, ClaimMatrixView
    from viewer.ui.readings.sources import SourcesView
    from viewer.ui.readings.timeline import TimelineView

log = logging.getLogger("viewer.interpretations")
ROLE_REF = Qt.ItemDataRole.UserRole
SORT_MODES = ("party", "date")
NARROW_TREE = 250  # px: a readings tree narrower than this shows years only in its Date column
TAB_READINGS, TAB_MATRIX, TAB_TIMELINE, TAB_SOURCES = range(4)


class InterpretationsPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.setAccessibleName("Interpretations")
        self.setAccessibleDescription("Competing readings of the declaration: by party, as a "
                                      "claims matrix, a timeline of events and the sources")
        self._filter_ids: set[str] | None = None
        self._filter_ref: Ref | None = None
        self._shown: Ref | None = None  # what the detail view shows
        self._matrix: ClaimMatrixView | None = None
        self._timeline: TimelineView | None = None
        self._sources: SourcesView | None = None
        self._timeline_marks: set[str] = set()  # events to highlight once the timeline exists
        self._build()
        self._populate_tree()
        selection.changed.connect(self._on_selection)
        prefs.naming_changed.connect(self._on_naming)
        if selection.current is not None:
            self._on_selection(selection.current)

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel("<b>Interpretations</b>")

        self.filter_bar = QFrame()
        self.filter_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter_bar.setAccessibleName("Filter")
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        self.show_all_button = QToolButton()
        self.show_all_button.setText("Show all")
        self.show_all_button.setAccessibleName("Show all readings")
        self.show_all_button.clicked.connect(self.show_all)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.filter_label, 1)
        bar.addWidget(self.show_all_button)
        self.filter_bar.hide()

        self.explainer = QLabel()
        self.explainer.setWordWrap(True)
        self.explainer.setAccessibleDescription("Why this island matters")
        self.explainer.hide()

        # Readings tab: sort control + tree.
        self.sort_combo = QComboBox()
        self.sort_combo.addItems(["Grouped by party", "By date"])
        self.sort_combo.setAccessibleName("Order of readings")
        self.sort_combo.currentIndexChanged.connect(lambda _i: self._populate_tree())
        sort_label = QLabel("&Order:")
        sort_label.setBuddy(self.sort_combo)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Reading", "Date"])
        self.tree.setAccessibleName("Readings")
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        wrap_rows(self.tree, 0)  # titles on two lines (three when narrow), then "…"
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._short_dates = False
        self._spans_pending = False
        head.sectionResized.connect(lambda *_: self._fit_to_width())
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        # In the empty list when a filter leaves no reading, so it is not a blank box.
        self.no_reading = QLabel(self.tree.viewport())
        self.no_reading.setWordWrap(True)
        self.no_reading.setMargin(8)
        self.no_reading.setAccessibleDescription("No reading")
        self.no_reading.linkActivated.connect(lambda _link: self.show_all())
        self.no_reading.hide()
        readings = QWidget()
        rl = QVBoxLayout(readings)
        rl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(sort_label)
        row.addWidget(self.sort_combo, 1)
        rl.addLayout(row)
        rl.addWidget(self.tree)

        # The matrix, timeline and sources are not visible at first paint: each tab holds an
        # empty page until it is shown or needed (see the properties below).
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Interpretation views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(readings, "&Readings")
        self._pages: dict[int, QWidget] = {}
        for tab, title in ((TAB_MATRIX, "&Matrix"), (TAB_TIMELINE, "&Timeline"),
                           (TAB_SOURCES, "&Sources")):
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[tab] = page
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._build_tab)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Detail")
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.detail.highlighted.connect(self._link_hovered)
        self.documents = DetailDocuments(self.detail, self)
        self.documents.show("<p><i>Select a reading, a cell of the matrix, an event or a "
                            "source to see it here.</i></p>")

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

        self._view_actions: list[QAction] = []
        for tab, text, key in ((TAB_READINGS, "Interpretations: &Readings", "Ctrl+Shift+R"),
                               (TAB_MATRIX, "Interpretations: &Matrix", "Ctrl+Shift+M"),
                               (TAB_TIMELINE, "Interpretations: &Timeline", "Ctrl+Shift+T"),
                               (TAB_SOURCES, "Interpretations: Sour&ces", "Ctrl+Shift+B")):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, t=tab: self.show_tab(t))
            self._view_actions.append(action)

    # --- the lazily built views -------------------------------------------------------------

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
        return self.tree

    def focus_main(self) -> None:
        """Ctrl+2: the shown tab's view, ready for the arrows (never a hidden one)."""
        self._tab_view(self.tabs.currentIndex()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _put(self, tab: int, view: QWidget) -> None:
        self._pages[tab].layout().addWidget(view)

    @property
    def matrix(self) -> ClaimMatrixView:
        if self._matrix is None:
            from viewer.ui.readings.matrix import ClaimMatrixModel, ClaimMatrixView

            self._matrix_model = ClaimMatrixModel(self.corpus, self.prefs.naming, self)
            self._matrix = ClaimMatrixView(self._matrix_model)
            self._matrix.chosen.connect(self._matrix_chosen)
            self._put(TAB_MATRIX, self._matrix)
            self._apply_matrix_filter()
            current = self.selection.current
            if current is not None and current.kind == "interp":
                self._mark_matrix(current.id, current.place)
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

    def view_actions(self) -> list[QAction]:
        """Switch to a view of this pane (for the main window's View menu)."""
        return list(self._view_actions)

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        self.focus_main()

    # --- readings list ----------------------------------------------------------------------

    @property
    def sort_mode(self) -> str:
        return SORT_MODES[self.sort_combo.currentIndex()]

    def _populate_tree(self) -> None:
        self.tree.clear()
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        readings = sorted(self.corpus.interpretations.values(), key=lambda i: (i.date, i.id))
        if self.sort_mode == "date":
            self.tree.setRootIsDecorated(False)
            for it in readings:
                self.tree.addTopLevelItem(self._reading_item(it, with_party=True))
        else:
            self.tree.setRootIsDecorated(True)
            order = list(self.corpus.parties) + sorted(
                {i.party for i in readings} - set(self.corpus.parties))
            for party_id in order:
                items = [it for it in readings if it.party == party_id]
                if not items:
                    continue
                party = self.corpus.parties.get(party_id)
                top = QTreeWidgetItem([party.name if party else party_id, ""])
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                self.tree.addTopLevelItem(top)
                for it in items:
                    top.addChild(self._reading_item(it, with_party=False))
                top.setExpanded(True)
        self._spans_pending = self.sort_mode != "date"
        if self.tree.isVisible():
            self._span_party_rows()
        self._apply_filter()
        current = self.selection.current
        if current is not None and current.kind == "interp":
            self._mark_reading(current.id, current.place)

    def _reading_item(self, it: Interpretation, *, with_party: bool) -> QTreeWidgetItem:
        party = self.corpus.parties.get(it.party)
        title = f"{party.name if party else it.party}: {it.title}" if with_party else it.title
        item = QTreeWidgetItem([title, it.date[:4] if self._short_dates else it.date])
        item.setToolTip(1, it.date)
        item.setData(0, ROLE_REF, it.id)
        item.setToolTip(0, plain_tip(f"{it.title}\n{it.proponent}\n\n{it.summary}"))
        self._tree_items[it.id] = item
        return item

    def _span_party_rows(self) -> None:
        """The party rows span both columns, so a party's name is never squeezed. Each span
        lays the tree out at once: done once it is shown, when it is laid out anyway."""
        if self._spans_pending:
            self._spans_pending = False
            for i in range(self.tree.topLevelItemCount()):
                self.tree.topLevelItem(i).setFirstColumnSpanned(True)

    def _fit_to_width(self) -> None:
        if self.tree.isVisible():
            self._span_party_rows()
        if self.no_reading.isVisible():
            self._fit_no_reading()
        self._fit_dates()

    def _fit_no_reading(self) -> None:
        self.no_reading.setFixedWidth(max(120, self.tree.viewport().width()))
        self.no_reading.adjustSize()

    def _fit_dates(self) -> None:
        """In a narrow tree the Date column shows years only, leaving the titles room; the
        full date stays in its tooltip and in the detail."""
        short = self.tree.viewport().width() < NARROW_TREE
        if short == self._short_dates:
            return
        self._short_dates = short
        for rid, item in self._tree_items.items():
            date = self.corpus.interpretations[rid].date
            item.setText(1, date[:4] if short else date)

    def _activate(self, item: QTreeWidgetItem) -> None:
        iid = item.data(0, ROLE_REF)
        if iid:
            self.selection.set(Ref("interp", iid))

    def _matrix_chosen(self, iid: str, place: str) -> None:
        self.selection.set(Ref("interp", iid, place=place or None))

    # --- filtering --------------------------------------------------------------------------

    def visible_readings(self) -> list[str]:
        """Ids of the readings the list currently shows, in list order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            kids = [top.child(j) for j in range(top.childCount())] or [top]
            out += [k.data(0, ROLE_REF) for k in kids
                    if not k.isHidden() and not top.isHidden() and k.data(0, ROLE_REF)]
        return out

    def show_all(self) -> None:
        self._set_filter(None, None)

    def _set_filter(self, ref: Ref | None, ids: set[str] | None) -> None:
        self._filter_ref, self._filter_ids = ref, ids
        self._apply_filter()

    def _apply_filter(self) -> None:
        # setHidden relays out and repaints the whole tree even when nothing changes: only
        # touch the rows whose state differs (a selection change often keeps the same set).
        ids = self._filter_ids
        for iid, item in self._tree_items.items():
            hidden = ids is not None and iid not in ids
            if item.isHidden() != hidden:
                item.setHidden(hidden)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.childCount():
                hidden = all(top.child(j).isHidden() for j in range(top.childCount()))
                if top.isHidden() != hidden:
                    top.setHidden(hidden)
        self._apply_matrix_filter()
        self._update_filter_bar()

    def _apply_matrix_filter(self) -> None:
        if self._matrix is None:
            return
        ids = self._filter_ids
        for row, it in enumerate(self._matrix_model.readings):
            self._matrix.setRowHidden(row, ids is not None and it.id not in ids)

    def _update_filter_bar(self) -> None:
        ids, ref = self._filter_ids, self._filter_ref
        if ids is None or ref is None:
            self.filter_bar.hide()
            self.explainer.hide()
            self.no_reading.hide()
            return
        label, _ = filter_for(self.corpus, ref, self.prefs.naming)
        if ids:
            self.no_reading.hide()
        else:
            what = "this passage" if ref.kind == "passage" else "this place"
            self.no_reading.setText(
                f"<i>None of the {len(self.corpus.interpretations)} readings here discusses "
                f"{what} ({escape(label)}).</i> <a href='all'>Show all readings</a>")
            self.no_reading.show()
            self._fit_no_reading()
        total = len(self.corpus.interpretations)
        count = f"{len(ids)} of {total} readings" if ids else "no reading"
        self.filter_label.setText(f"Filtered by: <b>{escape(label)}</b> — {count}")
        self.filter_label.setToolTip(
            "Readings of this passage" if ref.kind == "passage" else
            "Readings that say something specific about this place: a claim other than "
            "'undetermined', or a note on it")
        self.filter_bar.show()
        keys = self._filter_keys(ref)
        unnamed = [k for k in keys if k in UNNAMED_KEYS and k in self.corpus.places]
        if unnamed:
            names = " and ".join(place_name(self.corpus.places[k], self.prefs.naming)
                                 for k in unnamed)
            self.explainer.setText(
                f"<i>The declaration does not name {escape(names)}. Article 9 names only "
                "Habomai and Shikotan; whether the other islands remain a subject of the "
                "peace-treaty negotiations is what the readings below dispute.</i>")
            self.explainer.show()
        else:
            self.explainer.hide()

    def _filter_keys(self, ref: Ref) -> list[str]:
        if ref.kind == "place":
            key = claim_key_for_place(self.corpus, ref.id)
            return [key] if key else []
        if ref.kind == "note" and ref.id in self.corpus.notes:
            keys = (claim_key_for_place(self.corpus, p) for p in self.corpus.notes[ref.id].places)
            return [k for k in keys if k]
        return []

    # --- selection --------------------------------------------------------------------------

    def _on_selection(self, ref: Ref | None) -> None:
        if ref is None:
            self._set_filter(None, None)
            return
        if ref.kind in ("place", "note", "passage"):
            _label, ids = filter_for(self.corpus, ref, self.prefs.naming)
            self._set_filter(ref if ids is not None else None, ids)
            if ref.kind == "place" and self._filter_keys(ref):
                self._show_detail(ref)
            return
        if ref.kind == "interp" and ref.id in self.corpus.interpretations:
            if self._filter_ids is not None and ref.id not in self._filter_ids:
                self._set_filter(None, None)
            self._mark_reading(ref.id, ref.place)
            self._timeline_marks = set(self.corpus.interpretations[ref.id].events)
            if self._timeline is not None:
                self._timeline.highlight(self._timeline_marks)
            self._show_detail(ref)
        elif ref.kind == "event" and ref.id in self.corpus.events:
            self.timeline.show_event(ref.id)
            self.tabs.setCurrentIndex(TAB_TIMELINE)
            self._show_detail(ref)
        elif ref.kind == "source" and ref.id in self.corpus.sources:
            self.sources.show_source(ref.id)
            self.tabs.setCurrentIndex(TAB_SOURCES)
            self._show_detail(ref)

    def _mark_reading(self, iid: str, place: str | None) -> None:
        item = self._tree_items.get(iid)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        if self._matrix is not None:
            self._mark_matrix(iid, place)

    def _mark_matrix(self, iid: str, place: str | None) -> None:
        row = self._matrix_model.row_of(iid)
        if row >= 0:
            key = claim_key_for_place(self.corpus, place) if place else None
            col = 1 + CLAIM_KEYS.index(key) if key else 0
            index = self._matrix_model.index(row, col)
            self._matrix.setCurrentIndex(index)
            self._matrix.scrollTo(index)

    def _show_detail(self, ref: Ref) -> None:
        self._shown = ref
        naming = self.prefs.naming
        if ref.kind == "interp":
            it = self.corpus.interpretations[ref.id]
            focus = claim_key_for_place(self.corpus, ref.place) if ref.place else None
            html = reading_html(self.corpus, it, naming, focus)
        elif ref.kind == "place":
            key = claim_key_for_place(self.corpus, ref.id) or ref.id
            html = island_html(self.corpus, key, naming, self._filter_ids)
        elif ref.kind == "event":
            html = event_html(self.corpus, self.corpus.events[ref.id], naming)
        else:
            html = source_html(self.corpus, self.corpus.sources[ref.id])
        self.documents.show(html)

    def _on_naming(self, mode: str) -> None:
        if self._matrix is not None:
            self._matrix_model.set_naming(mode)
        self._update_filter_bar()
        if self._shown is not None:
            self._show_detail(self._shown)

    # --- links ------------------------------------------------------------------------------

    def _link_clicked(self, url: QUrl) -> None:
        links.handle_link(url, self.corpus, self.selection, self)

    def _link_hovered(self, url: QUrl) -> None:
        text = url.toString()
        external = text.lower().startswith(("http://", "https://"))
        self.detail.setToolTip(plain_tip(f"{text}\n(opens in your browser after you confirm)")
                               if external else "")
