"""The annotations panel: the user's annotations as a lazily paged list, with filters.

A QDockWidget (hidden at first start, View ▸ Annotations panel, Ctrl+Shift+N). Two tabs share
one model class: anchored annotations and those whose quote no longer anchors (orphans, listed
with their quote, never dropped). Rows are fetched from the store a page at a time
(canFetchMore/fetchMore), so 100,000 annotations cost one COUNT and one page to open.
Clicking a row (or Enter) selects Ref("annotation", id); Edit… and Delete go through the
AnnotationService (undoable). The panel never calls another pane.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import LANG_NAMES, Corpus
from viewer.corpus.refs import Ref
from viewer.escaping import visible_bidi
from viewer.ui.annotations.editor import COLORS, color_name, editor_for, place_choices
from viewer.ui.annotations.list_model import ID_ROLE, AnnotationListModel
from viewer.ui.annotations.service import AnnotationService
from viewer.ui.common.field_keys import keep_escape
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection

log = logging.getLogger("viewer.annotations.panel")

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "AnnotationsPanel", "No annotations yet. To make one, select words in the text, then "
    "choose Edit ▸ Annotate… (Ctrl+Shift+A) or right-click the selection. File ▸ Import "
    "annotations… brings in a file of them.")
NO_MATCH = QT_TRANSLATE_NOOP("AnnotationsPanel", "No annotation matches these filters.")
DOCK_WIDTH = 320  # asked for when first shown (the window narrows it to its share)
TAGS_COLUMN = 2
TAGS_WIDTH = (64, 260)  # the Tags column fits its loaded rows' tags, within these bounds


class _Body(QWidget):
    """The panel's contents: asks for DOCK_WIDTH, so the main window gives the dock that
    width when it first shows it (one layout pass, not a second one to resize it)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(max(hint.width(), DOCK_WIDTH), hint.height())


