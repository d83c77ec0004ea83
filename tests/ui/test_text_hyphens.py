"""Russian and English words break at syllables, with a hyphen: soft hyphens drawn by the text
pane only — never in the data, the clipboard, find, or exports; Japanese is not hyphenated."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QGuiApplication, QTextCursor
from shown_text import SOFT_HYPHEN, find_shown

from viewer.corpus.refs import Ref
from viewer.ui.common.selection import Selection
from viewer.ui.text import hyphens
from viewer.ui.text.pane import TextPane
from viewer.ui.text.render import render_document

REPO = Path(__file__).resolve().parents[2]
WORD = "Социалистических"  # broke as "Социалистиче|ских" without a hyphen (issue 19)


@pytest.fixture
def pane(qtbot, corpus, prefs) -> TextPane:
    pane = TextPane(corpus, Selection(), prefs)
    qtbot.addWidget(pane)
    pane.resize(700, 600)  # narrow columns
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_russian_and_english_words_get_syllable_points_japanese_none() -> None:
    assert hyphens.hyphenated("ru", WORD) == "Со­ци­а­ли­сти­че­ских".replace("­", SOFT_HYPHEN)
    assert SOFT_HYPHEN in hyphens.hyphenated("en", "negotiations")
    assert hyphens.points("ja", "日本国及びソヴィエト社会主義共和国連邦") == ()
    assert hyphens.points("en", "USSR of 1956") == ()  # short words and numbers stay whole


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяABCdefgh -\n", max_size=60),
       st.sampled_from(["en", "ru"]))
def test_drawn_and_text_positions_map_both_ways(text: str, lang: str) -> None:
    at = hyphens.points(lang, text)
    drawn = hyphens.insert(text, at)
    assert hyphens.strip(drawn) == text
    for i, ch in enumerate(text):
        assert drawn[hyphens.to_drawn(at, i)] == ch
        assert hyphens.to_text(at, hyphens.to_drawn(at, i)) == i
    assert hyphens.to_drawn(at, len(text), end=True) == len(drawn)
    # piece by piece (a highlight may start inside a word) gives the same drawn text
    cut = len(text) // 2
    assert hyphens.insert(text[:cut], at) + hyphens.insert(text[cut:], at, cut) == drawn


def test_the_pane_draws_soft_hyphens_in_ru_and_en_only(pane, corpus) -> None:
    doc = pane.browser.document()
    for lang in ("en", "ru", "ja"):
        para = corpus.passage(lang, "art-9").paragraph("2")
        [(a, b)] = pane.doc_ranges(lang, "art-9", *next(
            (s, e) for p, s, e in corpus.passage(lang, "art-9").paragraph_spans() if p.n == "2"))
        cursor = QTextCursor(doc)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        drawn = cursor.selectedText()
        assert (SOFT_HYPHEN in drawn) == (lang != "ja"), lang
        assert hyphens.strip(drawn).replace("\u2028", "\n") == para.text


def test_data_and_exports_hold_no_soft_hyphen(corpus) -> None:
    for path in (REPO / "data").rglob("*.json"):
        assert SOFT_HYPHEN not in path.read_text(encoding="utf-8"), path
    assert SOFT_HYPHEN not in render_document(corpus, ["en", "ru", "ja"])  # the default
    assert SOFT_HYPHEN in render_document(corpus, ["en", "ru"], hyphenate=True)
    from viewer.ui.text.pdf_export import build_html

    html, _numbered = build_html(corpus, ["en", "ru", "ja"], [])
    assert SOFT_HYPHEN not in html


def test_copying_a_selection_copies_no_soft_hyphen(pane) -> None:
    cursor = find_shown(pane.browser.document(), f"{WORD} Республик")
    assert not cursor.isNull() and SOFT_HYPHEN in cursor.selectedText()
    pane.browser.setTextCursor(cursor)
    pane.browser.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied == f"{WORD} Республик"
    mime = QGuiApplication.clipboard().mimeData()
    assert SOFT_HYPHEN not in mime.html() and "&shy;" not in mime.html()


def test_find_matches_across_the_drawn_hyphens(pane, corpus) -> None:
    pane.find.open()
    pane.find_bar.field.setText(WORD)
    found = pane.matches()
    expected = sum(p.text.count(WORD) for passage in corpus.texts["ru"].passages
                   for p in passage.paragraphs)
    assert expected and len(found) == expected
    assert pane.find_bar.count.text() == f"{expected} match{'es' if expected != 1 else ''}"
    assert hyphens.strip(pane.browser.textCursor().selectedText()) == WORD


def test_marks_and_annotations_keep_their_offsets(pane, corpus) -> None:
    """A selection's quote is the passage's own text: the hyphens are not part of it."""
    pane.selection.set(Ref("note", "habomai"))
    marked = {sel.cursor.selectedText() for sel in pane.browser.extraSelections()}
    assert any(SOFT_HYPHEN in m for m in marked)  # drawn hyphenated …
    exacts = {t.exact for t in corpus.notes["habomai"].targets}
    assert {hyphens.strip(m) for m in marked} == exacts  # … and exactly the quotes
    cursor = find_shown(pane.browser.document(), "Социалистических Республик")
    pane.browser.setTextCursor(cursor)
    lang, pid, start, end = pane.selected_range()
    assert corpus.passage(lang, pid).text[start:end] == "Социалистических Республик"


def test_the_bundle_keeps_the_dictionaries_used() -> None:
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    for name in hyphens.DICTIONARIES.values():
        assert f"hyph_{name}.dic" in spec
    import pyphen

    assert all(name in pyphen.LANGUAGES for name in hyphens.DICTIONARIES.values())


def test_points_found_once_are_read_back_without_the_patterns(corpus, monkeypatch,
                                                              _isolated_home) -> None:
    """Loading pyphen's English patterns takes a quarter of a second at each start: the
    points found are kept in the cache folder and read back."""
    monkeypatch.setattr(hyphens, "_STORE", hyphens._Store())
    hyphens.points.cache_clear()
    first = render_document(corpus, ["en", "ru"], hyphenate=True)
    assert (_isolated_home / "cache" / "hyphens.pickle").is_file()

    def no_patterns(lang: str):  # noqa: ANN202
        raise AssertionError(f"the {lang} patterns were loaded again")

    monkeypatch.setattr(hyphens, "_STORE", hyphens._Store())  # a new run …
    hyphens.points.cache_clear()
    monkeypatch.setattr(hyphens, "_dictionary", no_patterns)
    assert render_document(corpus, ["en", "ru"], hyphenate=True) == first  # … reads them
    hyphens.points.cache_clear()


def test_a_damaged_cache_only_costs_the_time(corpus, monkeypatch, _isolated_home) -> None:
    (_isolated_home / "cache").mkdir(exist_ok=True)
    (_isolated_home / "cache" / "hyphens.pickle").write_bytes(b"\x80\x05not a pickle")
    monkeypatch.setattr(hyphens, "_STORE", hyphens._Store())
    hyphens.points.cache_clear()
    assert hyphens.hyphenated("ru", WORD) == hyphens.insert(WORD, (2, 4, 5, 7, 10, 12))
    hyphens.remember()
    assert b"key" in (_isolated_home / "cache" / "hyphens.pickle").read_bytes()
    hyphens.points.cache_clear()
