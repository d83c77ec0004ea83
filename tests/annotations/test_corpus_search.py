import pytest
from ann_texts import EN9, JA9, RU9

from viewer.annotations.fts import MARK_CLOSE, MARK_OPEN, snippet_html, split_terms
from viewer.annotations.search import CorpusIndex


@pytest.fixture
def index():
    return CorpusIndex([
        ("passage", "en:art-9", "Article 9", "en", EN9),
        ("passage", "ru:art-9", "Статья 9", "ru", RU9),
        ("passage", "ja:art-9", "第九条", "ja", JA9),
        ("note", "note:habomai", "Habomai Islands", "en", "A group of small islets."),
        ("interpretation", "interp:ussr-1956", "USSR reading", "en",
         "Two islands after a peace treaty."),
    ])


def test_languages_and_case(index):
    assert [h.ref for h in index.search("хабомаи")] == ["ru:art-9"]
    assert [h.ref for h in index.search("ШИКОТАН")] == ["ru:art-9"]
    assert [h.ref for h in index.search("歯舞群島")] == ["ja:art-9"]
    assert [h.ref for h in index.search("色丹")] == ["ja:art-9"]  # 2 CJK chars
    assert {h.ref for h in index.search("habomai")} == {"en:art-9", "note:habomai"}
    assert [h.kind for h in index.search("peace treaty", kind="interpretation")] == [
        "interpretation"]


def test_snippets_marked(index):
    hit = index.search("Shikotan")[0]
    assert f"{MARK_OPEN}Shikotan{MARK_CLOSE}" in hit.snippet
    assert snippet_html("a <b> " + MARK_OPEN + "x" + MARK_CLOSE) == "a &lt;b&gt; <b>x</b>"


def test_phrases_and_and(index):
    assert [h.ref for h in index.search('"island of Shikotan"')] == ["en:art-9"]
    assert index.search('"Shikotan island of"') == []
    assert [h.ref for h in index.search("Habomai treaty")] == ["en:art-9"]


@pytest.mark.parametrize("q", ['"', "AND(", "NEAR(a, b", "*", "OR", "a:b", "(", "'", "",
                               "   ", "\x00", "x" * 10_000, "🙂", "- ^ +"])
def test_hostile_queries_never_raise(index, q):
    index.search(q)


def test_split_terms():
    assert split_terms('"Habomai Islands" 色丹 AND( "x') == ["Habomai Islands", "色丹", "AND(",
                                                               "x"]


def test_snippet_html_escapes_and_neutralises_bidi() -> None:
    from viewer.annotations.fts import MARK_CLOSE, MARK_OPEN, snippet_html

    out = snippet_html(f"<img src=x> \u202eabc {MARK_OPEN}hit{MARK_CLOSE}")
    assert out == "&lt;img src=x&gt; [U+202E]abc <b>hit</b>"
