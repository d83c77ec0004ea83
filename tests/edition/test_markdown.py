"""The Markdown edition shows every gap, every status mark and every variant. No Qt."""

from __future__ import annotations

import pytest
from expected import expected_gaps, expected_marks

from viewer.edition.markdown import escape, to_markdown


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_every_gap_and_mark_of_each_language(corpus, lang) -> None:
    md = to_markdown(corpus, [lang], today="2026-12-04")
    for gap in expected_gaps(corpus, lang):
        assert f"*{escape(gap)}* [not available]" in md
    pos = 0
    for mark in expected_marks(corpus, lang):  # each in order, after its paragraph
        pos = md.index(mark, pos) + len(mark)
    assert md.count("[unverified") >= len(expected_marks(corpus, lang))


def test_editorial_translation_in_italics_and_variants_with_their_passage(corpus) -> None:
    md = to_markdown(corpus, ["en"])
    first = corpus.passage("en", "art-9").paragraphs[0]
    assert f"*{escape(first.text)}* [unverified: editorial translation from the French]" in md
    art9, art10 = md.index("## Article 9"), md.index("## Article 10")
    nyt = md.index("**Variant reading** — New York Times")
    assert art9 < nyt < art10
    variant = corpus.passage("en", "art-9").variants[0]
    assert escape(" ".join(variant.text.split())) in md[nyt:art10]


def test_all_three_languages_aligned(corpus) -> None:
    md = to_markdown(corpus)
    section = md[md.index("## Article 10"):md.index("## Closing formula")]
    assert section.index("### English") < section.index("### Russian") \
        < section.index("### Japanese")
    assert "Russian text not available: art. 10" in section