class AnnotationsPanel(QDockWidget):
    """The dock. `view_actions()` gives the View-menu toggle (Ctrl+Shift+N)."""

    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 service: AnnotationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotations"))
        self.corpus, self.selection, self.prefs, self.service = (corpus, selection, prefs,
                                                                 service)
        self.setObjectName("AnnotationsPanel")
        self.setAccessibleName(self.tr("Annotations panel"))
        self._dirty = True
        self._sized = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        # Not 0 ms: a ready zero-interval timer can run before the repaint that shows the
        # panel (the counts and tag lists scan the table: tens of ms at 100,000 rows).
        self._later_timer = QTimer(self, singleShot=True, interval=30)
        self._later_timer.timeout.connect(self._refresh_rest)
        self._counts_timer = QTimer(self, singleShot=True, interval=0)
        self._counts_timer.timeout.connect(self._update_counts)
        self._text_timer = QTimer(self, singleShot=True, interval=200)
        self._text_timer.timeout.connect(self._apply_filters)

        self.tag_box = self._combo(self.tr("Filter by tag"))
        self.color_box = self._combo(self.tr("Filter by colour"))
        self.place_box = self._combo(self.tr("Filter by linked place"))
        self.text_field = QLineEdit()
        self.text_field.setPlaceholderText(self.tr("Filter by text"))
        self.text_field.setToolTip(self.tr("Filter by text in the quote, the note or the tags"))
        self.text_field.setAccessibleName(self.tr("Filter by text"))
        self.text_field.setClearButtonEnabled(True)
        keep_escape(self.text_field)
        self.text_field.textChanged.connect(lambda _t: self._text_timer.start())
        self.text_field.returnPressed.connect(self._apply_filters)
        self._passage: tuple[str, str] | None = None  # (lang, passage) asked for by the text
        self.passage_button = QPushButton()
        self.passage_button.setAccessibleName(self.tr("Stop listing one passage only"))
        self.passage_button.setToolTip(self.tr("List the annotations of every passage again"))
        self.passage_button.clicked.connect(lambda: self.show_passage(None))
        self.passage_button.hide()

        self.anchored = AnnotationListModel(service, corpus, False, self)
        self.orphans = AnnotationListModel(service, corpus, True, self)
        self.anchored_view = self._view(self.anchored, self.tr("Anchored annotations"))
        self.orphan_view = self._view(self.orphans, self.tr("Annotations not anchored in the "
                                                            "text"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Annotation lists"))
        self.tabs.addTab(self.anchored_view, self.tr("Anchored"))
        self.tabs.addTab(self.orphan_view, self.tr("Not anchored"))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected annotation"))
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected annotation"))
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.status = QLabel()
        self.status.setAccessibleDescription(self.tr("Annotation count"))
        self.empty_hint = QLabel(self.tr(EMPTY_HINT))  # until there is something to list
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setMargin(6)
        self.empty_hint.setAccessibleDescription(self.tr("How to make an annotation"))
        self.empty_hint.hide()

        body = _Body()
        body.setAccessibleName(self.tr("Annotations"))
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QGridLayout()  # two a row: the dock opens narrow
        for i, box in enumerate((self.tag_box, self.color_box, self.place_box,
                                 self.text_field)):
            filters.addWidget(box, i // 2, i % 2)
        layout.addLayout(filters)
        layout.addWidget(self.passage_button)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.toggle_action = self.toggleViewAction()
        self.toggle_action.setText(self.tr("&Annotations panel"))
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.toggle_action.setToolTip(self.tr("Show or hide the list of your annotations "
                                              "(Ctrl+Shift+N)"))
        self.toggle_action.triggered.connect(self._on_toggled)
        self.delete_action = QAction(self.tr("Delete annotation"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_current())
        self.tabs.addAction(self.delete_action)

        self._fill_places()
        self.tag_box.addItem(self.tr("All tags"), None)
        self.color_box.addItem(self.tr("All colours"), None)
        for box in (self.tag_box, self.color_box, self.place_box):
            box.currentIndexChanged.connect(lambda _i: self._apply_filters())
        prefs.naming_changed.connect(lambda _m: self._fill_places())
        service.changed.connect(self._on_changed)
        service.passage_requested.connect(self.show_passage)
        if service.pending_passage is not None:  # asked for before the panel existed
            self._set_passage(*service.pending_passage)
            service.pending_passage = None
        self.visibilityChanged.connect(self._on_visibility)
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        return box

    def _view(self, model: AnnotationListModel, name: str) -> QTreeView:
        view = QTreeView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.header()
        header.setStretchLastSection(True)  # narrow dock: scroll sideways, never squeeze
        header.setMinimumSectionSize(48)
        for col, width in enumerate((160, 160, 100, 90, 110)):
            header.resizeSection(col, width)
        view.clicked.connect(self._activate)
        view.activated.connect(self._activate)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return view

    def _fill_places(self) -> None:
        current = self.place_box.currentData()
        self.place_box.blockSignals(True)
        self.place_box.clear()
        self.place_box.addItem(self.tr("All places"), None)
        for label, pid in place_choices(self.corpus, self.prefs.naming):
            self.place_box.addItem(label, pid)
        self.place_box.setCurrentIndex(max(0, self.place_box.findData(current)))
        self.place_box.blockSignals(False)

    def _fill_tags_and_colors(self) -> None:
        store = self.service.store
        tag, color = self.tag_box.currentData(), self.color_box.currentData()
        for box in (self.tag_box, self.color_box):
            box.blockSignals(True)
            box.clear()
        self.tag_box.addItem(self.tr("All tags"), None)
        for name, n in store.tag_counts():
            self.tag_box.addItem(f"{visible_bidi(name)} ({n})", name)
        self.color_box.addItem(self.tr("All colours"), None)
        known = {value for value, _ in COLORS}
        used = store.colors()
        for value in [v for v, _ in COLORS if v in used] + [c for c in used if c not in known]:
            self.color_box.addItem(color_name(value), value)
            self.color_box.setItemData(self.color_box.count() - 1, QColor(value),
                                       Qt.ItemDataRole.DecorationRole)
        for box, value in ((self.tag_box, tag), (self.color_box, color)):
            index = box.findData(value) if value is not None else 0
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    # --- state ------------------------------------------------------------------------------

    def view_actions(self) -> list[QAction]:
        return [self.toggle_action]

    def current_view(self) -> QTreeView:
        return self.orphan_view if self.tabs.currentIndex() == 1 else self.anchored_view

    def current_annotation(self) -> Any:
        view = self.current_view()
        index = view.currentIndex()
        return view.model().annotation(index.row()) if index.isValid() else None

    def filters(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        for key, box in (("tag", self.tag_box), ("color", self.color_box),
                         ("place", self.place_box)):
            if box.currentData() is not None:
                f[key] = box.currentData()
        text = self.text_field.text().strip()
        if text:
            f["text"] = text
        if self._passage is not None:
            f["lang"], f["passage"] = self._passage
        return f

    def _set_passage(self, lang: str | None, passage: str | None) -> None:
        self._passage = (lang, passage) if lang and passage else None
        if self._passage is not None:
            shown = self.corpus.passage(lang, passage)
            label = f"{shown.label if shown else passage} ({LANG_NAMES.get(lang, lang)})"
            self.passage_button.setText(self.tr("Only {passage} — show all passages").format(
                passage=label))
        self.passage_button.setVisible(self._passage is not None)

    def show_passage(self, lang: str | None, passage: str | None = None) -> None:
        """List only the annotations of one passage in one language (the text draws a
        crowded passage's newest highlights and links here); None lists all again."""
        self._set_passage(lang, passage)
        if self.isVisible():
            self._apply_filters()
        else:
            self._dirty = True
            self.show()  # refreshed, with the filter, as it becomes visible
        self.raise_()

    def _on_toggled(self, visible: bool) -> None:
        if visible:
            self.raise_()
            self.current_view().setFocus()

    def _on_visibility(self, visible: bool) -> None:
        if visible and not self._sized:
            self._sized = True
            window = self.parent()
            # Usually laid out at DOCK_WIDTH already (_Body's size hint): resizing again
            # would lay out and repaint the whole window a second time.
            width = getattr(window, "dock_width", lambda: DOCK_WIDTH)()
            if (hasattr(window, "resizeDocks") and not self.isFloating()
                    and abs(self.width() - width) > 8):
                window.resizeDocks([self], [width], Qt.Orientation.Horizontal)
        if visible and self._dirty:
            self.refresh()

    def _on_changed(self, _ids: list) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()  # coalesces a burst of changes into one refresh

    def refresh(self) -> None:
        """Re-read the lists (keeping each one's scroll position), then, after the panel
        has painted, the counts and the tag and colour lists (each may scan the table)."""
        self._dirty = False
        self._reload(self.anchored_view, keep_position=True)
        self._later_timer.start()

    def _refresh_rest(self) -> None:
        self._fill_tags_and_colors()
        self._reload(self.orphan_view, keep_position=True)
        self._update_counts()

    def _apply_filters(self) -> None:
        for view in (self.anchored_view, self.orphan_view):
            self._reload(view, keep_position=False)
        self._later_timer.stop()
        self._counts_timer.start()

    def _reload(self, view: QTreeView, keep_position: bool) -> None:
        model: AnnotationListModel = view.model()
        model.filters = self.filters()
        bar = view.verticalScrollBar()
        scroll, loaded = bar.value(), model.rowCount()
        current = model.annotation(view.currentIndex().row())
        model.reload(keep=loaded if keep_position else 0)
        self._fit_tags(view)
        if keep_position:
            row = model.row_of(current.id) if current is not None else -1
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))
            bar.setValue(scroll)

    def _fit_tags(self, view: QTreeView) -> None:
        """The Tags column as wide as the tags of the rows in view (Qt measures only those),
        within TAGS_WIDTH: never clipped to "gs", never the whole dock for one long tag
        (its tooltip then lists them all)."""
        if view.model().rowCount() == 0:
            return
        low, high = TAGS_WIDTH
        width = max(view.sizeHintForColumn(TAGS_COLUMN),
                    view.header().sectionSizeHint(TAGS_COLUMN))
        view.header().resizeSection(TAGS_COLUMN, max(low, min(high, width)))

    def _update_counts(self) -> None:
        a, o = self.anchored.total, self.orphans.total
        self.tabs.setTabText(0, self.tr("Anchored ({count})").format(count=a))
        self.tabs.setTabText(1, self.tr("Not anchored ({count})").format(count=o))
        total = a + o
        self.status.setText(self.tr("%n annotation(s) (filtered)", "", total) if self.filters()
                            else self.tr("%n annotation(s)", "", total))
        self.empty_hint.setText(self.tr(NO_MATCH) if self.filters() else self.tr(EMPTY_HINT))
        self.empty_hint.setVisible(a + o == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_annotation() is not None
        writable = self.service.is_open and not self.service.read_only
        self.edit_button.setEnabled(has and writable)
        self.delete_button.setEnabled(has and writable)

    # --- actions ----------------------------------------------------------------------------

    def _activate(self, index: QModelIndex) -> None:
        annotation_id = index.data(ID_ROLE)
        if annotation_id:
            self.selection.set(Ref("annotation", annotation_id))

    def open_editor(self, annotation: Any) -> dict | None:
        """The editor's values on Save, None on Cancel (tests replace this)."""
        dialog = editor_for(self.corpus, annotation, naming=self.prefs.naming,
                            tags=self.service.store.all_tags(), parent=self)
        return dialog.values() if dialog.exec() else None

    def edit_current(self) -> bool:
        a = self.current_annotation()
        if a is None or self.service.read_only:
            return False
        values = self.open_editor(a)
        if values is None:
            return False
        self.service.update(a.id, **values)
        return True

    def delete_current(self) -> bool:
        a = self.current_annotation()
        if a is None or self.service.read_only:
            return False
        self.service.delete(a.id)
        return True
