"""The main window: assembles the three panes around one Selection. It only assembles."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import Corpus
from viewer.corpus.names import NAMING_LABELS, NAMING_MODES
from viewer.corpus.refs import Ref
from viewer.ui import window_layout
from viewer.ui.annotations.service import AnnotationService, excerpt
from viewer.ui.common import dialogs
from viewer.ui.common.describe import describe_ref, quoted
from viewer.ui.common.i18n import InterfaceLanguageMenu
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.common.shortcuts import KeyboardReference, shared_key_entries
from viewer.ui.map.pane import MapPane
from viewer.ui.readings.pane import InterpretationsPane
from viewer.ui.text.pane import TextPane
from viewer.ui.window_later import queue_the_rest

log = logging.getLogger("viewer.ui")

# The three panes never go narrower than this (text, readings, map): an open dock takes its
# width from the window, not from them. A dock opens at DOCK_SHARE of the window's width,
# within DOCK_WIDTH — narrow: the reading surface stays the main thing.
PANE_MIN_WIDTHS = (280, 256, 220)  # readings: its four tabs whole (~250 px)
DOCK_SHARE, DOCK_WIDTH = 0.24, (260, 380)

# The docks' View-menu actions, as stand-ins until the docks are built: (text, shortcut,
# shortcut context, checkable, dock attribute, action attribute). A test checks that each
# matches the real action.
_WINDOW, _APP = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut
DOCK_ACTIONS = (
    (QT_TRANSLATE_NOOP("SearchPanel", "Searc&h everything…"), "Ctrl+Shift+F", _APP, False,
     "search_panel", "search_action"),
    (QT_TRANSLATE_NOOP("SearchPanel", "Search &panel"), None, _WINDOW, True, "search_panel",
     "toggle_action"),
    (QT_TRANSLATE_NOOP("AnnotationsPanel", "&Annotations panel"), "Ctrl+Shift+N", _WINDOW, True,
     "annotations_panel", "toggle_action"),
)


def _with_standard(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's standard shortcut, plus DESIGN.md's one if the platform lacks it.

    Backspace is left out: in a reader it deletes text in fields rather than going back.
    """
    keys = [k for k in QKeySequence.keyBindings(key) if k != QKeySequence("Backspace")]
    if QKeySequence(fallback) not in keys:
        keys.append(QKeySequence(fallback))
    return keys


