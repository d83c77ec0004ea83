"""The validation core of every import (no Qt): bytes to checked JSON, field readers
with one-line messages (``annotations[3].target.selector: expected ...``), and a parsed
annotation anchored into a record. May import: ``..anchor``, ``..model``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from ..anchor import (
    TextQuoteSelector,
    anchor,
    anchor_anywhere,
    describe,
    parse_passage_iri,
)
from ..model import Annotation, normalise_tags, normalise_time, now_iso

WORK_IRI = "urn:declaration-viewer:jd1956"  # target of an orphan whose passage is unknown
MAX_IMPORT_BYTES = 100 * 1024 * 1024
MAX_DEPTH = 64


Texts = Mapping[tuple[str, str], str]
Progress = Callable[[int, int], None]


class ImportRejected(Exception):
    """The whole file was refused; ``str(e)`` is one line: what and where."""


class _NotJson(ImportRejected):
    """The content is not JSON text at all (not UTF-8, or not JSON syntax)."""


# The status mark of the text an annotation quotes, given by the caller (which knows the
# edition): "[unverified: editorial translation from the French]", "" for verified wording.
Status = Callable[[Annotation], str]


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
    limit = f"the import limit is {_mib(MAX_IMPORT_BYTES)}"
    if size is None:
        return _reject("", f"file is too large; {limit}")
    return _reject("", f"file is {_mib(size)}; {limit}")


def _mib(size: int) -> str:
    """Binary units, as the limit is set (100 MiB is 104.9 MB; issue 21.6)."""
    mib = size / 2**20
    return f"{mib:.0f} MiB" if mib == int(mib) else f"{mib:.1f} MiB"


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


def _types(obj: dict) -> set[str]:
    t = obj.get("type", obj.get("@type"))
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


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


class _Parsed:
    __slots__ = ("id", "created", "modified", "notes", "tags", "color", "places",
                 "interps", "source", "quote", "position", "lang_hint", "via")


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
