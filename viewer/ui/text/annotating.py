"""Annotating from the text: the selected range in a passage's anchoring text, and adding,
editing and deleting the reader's annotations through the (undoable) service."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from viewer.corpus.model import Corpus
from viewer.translations import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.selection import Selection
from viewer.ui.text.columns import TextColumns

if TYPE_CHECKING:
    from viewer.ui.annotations.service import AnnotationService
    from viewer.ui.text.note_view import NoteView

PICK_TEXT = QT_TRANSLATE_NOOP("TextPane",
                              "Select some text within one passage first, then choose Annotate.")
PICK_ANNOTATION = QT_TRANSLATE_NOOP(
    "TextPane", "Select one of your annotations first: click its highlight in the text.")
# What the editor gives back on Save (None on Cancel), from the quote and an existing one.
OpenEditor = Callable[..., "dict | None"]


class TextAnnotating:
    """Annotate, Edit annotation, Delete annotation, as the text pane offers them."""

    def __init__(self, corpus: Corpus, selection: Selection, columns: TextColumns,
                 annotations: AnnotationService | None, *, open_editor: OpenEditor,
                 note_view: Callable[[], NoteView], open_note_view: Callable[[], NoteView | None],
                 status: Callable[[str], None]) -> None:
        self.corpus, self.selection, self.columns = corpus, selection, columns
        self.annotations = annotations
        self._open_editor, self._status = open_editor, status
        self._note_view, self._open_note_view = note_view, open_note_view

    def selected_range(self) -> tuple[str, str, int, int] | None:
        """(lang, passage, start, end) of the selected text, in the passage's anchoring text;
        None unless the selection lies within one passage of one language."""
        cursor = self.columns.browser.textCursor()
        if not cursor.hasSelection():
            return None
        ends = []
        for pos in (cursor.selectionStart(), cursor.selectionEnd()):
            c = QTextCursor(self.columns.browser.document())
            c.setPosition(pos)
            where = self.columns.paragraph_at(c)
            if where is None:
                return None
            lang, pid, n = where
            passage = self.corpus.passage(lang, pid)
            span = next(((s, e) for p, s, e in passage.paragraph_spans() if p.n == n), None)
            offset = self.columns.text_offset(where, pos)
            if span is None or offset is None:
                return None
            ends.append((lang, pid, min(span[0] + offset, span[1])))
        (lang, pid, start), (lang2, pid2, end) = ends
        if (lang, pid) != (lang2, pid2) or end <= start:
            return None
        return lang, pid, start, end

    def editor_values(self, quote: str, existing, naming: str,  # noqa: ANN001
                      parent: QWidget) -> dict | None:
        """Show the editor (filled from `existing`, an Annotation, when editing); the values
        on Save, None on Cancel."""
        from viewer.ui.annotations.editor import AnnotationEditor, editor_for

        tags = self.annotations.store.all_tags() if self.annotations else []
        dialog = (editor_for(self.corpus, existing, naming=naming, tags=tags, parent=parent)
                  if existing is not None else
                  AnnotationEditor(self.corpus, quote, naming=naming, tags=tags, parent=parent))
        return dialog.values() if dialog.exec() else None

    def _refuse_write(self) -> bool:
        if self.annotations is None:
            return True
        if self.annotations.read_only:
            self._status(translate("TextPane", "Annotations are read-only: see the message "
                                   "shown at start-up."))
            return True
        return False

    def annotate(self) -> bool:
        """Annotate the selected text: open the editor, then add (undoable)."""
        from viewer.annotations.model import new_annotation

        where = self.selected_range()
        if where is None:
            self._status(translate("TextPane", PICK_TEXT))
            return False
        if self._refuse_write():
            return False
        lang, pid, start, end = where
        text = self.corpus.passage(lang, pid).text
        while start < end and text[start].isspace():  # spaces at the ends are no quote
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            self._status(translate("TextPane", PICK_TEXT))
            return False
        values = self._open_editor(text[start:end])
        if values is None:
            return False
        try:
            annotation = new_annotation(lang, pid, text, start, end, **values)
        except ValueError as exc:
            self._status(translate("TextPane", "Not annotated: {reason}").format(reason=exc))
            return False
        self.annotations.add(annotation)
        return True

    def _current_annotation_id(self) -> str | None:
        ref = self.selection.current
        return ref.id if ref is not None and ref.kind == "annotation" else None

    def _writable_target(self, annotation_id: str | None) -> str | None:
        """The annotation to change: the one given, else the selected one; None (and the
        reader told why) if there is none or the store is read-only."""
        annotation_id = annotation_id or self._current_annotation_id()
        if annotation_id is None:
            self._status(translate("TextPane", PICK_ANNOTATION))
            return None
        return None if self._refuse_write() else annotation_id

    def edit(self, annotation_id: str | None = None) -> bool:
        annotation_id = self._writable_target(annotation_id)
        if annotation_id is None:
            return False
        a = self.annotations.get(annotation_id)
        if a is None:
            self._status(translate("TextPane", "That annotation is not in your store any more."))
            return False
        values = self._open_editor(a.exact, existing=a)
        if values is None:
            return False
        self.annotations.update(annotation_id, **values)
        self._note_view().show_annotation(self.annotations.get(annotation_id))
        return True

    def delete(self, annotation_id: str | None = None) -> bool:
        annotation_id = self._writable_target(annotation_id)
        if annotation_id is None:
            return False
        self.annotations.delete(annotation_id)
        if (view := self._open_note_view()) is not None:
            view.hide()
        self._status(translate("TextPane", "Annotation deleted (Edit > Undo brings it back)."))
        return True
