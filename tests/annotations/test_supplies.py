"""Supplied wording (issue 18): checks, the corpus with supplies laid over it, W3C form."""

import json

import pytest

from viewer.annotations.supplies import (
    SUPPLY_MAX_CHARS,
    Supply,
    SupplyError,
    apply_supplies,
    check_supply,
    from_w3c,
    parse_paragraph_ref,
    to_w3c,
)

RU91 = "Союз Советских Социалистических Республик и Япония согласились продолжить переговоры."


def _supply(**kw) -> Supply:
    base = dict(lang="ru", passage="art-9", n="1", text=RU91,
                edition="Декларации, заявления и коммюнике Советского правительства, 1957",
                page="314")
    return Supply(**(base | kw))


def _missing(corpus, lang):
    """A (passage, n) whose shipped paragraph in `lang` is missing, from the data."""
    return next((p.id, q.n) for p in corpus.texts[lang].passages for q in p.paragraphs
                if q.status == "missing")


def test_parse_paragraph_ref():
    assert parse_paragraph_ref("art-9.1") == ("art-9", "1")
    assert parse_paragraph_ref("art-3.a") == ("art-3", "a")
    assert parse_paragraph_ref("signatures.2") == ("signatures", "2")
    for bad in ("art-9", "art-11.1", "9.1", "", "art-9.1; DROP"):
        with pytest.raises(SupplyError, match="unknown paragraph reference"):
            parse_paragraph_ref(bad)


def test_check_accepts_a_missing_paragraph_and_cleans_it(corpus):
    passage, n = _missing(corpus, "ru")
    s = check_supply(corpus, _supply(passage=passage, n=n, text="  " + RU91 + "\r\n"))
    assert s.text == RU91 and s.modified == s.created


@pytest.mark.parametrize("changes, message", [
    ({"text": "   "}, "no letters|empty"),
    ({"text": "x" * (SUPPLY_MAX_CHARS + 1)}, "at most"),
    ({"lang": "ja", "text": "The Union of Soviet Socialist Republics agrees"}, "Japanese"),
    ({"lang": "xx"}, "unknown language"),
    ({"n": "9"}, "unknown paragraph"),
    ({"edition": "  "}, "which edition"),
    ({"text": RU91 + "\u202e"}, "control character"),
])
def test_check_refuses_bad_input_with_a_clear_message(corpus, changes, message):
    if changes.get("lang") == "ja":
        changes |= dict(zip(("passage", "n"), _missing(corpus, "ja"), strict=True))
    with pytest.raises(SupplyError, match=message):
        check_supply(corpus, _supply(**changes))


def test_check_refuses_a_verified_paragraph(corpus):
    passage, n = next((p.id, q.n) for p in corpus.texts["ru"].passages
                      for q in p.paragraphs if q.status == "verified")
    with pytest.raises(SupplyError, match="verified already"):
        check_supply(corpus, _supply(passage=passage, n=n))


def test_apply_puts_the_newest_supply_in_place_and_keeps_the_rest(corpus):
    passage, n = _missing(corpus, "ru")
    shipped = corpus.passage("ru", passage).paragraph(n)
    first = check_supply(corpus, _supply(passage=passage, n=n, created="2026-01-01T00:00:00"
                                         ".000+00:00", page="313"))
    second = check_supply(corpus, _supply(passage=passage, n=n, text=RU91 + " Второе.",
                                          edition="UNTS vol. 263", page="",
                                          created="2026-02-01T00:00:00.000+00:00"))
    out = apply_supplies(corpus, [second, first])
    para = out.passage("ru", passage).paragraph(n)
    assert para.status == "supplied" and para.text == second.text
    assert para.supplied.label == "supplied from UNTS vol. 263, by this copy's user"
    assert para.alternatives[0] == shipped  # the shipped paragraph (or gap) one click away
    assert para.alternatives[1].text == first.text
    assert para.alternatives[1].supplied.label.endswith("p. 313, by this copy's user")
    assert second.text in out.passage("ru", passage).text  # anchoring and search see it
    # the shipped corpus is untouched
    assert corpus.passage("ru", passage).paragraph(n) == shipped


def test_w3c_round_trip_is_exact(corpus):
    passage, n = _missing(corpus, "ru")
    s = check_supply(corpus, _supply(passage=passage, n=n, remark="checked twice"))
    obj = json.loads(json.dumps(to_w3c(s), ensure_ascii=False))
    assert obj["motivation"] == "editing"
    body = obj["body"][0]
    assert body == {"type": "TextualBody", "purpose": "editing", "value": s.text,
                    "language": "ru", "format": "text/plain"}
    assert obj["target"]["source"].endswith(f":ru:{passage}")
    back = from_w3c(obj, corpus, origin="team.jsonld")
    assert (back.text, back.edition, back.page, back.remark, back.id) == (
        s.text, s.edition, s.page, s.remark, s.id)
    assert back.supplier == "team.jsonld"  # no creator: who it came from is the file


def test_w3c_import_is_checked_like_typed_input(corpus):
    passage, n = _missing(corpus, "ja")
    obj = to_w3c(_supply(lang="ja", passage=passage, n=n, text="Latin letters only here"))
    with pytest.raises(SupplyError, match="Japanese"):
        from_w3c(obj, corpus)
    obj = to_w3c(_supply())
    obj["target"] = {"source": "http://example.org/elsewhere"}
    with pytest.raises(SupplyError, match="not a paragraph"):
        from_w3c(obj, corpus)