class MainWindow(QMainWindow):
    def __init__(self, corpus: Corpus, settings: QSettings, *, db_path: Path | None = None,
                 lang: str | None = None, open_store: bool = True) -> None:
        super().__init__()
        self.corpus, self.settings, self.db_path = corpus, settings, db_path
        self._search_panel = self._annotations_panel = None
        self.saves_layout = True  # False for offscreen renders (--screenshot, --self-check)
        self._docks_restored = False  # the saved layout placed the docks: leave their width
        self._narrowed: set[int] = set()
        # Qt adds the application's display name ("… — Declaration Viewer") itself.
        self.setWindowTitle(self.tr("Joint Declaration of 19 October 1956"))
        self.setObjectName("MainWindow")
        self.selection = Selection(self)
        self.prefs = Preferences(settings, self)
        self.annotations = AnnotationService(db_path, corpus.passage_texts(), self)
        self.annotations.message.connect(self._tell)
        self.annotations.status.connect(self._show_progress)
        self._progress_label: QLabel | None = None  # made on first use
        self.annotations.passage_requested.connect(self._list_passage)

        self.text_pane = TextPane(corpus, self.selection, self.prefs, lang=lang,
                                  annotations=self.annotations)
        self.interpretations_pane = InterpretationsPane(corpus, self.selection, self.prefs)
        self.map_pane = MapPane(corpus, self.selection, self.prefs,
                                annotations=self.annotations)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("PaneSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane, least in zip(self._panes(), PANE_MIN_WIDTHS, strict=True):
            self.splitter.addWidget(pane)
            pane.setMinimumWidth(least)
        # The readings' four tabs stay whole in any interface language (Russian's are wider).
        tabs = self.interpretations_pane.tabs.tabBar().sizeHint().width() + 8
        self.interpretations_pane.setMinimumWidth(max(PANE_MIN_WIDTHS[1], tabs))
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.banner = QLabel()
        self.banner.setObjectName("ReadOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleDescription(self.tr("Notice"))
        self.banner.setStyleSheet("background:#fde2e1; color:#5c0011; padding:6px;")
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.annotations.opened.connect(self._show_store_state)
        # First start: text 42 %, readings 26 % (the matrix's four columns fit at 1600 px,
        # its four tabs at 1024 px), map 32 %. Set before the first show (sizes are
        # relative until then), so the text is laid out once, not twice.
        self.splitter.setSizes([4200, 2600, 3200])
        self.docks: list = []
        self._install_exchange()
        self._build_menus()
        self.selection.changed.connect(self._on_selection)
        self.annotations.changed.connect(self._on_annotations_changed)
        self.statusBar().showMessage(self.tr("Ready"), 2000)
        # The store (and sqlite-utils), hidden tabs, docks: after the first paint (issue 23).
        self.later = queue_the_rest(self, open_store)
        self.ready = self.later.ready

    # --- menus ------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        copying: list[QAction] = []  # "Copy …" entries belong under Edit, whoever offers them
        for provider in self._menu_providers():
            for action in getattr(provider, "file_actions", lambda: [])():
                if action.property("edit_menu"):  # "Copy …" entries say so (any language)
                    copying.append(action)
                else:
                    self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, self.file_menu)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.annotations.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.annotations.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addActions([undo, redo])
        for provider in self._menu_providers():
            actions = getattr(provider, "edit_actions", lambda: [])()
            if actions:
                self.edit_menu.addSeparator()
                self.edit_menu.addActions(actions)
        if copying:
            self.edit_menu.addSeparator()
            self.edit_menu.addActions(copying)

        self.view_menu = bar.addMenu(self.tr("&View"))
        naming = self.view_menu.addMenu(self.tr("Place &names"))
        group = QActionGroup(self)
        self.naming_actions: dict[str, QAction] = {}
        for mode in NAMING_MODES:
            action = QAction(QCoreApplication.translate("MainWindow", NAMING_LABELS[mode]), self,
                             checkable=True)
            action.setChecked(mode == self.prefs.naming)
            action.triggered.connect(lambda _=False, m=mode: self.prefs.set_naming(m))
            group.addAction(action)
            naming.addAction(action)
            self.naming_actions[mode] = action
        self.language_menu = InterfaceLanguageMenu(
            self.settings, lambda text: self.statusBar().showMessage(text, 15000), self)
        self.view_menu.addMenu(self.language_menu)
        # A key two panes share (Ctrl+- makes the text smaller, or zooms the map out) is
        # one entry, shown once; it acts on the pane with the focus, as the key does.
        panes = self._panes()
        merged = shared_key_entries(
            self, [(p, getattr(p, "view_actions", lambda: [])()) for p in panes])
        for provider in self._menu_providers():
            actions = (merged[panes.index(provider)] if provider in panes
                       else getattr(provider, "view_actions", lambda: [])())
            if actions:
                self.view_menu.addSeparator()
                for action in actions:
                    self.view_menu.addAction(action)
        self._add_dock_stand_ins()

        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.back_action = self._action(self.tr("&Back"), self.selection.back, None,
                                        self.go_menu)
        self.back_action.setShortcuts(_with_standard(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.forward_action = self._action(self.tr("&Forward"), self.selection.forward, None,
                                           self.go_menu)
        self.forward_action.setShortcuts(
            _with_standard(QKeySequence.StandardKey.Forward, "Alt+Right"))
        self.selection.history_changed.connect(self._update_history_actions)
        self._update_history_actions()
        self.go_menu.addSeparator()
        # One text per pane (not "Focus &{name}"): each language needs its own mnemonics.
        focus_texts = (self.tr("Focus &Declaration text"), self.tr("Focus &Readings"),
                       self.tr("Focus &Map"))
        for key, pane, text in zip("123", self._panes(), focus_texts, strict=True):
            self._action(text, pane.focus_main, f"Ctrl+{key}", self.go_menu)
        self._action(self.tr("Focus the &note under the text"), self.text_pane.focus_note,
                     "Ctrl+4", self.go_menu)
        self._action(self.tr("&Clear selection"), self.selection.clear, "Esc", self.go_menu)
        for provider in self._menu_providers():
            for action in getattr(provider, "go_actions", lambda: [])():
                self.go_menu.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        for pane in self._panes():
            for action in getattr(pane, "help_actions", lambda: [])():
                self.help_menu.addAction(action)
        self.keys_action = self._action(self.tr("&Keyboard reference"),
                                        self.show_keyboard_reference,
                                        QKeySequence.StandardKey.HelpContents, self.help_menu)
        self._action(self.tr("&About Declaration Viewer"), self.show_about, None,
                     self.help_menu)

    def _panes(self) -> tuple:
        return (self.text_pane, self.interpretations_pane, self.map_pane)

    def _menu_providers(self) -> tuple:
        """Everything that contributes actions to the menus: the panes, then the docks."""
        return self._panes() + tuple(self.docks)

    def _install_exchange(self) -> None:
        """File-menu providers (import/export, PDF): cheap objects, built now."""
        from viewer.ui.annotations.exchange import AnnotationExchange
        from viewer.ui.text.pdf_export import PdfExporter
        from viewer.ui.text.tei_export import TeiExporter

        self.exchange = AnnotationExchange(self.annotations, self)
        self.pdf_exporter = PdfExporter(self.corpus, self.annotations,
                                        lambda: list(self.text_pane.langs), self)
        self.tei_exporter = TeiExporter(self.corpus, self.annotations,
                                        lambda: list(self.text_pane.langs), self)
        self.docks += [self.exchange, self.pdf_exporter, self.tei_exporter]
        from viewer.ui.annotations.supplied import SuppliedText  # issue 18: Edit menu entry

        self.supplied = SuppliedText(self.corpus, self.annotations, self.text_pane, lambda: (
            self._search_panel.engine if self._search_panel is not None else None), self)
        self.docks.append(self.supplied)

    # --- dock panels, built on first use ----------------------------------------------------

    @property
    def search_panel(self):  # noqa: ANN201 - SearchPanel (imported lazily)
        self.ensure_docks()
        return self._search_panel

    @property
    def annotations_panel(self):  # noqa: ANN201 - AnnotationsPanel (imported lazily)
        self.ensure_docks()
        return self._annotations_panel

    @property
    def docks_built(self) -> bool:
        return self._search_panel is not None

    def _add_dock_stand_ins(self) -> None:
        """Until the docks exist, their View-menu entries are stand-ins with the same text,
        shortcut and check state: using one builds the docks and triggers the real action
        (the docks cost ~20 ms to build; most sessions never open them before first paint)."""
        self._stand_ins: list[tuple[QAction, str, str]] = []
        previous = None
        for text, shortcut, context, checkable, dock, name in DOCK_ACTIONS:
            if dock != previous:  # one group per dock, as the docks' own actions were
                self.view_menu.addSeparator()
                previous = dock
            stand_in = QAction(QCoreApplication.translate(  # as the dock's own action says it
                "SearchPanel" if dock == "search_panel" else "AnnotationsPanel", text),
                self, checkable=checkable)
            if shortcut:
                stand_in.setShortcut(QKeySequence(shortcut))
            stand_in.setShortcutContext(context)
            stand_in.triggered.connect(
                lambda _=False, d=dock, n=name: self._trigger_real(d, n))
            self.view_menu.addAction(stand_in)
            self._stand_ins.append((stand_in, dock, name))

    def _trigger_real(self, dock: str, name: str) -> None:
        self.ensure_docks()
        getattr(getattr(self, dock), name).trigger()

    def _list_passage(self, lang: str, passage: str) -> None:
        """A crowded passage's "list all" link: build the panel if need be and filter it
        (once built, the panel listens to the request itself)."""
        if not self.docks_built:
            self.ensure_docks()
            self._annotations_panel.show_passage(lang, passage)

    def ensure_docks(self) -> None:
        """Build the search and annotations docks (once): hidden, tabbed together on the
        right, placed as the saved layout says, their actions in place of the stand-ins."""
        if self._search_panel is not None:
            return
        from viewer.ui.annotations.panel import AnnotationsPanel
        from viewer.ui.annotations.search_panel import SearchPanel

        self._search_panel = SearchPanel(self.corpus, self.selection, self.annotations, self)
        self._annotations_panel = AnnotationsPanel(self.corpus, self.selection, self.prefs,
                                                   self.annotations, self)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in (self._search_panel, self._annotations_panel):
            self.addDockWidget(right, dock)
            dock.hide()
        self.tabifyDockWidget(self._search_panel, self._annotations_panel)
        for dock in (self._search_panel, self._annotations_panel):
            self.restoreDockWidget(dock)  # where the saved layout had it (no-op otherwise)
        self.docks += [self._search_panel, self._annotations_panel]
        for dock in (self._search_panel, self._annotations_panel):
            dock.visibilityChanged.connect(
                lambda visible, d=dock: visible and QTimer.singleShot(0, lambda: self._narrow(d)))
        for stand_in, dock, name in self._stand_ins:
            self.view_menu.insertAction(stand_in, getattr(getattr(self, dock), name))
            self.view_menu.removeAction(stand_in)
            stand_in.deleteLater()
        self._stand_ins = []
        QTimer.singleShot(0, self._name_dock_tabs)

    def dock_width(self) -> int:
        low, high = DOCK_WIDTH
        return max(low, min(high, int(self.width() * DOCK_SHARE)))

    def _narrow(self, dock) -> None:  # noqa: ANN001 - a QDockWidget
        """A dock opens narrow the first time in a session (unless the saved layout placed
        it): after its own sizing, which asks for more."""
        if dock.isFloating() or not dock.isVisible() or self._docks_restored \
                or id(dock) in self._narrowed:
            return
        self._narrowed.add(id(dock))
        if dock.width() > self.dock_width() + 8:
            self.resizeDocks([dock], [self.dock_width()], Qt.Orientation.Horizontal)

    @property
    def is_ready(self) -> bool:
        """Every pane complete and the store open (its parts built after the first paint)."""
        return self.later.is_ready

    def _show_store_state(self) -> None:
        """A read-only or unsaved annotation store is stated on a visible banner."""
        service = self.annotations
        if service.open_error:
            text = self.tr("Your annotations cannot be saved in this session: {error}").format(
                error=service.open_error)
        elif service.read_only:
            text = (self.tr("Read-only mode: your annotations are shown but cannot be changed.")
                    + " " + (service.open_message or ""))
        else:
            self.banner.hide()
            return
        self.banner.setText(text)
        self.banner.show()

    def _show_progress(self, text: str) -> None:
        """Long background work (re-anchoring) in its own corner of the status bar, so it
        never replaces a message there; it goes 10 s after the last word."""
        if self._progress_label is None:
            self._progress_label = QLabel()
            self._progress_label.setAccessibleDescription(self.tr("Background work"))
            self.statusBar().addPermanentWidget(self._progress_label)
            self._progress_timer = QTimer(self)
            self._progress_timer.setSingleShot(True)
            self._progress_timer.timeout.connect(self._progress_label.hide)
        self._progress_label.setText(text)
        self._progress_label.show()
        self._progress_timer.start(10000)

    def _tell(self, message: str) -> None:
        """A message the user must see: a dialog in the GUI, the log when offscreen."""
        log.warning("%s", message)
        self.statusBar().showMessage(message, 15000)
        if QApplication.platformName() != "offscreen":
            dialogs.warn(self, message)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.selection.can_go_back())
        self.forward_action.setEnabled(self.selection.can_go_forward())

    def _on_annotations_changed(self, ids: list) -> None:
        """The selected annotation was edited, deleted, restored by an undo or replaced by
        an import: the note, the marks and the map show it as it now is."""
        ref = self.selection.current
        if ref is not None and ref.kind == "annotation" and (not ids or ref.id in ids):
            self.selection.refresh()

    def _on_selection(self, ref: Ref | None) -> None:
        self.statusBar().showMessage(
            self.tr("Selected: {what}").format(what=self.describe(ref)) if ref
            else self.tr("Selection cleared"), 4000)

    def describe(self, ref: Ref) -> str:
        """What a Ref stands for, in words (the status bar), with names as the reader chose."""
        if ref.kind == "annotation":
            a = self.annotations.get(ref.id)
            return (self.tr("your annotation {quote}").format(quote=quoted(excerpt(a.exact)))
                    if a else self.tr("an annotation"))
        return describe_ref(self.corpus, ref, self.prefs.naming)

    # --- help -----------------------------------------------------------------------------

    def about_text(self) -> str:
        from viewer.ui.common.about_app import about_html

        return about_html()

    def show_keyboard_reference(self) -> KeyboardReference:
        """Every shortcut, read from the actions as they are now (so it never goes stale)."""
        dialog = KeyboardReference(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Declaration Viewer"), self.about_text())

    # --- layout persistence -----------------------------------------------------------------

    def restore_layout(self, default_size: tuple[int, int] | None = None) -> None:
        """The saved geometry, splitters, tab and docks; a first start fits the screen."""
        window_layout.restore(self, default_size)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if self.docks_built:  # QMainWindow makes the tab bars when laid out
            QTimer.singleShot(0, self._name_dock_tabs)

    def _name_dock_tabs(self) -> None:
        from PySide6.QtWidgets import QTabBar

        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.setAccessibleName(self.tr("Docked panels"))

    def save_layout(self) -> None:
        window_layout.save(self)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.save_layout()
        self.annotations.close()
        super().closeEvent(event)

    def summary(self) -> str:
        c = self.corpus.counts()
        return (f"{sum(c['passages'].values())} passages, {c['notes']} notes, "
                f"{c['places']} places, {c['interpretations']} readings, {c['events']} events")
