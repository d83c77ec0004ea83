"""Annotating in the text pane: select, annotate, highlight, click, edit, delete, undo, redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from shown_text import find_shown, unhyphenated

from viewer.corpus.refs import Ref
from viewer.ui.common.selection import Selection
from viewer.ui.text.pane import TextPane


@pytest.fixture
def pane(qtbot, corpus, service, prefs) -> TextPane:
    pane = TextPane(corpus, Selection(), prefs, annotations=service)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _select(pane: TextPane, needle: str) -> QTextCursor:
    cursor = find_shown(pane.browser.document(), needle, case_sensitive=True)
    assert not cursor.isNull()
    pane.browser.setTextCursor(cursor)
    return cursor


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_selection_maps_to_passage_offsets(pane, corpus, lang: str) -> None:
    para = corpus.passage(lang, "preamble").paragraphs[1]
    whole = _select(pane, para.text.split("\n")[0][:40])  # the paragraph's own opening
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(whole.selectionStart() + 10)
    cursor.setPosition(whole.selectionStart() + 25, QTextCursor.MoveMode.KeepAnchor)
    pane.browser.setTextCursor(cursor)
    needle = unhyphenated(cursor.selectedText()).replace("\u2028", "\n")  # as seen
    got_lang, pid, start, end = pane.selected_range()
    assert (got_lang, pid) == (lang, "preamble")
    assert corpus.passage(lang, "preamble").text[start:end] == needle
    opening = corpus.passage(lang, "preamble").text.index(para.text)
    assert opening + 6 <= start <= opening + 10  # ten drawn characters in, hyphens or not


def test_annotate_highlight_undo_redo(qtbot, pane, service, monkeypatch) -> None:
    monkeypatch.setattr(pane, "open_editor", lambda quote, **kw: {
        "note": "Compare <b>the Russian</b>", "tags": ["art9", "transfer"],
        "color": "#8ce99a", "places": ["shikotan"], "interpretations": []})
    needle = "the actual transfer of these islands"
    _select(pane, needle)
    assert pane.annotate()
    [a] = service.store.list()
    assert a.exact == needle and a.lang == "en" and a.passage == "art-9"
    assert a.tags == ["art9", "transfer"]
    assert f'dv:annotation/{a.id}' in pane.browser.toHtml()
    service.undo_stack.undo()
    assert service.store.count() == 0
    assert "dv:annotation/" not in pane.browser.toHtml()
    service.undo_stack.redo()
    assert service.store.get(a.id).note == "Compare <b>the Russian</b>"
    assert f'dv:annotation/{a.id}' in pane.browser.toHtml()


def test_click_on_highlight_selects_and_shows_it_escaped(qtbot, pane, service,
                                                         monkeypatch) -> None:
    monkeypatch.setattr(pane, "open_editor", lambda quote, **kw: {
        "note": "<script>alert(1)</script> **bold**", "tags": [], "color": "",
        "places": [], "interpretations": []})
    _select(pane, "between the Union of Soviet Socialist Republics and Japan.")
    assert pane.annotate()
    [a] = service.store.list()
    cursor = find_shown(pane.browser.document(),
                        "between the Union of Soviet Socialist Republics and")
    pane.browser.setTextCursor(cursor)
    pane.browser.ensureCursorVisible()
    mid = QTextCursor(cursor)
    mid.setPosition(cursor.selectionStart() + 10)
    qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.browser.cursorRect(mid).center())
    assert pane.selection.current == Ref("annotation", a.id)
    shown = pane.note_view.browser.toHtml()
    assert "<script>" not in shown and "alert(1)" in pane.note_view.browser.toPlainText()


def test_edit_and_delete_are_undoable(pane, service, monkeypatch) -> None:
    values = {"note": "first", "tags": [], "color": "", "places": [], "interpretations": []}
    monkeypatch.setattr(pane, "open_editor", lambda quote, **kw: dict(values))
    _select(pane, "Habomai Islands")
    pane.annotate()
    [a] = service.store.list()
    pane.selection.set(Ref("annotation", a.id))
    values["note"] = "second"
    assert pane.edit_annotation()
    assert service.store.get(a.id).note == "second"
    service.undo_stack.undo()
    assert service.store.get(a.id).note == "first"
    service.undo_stack.redo()
    assert pane.delete_annotation()
    assert service.store.get(a.id) is None
    service.undo_stack.undo()
    assert service.store.get(a.id).note == "second"


def test_cancel_and_empty_selection_add_nothing(pane, service, monkeypatch) -> None:
    monkeypatch.setattr(pane, "open_editor", lambda quote, **kw: None)
    _select(pane, "Habomai Islands")
    assert not pane.annotate()
    pane.browser.setTextCursor(QTextCursor(pane.browser.document()))
    assert not pane.annotate()
    assert service.store.count() == 0


def test_editor_keeps_links_and_colours_it_cannot_show(qtbot, corpus) -> None:
    from viewer.annotations.model import new_annotation
    from viewer.ui.annotations.editor import editor_for

    text = corpus.passage("en", "art-9").text
    a = new_annotation("en", "art-9", text, 0, 10, note="n", color="#123456",
                       places=["suisho", "yuri"], interpretations=["ussr-1956", "japan-government"])
    dialog = editor_for(corpus, a, naming="both", tags=[])
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert values["color"] == "#123456"
    assert values["places"] == ["suisho", "yuri"]
    assert values["interpretations"] == ["ussr-1956", "japan-government"]
    dialog.place_box.setCurrentIndex(dialog.place_box.findData("shikotan"))
    assert dialog.values()["places"] == ["shikotan"]


def test_undo_of_a_record_changed_elsewhere_is_dropped_with_a_message(service, corpus) -> None:
    from viewer.annotations.model import new_annotation

    text = corpus.passage("en", "art-9").text
    a = new_annotation("en", "art-9", text, 0, 10, note="mine")
    service.add(a)
    messages: list[str] = []
    service.message.connect(messages.append)
    service.store.delete(a.id)  # another running copy deletes it
    service.undo_stack.undo()  # undo of the add: the record is already gone
    assert messages and "changed elsewhere" in messages[0]
    assert service.store.count() == 0
    assert not service.undo_stack.canRedo()  # the broken step was dropped, not replayed


def test_undo_never_overwrites_an_edit_made_elsewhere(service, corpus) -> None:
    from viewer.annotations.model import new_annotation

    text = corpus.passage("en", "art-9").text
    a = new_annotation("en", "art-9", text, 0, 10, note="first")
    service.add(a)
    service.update(a.id, note="mine")
    service.store.update(a.id, note="theirs")  # another window edits it meanwhile
    messages: list[str] = []
    service.message.connect(messages.append)
    service.undo_stack.undo()  # would put back "first"
    assert service.store.get(a.id).note == "theirs"
    assert messages and "changed elsewhere" in messages[0]
    service.undo_stack.undo()  # undo of the add: their edit must survive it too
    assert service.store.get(a.id) is not None


def test_editor_keeps_links_it_cannot_show_at_all(qtbot, corpus) -> None:
    from viewer.annotations.model import new_annotation
    from viewer.ui.annotations.editor import editor_for

    text = corpus.passage("en", "art-9").text
    a = new_annotation("en", "art-9", text, 0, 10, places=["islet-1015", "kunashir"],
                       interpretations=["not-a-reading"])
    dialog = editor_for(corpus, a, naming="both", tags=[])
    qtbot.addWidget(dialog)
    assert dialog.values()["places"] == ["islet-1015", "kunashir"]
    assert dialog.values()["interpretations"] == ["not-a-reading"]
    dialog.place_box.setCurrentIndex(0)  # the reader chooses "—"
    dialog.place_box.setCurrentIndex(dialog.place_box.findData("shikotan"))
    dialog.place_box.setCurrentIndex(0)
    assert dialog.values()["places"] == ["islet-1015", "kunashir"]  # back to what it showed


def test_spaces_at_the_ends_of_a_selection_are_not_quoted(pane, service, monkeypatch) -> None:
    quotes: list[str] = []
    monkeypatch.setattr(pane, "open_editor", lambda quote, **kw: quotes.append(quote) or {
        "note": "", "tags": [], "color": "", "places": [], "interpretations": []})
    cursor = _select(pane, " Habomai Islands ")
    assert unhyphenated(cursor.selectedText()) == " Habomai Islands "
    assert pane.annotate()
    assert quotes == ["Habomai Islands"] and service.store.list()[0].exact == "Habomai Islands"
    _select(pane, "Habomai Islands and")
    one_space = QTextCursor(pane.browser.document())
    start = pane.browser.textCursor().selectionEnd() - 4  # the space before "and"
    one_space.setPosition(start)
    one_space.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
    assert one_space.selectedText() == " "
    pane.browser.setTextCursor(one_space)
    assert not pane.annotate()
    assert len(quotes) == 1 and service.store.count() == 1
