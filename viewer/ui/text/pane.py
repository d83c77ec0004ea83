"""The declaration text: one to three languages side by side, with hyperlinked notes.

`TextPane` only assembles parts with one job each: `columns` (the browser and where things
are in it), `position` (the reading position), `highlights` (the reader's highlights and the
selection's marks), `find`, `languages` (the toggles), `toolbar` (the toolbar and the menu
actions), `annotating`, `linking` (clicks and hovers on links), `passages` (citations and
the context menu) and `banner`; the note under the text is `note_view`, made on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.corpus.model import Corpus
from viewer.corpus.refs import Ref
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.text.annotating import TextAnnotating
from viewer.ui.text.banner import SelectionBanner
from viewer.ui.text.columns import TextColumns, palette_theme
from viewer.ui.text.find import FindBar, TextFind
from viewer.ui.text.highlights import Highlights
from viewer.ui.text.languages import LanguageToggles
from viewer.ui.text.linking import TextLinks
from viewer.ui.text.passages import PassageActions
from viewer.ui.text.position import ReadingPosition
from viewer.ui.text.render import Span, render_document
from viewer.ui.text.toolbar import TextActions

if TYPE_CHECKING:
    from viewer.ui.annotations.service import AnnotationService
    from viewer.ui.text.note_view import NoteView

ANNOTATION_GONE = QT_TRANSLATE_NOOP(
    "TextPane", "<p><i>This annotation is not in your store any more: it was deleted "
    "(Edit > Undo brings a deletion back).</i></p>")


class TextPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 lang: str | None = None, annotations: AnnotationService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.annotations = annotations
        self.setAccessibleName(self.tr("Declaration text"))
        self.setAccessibleDescription(self.tr("The Joint Declaration in English, Russian and "
                                              "Japanese, aligned article by article"))
        self.languages = LanguageToggles(prefs, lang, self)
        self.languages.changed.connect(self._languages_changed)
        self.text_actions = TextActions(self, list(self.languages.actions.values()), {
            "annotate": self.annotate, "about": self.show_about_text,
            "find": lambda: self.find.open(), "find_next": self.find_next,
            "find_previous": self.find_previous,
            "zoom_in": lambda: self.set_zoom(self.zoom + 1),
            "zoom_out": lambda: self.set_zoom(self.zoom - 1),
            "zoom_reset": lambda: self.set_zoom(0),
            "copy_citation": self.copy_citation, "copy_link": self.copy_link,
            "edit_annotation": self.edit_annotation,
            "delete_annotation": self.delete_annotation})
        actions = self.text_actions
        self.toolbar = actions.toolbar
        self.annotate_action = actions.annotate_action  # the rest: text_actions.<name>
        self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action = (
            actions.zoom_in_action, actions.zoom_out_action, actions.zoom_reset_action)

        self.banner = SelectionBanner(corpus, prefs)
        self.theme = palette_theme(self)
        self.banner.set_theme(self.theme)
        self.columns = TextColumns(corpus, self)
        self.browser = self.columns.browser
        self.browser.customContextMenuRequested.connect(self._context_menu)
        self.highlights = Highlights(corpus, self.columns, annotations, lambda: self.langs)
        self.position = ReadingPosition(self.columns, lambda: self.langs,
                                        self.highlights.first_mark, self)
        self.links = TextLinks(corpus, selection, annotations, self.browser, self,
                               note_view=lambda: self.note_view,
                               status=lambda message: self._status(message))
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.highlighted.connect(self._on_hover)
        self.browser.link_focused.connect(self.links.on_focus)
        self.passages = PassageActions(corpus, selection, self.columns, lambda: self.langs)
        self.annotating = TextAnnotating(
            corpus, selection, self.columns, annotations,
            open_editor=lambda quote, **kw: self.open_editor(quote, **kw),
            note_view=lambda: self.note_view, open_note_view=lambda: self._note_view,
            status=lambda message: self._status(message))
        self._note_view: NoteView | None = None  # made on first use

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel(self.tr("<b>Joint Declaration, 19 October 1956</b>"))
        title.setAccessibleName(self.tr("Text pane title"))
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.browser, 1)
        self.find = TextFind(self.highlights, layout, self, self._apply_extra_selections)
        self.set_zoom(int(prefs.value("text/zoom", 0)))
        self.render()
        selection.changed.connect(self._on_selection)
        prefs.naming_changed.connect(self._update_banner)
        if annotations is not None:
            annotations.changed.connect(self._on_annotations_changed)

    # --- parts made on first use --------------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        """Ctrl+F's bar under the text, made when first wanted."""
        return self.find.bar

    @property
    def _find_bar(self) -> FindBar | None:
        return self.find.bar_made

    @property
    def note_view(self) -> NoteView:
        """The note shown under the text (a note, an annotation, provenance), made when
        first wanted."""
        if self._note_view is None:
            from viewer.ui.text.note_view import NoteView

            view = NoteView(self.corpus, self.selection, self.prefs)
            view.hide()
            view.browser.anchorClicked.connect(self.links.on_note_link)  # a supply's actions
            self.layout().addWidget(view)
            self._note_view = view
        return self._note_view

    # --- state other code reads ---------------------------------------------------------------

    @property
    def langs(self) -> list[str]:
        return self.languages.langs

    @property
    def lang_actions(self) -> dict[str, QAction]:
        return self.languages.actions

    @property
    def marks(self) -> dict[tuple[str, str], list[Span]]:
        return self.highlights.marks

    @property
    def _html(self) -> str:
        return self.columns.html

    @property
    def zoom(self) -> int:
        return self.columns.zoom

    def view_actions(self) -> list[QAction]:
        return self.text_actions.view_actions()

    def file_actions(self) -> list[QAction]:
        return self.text_actions.file_actions()

    def help_actions(self) -> list[QAction]:
        return self.text_actions.help_actions()

    def edit_actions(self) -> list[QAction]:
        return self.text_actions.edit_actions()

    # --- rendering ------------------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "browser"):
            theme = palette_theme(self)
            if theme != self.theme:
                self.theme = theme
                self.banner.set_theme(theme)
                self.render()

    def render(self, lazy: bool = False) -> None:
        """Rebuild the document (languages, palette or the user's highlights changed).
        Selection marks are not part of it: they are extra selections, cheap to change.
        Nothing is done if the document would come out the same (an empty store opened);
        `lazy`: a rebuild at the top of the text lays out only what shows (columns)."""
        spans, crowded = self.highlights.user_spans()
        html_text = render_document(self.corpus, self.langs, spans, self.theme, crowded,
                                    hyphenate=self.columns.hyphenate)
        if html_text == self.columns.html:
            return
        with self.position.moving():  # not the reader's scrolling: keep any pending target
            self.columns.show_document(html_text, lazy)
        self._apply_extra_selections()

    def _apply_extra_selections(self, found: list[QTextCursor] | None = None) -> None:
        """Selection marks under the find matches (both are extra selections); `found`:
        the matches, if already looked up."""
        self.browser.setExtraSelections(self.highlights.mark_selections()
                                        + self.find.selections(found))

    def doc_ranges(self, lang: str, pid: str, start: int, end: int) -> list[tuple[int, int]]:
        return self.columns.doc_ranges(lang, pid, start, end)

    def _languages_changed(self, _langs: list[str]) -> None:
        with self.position.kept_across_rebuild():  # the passage read stays in view
            self.render()

    def _on_annotations_changed(self, _ids: list) -> None:
        self.render(lazy=True)

    def set_zoom(self, steps: int) -> None:
        self.prefs.set_value("text/zoom", self.columns.set_zoom(steps))

    def focus_note(self) -> None:
        """Ctrl+4: into the note under the text (Tab in the text walks its links first)."""
        if self._note_view is not None and self._note_view.isVisible():
            self._note_view.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self._status(self.tr("No note is open: Enter on a link in the text opens one."))

    def focus_main(self) -> None:
        """Ctrl+1: the text itself (the pane's other controls follow it in Tab order)."""
        self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _status(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    # --- find -----------------------------------------------------------------------------------

    def matches(self) -> list[QTextCursor]:
        return self.find.matches()

    def find_next(self) -> bool:
        return self.find.find_next()

    def find_previous(self) -> bool:
        return self.find.find_previous()

    def current_match_index(self) -> int:
        return self.find.current_match_index()

    # --- links, citations, annotations ----------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        self.links.on_link(url)

    def _on_hover(self, url: QUrl) -> None:
        self.links.on_hover(url)

    def show_about_text(self) -> None:
        self.links.show_about_text()

    def copy_citation(self, where: tuple[str, str, str] | None = None) -> str | None:
        return self.passages.copy_citation(where)

    def copy_link(self, where: tuple[str, str, str] | None = None) -> str | None:
        return self.passages.copy_link(where)

    def _context_menu(self, pos: QPoint) -> None:
        can_annotate = self.annotations is not None and self.selected_range() is not None
        supply = None if self.annotations is None else (  # ui/annotations/supplied.py acts
            lambda where: self.annotations.supply_requested.emit("new", "/".join(where)))
        self.passages.context_menu(pos, self.annotate_action if can_annotate else None,
                                   supply)

    def selected_range(self) -> tuple[str, str, int, int] | None:
        return self.annotating.selected_range()

    def open_editor(self, quote: str, existing=None) -> dict | None:  # noqa: ANN001
        """Show the editor (filled from `existing` when editing); the values on Save, None
        on Cancel. Tests replace this."""
        return self.annotating.editor_values(quote, existing, self.prefs.naming, self)

    def annotate(self) -> bool:
        return self.annotating.annotate()

    def edit_annotation(self, annotation_id: str | None = None) -> bool:
        return self.annotating.edit(annotation_id)

    def delete_annotation(self, annotation_id: str | None = None) -> bool:
        return self.annotating.delete(annotation_id)

    # --- selection ------------------------------------------------------------------------------

    def _on_selection(self, ref: Ref | None) -> None:
        self.highlights.mark(ref)
        self._update_banner()
        if ref is not None and ref.kind == "note" and ref.id in self.corpus.notes:
            self.note_view.show_note(self.corpus.notes[ref.id])
        elif ref is not None and ref.kind == "annotation" and self.annotations is not None:
            a = self.annotations.get(ref.id)
            if a is not None:
                self.note_view.show_annotation(a)
            elif self.annotations.is_open:
                self.note_view.show_html(self.tr("Your annotation"), self.tr(ANNOTATION_GONE))
        elif self._note_view is not None and self._note_view.ref is not None:
            self._note_view.hide()  # another selection's note: the view follows the selection
        self._apply_extra_selections()
        if ref is not None and ref.kind == "passage" and (
                ref.hit is None or self.highlights.first_mark() is None):
            self.position.aim(("passage", ref.id, ref.para))
        elif self.highlights.first_mark() is not None:
            self.position.aim(("first-mark",))
        else:
            self.position.aim(None)

    def _update_banner(self, *_args: object) -> None:
        self.banner.show_for(self.selection.current, bool(self.marks))

