"""The one status vocabulary (issue 17 item 3): the loader and `data check` enforce it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.cli import main
from viewer.corpus import CorpusError, load_corpus
from viewer.corpus.status import (
    EVENT_STATUSES,
    READER_TEXT_STATUSES,
    SOURCE_STATUSES,
    TEXT_STATUSES,
    VOCABULARY,
    WEAK_WITNESS,
    Status,
    explain,
    label,
)

REPO = Path(__file__).resolve().parents[2]
WITNESSES = Path(__file__).resolve().parent / "witnesses"


def _edit(path: Path, change: Callable) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _add_source(root: Path, **custom: str) -> None:
    _edit(root / "sources" / "a.json", lambda d: d.append(
        {"id": "src-b", "type": "webpage", "title": "B", "custom": custom}))


def _cite_b_in_art9(root: Path, status: str = "verified") -> None:
    for lang in ("en", "ru", "ja"):
        def change(d: dict) -> None:
            para = d["passages"][10]["paragraphs"][1]  # art-9.2
            para.update(sources=["src-b"], status=status)
        _edit(root / "declaration" / f"{lang}.json", change)


def _fails(root: Path, *fragments: str) -> str:
    with pytest.raises(CorpusError) as err:
        load_corpus(root)
    for fragment in fragments:
        assert fragment in str(err.value)
    return str(err.value)


# --- sources -------------------------------------------------------------------------------

def test_source_verified_without_a_seen_page_fails(mini_data: Path) -> None:
    _edit(mini_data / "sources" / "a.json", lambda d: d[0]["custom"].pop("seen"))
    message = _fails(mini_data, "a.json", "source 'src-a'", "does not name the page or edition")
    assert "verified" in message


def test_data_check_rejects_a_verified_source_without_a_seen_page(mini_data: Path,
                                                                  capsys) -> None:
    assert main(["data", "check", "--data", str(mini_data)]) == 0
    _edit(mini_data / "sources" / "a.json", lambda d: d[0]["custom"].pop("seen"))
    assert main(["data", "check", "--data", str(mini_data)]) == 1
    assert "does not name the page or edition" in capsys.readouterr().err


def test_not_seen_source_cannot_name_what_was_seen(mini_data: Path) -> None:
    _add_source(mini_data, verification="not-seen", seen="p. 3", checked="cited by src-a")
    _fails(mini_data, "source 'src-b'", "not-seen")


def test_old_word_unverified_is_refused_for_sources(mini_data: Path) -> None:
    _edit(mini_data / "sources" / "a.json",
          lambda d: d[0]["custom"].update(verification="unverified"))
    _fails(mini_data, "verification 'unverified' is not one of verified, partial, not-seen")


def test_weak_witness_alone_cannot_ground_verified_text(mini_data: Path) -> None:
    _add_source(mini_data, verification="partial", seen="https://forum.example/1",
                weak="an anonymous forum post", checked="read")
    _cite_b_in_art9(mini_data)
    _fails(mini_data, "en.json", "passage 'art-9' paragraph '2'", "weak witness")
    _cite_b_in_art9(mini_data, status="collated")  # the honest status loads
    assert load_corpus(mini_data).sources["src-b"].is_weak


def test_a_work_not_seen_cannot_witness_wording(mini_data: Path) -> None:
    _add_source(mini_data, verification="not-seen", checked="cited by src-a")
    _cite_b_in_art9(mini_data, status="collated")
    _fails(mini_data, "paragraph '2'", "source 'src-b' is marked not seen")


# --- events --------------------------------------------------------------------------------

def test_event_whose_date_a_source_gives_is_not_flagged(mini_data: Path) -> None:
    _edit(mini_data / "events.json", lambda d: d[0].update(status="unverified"))
    _fails(mini_data, "events.json", "event 'signing'", "is not flagged")


def test_verified_event_names_the_source_of_its_date(mini_data: Path) -> None:
    _edit(mini_data / "events.json", lambda d: d[0].pop("date_source"))
    _fails(mini_data, "event 'signing'", "date_source")


def test_unverified_event_without_date_source_loads(mini_data: Path) -> None:
    _edit(mini_data / "events.json", lambda d: (d[0].pop("date_source"),
                                                d[0].update(status="unverified")))
    ev = load_corpus(mini_data).events["signing"]
    assert ev.status is Status.UNVERIFIED and not ev.verified


def test_event_date_from_a_weak_witness_stays_flagged(mini_data: Path) -> None:
    _add_source(mini_data, verification="partial", seen="https://blog.example",
                weak="a private blog", checked="read")
    _edit(mini_data / "events.json", lambda d: d[0].update(sources=["src-b"],
                                                            date_source="src-b"))
    _fails(mini_data, "event 'signing'", "weak witness")


def test_old_boolean_verified_on_events_is_refused(mini_data: Path) -> None:
    _edit(mini_data / "events.json", lambda d: d[0].update(verified=True))
    _fails(mini_data, "event 'signing'", "'verified' is replaced by 'status'")


def test_verified_quote_cannot_rest_on_a_weak_witness(mini_data: Path) -> None:
    _add_source(mini_data, verification="partial", seen="https://forum.example/2",
                weak="an anonymous forum post", checked="read")
    _edit(mini_data / "interpretations" / "japan-gov.json", lambda d: (
        d["sources"].append({"id": "src-b"}),
        d.update(quotes=[{"text": "x", "lang": "en", "source": "src-b", "verified": True}])))
    _fails(mini_data, "japan-gov.json", "verified quote rests on 'src-b'")


# --- the vocabulary as the UI and SCHEMA.md show it -----------------------------------------

def test_vocabulary_covers_every_status_once() -> None:
    words = [t.status for t in VOCABULARY]
    assert sorted(words) == sorted(Status) and len(set(words)) == len(words)
    for kind, allowed in (("text", TEXT_STATUSES + READER_TEXT_STATUSES),
                          ("source", SOURCE_STATUSES),
                          ("event", EVENT_STATUSES)):
        for status in Status:  # a meaning exactly for the words that kind may carry
            assert bool(explain(status, kind)) == (status in allowed), (kind, status)
    assert label("not-seen") == "not seen" and label("nonsense") == "unverified"
    assert "never the sole ground" in WEAK_WITNESS


def test_schema_documents_the_vocabulary() -> None:
    schema = (REPO / "data" / "SCHEMA.md").read_text(encoding="utf-8")
    for status in Status:
        assert f"`{status}`" in schema, status
    for field in ("custom.seen", "custom.weak", "`date_source`"):
        assert field in schema, field


# --- the shipped data after the review (issue 17 items 3, 4) --------------------------------

@pytest.fixture(scope="module")
def shipped():
    return load_corpus(REPO / "data")


def test_status_counts_for_the_about_text(mini_corpus, shipped) -> None:
    counts = mini_corpus.status_counts()
    assert counts["text"] == {"verified": 6, "missing": 39}
    assert counts["source"] == {"verified": 1} and counts["weak"] == {"source": 0}
    assert counts["event"] == {"verified": 1}
    shipped_counts = shipped.status_counts()
    assert shipped_counts["weak"]["source"] >= 7 and shipped_counts["source"]["not-seen"] >= 10
    assert set(shipped_counts["event"]) <= set(EVENT_STATUSES)


def test_shipped_statuses_after_review(shipped) -> None:
    s = shipped.sources
    assert s["hasegawa-1998-v1"].verification == s["hasegawa-1998-v2"].verification == "not-seen"
    assert s["readli-169024"].is_weak and s["hoppou-blog-japan-russia"].is_weak
    assert s["fivech-jd1956-excerpt"].is_weak and "anonymous" in s["fivech-jd1956-excerpt"].weak
    assert all(src.seen for src in s.values() if src.is_seen)
    ev = shipped.events
    assert ev["un-admission-1956"].verified
    assert ev["un-admission-1956"].date_source == "mofa-un-60th-2016"
    assert ev["yalta-1945"].date_source == "frus-1949-v07p2-d106"  # FRUS gives 11 Feb 1945
    assert ev["occupation-1945"].date == "1945-08-18"  # MOFA Q&A: invasion began 18 August
    assert not ev["london-talks-1955"].verified  # no seen source gives its date: flagged
    for text in shipped.texts.values():
        for p in text.passages:
            for para in p.paragraphs:
                if para.status == "verified":
                    assert any(s[i].is_seen and not s[i].is_weak for i in para.sources)


# --- tests stand on their own (issue 21 item 9) -------------------------------------------

def test_no_test_reads_outside_the_repository() -> None:
    pattern = re.compile(r"""parents?\[?\d*\]?\s*/\s*["']shared["']|\.\./shared|/work/shared""")
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "tests").rglob("*.py")
                 if p.name != Path(__file__).name and pattern.search(p.read_text("utf-8"))]
    assert not offenders


