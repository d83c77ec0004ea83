"""The global search: every language, notes, readings and the user's notes, grouped; a click
or Enter on a result sets the Selection."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from viewer.annotations.model import new_annotation
from viewer.corpus.refs import Ref
from viewer.ui.annotations.search_panel import HTML_ROLE, REF_ROLE, SearchPanel, corpus_documents
from viewer.ui.common.selection import Selection


@pytest.fixture
def panel(qtbot, corpus, service) -> SearchPanel:
    panel = SearchPanel(corpus, Selection(), service)
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _search(qtbot, panel, text: str) -> None:
    panel.field.clear()
    if text.isascii():
        qtbot.keyClicks(panel.field, text)  # typed: exercises the debounce
    else:
        panel.field.setText(text)  # QTest cannot type non-Latin characters
    qtbot.waitUntil(lambda: panel.last_query == text)  # after the debounce


def _refs(panel, kind: str) -> list[Ref]:
    """The results' refs, without a passage hit's words (test_a_hit_marks_its_words)."""
    return [replace(i.data(REF_ROLE), hit=None) for i in panel.result_items(kind)]


def test_documents_are_paragraphs_notes_and_readings(corpus) -> None:
    docs = corpus_documents(corpus)
    assert ("passage", "art-9.2") in {(d[0], d[1]) for d in docs}
    assert {d[3] for d in docs if d[0] == "passage"} == {"en", "ru", "ja"}
    assert {d[1] for d in docs if d[0] == "note"} == set(corpus.notes)
    assert {d[1] for d in docs if d[0] == "interpretation"} == set(corpus.interpretations)


def test_japanese_two_characters(qtbot, panel) -> None:
    _search(qtbot, panel, "色丹")
    refs = _refs(panel, "passage")
    assert Ref("passage", "art-9", "2") in refs
    item = panel.result_items("passage")[refs.index(Ref("passage", "art-9", "2"))]
    assert "色丹" in item.data(HTML_ROLE) and "<b " in item.data(HTML_ROLE)
    assert "日本語" in item.data(Qt.ItemDataRole.DisplayRole)


def test_russian_and_english_words_and_groups(qtbot, panel) -> None:
    _search(qtbot, panel, "Шикотан")
    assert Ref("passage", "art-9", "2") in _refs(panel, "passage")
    _search(qtbot, panel, "Habomai")
    assert Ref("passage", "art-9", "2") in _refs(panel, "passage")
    assert _refs(panel, "note"), "editorial notes mention the Habomai"
    assert all(r.kind == "note" for r in _refs(panel, "note"))
    assert all(r.kind == "interp" for r in _refs(panel, "interpretation"))
    groups = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert groups[0].startswith("Declaration (")
    assert any(g.startswith("Editorial notes (") for g in groups)


def test_user_note_found_escaped_and_clicked(qtbot, panel, service, corpus) -> None:
    text = corpus.passage("en", "art-9").text
    start = text.index("Habomai Islands")
    a = new_annotation("en", "art-9", text, start, start + 15,
                       note="<i>zanzibarite</i> compare the Russian")
    service.store.add(a)
    _search(qtbot, panel, "zanzibarite")
    [item] = panel.result_items("annotation")
    assert "&lt;i&gt;" in item.data(HTML_ROLE) and "<i>" not in item.data(HTML_ROLE)
    assert panel.result_items("passage") == []
    rect = panel.view.visualRect(item)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selection.current == Ref("annotation", a.id)


def test_keyboard_opens_a_result(qtbot, panel) -> None:
    _search(qtbot, panel, "Шикотан")
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)  # into the results
    assert panel.view.hasFocus() or panel.view.currentIndex().isValid()
    first = panel.view.currentIndex().data(REF_ROLE)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.selection.current == first
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(panel.result_items("passage")[0]).center())
    assert panel.selection.current == panel.result_items("passage")[0].data(REF_ROLE)


def test_nothing_and_syntax_are_safe(qtbot, panel) -> None:
    _search(qtbot, panel, 'AND( "NEAR *')  # FTS5 syntax in user input never raises
    assert panel.summary.text()
    panel.field.setText("qqqxyzzy")
    panel.run()
    assert panel.model.rowCount() == 0 and panel.summary.text() == "No results."


def test_a_place_name_finds_its_other_spellings(corpus) -> None:
    from viewer.ui.annotations.search_panel import SearchEngine

    engine = SearchEngine(corpus, None)
    results = engine.search("Shikotan")["passage"]
    langs = {r.title.rsplit(" · ", 1)[1].split(" [")[0] for r in results
             if str(r.ref).startswith("art-9")}
    assert {"English", "Русский", "日本語"} <= langs  # "Shikoton", "Шикотан", "色丹島"


def test_a_passage_result_names_its_paragraphs_status(corpus) -> None:
    from viewer.ui.annotations.search_panel import SearchEngine

    results = SearchEngine(corpus, None).search("передачу")["passage"]
    ru = next(r for r in results if str(r.ref) == "art-9.2")
    assert ru.title.endswith("· Русский [unverified: fragment]")


def _word_char(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


@pytest.mark.parametrize("query", ["Шикотан", "Хабомаи", "transfer", "peace treaty", "abomai"])
def test_snippets_start_and_end_at_word_boundaries(corpus, query: str) -> None:
    """FTS5's trigram snippets start anywhere ("…абомаи и острова"): whole words only."""
    from viewer.annotations import fts
    from viewer.corpus.model import LANG_NAMES
    from viewer.ui.annotations.search_panel import SearchEngine

    engine = SearchEngine(corpus, None)
    results = engine.search(query)
    texts = {(kind, ref): text for kind, ref, _title, lang, text in corpus_documents(corpus)
             if kind != "passage"}
    checked = 0
    for kind in ("passage", "note", "interpretation"):
        for r in results[kind]:
            if kind == "passage":
                lang = {name: code for code, name in LANG_NAMES.items()}[
                    r.title.rsplit(" · ", 1)[1].split(" [")[0]]  # the status mark follows
                passage = corpus.passage(lang, r.ref.id)
                text = (passage.paragraph(r.ref.para) if r.ref.para
                        else passage.paragraphs[0]).text
            else:
                text = texts[(kind, r.ref.id)]
            plain = r.snippet.replace(fts.MARK_OPEN, "").replace(fts.MARK_CLOSE, "")
            core = plain.removeprefix(fts.ELLIPSIS).removesuffix(fts.ELLIPSIS)
            at = text.find(core)
            if at < 0:
                continue
            end = at + len(core)
            assert at == 0 or not (_word_char(text[at - 1]) and _word_char(text[at])), plain
            assert end == len(text) or not (_word_char(text[end - 1])
                                            and _word_char(text[end])), plain
            checked += 1
    assert checked >= 2


