"""The W3C Web Annotation mapping both ways (no Qt): a record as JSON-LD, and the
containers (annotation, list, AnnotationPage, embedded AnnotationCollection), bodies,
targets and selectors read back through the core. May import: ``core``, ``hypothesis``,
``..anchor``, ``..model``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, TextIO

from ..anchor import (
    INTERP_IRI_PREFIX,
    PLACE_IRI_PREFIX,
    TextPositionSelector,
    TextQuoteSelector,
    parse_passage_iri,
    passage_iri,
)
from ..limits import note_size_problem
from ..model import COLOR_RE, LINK_ID_RE, Annotation, new_id
from . import hypothesis
from .core import (
    WORK_IRI,
    Status,
    Texts,
    _opt_str,
    _Parsed,
    _reject,
    _time,
    _to_record,
    _type_name,
    _types,
)

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


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


def export_w3c(annotations: Iterable[Annotation], out: TextIO, status: Status | None = None,
               extra: Sequence[dict[str, Any]] = ()) -> int:
    """Write an AnnotationCollection with its first AnnotationPage embedded; returns
    the count. Streams, so 100,000 annotations are not held as JSON in memory. ``extra``:
    annotations already in W3C form (supplied wording), written after the others."""
    items = [*annotations, *extra]
    head = {"@context": W3C_CONTEXT, "id": new_id(), "type": "AnnotationCollection",
            "label": "Declaration Viewer annotations", "total": len(items)}
    text = json.dumps(head, ensure_ascii=False, indent=1)
    out.write(text[:-2] + ',\n "first": {"type": "AnnotationPage", "startIndex": 0, '
              '"items": [\n')
    for i, a in enumerate(items):
        obj = a if isinstance(a, dict) else to_w3c(a)
        if status is not None and not isinstance(a, dict):  # the quoted wording's status
            obj["dv:textStatus"] = status(a) or "[verified]"
        out.write(("," if i else "") + json.dumps(obj, ensure_ascii=False) + "\n")
    out.write("]}\n}\n")
    return len(items)


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
    found = hypothesis.items(doc)
    if found is not None:
        return found
    if "target" in doc:
        return [("annotation", doc)]
    raise _reject("", "not an annotation, a list, an AnnotationPage, an AnnotationCollection "
                      "or a Hypothesis export")


def _page_items(page: dict, path: str) -> list[tuple[str, Any]]:
    items = page.get("items")
    if not isinstance(items, list):
        raise _reject(path, f"expected a list, got {_type_name(items)}")
    return [(f"{path}[{i}]", x) for i, x in enumerate(items)]


def _annotation_id(obj: dict, path: str, from_hypothesis: bool) -> str:
    raw = _opt_str(obj, "id", path)
    if raw is None or not raw.strip():
        canon = json.dumps(obj, sort_keys=True, ensure_ascii=False)
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'urn:declaration-viewer:' + canon)}"
    if from_hypothesis and not _IRI_RE.match(raw):
        return hypothesis.annotation_id(raw)
    if _IRI_RE.match(raw) and len(raw) <= 2000:
        return raw
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'urn:declaration-viewer:id:' + raw)}"


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
    from_hypothesis = hypothesis.is_hypothesis(obj)
    p = _Parsed()
    p.notes, p.tags, p.places, p.interps = [], [], [], []
    p.color, p.quote, p.position, p.lang_hint = "", None, None, None
    p.id = _annotation_id(obj, path, from_hypothesis)
    p.created = _time(obj, "created", path)
    p.modified = _time(obj, "modified", path) or _time(obj, "updated", path)
    p.via = _opt_str(obj, "via", path) if isinstance(obj.get("via"), str) else None
    if from_hypothesis:
        hypothesis.read_fields(obj, path, p)
    _bodies(obj, path, p)
    _targets(obj, path, p)
    return p


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
        problem = (note_size_problem("\n\n".join(p.notes))  # before anchoring a huge quote
                   or note_size_problem(p.quote.exact if p.quote else "", "quote"))
        if problem is not None:
            raise _reject(path, problem)
        out.append(_Incoming(_to_record(p, texts), p.created is not None
                             or p.modified is not None))
    return out


def parse_annotations(doc: Any, texts: Texts) -> list[Annotation]:
    """Validate and anchor every annotation in a decoded JSON document (no writes)."""
    return [i.record for i in _parse_all(doc, texts)]
