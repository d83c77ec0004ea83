"""Load and validate data/ into a Corpus. Every error names the file, the entry and the fault."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from viewer.corpus.errors import CorpusError
from viewer.corpus.model import (
    CLAIM_KEYS,
    CLAIM_VALUES,
    IRI_PREFIX,
    LANGS,
    NOTE_KINDS,
    PASSAGE_IDS,
    Corpus,
    DeclarationText,
    Event,
    HistoricalLine,
    Interpretation,
    Note,
    NoteTarget,
    Paragraph,
    Party,
    Passage,
    Place,
    Quote,
    Source,
    SourceRef,
    Variant,
    parse_passage_iri,
    quote_starts,
)
from viewer.corpus.status import EVENT_STATUSES, SOURCE_STATUSES, TEXT_STATUSES, Status, parse
from viewer.corpus.status_check import check_statuses

CITATION_RE = re.compile(r"\[@([A-Za-z0-9_.:-]+)(?:,[^\]]*)?\]")
APP_LINK_RE = re.compile(r"\]\(dv:(place|interp|note|passage|source)/([^)\s]+)\)")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class _Entry:
    """Typed access to one JSON object, raising CorpusError with its location."""

    def __init__(self, file: Path, entry: str, obj: Any) -> None:
        if not isinstance(obj, dict):
            raise CorpusError(file, entry, f"expected an object, got {type(obj).__name__}")
        self.file, self.entry, self.obj = file, entry, obj

    def fail(self, problem: str) -> CorpusError:
        return CorpusError(self.file, self.entry, problem)

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., *,
            nonempty: bool = False) -> Any:
        if key not in self.obj or self.obj[key] is None:
            if default is ...:
                raise self.fail(f"missing field '{key}'")
            return default
        value = self.obj[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, float)):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.fail(f"field '{key}' must be {names}, got {type(value).__name__}")
        if nonempty and not value:
            raise self.fail(f"field '{key}' must not be empty")
        return value

    def strings(self, key: str, default: Any = ...) -> tuple[str, ...]:
        values = self.get(key, list, [] if default is ... else default)
        if not all(isinstance(v, str) for v in values):
            raise self.fail(f"field '{key}' must be a list of strings")
        return tuple(values)


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorpusError(path, "", "file is missing") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(path, "", f"not valid UTF-8 at byte {exc.start}") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CorpusError(path, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: "
                                    f"{exc.msg}") from None


def _list_file(path: Path) -> list[Any]:
    data = _read_json(path)
    if not isinstance(data, list):
        raise CorpusError(path, "", f"expected a JSON array, got {type(data).__name__}")
    return data


def _status(e: _Entry, key: str, allowed: tuple[Status, ...]) -> Status:
    value = e.get(key, str)
    status = parse(value, allowed)
    if status is None:
        raise e.fail(f"{key} '{value}' is not one of {', '.join(allowed)} (data/SCHEMA.md)")
    return status


# --- declaration ---------------------------------------------------------------------------

def _load_text(path: Path, lang: str) -> DeclarationText:
    top = _Entry(path, "top level", _read_json(path))
    if top.get("lang", str) != lang:
        raise top.fail(f"'lang' must be '{lang}' for this file")
    passages = []
    for i, raw in enumerate(top.get("passages", list)):
        e = _Entry(path, f"passages[{i}]", raw)
        pid = e.get("id", str)
        e.entry = f"passage '{pid}'"
        paragraphs = []
        for j, rawp in enumerate(e.get("paragraphs", list)):
            pe = _Entry(path, f"passage '{pid}' paragraph {j + 1}", rawp)
            n = pe.get("n", str, nonempty=True)
            pe.entry = f"passage '{pid}' paragraph '{n}'"
            status = _status(pe, "status", TEXT_STATUSES)
            text = pe.get("text", str)
            if (status == "missing") != (text == ""):
                raise pe.fail("text must be empty exactly when status is 'missing'")
            translated_from = pe.get("translated_from", str, None)
            if status == "translation" and translated_from is None:
                raise pe.fail("a 'translation' paragraph must say 'translated_from'")
            paragraphs.append(Paragraph(n, text, status, pe.strings("sources"),
                                        pe.get("provenance", str, nonempty=True),
                                        translated_from))
        if len({p.n for p in paragraphs}) != len(paragraphs):
            raise e.fail("paragraph numbers repeat")
        variants = []
        for j, rawv in enumerate(e.get("variants", list, [])):
            ve = _Entry(path, f"passage '{pid}' variant {j + 1}", rawv)
            variants.append(Variant(ve.get("label", str, nonempty=True),
                                    ve.get("text", str, nonempty=True),
                                    _status(ve, "status", TEXT_STATUSES[:-1]),
                                    ve.strings("sources"), ve.get("provenance", str, "")))
        passages.append(Passage(pid, lang, e.get("label", str, pid), tuple(paragraphs),
                                tuple(variants)))
    ids = tuple(p.id for p in passages)
    if ids != PASSAGE_IDS:
        missing = [p for p in PASSAGE_IDS if p not in ids]
        extra = [p for p in ids if p not in PASSAGE_IDS]
        raise top.fail(f"passages must be {', '.join(PASSAGE_IDS)} in this order"
                       + (f"; missing {', '.join(missing)}" if missing else "")
                       + (f"; unknown {', '.join(extra)}" if extra else ""))
    return DeclarationText(lang, top.get("edition", str, nonempty=True),
                           top.get("authentic", bool), tuple(passages))


# --- notes ---------------------------------------------------------------------------------

def _load_notes(path: Path) -> list[Note]:
    notes = []
    for i, raw in enumerate(_list_file(path)):
        e = _Entry(path, f"entry {i}", raw)
        iri = e.get("id", str)
        if not iri.startswith(IRI_PREFIX + "note:"):
            raise e.fail(f"id '{iri}' must start with '{IRI_PREFIX}note:'")
        short = iri.removeprefix(IRI_PREFIX + "note:")
        e.entry = f"note '{short}'"
        if e.get("type", str) != "Annotation":
            raise e.fail("type must be 'Annotation'")
        kind = e.get("kind", str)
        if kind not in NOTE_KINDS:
            raise e.fail(f"kind '{kind}' is not one of {', '.join(NOTE_KINDS)}")
        bodies = e.get("body", (list, dict))
        bodies = bodies if isinstance(bodies, list) else [bodies]
        text_bodies = []
        for j, b in enumerate(bodies):
            be = _Entry(path, f"note '{short}' body {j}", b)
            if be.get("type", str) == "TextualBody":
                text_bodies.append(be.get("value", str, nonempty=True))
        if not text_bodies:
            raise e.fail("needs a TextualBody with the note's text")
        body = "\n\n".join(text_bodies)
        targets = []
        raw_targets = e.get("target", (list, dict))
        for j, t in enumerate(raw_targets if isinstance(raw_targets, list) else [raw_targets]):
            te = _Entry(path, f"note '{short}' target {j}", t)
            source = te.get("source", str)
            parts = parse_passage_iri(source)
            if parts is None:
                raise te.fail(f"source '{source}' is not a passage IRI")
            sel = _Entry(path, f"note '{short}' target {j} selector", te.get("selector", dict))
            if sel.get("type", str) != "TextQuoteSelector":
                raise sel.fail("selector type must be TextQuoteSelector")
            targets.append(NoteTarget(parts[0], parts[1], sel.get("exact", str, nonempty=True),
                                      sel.get("prefix", str, ""), sel.get("suffix", str, "")))
        if not targets:
            raise e.fail("needs at least one target")
        notes.append(Note(
            id=short, iri=iri, label=e.get("label", str, nonempty=True), kind=kind, body=body,
            targets=tuple(targets), places=e.strings("places", []),
            interpretations=e.strings("interpretations", []),
            see_also=tuple(s.removeprefix("note:") for s in e.strings("see_also", [])),
            citations=tuple(dict.fromkeys(CITATION_RE.findall(body))),
        ))
    return notes


# --- places --------------------------------------------------------------------------------

def _rings(e: _Entry, geometry: dict[str, Any]) -> list[tuple[tuple[float, float], ...]]:
    """Flatten a GeoJSON geometry's coordinates into lists of (lon, lat) paths."""
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    depth = {"LineString": 1, "Polygon": 2, "MultiLineString": 2, "MultiPolygon": 3}.get(kind)
    if depth is None or not isinstance(coords, list):
        raise e.fail(f"unsupported geometry '{kind}'")

    def walk(node: Any, level: int) -> Iterable[tuple[tuple[float, float], ...]]:
        if level == 1:
            if not isinstance(node, list) or not all(
                    isinstance(pt, list) and len(pt) >= 2 and all(
                        isinstance(v, (int, float)) and not isinstance(v, bool) for v in pt[:2])
                    for pt in node):
                raise e.fail("coordinates must be lists of [lon, lat] numbers")
            yield tuple((float(pt[0]), float(pt[1])) for pt in node)
            return
        if not isinstance(node, list):
            raise e.fail("malformed coordinates")
        for child in node:
            yield from walk(child, level - 1)

    return list(walk(coords, depth))