def test_a_hit_marks_its_words_not_the_paragraph(qtbot, corpus, prefs) -> None:
    """Clicking a hit marks the hit's words in the text, not the whole paragraph."""
    from PySide6.QtGui import QTextCursor
    from shown_text import unhyphenated

    from viewer.ui.text.pane import TextPane

    selection = Selection()
    panel = SearchPanel(corpus, selection, None)
    pane = TextPane(corpus, selection, prefs)
    for w in (panel, pane):
        qtbot.addWidget(w)
        w.resize(600, 700)
        w.show()
    panel.field.setText("Шикотан")
    qtbot.waitUntil(lambda: panel.last_query == "Шикотан")
    [item] = [i for i in panel.result_items("passage")
              if i.data(REF_ROLE).hit and i.data(REF_ROLE).hit[0] == "ru"]
    panel.view.scrollTo(item)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(item).center())
    ref = selection.current
    assert (ref.kind, ref.id, ref.para) == ("passage", "art-9", "2")
    marked = []
    for sel in pane.browser.extraSelections():
        cursor = QTextCursor(pane.browser.document())
        cursor.setPosition(sel.cursor.selectionStart())
        cursor.setPosition(sel.cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        marked.append(unhyphenated(cursor.selectedText()))
    assert set(marked) == {"Шикотан"}  # the word, in the Russian text only
    view = pane.browser.viewport().rect()
    assert view.intersects(pane.browser.cursorRect(pane.browser.extraSelections()[0].cursor))
