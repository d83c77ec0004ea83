"""Hyphenation at render time: where soft hyphens go in Russian and English words (pyphen's
Hunspell patterns), and how a position in the drawn text maps to one in the passage's own
text and back. No Qt.

Soft hyphens (U+00AD) exist only in the document the text pane draws: the data, the
anchoring text, annotations, citations, exports, the clipboard (see columns.TextBrowser) and
find (which skips them) never see one. Japanese is not hyphenated.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

SOFT_HYPHEN = "\u00ad"
# The UN Treaty Series translation spells British English ("connexion").
DICTIONARIES = {"en": "en_GB", "ru": "ru_RU"}
# Runs of letters long enough to break (pyphen leaves at least two letters on each side).
_WORD_RE = re.compile(r"[^\W\d_]{5,}")


@cache
def _dictionary(lang: str):  # noqa: ANN202 - a pyphen.Pyphen, imported on first use
    import pyphen

    return pyphen.Pyphen(lang=DICTIONARIES[lang])


@lru_cache(maxsize=8192)
def points(lang: str, text: str) -> tuple[int, ...]:
    """Offsets in `text` before which a soft hyphen is drawn (empty for Japanese)."""
    if lang not in DICTIONARIES or not text:
        return ()
    dic = _dictionary(lang)
    out: list[int] = []
    for m in _WORD_RE.finditer(text):
        out += [m.start() + p for p in dic.positions(m.group())]
    return tuple(out)


def insert(text: str, at: tuple[int, ...], offset: int = 0) -> str:
    """`text` (which starts at `offset` of the text `at` was computed for) with a soft
    hyphen before each of those points that falls in it."""
    lo = bisect.bisect_left(at, offset)
    hi = bisect.bisect_left(at, offset + len(text))
    if lo == hi:
        return text
    parts, last = [], 0
    for p in at[lo:hi]:
        parts.append(text[last:p - offset])
        last = p - offset
    parts.append(text[last:])
    return SOFT_HYPHEN.join(parts)


def hyphenated(lang: str, text: str) -> str:
    return insert(text, points(lang, text))


def to_drawn(at: tuple[int, ...], offset: int, end: bool = False) -> int:
    """The drawn position of `offset`: of its character, or with `end` of the end of a
    range that stops there (a soft hyphen just before it is left out)."""
    return offset + (bisect.bisect_left(at, offset) if end else bisect.bisect_right(at, offset))


def to_text(at: tuple[int, ...], drawn: int) -> int:
    """The offset in the text of drawn position `drawn` (a soft hyphen counts as the
    character after it)."""
    # the k-th soft hyphen is drawn at at[k] + k: count those before `drawn`
    lo, hi = 0, len(at)
    while lo < hi:
        mid = (lo + hi) // 2
        if at[mid] + mid < drawn:
            lo = mid + 1
        else:
            hi = mid
    return drawn - lo


def strip(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "")