def test_witness_copies_match_their_provenance_table() -> None:
    readme = (WITNESSES / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([^`]+)` \| [^|]+ \| ([0-9a-f]{64}) \|$", readme, re.M))
    files = {p.name for p in WITNESSES.iterdir() if p.name != "README.md"}
    assert set(rows) == files
    for name, digest in rows.items():
        assert hashlib.sha256((WITNESSES / name).read_bytes()).hexdigest() == digest, name


# --- the Japanese text as witnessed (issue 17 item 5) --------------------------------------

OLD_FORMS = re.compile("[國會關兩權體當與發學氣戰爭團條處遲]")


def test_japanese_witness_orthography_is_explained_in_the_margin(shipped) -> None:
    explained = 0
    for p in shipped.texts["ja"].passages:
        for para in p.paragraphs:
            if OLD_FORMS.search(para.text):  # old character forms come from a witness, say so
                assert para.provenance.startswith("Old character forms:"), (p.id, para.n)
                assert "國" in para.provenance and "国" in para.provenance, (p.id, para.n)
                explained += 1
            if re.search(r"[0-9]+年", para.text):  # Arabic-numeral dates were re-typed
                assert para.provenance.startswith("Re-typed numerals:"), (p.id, para.n)
                explained += 1
    assert explained >= 4  # art. 2, 3(1) in old forms; art. 6(2), closing(2) re-typed