def _polygons(e: _Entry, geometry: dict[str, Any]) -> tuple:
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    polys = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else None
    if polys is None:
        raise e.fail(f"an island needs a Polygon or MultiPolygon, got '{kind}'")
    out = []
    for poly in polys:
        rings = _rings(e, {"type": "Polygon", "coordinates": poly})
        if any(len(r) < 4 or r[0] != r[-1] for r in rings):
            raise e.fail("every polygon ring must be closed and have at least 4 points")
        out.append(tuple(rings))
    return tuple(out)


def _load_places(path: Path) -> tuple[list[Place], list[HistoricalLine]]:
    top = _Entry(path, "top level", _read_json(path))
    if top.get("type", str) != "FeatureCollection":
        raise top.fail("must be a GeoJSON FeatureCollection")
    places, lines = [], []
    for i, raw in enumerate(top.get("features", list)):
        f = _Entry(path, f"feature {i}", raw)
        p = _Entry(path, f"feature {i} properties", f.get("properties", dict))
        kind = p.get("kind", str)
        fid = p.get("id", str, nonempty=True)
        p.entry = f"{kind} '{fid}'"
        if kind in ("island", "group"):
            ref = p.get("ref_point", list, None)
            if ref is not None and (len(ref) != 2 or not all(
                    isinstance(v, (int, float)) and not isinstance(v, bool) for v in ref)):
                raise p.fail("ref_point must be [lon, lat]")
            places.append(Place(
                id=fid, kind=kind, name_en=p.get("name_en", str, ""),
                name_ja=p.get("name_ja", str, ""), name_ja_latn=p.get("name_ja_latn", str, ""),
                name_ru=p.get("name_ru", str, ""), name_ru_latn=p.get("name_ru_latn", str, ""),
                group=p.get("group", str, fid), area_km2=p.get("area_km2", (int, float), None),
                administered_by=p.get("administered_by", str, None),
                claimed_by=p.strings("claimed_by", []), members=p.strings("members", []),
                ref_point=(float(ref[0]), float(ref[1])) if ref else None,
                polygons=_polygons(p, f.get("geometry", dict)) if kind == "island" else (),
                note=p.get("note", str, ""),
            ))
        elif kind == "line":
            lines.append(HistoricalLine(
                id=fid, year_from=p.get("year_from", int), year_to=p.get("year_to", int, None),
                label_en=p.get("label_en", str, nonempty=True),
                description=p.get("description", str, nonempty=True),
                sources=p.strings("sources", []), paths=tuple(_rings(p, f.get("geometry", dict))),
                properties=dict(p.obj),
            ))
        else:
            raise p.fail(f"unknown kind '{kind}' (island, group or line)")
    # A group's members are the islands that name it as their group.
    groups = {pl.id for pl in places if pl.kind == "group"}
    members: dict[str, list[str]] = {g: [] for g in groups}
    for pl in places:
        if pl.kind == "island" and pl.group in groups:
            members[pl.group].append(pl.id)
    places = [
        Place(**{**pl.__dict__, "members": tuple(members[pl.id])}) if pl.id in groups else pl
        for pl in places
    ]
    return places, lines


