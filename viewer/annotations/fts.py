"""Safe FTS5 query building and snippets, shared by the store and the corpus index.

User queries are never passed to FTS5 as syntax: they are split into terms (a
double-quoted part is one phrase), each term becomes a quoted FTS5 string, so
stray quotes, ``AND(``, ``NEAR`` or ``*`` never raise. Tables use the ``trigram``
tokenizer (substring matching, case-insensitive, works for Japanese and Russian);
terms shorter than 3 characters cannot use it and are matched with LIKE instead.
"""

from __future__ import annotations

import re

from viewer.escaping import safe_text

MARK_OPEN = "\ue000"  # snippet match markers (private-use code points)
MARK_CLOSE = "\ue001"
ELLIPSIS = "…"
MAX_TERMS = 16
MAX_TERM_CHARS = 200

_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')


def split_terms(query: str) -> list[str]:
    """``'"Habomai Islands" 色丹 AND('`` -> ``['Habomai Islands', '色丹', 'AND(']``."""
    terms: list[str] = []
    for m in _TERM_RE.finditer(query or ""):
        term = (m.group(1) if m.group(1) is not None else m.group(2)).replace('"', "")
        term = term.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").strip()
        if term and term not in terms:
            terms.append(term[:MAX_TERM_CHARS])
        if len(terms) >= MAX_TERMS:
            break
    return terms


def is_long(term: str) -> bool:
    return len(term) >= 3


def match_expression(terms: list[str]) -> str | None:
    """FTS5 MATCH string for the terms the trigram index can serve (all must match)."""
    long_terms = [t for t in terms if is_long(t)]
    if not long_terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"' for t in long_terms)


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_clause(columns: list[str], terms: list[str]) -> tuple[str, list[str]]:
    """SQL (and params) requiring every short term in at least one column.

    SQLite's LIKE folds ASCII case only, so a few case variants are tried for others.
    """
    parts: list[str] = []
    params: list[str] = []
    for term in terms:
        if is_long(term):
            continue
        variants = list(dict.fromkeys([term, term.lower(), term.upper(), term.capitalize()]))
        ors = []
        for col in columns:
            for v in variants:
                ors.append(f"{col} LIKE ? ESCAPE '\\'")
                params.append(f"%{_like_escape(v)}%")
        parts.append("(" + " OR ".join(ors) + ")")
    return " AND ".join(parts), params


def make_snippet(text: str, terms: list[str], width: int = 64) -> str:
    """Python snippet (used when FTS5's snippet() is unavailable): marks every term."""
    folded = text.casefold() if len(text.casefold()) == len(text) else text.lower()
    spans: list[tuple[int, int]] = []
    for term in terms:
        t = term.casefold() if len(term.casefold()) == len(term) else term.lower()
        i = folded.find(t)
        while i != -1 and len(spans) < 50:
            spans.append((i, i + len(t)))
            i = folded.find(t, i + len(t))
    if not spans:
        body = text[:width]
        return body + (ELLIPSIS if len(text) > width else "")
    spans.sort()
    first = spans[0][0]
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    out = [ELLIPSIS if lo > 0 else ""]
    pos = lo
    for s, e in spans:
        if s < pos or e > hi:
            continue
        out += [text[pos:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        pos = e
    out.append(text[pos:hi])
    if hi < len(text):
        out.append(ELLIPSIS)
    return "".join(out)


def snippet_html(snippet: str, open_tag: str = "<b>", close_tag: str = "</b>") -> str:
    """Escape a snippet for a rich-text widget and turn the markers into tags."""
    return (safe_text(snippet)
            .replace(MARK_OPEN, open_tag).replace(MARK_CLOSE, close_tag))
