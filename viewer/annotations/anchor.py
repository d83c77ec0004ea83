"""W3C selectors and anchoring of quotes in passage texts (no Qt).

Offsets count Unicode code points in a passage's anchoring text (data/SCHEMA.md).
Anchoring tries, in order: the stored position (if the text there still equals the
quote), the exact quote (disambiguated by prefix/suffix and closeness to the old
position), then a bounded fuzzy search with a rejection threshold. ``None`` = orphan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

# The IRIs belong to the corpus; formats.py and the tests take them from here too.
from viewer.corpus.model import (  # noqa: F401
    INTERP_IRI_PREFIX,
    PLACE_IRI_PREFIX,
    parse_passage_iri,
    passage_iri,
)

CONTEXT_CHARS = 32
FUZZY_THRESHOLD = 0.75
MAX_FUZZY_QUOTE = 4000  # longer quotes anchor only exactly
MAX_OCCURRENCES = 1000  # exact-quote candidates considered per passage

Method = Literal["position", "quote", "fuzzy"]


@dataclass(frozen=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPositionSelector:
    start: int
    end: int


@dataclass(frozen=True)
class AnchorResult:
    start: int
    end: int
    method: Method


@dataclass(frozen=True)
class AnywhereResult:
    lang: str
    passage: str
    start: int
    end: int
    method: Method


def describe(text: str, start: int, end: int) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """Selectors for ``text[start:end]`` with up to CONTEXT_CHARS of prefix/suffix."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range {start}..{end} outside text of length {len(text)}")
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS):start],
        suffix=text[end:end + CONTEXT_CHARS],
    )
    return quote, TextPositionSelector(start, end)


def _common_suffix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(text: str, start: int, end: int, quote: TextQuoteSelector) -> int:
    """How many characters of the stored prefix/suffix agree with the text around a hit."""
    score = 0
    if quote.prefix:
        score += _common_suffix_len(text[max(0, start - len(quote.prefix)):start], quote.prefix)
    if quote.suffix:
        score += _common_prefix_len(text[end:end + len(quote.suffix)], quote.suffix)
    return score


def _exact_hits(text: str, exact: str) -> list[int]:
    hits: list[int] = []
    i = text.find(exact)
    while i != -1 and len(hits) < MAX_OCCURRENCES:
        hits.append(i)
        i = text.find(exact, i + 1)
    return hits


def _best_exact(
    text: str, quote: TextQuoteSelector, position: TextPositionSelector | None
) -> tuple[int, int] | None:
    """Best exact occurrence as (start, context score), or None."""
    hits = _exact_hits(text, quote.exact)
    if not hits:
        return None
    old = position.start if position is not None else None

    def key(s: int) -> tuple[int, int]:
        distance = abs(s - old) if old is not None else 0
        return (-_context_score(text, s, s + len(quote.exact), quote), distance)

    best = min(hits, key=key)
    return best, -key(best)[0]


def _fuzzy(
    text: str, quote: TextQuoteSelector, position: TextPositionSelector | None, threshold: float
) -> tuple[int, int, float] | None:
    """Bounded approximate search: seed candidates from quote chunks, refine by difflib."""
    exact = quote.exact
    n = len(exact)
    if n < 4 or n > MAX_FUZZY_QUOTE or not text:
        return None
    chunk = max(3, n // 8)
    votes: Counter[int] = Counter()
    for off in range(0, n - chunk + 1, chunk):
        piece = exact[off:off + chunk]
        for hit in _exact_hits(text, piece)[:200]:
            votes[hit - off] += 1
    if not votes:
        return None
    slack = n // 4 + 2
    # merge nearby candidate starts, keep the strongest few
    candidates: list[int] = []
    for cand, _ in votes.most_common(40):
        if all(abs(cand - c) > slack for c in candidates):
            candidates.append(cand)
        if len(candidates) >= 8:
            break
    best: tuple[int, int, float] | None = None
    for cand in candidates:
        w0 = max(0, cand - slack)
        window = text[w0:cand + n + slack]
        blocks = [b for b in SequenceMatcher(None, window, exact, autojunk=False)
                  .get_matching_blocks() if b.size]
        if not blocks:
            continue
        s = w0 + blocks[0].a
        e = w0 + blocks[-1].a + blocks[-1].size
        # extend to cover quote characters missing at either end
        s = max(0, s - blocks[0].b)
        e = min(len(text), e + (n - blocks[-1].b - blocks[-1].size))
        ratio = SequenceMatcher(None, text[s:e], exact, autojunk=False).ratio()
        for s2, e2 in ((s + blocks[0].b, e), (s, e - (n - blocks[-1].b - blocks[-1].size))):
            if s2 < e2 and (s2, e2) != (s, e):
                r2 = SequenceMatcher(None, text[s2:e2], exact, autojunk=False).ratio()
                if r2 > ratio:
                    s, e, ratio = s2, e2, r2
        if ratio < threshold:
            continue
        if best is None or ratio > best[2] or (
            ratio == best[2] and position is not None
            and abs(s - position.start) < abs(best[0] - position.start)
        ):
            best = (s, e, ratio)
    return best


def anchor(
    text: str,
    quote: TextQuoteSelector,
    position: TextPositionSelector | None = None,
    threshold: float = FUZZY_THRESHOLD,
) -> AnchorResult | None:
    """Find ``quote`` in ``text``; None means the annotation is an orphan."""
    if not quote.exact:
        return None
    if position is not None and 0 <= position.start <= position.end <= len(text):
        if text[position.start:position.end] == quote.exact:
            return AnchorResult(position.start, position.end, "position")
    hit = _best_exact(text, quote, position)
    if hit is not None:
        return AnchorResult(hit[0], hit[0] + len(quote.exact), "quote")
    fuzzy = _fuzzy(text, quote, position, threshold)
    if fuzzy is not None:
        return AnchorResult(fuzzy[0], fuzzy[1], "fuzzy")
    return None


def anchor_anywhere(
    texts: Mapping[tuple[str, str], str],
    quote: TextQuoteSelector,
    lang_hint: str | None = None,
    threshold: float = FUZZY_THRESHOLD,
) -> AnywhereResult | None:
    """Find the passage (any language) where a quote made on another copy matches.

    Exact matches win over fuzzy ones; among exact matches the best prefix/suffix
    agreement wins, then ``lang_hint``, then passage order.
    """
    if not quote.exact:
        return None
    keys = sorted(texts, key=lambda k: k[0] != lang_hint)  # stable: hint first
    best: tuple[int, AnywhereResult] | None = None
    for lang, pid in keys:
        hit = _best_exact(texts[(lang, pid)], quote, None)
        if hit is not None and (best is None or hit[1] > best[0]):
            best = (hit[1], AnywhereResult(lang, pid, hit[0], hit[0] + len(quote.exact), "quote"))
    if best is not None:
        return best[1]
    fbest: tuple[float, AnywhereResult] | None = None
    for lang, pid in keys:
        f = _fuzzy(texts[(lang, pid)], quote, None, threshold)
        if f is not None and (fbest is None or f[2] > fbest[0]):
            fbest = (f[2], AnywhereResult(lang, pid, f[0], f[1], "fuzzy"))
    return fbest[1] if fbest is not None else None