# --- interpretations, parties, events, sources --------------------------------------------

def _iso_date(e: _Entry) -> str:
    date = e.get("date", str)
    if not DATE_RE.match(date):
        raise e.fail(f"date '{date}' is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)")
    return date


def _load_interpretation(path: Path) -> Interpretation:
    e = _Entry(path, "top level", _read_json(path))
    iid = e.get("id", str)
    e.entry = f"interpretation '{iid}'"
    claims = e.get("claims", dict)
    if sorted(claims) != sorted(CLAIM_KEYS):
        raise e.fail(f"claims must have exactly the keys {', '.join(CLAIM_KEYS)}")
    for key, value in claims.items():
        if value not in CLAIM_VALUES:
            raise e.fail(f"claim for '{key}' is '{value}', not one of {', '.join(CLAIM_VALUES)}")
    sources = []
    for j, s in enumerate(e.get("sources", list, nonempty=True)):
        se = _Entry(path, f"interpretation '{iid}' source {j}", s)
        sources.append(SourceRef(se.get("id", str), se.get("locator", str, None)))
    quotes = []
    for j, q in enumerate(e.get("quotes", list, [])):
        qe = _Entry(path, f"interpretation '{iid}' quote {j}", q)
        quotes.append(Quote(qe.get("text", str, nonempty=True), qe.get("lang", str),
                            qe.get("source", str), qe.get("verified", bool),
                            qe.get("provenance", str, "")))
    date = _iso_date(e)
    return Interpretation(
        id=iid, party=e.get("party", str), title=e.get("title", str, nonempty=True),
        proponent=e.get("proponent", str, ""), date=date, summary=e.get("summary", str, ""),
        argument=e.get("argument", str, ""), passages=e.strings("passages"),
        claims=dict(claims), claim_notes=dict(e.get("claim_notes", dict, {})),
        sources=tuple(sources), quotes=tuple(quotes), events=e.strings("events", []),
    )


