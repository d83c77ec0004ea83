"""Export (W3C Web Annotation JSON-LD, CSV, Markdown) and import (W3C, Hypothesis).

W3C mapping (export; import accepts the same and is lenient about extras):
- note: TextualBody, purpose ``commenting``, format ``text/markdown``;
- each tag: TextualBody, purpose ``tagging``;
- colour: TextualBody, purpose ``highlighting``, value ``#rrggbb`` (keeps ``@context``
  the plain anno.jsonld context: no extension terms needed);
- place / reading links: SpecificResource bodies, purpose ``linking``, source
  ``urn:declaration-viewer:place:<id>`` / ``urn:declaration-viewer:interp:<id>``;
- import origin (a source IRI that was not ours): the annotation's ``via``;
- target: ``source`` = passage IRI, ``selector`` = [TextQuoteSelector, TextPositionSelector].

Import is all-or-nothing: the whole file is read, parsed, validated and anchored first,
then written in one transaction. Any problem raises :class:`ImportRejected` with one
line saying what and where (``annotations[3].target.selector: expected ...``).
"""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from viewer.corpus.model import PASSAGE_IDS

from .anchor import (
    INTERP_IRI_PREFIX,
    PLACE_IRI_PREFIX,
    TextPositionSelector,
    TextQuoteSelector,
    anchor,
    anchor_anywhere,
    describe,
    parse_passage_iri,
    passage_iri,
)
from .model import (
    COLOR_RE,
    LINK_ID_RE,
    Annotation,
    new_id,
    normalise_tags,
    normalise_time,
    now_iso,
)
from .store import AnnotationStore, ImportReport, StoreError

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
WORK_IRI = "urn:declaration-viewer:jd1956"  # target of an orphan whose passage is unknown
MAX_IMPORT_BYTES = 100 * 1024 * 1024
MAX_DEPTH = 64
LANG_NAMES = {"en": "English", "ru": "Russian", "ja": "Japanese"}
# names of files that are ours to export but not to import (only JSON is read back)
EXPORT_ONLY_SUFFIXES = (".csv", ".md", ".markdown", ".txt")
CSV_COLUMNS = ["id", "lang", "passage", "start", "end", "exact", "prefix", "suffix", "note",
               "tags", "color", "places", "interpretations", "created", "modified", "orphan",
               "origin"]

Texts = Mapping[tuple[str, str], str]
Progress = Callable[[int, int], None]


class ImportRejected(Exception):
    """The whole file was refused; ``str(e)`` is one line: what and where."""


class _NotJson(ImportRejected):
    """The content is not JSON text at all (not UTF-8, or not JSON syntax)."""


# -- export ----------------------------------------------------------------------------

