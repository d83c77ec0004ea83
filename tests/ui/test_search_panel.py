"""The global search: every language, notes, readings and the user's notes, grouped; a click
or Enter on a result sets the Selection."""

from __future__ import annotations

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
    return [i.data(REF_ROLE) for i in panel.result_items(kind)]


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
