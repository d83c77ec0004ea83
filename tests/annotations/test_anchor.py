from ann_texts import EN9, JA9, RU9

from viewer.annotations.anchor import (
    TextPositionSelector,
    TextQuoteSelector,
    anchor,
    anchor_anywhere,
    describe,
    parse_passage_iri,
    passage_iri,
)


def test_passage_iri_round_trip():
    iri = passage_iri("ja", "art-9")
    assert iri == "urn:declaration-viewer:jd1956:ja:art-9"
    assert parse_passage_iri(iri) == ("ja", "art-9")
    for bad in ("urn:declaration-viewer:jd1956:fr:art-9", "urn:declaration-viewer:jd1956:en",
                "http://example.org/", "", "urn:declaration-viewer:jd1956:en:a:b"):
        assert parse_passage_iri(bad) is None


def test_describe_context_and_bounds():
    s = EN9.index("Habomai Islands")
    quote, pos = describe(EN9, s, s + 15)
    assert quote.exact == "Habomai Islands"
    assert quote.prefix == EN9[s - 32:s] and quote.suffix == EN9[s + 15:s + 47]
    assert pos == TextPositionSelector(s, s + 15)
    q0, _ = describe(EN9, 0, 3)
    assert q0.prefix == ""


def test_anchor_by_position():
    s = EN9.index("Shikotan")
    q, p = describe(EN9, s, s + 8)
    assert anchor(EN9, q, p).method == "position"


def test_anchor_by_quote_after_text_shift():
    s = EN9.index("Shikotan")
    q, p = describe(EN9, s, s + 8)
    changed = "New opening words. " + EN9
    r = anchor(changed, q, p)
    assert r.method == "quote" and changed[r.start:r.end] == "Shikotan"


def test_quote_disambiguated_by_context():
    # "Japan" occurs several times; the prefix/suffix pick the right one
    s = EN9.index("Japan the Habomai")
    q, p = describe(EN9, s, s + 5)
    r = anchor("xx" + EN9, q, p)
    assert r.method == "quote" and r.start == s + 2


def test_fuzzy_small_edit_in_japanese_and_russian():
    s = JA9.index("歯舞群島及び色丹島")
    q, p = describe(JA9, s, s + 9)
    changed = JA9.replace("歯舞群島及び色丹島", "歯舞諸島及び色丹島")
    r = anchor(changed, q, p)
    assert r is not None and r.method == "fuzzy"
    assert "色丹島" in changed[r.start:r.end]
    s = RU9.index("островов Хабомаи")
    q, p = describe(RU9, s, s + 16)
    r = anchor(RU9.replace("островов Хабомаи", "островов  Хабомай"), q, p)
    assert r is not None and r.method == "fuzzy"


def test_fuzzy_rejects_unrelated_text_orphan():
    q = TextQuoteSelector("the quick brown fox jumps over the lazy dog")
    assert anchor(EN9, q, TextPositionSelector(0, 43)) is None
    assert anchor(EN9, TextQuoteSelector("Iturup and Kunashir"), None) is None
    assert anchor(JA9, TextQuoteSelector("択捉島及び国後島"), None) is None
    assert anchor(EN9, TextQuoteSelector(""), None) is None


def test_anchor_anywhere_picks_language():
    texts = {("en", "art-9"): EN9, ("ru", "art-9"): RU9, ("ja", "art-9"): JA9}
    r = anchor_anywhere(texts, TextQuoteSelector("色丹島"))
    assert (r.lang, r.passage, r.method) == ("ja", "art-9", "quote")
    assert JA9[r.start:r.end] == "色丹島"
    r = anchor_anywhere(texts, TextQuoteSelector("острова Шекотан"))
    assert r is not None and (r.lang, r.method) == ("ru", "fuzzy")
    assert anchor_anywhere(texts, TextQuoteSelector("nothing like this at all here")) is None