def to_w3c(a: Annotation) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (JSON-LD object)."""
    body: list[dict[str, Any]] = []
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting",
                     "format": "text/markdown", "value": a.note})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in a.tags]
    if a.color:
        body.append({"type": "TextualBody", "purpose": "highlighting",
                     "format": "text/plain", "value": a.color})
    body += [{"type": "SpecificResource", "purpose": "linking",
              "source": PLACE_IRI_PREFIX + p} for p in a.places]
    body += [{"type": "SpecificResource", "purpose": "linking",
              "source": INTERP_IRI_PREFIX + i} for i in a.interpretations]
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix,
         "suffix": a.suffix}]
    if a.start is not None and a.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
    if a.lang and a.passage:
        source = passage_iri(a.lang, a.passage)
    else:
        source = a.origin or WORK_IRI
    out: dict[str, Any] = {
        "@context": W3C_CONTEXT, "id": a.id, "type": "Annotation",
        "motivation": "commenting" if a.note else "highlighting",
        "created": a.created, "modified": a.modified,
    }
    if body:
        out["body"] = body
    out["target"] = {"source": source, "selector": selectors}
    if a.origin:
        out["via"] = a.origin
    return out


def export_w3c(annotations: Iterable[Annotation], out: TextIO) -> int:
    """Write an AnnotationCollection with its first AnnotationPage embedded; returns
    the count. Streams, so 100,000 annotations are not held as JSON in memory."""
    items = list(annotations)
    head = {"@context": W3C_CONTEXT, "id": new_id(), "type": "AnnotationCollection",
            "label": "Declaration Viewer annotations", "total": len(items)}
    text = json.dumps(head, ensure_ascii=False, indent=1)
    out.write(text[:-2] + ',\n "first": {"type": "AnnotationPage", "startIndex": 0, '
              '"items": [\n')
    for i, a in enumerate(items):
        out.write(("," if i else "") + json.dumps(to_w3c(a), ensure_ascii=False) + "\n")
    out.write("]}\n}\n")
    return len(items)


def _csv_cell(value: object) -> str:
    """Text for a CSV cell, guarded against formula injection in spreadsheets."""
    s = "" if value is None else str(value)
    if s and s[0] in "=+-@\t\r":
        s = "'" + s
    return s


def _join(values: Iterable[str]) -> str:
    return ";".join(v.replace("\\", "\\\\").replace(";", "\\;") for v in values)


def split_joined(cell: str) -> list[str]:
    """Inverse of the CSV list join (``;`` separated, ``\\;`` and ``\\\\`` escaped)."""
    out, cur, i = [], [], 0
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell):
            cur.append(cell[i + 1])
            i += 2
            continue
        if ch == ";":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if cur or cell:
        out.append("".join(cur))
    return out


def export_csv(annotations: Iterable[Annotation], out: TextIO) -> int:
    """One row per annotation; lists joined with ``;``. Open ``out`` with newline=""."""
    w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for a in annotations:
        w.writerow([_csv_cell(v) for v in (
            a.id, a.lang, a.passage, a.start, a.end, a.exact, a.prefix, a.suffix, a.note,
            _join(a.tags), a.color, _join(a.places), _join(a.interpretations), a.created,
            a.modified, int(a.orphan), a.origin or "")])
        n += 1
    return n


def passage_label(pid: str) -> str:
    if pid.startswith("art-"):
        return "Article " + pid[4:]
    return pid.replace("-", " ").capitalize() if pid else "Unknown passage"


def _escape_html(text: str) -> str:
    """Neutralise raw HTML in Markdown while keeping Markdown itself."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|!])")


