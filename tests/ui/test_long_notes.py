"""Issue 21.3 in the window: the editor says when a note is over the limit and will not
save it; a long note is shown bounded (what fits a reader's view), never laid out whole."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from viewer.annotations.limits import MAX_NOTE_CHARS
from viewer.ui.annotations.editor import AnnotationEditor
from viewer.ui.common.selection import Selection
from viewer.ui.text.note_view import SHOWN_NOTE_CHARS, bounded


def test_the_editor_refuses_a_note_over_the_limit_while_typing(qtbot, corpus) -> None:
    editor = AnnotationEditor(corpus, "Shikotan", note="short")
    qtbot.addWidget(editor)
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled() and editor.limit_label.isHidden()
    editor.note_edit.setPlainText("x" * (MAX_NOTE_CHARS + 1))
    assert not save.isEnabled()
    assert f"{MAX_NOTE_CHARS:,}" in editor.limit_label.text()
    assert not editor.limit_label.isHidden()
    editor.note_edit.setPlainText("x" * MAX_NOTE_CHARS)  # exactly the limit fits
    assert save.isEnabled() and editor.limit_label.isHidden()


def test_a_long_note_is_shown_bounded(qtbot, corpus, prefs) -> None:
    from viewer.annotations.model import new_annotation
    from viewer.ui.text.note_view import NoteView

    passage = corpus.passage("en", "art-9")
    note = ("word " * (MAX_NOTE_CHARS // 5)).strip()
    a = new_annotation("en", "art-9", passage.text, 0, 5, note=note)
    view = NoteView(corpus, Selection(), prefs)
    qtbot.addWidget(view)
    view.show_annotation(a)
    shown = view.browser.toPlainText()
    assert len(shown) < SHOWN_NOTE_CHARS + 2_000
    assert f"{len(note):,} characters long" in shown


def test_bounded_cuts_at_a_word() -> None:
    text, cut = bounded("alpha beta gamma", limit=12)
    assert (text, cut) == ("alpha beta …", True)
    assert bounded("short", limit=12) == ("short", False)
