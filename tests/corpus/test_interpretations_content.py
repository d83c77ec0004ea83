"""Content checks for readings, parties, events and the bibliography (json only, no Qt)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
WITNESSES = Path(__file__).resolve().parent / "witnesses"  # see its README
ISLANDS = ("habomai", "shikotan", "kunashir", "iturup")
CLAIMS = {"transfer", "return", "retained", "undetermined"}
VERIFICATION = {"verified", "partial", "not-seen"}  # data/SCHEMA.md
ID_RE = re.compile(r"^[a-z0-9-]+$")
CITE_RE = re.compile(r"\[@([^\]\s,;]+)")
DV_INTERP_RE = re.compile(r"\(dv:interp/([a-z0-9-]+)\)")


def _load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sources() -> dict[str, dict]:
    items: dict[str, dict] = {}
    for f in sorted((DATA / "sources").glob("*.json")):
        for item in _load(f):
            assert item["id"] not in items, f"duplicate source id {item['id']} in {f.name}"
            items[item["id"]] = item
    return items


@pytest.fixture(scope="module")
def readings() -> list[dict]:
    return [_load(f) for f in sorted((DATA / "interpretations").glob("*.json"))]


@pytest.fixture(scope="module")
def parties() -> list[dict]:
    return _load(DATA / "parties.json")


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return _load(DATA / "events.json")


@pytest.fixture(scope="module")
def place_ids() -> set[str]:
    geo = DATA / "places.geojson"
    if not geo.exists():
        return set(ISLANDS)
    return {f["properties"]["id"] for f in _load(geo)["features"] if f["properties"].get("id")}


@pytest.fixture(scope="module")
def shared_text() -> str:
    """The in-repo reference copies (related documents and declaration witnesses)."""
    files = [WITNESSES / "related.md", *sorted(WITNESSES.glob("declaration_*.txt"))]
    missing = [f.name for f in files if not f.exists()]
    assert not missing and len(files) >= 5, f"missing reference files in {WITNESSES}: {missing}"
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def test_counts(readings, parties, events):
    assert len(readings) >= 12
    assert len({r["party"] for r in readings}) >= 5
    assert len(events) >= 25
    assert {"ussr", "russia", "japan", "usa", "joint", "scholarship"} <= {p["id"] for p in parties}


def test_unique_ids(readings, parties, events):
    for name, ids in (
        ("reading", [r["id"] for r in readings]),
        ("party", [p["id"] for p in parties]),
        ("event", [e["id"] for e in events]),
    ):
        assert len(ids) == len(set(ids)), f"duplicate {name} ids"
        assert all(ID_RE.match(i) for i in ids), f"bad {name} id in {ids}"


def test_reading_file_names_match_ids():
    for f in (DATA / "interpretations").glob("*.json"):
        assert _load(f)["id"] == f.stem, f.name


def test_parties_have_three_names(parties):
    for p in parties:
        assert p["name"] and p["name_ja"] and p["name_ru"], p["id"]
        assert p["kind"] in {"state", "joint", "scholarship"}, p["id"]
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", p["name_ja"]), p["id"]
        assert re.search(r"[\u0400-\u04ff]", p["name_ru"]), p["id"]


def test_sources_carry_verification(sources):
    for sid, item in sources.items():
        assert ID_RE.match(sid), sid
        custom = item.get("custom", {})
        assert custom.get("verification") in VERIFICATION, sid
        assert custom.get("checked"), sid
        # seen exactly when verified/partial: a work not seen names no page it was seen on
        assert bool(custom.get("seen")) == (custom["verification"] != "not-seen"), sid


def test_declaration_entry(sources):
    jd = sources["jd1956"]
    assert jd["type"] == "treaty" and jd["number"] == "3768"
    assert "volume" not in jd and "page" not in jd  # not confirmed in any source


def test_readings_shape(readings, parties):
    party_ids = {p["id"] for p in parties}
    for r in readings:
        rid = r["id"]
        assert r["party"] in party_ids, rid
        date.fromisoformat(_full(r["date"]))
        assert r["sources"], f"{rid}: no source"
        assert r["passages"], f"{rid}: no passage"
        assert all(
            re.match(r"^(art-\d+(\.[0-9a-z]+)?|preamble|title|closing|signatures)$", p)
            for p in r["passages"]
        ), rid
        assert set(r["claims"]) == set(ISLANDS), rid
        assert set(r["claims"].values()) <= CLAIMS, rid
        assert set(r.get("claim_notes", {})) <= set(ISLANDS), rid
        for key in ("title", "proponent", "summary", "argument"):
            assert r[key].strip(), f"{rid}: empty {key}"


def test_every_reference_resolves(readings, sources, events):
    reading_ids = {r["id"] for r in readings}
    event_ids = {e["id"] for e in events}
    for r in readings:
        cited = {s["id"] for s in r["sources"]} | {q["source"] for q in r["quotes"]}
        cited |= set(CITE_RE.findall(r["argument"]))
        assert cited <= set(sources), f"{r['id']}: unknown sources {cited - set(sources)}"
        assert set(CITE_RE.findall(r["argument"])) <= {s["id"] for s in r["sources"]}, r["id"]
        assert set(DV_INTERP_RE.findall(r["argument"])) <= reading_ids, r["id"]
        assert set(r["events"]) <= event_ids, f"{r['id']}: unknown events"


def test_events(events, sources, readings, place_ids):
    reading_ids = {r["id"] for r in readings}
    for e in events:
        date.fromisoformat(_full(e["date"]))
        assert e["map_year"] == int(e["date"][:4]), e["id"]
        assert e["sources"] and set(e["sources"]) <= set(sources), e["id"]
        assert set(e["interpretations"]) <= reading_ids, e["id"]
        assert set(e["places"]) <= place_ids, (
            f"{e['id']}: unknown places {set(e['places']) - place_ids}"
        )
        assert e["status"] in {"verified", "unverified"} and e["provenance"], e["id"]
        # flagged exactly when no seen, non-weak cited source gives the date
        assert (e["status"] == "verified") == ("date_source" in e), e["id"]
        if "date_source" in e:
            ds = sources[e["date_source"]]["custom"]
            assert e["date_source"] in e["sources"], e["id"]
            assert ds["verification"] != "not-seen" and not ds.get("weak"), e["id"]
    years = [int(e["date"][:4]) for e in events]
    assert min(years) == 1855 and max(years) >= 2022


def test_verified_quotes_are_verbatim(readings, sources, shared_text):
    n = 0
    for r in readings:
        for q in r["quotes"]:
            assert q["verified"] is True, f"{r['id']}: unverified quote must be left out"
            assert q["text"] in shared_text, (
                f"{r['id']}: quote not verbatim in reference files: {q['text'][:60]}"
            )
            assert q["source"] in {s["id"] for s in r["sources"]}, r["id"]
            custom = sources[q["source"]]["custom"]
            assert custom["verification"] != "not-seen" and not custom.get("weak"), r["id"]
            n += 1
    assert n >= 12


def test_quote_check_would_catch_a_changed_word(shared_text):
    # guard that the verbatim check is not vacuous
    assert "The Soviet government agrees to hand over Habomai and Shikotan" in shared_text
    assert "The Soviet government agrees to return Habomai and Shikotan" not in shared_text


def _full(d: str) -> str:
    """Pad YYYY or YYYY-MM to a full ISO date so it can be parsed."""
    assert re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", d), d
    return {4: d + "-01-01", 7: d + "-01"}.get(len(d), d)