def _md_literal(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", _escape_html(text))


def export_markdown(annotations: Iterable[Annotation], out: TextIO) -> int:
    """Markdown grouped by article ("Article 9", "Preamble", ...): quote as blockquote,
    then the note (raw HTML escaped)."""
    items = list(annotations)
    order = {p: i for i, p in enumerate(PASSAGE_IDS)}

    def key(a: Annotation) -> tuple:
        return (a.orphan or not a.passage, order.get(a.passage, len(order)), a.passage,
                a.lang, a.start if a.start is not None else -1, a.created)

    items.sort(key=key)
    out.write("# Annotations on the Joint Declaration of 19 October 1956\n\n")
    out.write(f"{len(items)} annotations, exported {now_iso()[:10]}.\n")
    heading = None
    for a in items:
        h = ("Not anchored in the current text" if a.orphan or not a.passage
             else passage_label(a.passage))
        if h != heading:
            out.write(f"\n## {_md_literal(h)}\n")
            heading = h
        out.write("\n")
        for line in (a.exact or "(no quote)").split("\n"):
            out.write(f"> {_md_literal(line)}".rstrip() + "\n")
        meta = [LANG_NAMES.get(a.lang, a.lang or "unknown language")]
        if a.tags:
            meta.append("tags: " + ", ".join(_md_literal(t) for t in a.tags))
        if a.places:
            meta.append("places: " + ", ".join(a.places))
        if a.interpretations:
            meta.append("readings: " + ", ".join(a.interpretations))
        out.write("\n*" + " · ".join(meta) + "*\n")
        if a.note.strip():
            out.write("\n" + _escape_html(a.note.strip()) + "\n")
    return len(items)


def export_store(store: AnnotationStore, fmt: str, out: TextIO) -> int:
    """``fmt`` in w3c | csv | md; returns how many annotations were written."""
    writers = {"w3c": export_w3c, "csv": export_csv, "md": export_markdown}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (w3c, csv or md)")
    return writers[fmt](store.iter_all(), out)


# -- import: reading and JSON ----------------------------------------------------------

def _type_name(v: object) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "list"
    if isinstance(v, dict):
        return "object"
    return type(v).__name__


def _reject(where: str, what: str) -> ImportRejected:
    return ImportRejected(f"{where}: {what}" if where else what)


def decode_json(data: bytes | str) -> Any:
    """Parse import bytes: size cap, strict UTF-8, JSON with line:col, depth limit, and
    no lone surrogates anywhere (SQLite could not store them)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(len(data))
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise _NotJson(f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset "
                           f"{e.start})") from None
    else:
        text = data
    if not text.strip():
        raise _reject("", "the file is empty")

    def no_constant(name: str) -> None:
        raise ValueError(f"{name} is not valid JSON")

    try:
        doc = json.loads(text, parse_constant=no_constant, parse_int=_json_int)
    except json.JSONDecodeError as e:
        # some messages end in "at" ("Invalid control character at"): say it once
        msg = e.msg.removesuffix(" at")
        raise _NotJson(f"not valid JSON: {msg} at line {e.lineno}, column {e.colno}"
                       ) from None
    except RecursionError:
        raise _reject("", f"JSON nested too deeply (limit {MAX_DEPTH} levels)") from None
    except ValueError as e:
        raise _NotJson(f"not valid JSON: {e}") from None
    _check_tree(doc)
    return doc


def _too_big(size: int | None) -> ImportRejected:
    """``size`` None: a device or pipe, only known to be longer than the limit."""
    limit = f"the import limit is {MAX_IMPORT_BYTES // 1_000_000} MB"
    if size is None:
        return _reject("", f"file is too large; {limit}")
    return _reject("", f"file is {size / 1e6:.1f} MB; {limit}")


def _json_int(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # over sys.get_int_max_str_digits(); Python's message is for coders
        n = len(digits.lstrip("-"))
        raise _reject("", f"number too long ({n} digits)") from None


def _check_tree(doc: Any) -> None:
    """Depth limit and lone surrogates. A fast pass first; paths only to report a problem."""
    if _tree_problem(doc, False) is not None:
        where, what = _tree_problem(doc, True) or ("", "invalid")
        raise _reject(where, what)


def _tree_problem(doc: Any, paths: bool) -> tuple[str, str] | None:
    stack: list[tuple[Any, int, str]] = [(doc, 0, "")]
    containers = (dict, list, str)
    while stack:
        v, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            return path, f"nested too deeply (limit {MAX_DEPTH} levels)"
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return path, "text contains an invalid Unicode escape (lone surrogate)"
        elif isinstance(v, dict):
            for k, x in v.items():
                if isinstance(x, containers):
                    stack.append((x, depth + 1, (f"{path}.{k}" if path else str(k))
                                  if paths else ""))
        elif isinstance(v, list):
            for i, x in enumerate(v):
                if isinstance(x, containers):
                    stack.append((x, depth + 1, f"{path}[{i}]" if paths else ""))
    return None


# -- import: structure -----------------------------------------------------------------

def _types(obj: dict) -> set[str]:
    t = obj.get("type", obj.get("@type"))
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


def _items(doc: Any) -> list[tuple[str, Any]]:
    """(path, annotation object) for every annotation in any accepted container."""
    if isinstance(doc, list):
        return [(f"[{i}]", x) for i, x in enumerate(doc)]
    if not isinstance(doc, dict):
        raise _reject("", f"expected an annotation, a list, an AnnotationPage, an "
                          f"AnnotationCollection or a Hypothesis export, got {_type_name(doc)}")
    types = _types(doc)
    if "AnnotationCollection" in types:
        first = doc.get("first")
        if isinstance(first, str):
            raise _reject("first", "the first AnnotationPage is not embedded (only a link)")
        if not isinstance(first, dict):
            raise _reject("first", f"expected an embedded AnnotationPage, got "
                                   f"{_type_name(first)}")
        if first.get("next") is not None:
            raise _reject("first.next", "collections of several pages are not supported")
        return _page_items(first, "first.items")
    if "AnnotationPage" in types:
        return _page_items(doc, "items")
    if "Annotation" in types:
        return [("annotation", doc)]
    for key in ("annotations", "rows"):  # Hypothesis client export / API search result
        if key in doc:
            v = doc[key]
            if not isinstance(v, list):
                raise _reject(key, f"expected a list, got {_type_name(v)}")
            return [(f"{key}[{i}]", x) for i, x in enumerate(v)]
    if "target" in doc:
        return [("annotation", doc)]
    raise _reject("", "not an annotation, a list, an AnnotationPage, an AnnotationCollection "
                      "or a Hypothesis export")


def _page_items(page: dict, path: str) -> list[tuple[str, Any]]:
    items = page.get("items")
    if not isinstance(items, list):
        raise _reject(path, f"expected a list, got {_type_name(items)}")
    return [(f"{path}[{i}]", x) for i, x in enumerate(items)]


def _opt_str(obj: dict, key: str, path: str) -> str | None:
    v = obj.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise _reject(f"{path}.{key}", f"expected a string, got {_type_name(v)}")
    return v


def _time(obj: dict, key: str, path: str) -> str | None:
    v = _opt_str(obj, key, path)
    if v is None:
        return None
    try:
        return normalise_time(v)
    except ValueError:
        raise _reject(f"{path}.{key}", f"not an ISO 8601 date-time: {v[:40]!r}") from None
    except OverflowError:  # e.g. year 1 at +14:00 is before year 1 in UTC
        raise _reject(f"{path}.{key}", f"date-time out of range: {v[:40]!r}") from None


_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def _annotation_id(obj: dict, path: str, hypothesis: bool) -> str:
    raw = _opt_str(obj, "id", path)
    if raw is None or not raw.strip():
        canon = json.dumps(obj, sort_keys=True, ensure_ascii=False)
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'urn:declaration-viewer:' + canon)}"
    if hypothesis and not _IRI_RE.match(raw):
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'https://hypothes.is/a/' + raw)}"
    if _IRI_RE.match(raw) and len(raw) <= 2000:
        return raw
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'urn:declaration-viewer:id:' + raw)}"


class _Parsed:
    __slots__ = ("id", "created", "modified", "notes", "tags", "color", "places",
                 "interps", "source", "quote", "position", "lang_hint", "via")


def _bodies(obj: dict, path: str, p: _Parsed) -> None:
    bv = obj.get("bodyValue")
    if bv is not None:
        if not isinstance(bv, str):
            raise _reject(f"{path}.bodyValue", f"expected a string, got {_type_name(bv)}")
        p.notes.append(bv)
    body = obj.get("body")
    if body is None:
        return
    bodies = body if isinstance(body, list) else [body]
    for i, b in enumerate(bodies):
        bpath = f"{path}.body[{i}]" if isinstance(body, list) else f"{path}.body"
        if isinstance(b, str):
            continue  # a body that is only a link to an external resource
        if not isinstance(b, dict):
            raise _reject(bpath, f"expected an object or string, got {_type_name(b)}")
        purpose = b.get("purpose")
        purposes = {purpose} if isinstance(purpose, str) else (
            {x for x in purpose if isinstance(x, str)} if isinstance(purpose, list) else set())
        source = b.get("source")
        if isinstance(source, str) and ("linking" in purposes or "SpecificResource"
                                        in _types(b)):
            for prefix, target in ((PLACE_IRI_PREFIX, p.places), (INTERP_IRI_PREFIX, p.interps)):
                if source.startswith(prefix) and LINK_ID_RE.match(source[len(prefix):]):
                    target.append(source[len(prefix):])
            continue
        value = b.get("value")
        if value is None:
            continue
        if not isinstance(value, str):
            raise _reject(f"{bpath}.value", f"expected a string, got {_type_name(value)}")
        if "tagging" in purposes:
            p.tags.append(value)
        elif "highlighting" in purposes:
            if COLOR_RE.match(value.strip()):
                p.color = value.strip().lower()
        else:
            p.notes.append(value)
        if p.lang_hint is None and isinstance(b.get("language"), str):
            p.lang_hint = b["language"]


def _selectors(sel: Any, path: str, p: _Parsed) -> None:
    if sel is None:
        return
    if not isinstance(sel, (dict, list)):
        raise _reject(path, f"expected an object or list, got {_type_name(sel)}")
    sels = sel if isinstance(sel, list) else [sel]
    for i, s in enumerate(sels):
        spath = f"{path}[{i}]" if isinstance(sel, list) else path
        if not isinstance(s, dict):
            raise _reject(spath, f"expected an object, got {_type_name(s)}")
        types = _types(s)
        if "TextQuoteSelector" in types and p.quote is None:
            exact = s.get("exact")
            if not isinstance(exact, str):
                raise _reject(f"{spath}.exact", f"expected a string, got {_type_name(exact)}")
            prefix = _opt_str(s, "prefix", spath) or ""
            suffix = _opt_str(s, "suffix", spath) or ""
            p.quote = TextQuoteSelector(exact, prefix, suffix)
        elif "TextPositionSelector" in types and p.position is None:
            vals = []
            for k in ("start", "end"):
                v = s.get(k)
                if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < 2**31:
                    raise _reject(f"{spath}.{k}", "expected a non-negative integer, got "
                                  f"{_type_name(v) if not isinstance(v, int) else v}")
                vals.append(v)
            if vals[0] > vals[1]:
                raise _reject(spath, f"start {vals[0]} is after end {vals[1]}")
            p.position = TextPositionSelector(vals[0], vals[1])
        # other selector types (RangeSelector, XPath, ...) cannot apply to our text


def _targets(obj: dict, path: str, p: _Parsed) -> None:
    if "target" not in obj:
        raise _reject(f"{path}.target", "missing")
    target = obj["target"]
    targets = target if isinstance(target, list) else [target]
    if not targets:
        raise _reject(f"{path}.target", "empty list")
    chosen: tuple[int, Any] | None = None
    for i, t in enumerate(targets):
        tpath = f"{path}.target[{i}]" if isinstance(target, list) else f"{path}.target"
        if isinstance(t, str):
            src = t
        elif isinstance(t, dict):
            src = t.get("source", t.get("id"))
            if src is not None and not isinstance(src, str):
                raise _reject(f"{tpath}.source", f"expected a string, got {_type_name(src)}")
            sel = t.get("selector")
            if sel is not None and not isinstance(sel, (dict, list)):
                raise _reject(f"{tpath}.selector",
                              f"expected an object or list, got {_type_name(sel)}")
        else:
            raise _reject(tpath, f"expected an object or string, got {_type_name(t)}")
        if chosen is None or (parse_passage_iri(src or "") and
                              not parse_passage_iri(_src(chosen[1]))):
            chosen = (i, t)
    assert chosen is not None
    i, t = chosen
    p.source = _src(t)
    if isinstance(t, dict):
        tpath = f"{path}.target[{i}]" if isinstance(target, list) else f"{path}.target"
        _selectors(t.get("selector"), f"{tpath}.selector", p)
        if p.lang_hint is None and isinstance(t.get("language"), str):
            p.lang_hint = t["language"]


def _src(t: Any) -> str:
    if isinstance(t, str):
        return t
    v = t.get("source", t.get("id")) if isinstance(t, dict) else None
    return v if isinstance(v, str) else ""


def _parse_one(obj: Any, path: str) -> _Parsed:
    if not isinstance(obj, dict):
        raise _reject(path, f"expected an annotation object, got {_type_name(obj)}")
    types = _types(obj)
    if ("type" in obj or "@type" in obj) and "Annotation" not in types:
        raise _reject(f"{path}.type", f"expected Annotation, got {str(obj.get('type'))[:40]!r}")
    hypothesis = not types
    p = _Parsed()
    p.notes, p.tags, p.places, p.interps = [], [], [], []
    p.color, p.quote, p.position, p.lang_hint = "", None, None, None
    p.id = _annotation_id(obj, path, hypothesis)
    p.created = _time(obj, "created", path)
    p.modified = _time(obj, "modified", path) or _time(obj, "updated", path)
    p.via = _opt_str(obj, "via", path) if isinstance(obj.get("via"), str) else None
    text = _opt_str(obj, "text", path) if hypothesis else None
    if text:
        p.notes.append(text)
    if hypothesis and obj.get("tags") is not None:
        tags = obj["tags"]
        if not isinstance(tags, list):
            raise _reject(f"{path}.tags", f"expected a list, got {_type_name(tags)}")
        for i, t in enumerate(tags):
            if not isinstance(t, str):
                raise _reject(f"{path}.tags[{i}]", f"expected a string, got {_type_name(t)}")
            p.tags.append(t)
    _bodies(obj, path, p)
    _targets(obj, path, p)
    return p


def _to_record(p: _Parsed, texts: Texts) -> Annotation:
    quote = p.quote or TextQuoteSelector("")
    lang = passage = ""
    start = end = None
    orphan = True
    origin = p.via
    ours = parse_passage_iri(p.source)  # None for WORK_IRI too
    if ours is not None:
        lang, passage = ours
        text = texts.get(ours)
        if p.position is not None:
            start, end = p.position.start, p.position.end
        if text is not None:
            if not quote.exact and p.position is not None and p.position.end <= len(text):
                quote, _ = describe(text, p.position.start, p.position.end)
            res = anchor(text, quote, p.position) if quote.exact else None
            if res is not None:
                start, end, orphan = res.start, res.end, False
    else:
        if origin is None and p.source and p.source != WORK_IRI:
            origin = p.source
        hint = p.lang_hint[:2].lower() if p.lang_hint else None
        found = anchor_anywhere(texts, quote, hint) if quote.exact else None
        if found is not None:
            lang, passage, start, end, orphan = (found.lang, found.passage, found.start,
                                                 found.end, False)
            if not quote.prefix and not quote.suffix:
                ctx, _ = describe(texts[(lang, passage)], start, end)
                quote = TextQuoteSelector(quote.exact, ctx.prefix, ctx.suffix)
        elif p.position is not None:
            start, end = p.position.start, p.position.end
    created = p.created or p.modified or now_iso()
    return Annotation(
        id=p.id, lang=lang, passage=passage, exact=quote.exact, prefix=quote.prefix,
        suffix=quote.suffix, start=start, end=end, note="\n\n".join(p.notes),
        tags=normalise_tags(p.tags), color=p.color, places=list(dict.fromkeys(p.places)),
        interpretations=list(dict.fromkeys(p.interps)), created=created,
        modified=p.modified or created, orphan=orphan, origin=origin)


class _Incoming(NamedTuple):
    record: Annotation
    dated: bool  # the file gave ``modified``/``updated`` or ``created`` (else both are now)

    def rank(self) -> tuple[bool, str]:
        """Sort key for "newer": undated below any date; timestamps are normalised to
        one UTC form, so text order is time order."""
        return (self.dated, self.record.modified if self.dated else "")


def _parse_all(doc: Any, texts: Texts) -> list[_Incoming]:
    out = []
    for path, obj in _items(doc):
        p = _parse_one(obj, path)
        out.append(_Incoming(_to_record(p, texts), p.created is not None
                             or p.modified is not None))
    return out


def parse_annotations(doc: Any, texts: Texts) -> list[Annotation]:
    """Validate and anchor every annotation in a decoded JSON document (no writes)."""
    return [i.record for i in _parse_all(doc, texts)]


def _newest_first(items: list[_Incoming]) -> list[_Incoming]:
    """The same records, each repeated id's newest copy (a tie: the later one in the
    file) swapped into its first copy's place. The store keeps the first record of an
    id and counts the rest as skipped: the newest is kept, and no copy goes unreported."""
    first: dict[str, int] = {}
    newest: dict[str, int] = {}
    for n, i in enumerate(items):
        first.setdefault(i.record.id, n)
        k = newest.get(i.record.id)
        if k is None or i.rank() >= items[k].rank():
            newest[i.record.id] = n
    out = list(items)
    for id_, n in newest.items():
        f = first[id_]
        out[f], out[n] = items[n], items[f]
    return out


def import_bytes(store: AnnotationStore, data: bytes | str, texts: Texts,
                 progress: Progress | None = None) -> ImportReport:
    """Import a whole file's content or nothing (ImportRejected). Every record of the
    file is counted once: added, updated or skipped (so is an older duplicate)."""
    items = _newest_first(_parse_all(decode_json(data), texts))
    kept: dict[str, _Incoming] = {}  # the copy of each id that is written: its first
    for i in items:
        kept.setdefault(i.record.id, i)
    undated = frozenset(id_ for id_, i in kept.items() if not i.dated)  # "now": never newer
    try:
        return store.import_records([i.record for i in items], progress, undated)
    except StoreError as e:  # read-only, or damaged
        raise ImportRejected(str(e)) from None
    except ValueError as e:  # a record the store refuses; nothing was written
        raise ImportRejected(f"invalid annotation: {e}") from None
    except sqlite3.Error as e:  # rolled back: the store is as it was
        raise ImportRejected(f"could not write to the annotation store: {e}") from None


def import_file(store: AnnotationStore, path: str | os.PathLike[str], texts: Texts,
                progress: Progress | None = None) -> ImportReport:
    """Import a file (W3C annotation / list / page / collection, or Hypothesis export).
    Messages are prefixed with the file name."""
    p = Path(path)
    try:
        data = _read_capped(p)
    except ImportRejected as e:
        raise ImportRejected(f"{p.name}: {e}") from None
    except FileNotFoundError:
        raise ImportRejected(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ImportRejected(f"{p}: is a folder, not a file") from None
    except OSError as e:
        raise ImportRejected(f"{p}: cannot read ({e.strerror or e})") from None
    try:
        return import_bytes(store, data, texts, progress)
    except _NotJson as e:
        if p.name.lower().endswith(EXPORT_ONLY_SUFFIXES):
            raise ImportRejected(f"{p.name}: only JSON (W3C Web Annotation or Hypothesis) "
                                 "can be imported, and this file is not JSON") from None
        raise ImportRejected(f"{p.name}: {e}") from None
    except ImportRejected as e:
        raise ImportRejected(f"{p.name}: {e}") from None


def _read_capped(p: Path) -> bytes:
    """The file's bytes, reading at most one byte over the limit: the size of a device
    or a pipe is not its length (``/dev/zero`` has size 0 and never ends)."""
    with p.open("rb") as f:
        st = os.fstat(f.fileno())
        if stat.S_ISREG(st.st_mode) and st.st_size > MAX_IMPORT_BYTES:
            raise _too_big(st.st_size)  # refused without reading it
        data = f.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(None)
    return data


__all__ = [
    "ImportRejected", "ImportReport", "decode_json", "export_csv", "export_markdown",
    "export_store", "export_w3c", "import_bytes", "import_file",
    "parse_annotations", "passage_label", "split_joined", "to_w3c",
]