def _load_parties(path: Path) -> list[Party]:
    out = []
    for i, raw in enumerate(_list_file(path)):
        e = _Entry(path, f"entry {i}", raw)
        out.append(Party(e.get("id", str), e.get("name", str), e.get("name_ja", str, ""),
                         e.get("name_ru", str, ""), e.get("kind", str, "state")))
    return out


def _load_events(path: Path) -> list[Event]:
    out = []
    for i, raw in enumerate(_list_file(path)):
        e = _Entry(path, f"entry {i}", raw)
        eid = e.get("id", str)
        e.entry = f"event '{eid}'"
        date = _iso_date(e)
        if "verified" in e.obj:
            raise e.fail("'verified' is replaced by 'status' (verified | unverified) and "
                         "'date_source' (data/SCHEMA.md)")
        out.append(Event(eid, date, e.get("title", str, nonempty=True), e.get("summary", str, ""),
                         e.strings("sources", []), e.strings("interpretations", []),
                         e.strings("places", []), e.get("map_year", int, None),
                         _status(e, "status", EVENT_STATUSES), e.get("date_source", str, None),
                         e.get("provenance", str, "")))
    return out


def _load_sources(path: Path) -> list[Source]:
    out = []
    for i, raw in enumerate(_list_file(path)):
        e = _Entry(path, f"entry {i}", raw)
        sid = e.get("id", str)
        e.entry = f"source '{sid}'"
        custom = _Entry(path, f"source '{sid}' custom", e.get("custom", dict))
        out.append(Source(sid, e.get("title", str, nonempty=True),
                          _status(custom, "verification", SOURCE_STATUSES),
                          custom.get("checked", str, nonempty=True), dict(e.obj),
                          custom.get("seen", str, ""), custom.get("weak", str, "")))
    return out


# --- the whole corpus ----------------------------------------------------------------------

