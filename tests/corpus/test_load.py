"""The loader: typed objects from data/, and errors that name file, entry and fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.corpus import CorpusError, load_corpus
from viewer.corpus.model import PASSAGE_IDS


def _edit(path: Path, change) -> None:  # noqa: ANN001
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_mini_corpus_loads_typed(mini_corpus) -> None:
    assert [p.id for p in mini_corpus.texts["ru"].passages] == list(PASSAGE_IDS)
    art9 = mini_corpus.passage("en", "art-9")
    assert art9.paragraph("2").text.startswith("The USSR agrees")
    assert art9.text == art9.paragraphs[0].text + "\n\n" + art9.paragraphs[1].text
    assert mini_corpus.places["habomai"].members == ("shibotsu",)
    assert mini_corpus.notes["habomai"].citations == ("src-a",)
    assert mini_corpus.lines["shimoda-1855"].in_force(1860)
    assert mini_corpus.lines["shimoda-1855"].in_force(1874)  # year_to is inclusive
    assert not mini_corpus.lines["shimoda-1855"].in_force(1875)


def test_counts(mini_corpus) -> None:
    counts = mini_corpus.counts()
    assert counts["passages"] == {"en": 14, "ru": 14, "ja": 14}
    assert counts["notes"] == 1 and counts["places"] == 5 and counts["events"] == 1
    # every passage except art-9 is missing in each language
    assert counts["unverified_passages"] == 3 * 13


@pytest.mark.parametrize("change, fragment", [
    (lambda d: d["passages"].pop(3), "passages must be"),
    (lambda d: d["passages"][9]["paragraphs"][0].update(status="guessed"), "status 'guessed'"),
    (lambda d: d["passages"][0]["paragraphs"][0].update(text="x"), "empty exactly when"),
    (lambda d: d["passages"][10]["paragraphs"][1].update(sources=["nowhere"]),
     "source 'nowhere' does not exist"),
])
def test_text_errors_name_file_and_entry(mini_data: Path, change, fragment: str) -> None:
    _edit(mini_data / "declaration" / "en.json", change)
    with pytest.raises(CorpusError) as err:
        load_corpus(mini_data)
    assert "en.json" in str(err.value)
    assert fragment in str(err.value)


def test_note_quote_must_anchor_exactly_once(mini_data: Path) -> None:
    _edit(mini_data / "notes" / "places.json",
          lambda d: d[0]["target"][1]["selector"].update(exact="Хабомаи и Итуруп"))
    with pytest.raises(CorpusError, match=r"places\.json: note 'habomai': quote .* found 0"):
        load_corpus(mini_data)


def test_citation_must_resolve(mini_data: Path) -> None:
    _edit(mini_data / "notes" / "places.json",
          lambda d: d[0]["body"][0].update(value="See [@hara-9999]."))
    with pytest.raises(CorpusError, match="cited source 'hara-9999' does not exist"):
        load_corpus(mini_data)


def test_interpretation_claims_checked(mini_data: Path) -> None:
    _edit(mini_data / "interpretations" / "japan-gov.json",
          lambda d: d["claims"].update(iturup="ours"))
    with pytest.raises(CorpusError, match="japan-gov.json: interpretation 'japan-gov': claim"):
        load_corpus(mini_data)


def test_invalid_json_reports_line(mini_data: Path) -> None:
    (mini_data / "events.json").write_text('[{"id": "x",\n "date": }]', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"events\.json: invalid JSON at line 2"):
        load_corpus(mini_data)


def test_missing_file(mini_data: Path) -> None:
    (mini_data / "parties.json").unlink()
    with pytest.raises(CorpusError, match=r"parties\.json: file is missing"):
        load_corpus(mini_data)


def test_unknown_party_on_place(mini_data: Path) -> None:
    def change(d: dict) -> None:
        d["features"][0]["properties"]["administered_by"] = "atlantis"
    _edit(mini_data / "places.geojson", change)
    with pytest.raises(CorpusError, match="party 'atlantis' does not exist"):
        load_corpus(mini_data)
