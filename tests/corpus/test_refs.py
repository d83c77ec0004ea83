"""REF parsing: passages, paragraphs, and places by any name in any convention."""

from __future__ import annotations

import pytest

from viewer.corpus.refs import Ref, UnknownRef, parse_ref


@pytest.mark.parametrize("text, ref", [
    ("art-9", Ref("passage", "art-9")),
    ("art-9.2", Ref("passage", "art-9", "2")),
    ("preamble", Ref("passage", "preamble")),
    ("place:shikotan", Ref("place", "shikotan")),
    ("place:etorofu", Ref("place", "iturup")),
    ("place:Iturup", Ref("place", "iturup")),
    ("place:Итуруп", Ref("place", "iturup")),
    ("place:択捉島", Ref("place", "iturup")),
    ("place:KUNASHIRI", Ref("place", "kunashir")),
    ("place:habomai", Ref("place", "habomai")),
    ("place:歯舞群島", Ref("place", "habomai")),
    ("interp:japan-gov", Ref("interp", "japan-gov")),
    ("note:habomai", Ref("note", "habomai")),
    ("interp:japan-gov@etorofu", Ref("interp", "japan-gov", place="iturup")),
    ("dv:passage/art-9.2", Ref("passage", "art-9", "2")),
    ("dv:place/shikotan", Ref("place", "shikotan")),
])
def test_parse(mini_corpus, text: str, ref: Ref) -> None:
    assert parse_ref(mini_corpus, text) == ref


@pytest.mark.parametrize("text", ["art-11", "art-9.7", "place:atlantis", "interp:nobody",
                                  "note:none", "bogus:x", "hello"])
def test_unknown(mini_corpus, text: str) -> None:
    with pytest.raises(UnknownRef):
        parse_ref(mini_corpus, text)


def test_str_round_trip(mini_corpus) -> None:
    for text in ("art-9.2", "place:shikotan", "interp:japan-gov", "interp:japan-gov@iturup"):
        assert str(parse_ref(mini_corpus, text)) == text


def test_citation_and_link() -> None:
    from viewer.corpus.citation import passage_citation, passage_link

    assert passage_citation("art-9", "2") == ("Joint Declaration, 19 October 1956, art. 9, "
                                              "para. 2, UNTS No. 3768")
    assert passage_citation("art-3", "a").endswith("art. 3(a), UNTS No. 3768")
    assert passage_citation("preamble") == ("Joint Declaration, 19 October 1956, preamble, "
                                            "UNTS No. 3768")
    assert passage_link("art-9", "2") == "dv:passage/art-9.2"


@pytest.mark.parametrize("name", ["etorofu", "iturup", "Итуруп", "択捉島", "ITURUP", "Etorofu-tō"])
def test_shipped_places_by_any_name(corpus, name: str) -> None:
    assert parse_ref(corpus, f"place:{name}") == Ref("place", "iturup")


@pytest.mark.parametrize("name, pid", [("Kunashiri", "kunashir"), ("Кунашир", "kunashir"),
                                       ("色丹島", "shikotan"), ("Habomai", "habomai"),
                                       ("歯舞群島", "habomai"), ("Zelyony", "shibotsu")])
def test_shipped_places_other_names(corpus, name: str, pid: str) -> None:
    assert parse_ref(corpus, f"place:{name}") == Ref("place", pid)
