"""The one walk and the one status wording (issue 17 item 1). No Qt."""

from __future__ import annotations

import dataclasses

from expected import expected_gaps, expected_marks

from viewer.corpus.citation import passage_citation
from viewer.corpus.refs import parse_ref
from viewer.edition.status import (
    cite_paragraph,
    link_paragraph,
    quote_status,
    status_label,
    text_status,
)
from viewer.edition.walk import gaps, items, walk


def test_every_missing_paragraph_is_a_gap_in_its_place(corpus) -> None:
    for lang in corpus.texts:
        assert [g.gap_text for g in gaps(corpus, [lang])] == expected_gaps(corpus, lang)
    texts = [g.gap_text for g in gaps(corpus)]
    # The three losses issue 17 names in the old PDF.
    assert "Russian text not available: art. 9, para. 1" in texts
    assert "Russian text not available: art. 10" in texts
    assert "English text not available: signatures, para. 2" in texts


def test_marks_are_the_reading_views_and_in_order(corpus) -> None:
    for lang in corpus.texts:
        marks = [i.mark for i in items(corpus, [lang]) if not i.is_gap and i.mark]
        assert marks == expected_marks(corpus, lang)


def test_passages_align_across_languages(corpus) -> None:
    rows = list(walk(corpus, ["ja", "en", "ru"]))
    assert [r.passage_id for r in rows] == [p.id for p in corpus.texts["en"].passages]
    for row in rows:
        assert [t.lang for t in row.texts] == ["en", "ru", "ja"]  # the edition's order
        for t in row.texts:
            passage = corpus.passage(t.lang, row.passage_id)
            assert [i.n for i in t.items] == [p.n for p in passage.paragraphs]
            for i in t.items:
                if not i.is_gap:  # offsets are the anchoring text's
                    assert passage.text[i.start:i.end] == i.text


def test_a_passage_absent_from_a_language_is_one_gap(corpus) -> None:
    ru = corpus.texts["ru"]
    cut = dataclasses.replace(ru, passages=tuple(p for p in ru.passages if p.id != "art-10"))
    smaller = dataclasses.replace(corpus, texts={**corpus.texts, "ru": cut})
    row = next(r for r in walk(smaller) if r.passage_id == "art-10")
    russian = next(t for t in row.texts if t.lang == "ru")
    assert not russian.present
    assert [g.gap_text for g in russian.gaps] == ["Russian text not available: art. 10"]
    assert expected_gaps(smaller, "ru") == [g.gap_text for g in gaps(smaller, ["ru"])]


def test_variants_travel_with_their_passage(corpus) -> None:
    for row in walk(corpus):
        for t in row.texts:
            assert t.variants == corpus.passage(t.lang, row.passage_id).variants
    art9 = next(r for r in walk(corpus, ["en"]) if r.passage_id == "art-9")
    assert any("New York Times" in v.label for v in art9.texts[0].variants)


def test_status_label_wording() -> None:
    assert status_label("translation", "fr") == \
        "[unverified: editorial translation from the French]"
    assert status_label("partial") == "[unverified: fragment]"
    assert status_label("collated") == "[unverified: editorial collation]"
    assert status_label("missing") == "[not available]"
    assert status_label("verified") == ""
    assert status_label("verified", verified="[verified]") == "[verified]"
    assert status_label("not-a-word").startswith("[unverified")  # never shown as verified


def test_citation_and_link_carry_language_and_status(corpus) -> None:
    cite = cite_paragraph(corpus, "en", "art-9", "1")
    assert cite == (passage_citation("art-9", "1")
                    + ", English text [unverified: editorial translation from the French]")
    # a verified Japanese paragraph, found in the data (statuses change as witnesses do)
    pid, n = next((p.id, q.n) for p in corpus.texts["ja"].passages for q in p.paragraphs
                  if q.status == "verified")
    assert cite_paragraph(corpus, "ja", pid, n).endswith("Japanese text [verified]")
    assert cite_paragraph(corpus, "ru", "art-9", "1").endswith("[not available]")
    link = link_paragraph(corpus, "ru", "art-9", "2")
    assert link == "dv:passage/art-9.2 [Russian: unverified: fragment]"
    ref = parse_ref(corpus, link)  # --goto still takes the copied link
    assert (ref.kind, ref.id, ref.para) == ("passage", "art-9", "2")


def test_quote_status_by_offsets(corpus) -> None:
    passage = corpus.passage("en", "art-9")
    (p1, s1, e1), (p2, s2, e2) = passage.paragraph_spans()
    assert quote_status(corpus, "en", "art-9", s1, s1 + 5) == status_label("translation", "fr")
    assert quote_status(corpus, "en", "art-9", s2, e2) == "[verified]"
    both = quote_status(corpus, "en", "art-9", s1, e2)
    assert both == status_label("translation", "fr") + "; [verified]"
    assert quote_status(corpus, "en", "art-9", None, None) == both  # an orphan: the passage
    assert text_status(corpus, "en", "nowhere") == "[not available]"