def _unique(items: Iterable[Any], path: Path, what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            raise CorpusError(path, f"{what} '{item.id}'", "id is used twice")
        out[item.id] = item
    return out


def load_corpus(root: Path) -> Corpus:
    """Load every file in `root` (the data/ folder) and check every cross-reference."""
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(root, "", "data folder not found")
    texts = {lang: _load_text(root / "declaration" / f"{lang}.json", lang) for lang in LANGS}
    sources: dict[str, Source] = {}
    source_files: dict[str, Path] = {}
    for path in sorted((root / "sources").glob("*.json")):
        for s in _load_sources(path):
            if s.id in sources:
                raise CorpusError(path, f"source '{s.id}'", "id is already used in another file")
            sources[s.id], source_files[s.id] = s, path
    notes: dict[str, Note] = {}
    note_files: dict[str, Path] = {}
    for path in sorted((root / "notes").glob("*.json")):
        for n in _load_notes(path):
            if n.id in notes:
                raise CorpusError(path, f"note '{n.id}'", "id is used twice")
            notes[n.id], note_files[n.id] = n, path
    places_path = root / "places.geojson"
    place_list, line_list = _load_places(places_path)
    places = _unique(place_list, places_path, "place")
    lines = _unique(line_list, places_path, "line")
    interp_list, interp_files = [], {}
    for path in sorted((root / "interpretations").glob("*.json")):
        item = _load_interpretation(path)
        interp_list.append(item)
        interp_files[item.id] = path
    interpretations = _unique(interp_list, root / "interpretations", "interpretation")
    parties = _unique(_load_parties(root / "parties.json"), root / "parties.json", "party")
    events = _unique(_load_events(root / "events.json"), root / "events.json", "event")
    corpus = Corpus(texts, notes, places, lines, interpretations, parties, events, sources)
    _check_references(corpus, root, note_files, interp_files)
    check_statuses(corpus, root, source_files, interp_files)
    from viewer.corpus.map_labels import check_map_labels, load_map_labels

    corpus.map_labels = load_map_labels(root / "map_labels.json")  # travels in the cache
    if corpus.map_labels.waters or corpus.map_labels.line_kinds:
        check_map_labels(corpus.map_labels, corpus, root / "map_labels.json")
    return corpus


def _check_references(c: Corpus, root: Path, note_files: dict[str, Path],
                      interp_files: dict[str, Path]) -> None:
    def need(ids: Iterable[str], table: dict[str, Any], path: Path, entry: str,
             what: str) -> None:
        for ref in ids:
            if ref not in table:
                raise CorpusError(path, entry, f"{what} '{ref}' does not exist")

    def refs_in(markdown: str, path: Path, entry: str) -> None:
        need(CITATION_RE.findall(markdown), c.sources, path, entry, "cited source")
        for kind, ref in APP_LINK_RE.findall(markdown):
            if kind == "passage":
                if ref.split(".")[0] not in PASSAGE_IDS:
                    raise CorpusError(path, entry, f"link to unknown passage '{ref}'")
                continue
            table = {"place": c.places, "interp": c.interpretations, "note": c.notes,
                     "source": c.sources}[kind]
            need([ref], table, path, entry, f"linked {kind}")

    for lang, text in c.texts.items():
        path = root / "declaration" / f"{lang}.json"
        for p in text.passages:
            for para in p.paragraphs:
                need(para.sources, c.sources, path, f"passage '{p.id}' paragraph '{para.n}'",
                     "source")
            for v in p.variants:
                need(v.sources, c.sources, path, f"passage '{p.id}' variant", "source")
    for note in c.notes.values():
        path, entry = note_files[note.id], f"note '{note.id}'"
        refs_in(note.body, path, entry)
        need(note.places, c.places, path, entry, "place")
        need(note.interpretations, c.interpretations, path, entry, "interpretation")
        need(note.see_also, c.notes, path, entry, "note")
        for t in note.targets:
            passage = c.passage(t.lang, t.passage)
            if passage is None:
                raise CorpusError(path, entry, f"target passage '{t.lang}:{t.passage}' "
                                               "does not exist")
            n = len(quote_starts(passage.text, t.exact, t.prefix, t.suffix))
            if n != 1:
                raise CorpusError(path, entry, f"quote '{t.exact}' must occur exactly once in "
                                               f"{t.lang}:{t.passage}, found {n}")
    for it in c.interpretations.values():
        path, entry = interp_files[it.id], f"interpretation '{it.id}'"
        need([it.party], c.parties, path, entry, "party")
        need([s.id for s in it.sources], c.sources, path, entry, "source")
        need([q.source for q in it.quotes], c.sources, path, entry, "quoted source")
        need(it.events, c.events, path, entry, "event")
        refs_in(it.argument, path, entry)
        if not it.passages:
            raise CorpusError(path, entry, "needs at least one passage")
        for ref in it.passages:
            pid, _, para = ref.partition(".")
            passage = c.passage("en", pid)
            if passage is None or (para and passage.paragraph(para) is None):
                raise CorpusError(path, entry, f"passage '{ref}' does not exist")
    events_path = root / "events.json"
    for ev in c.events.values():
        entry = f"event '{ev.id}'"
        need(ev.sources, c.sources, events_path, entry, "source")
        need(ev.interpretations, c.interpretations, events_path, entry, "interpretation")
        need(ev.places, c.places, events_path, entry, "place")
    places_path = root / "places.geojson"
    for line in c.lines.values():
        need(line.sources, c.sources, places_path, f"line '{line.id}'", "source")
    for pl in c.places.values():
        parties = [pl.administered_by] if pl.administered_by else []
        need(parties + list(pl.claimed_by), c.parties, places_path, f"place '{pl.id}'", "party")
