"""Hyphenation at render time: where soft hyphens go in Russian and English words (pyphen's
Hunspell patterns), and how a position in the drawn text maps to one in the passage's own
text and back. No Qt.

Soft hyphens (U+00AD) exist only in the document the text pane draws: the data, the
anchoring text, annotations, citations, exports, the clipboard (see columns.TextBrowser) and
find (which skips them) never see one. Japanese is not hyphenated.
"""

from __future__ import annotations

import bisect
import logging
import pickle  # as the corpus cache: json is not loaded on the way to the first paint
import re
from functools import cache, lru_cache
from pathlib import Path

log = logging.getLogger("viewer.text")

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
    if (known := _STORE.get(lang, text)) is not None:
        return known
    dic = _dictionary(lang)
    out: list[int] = []
    for m in _WORD_RE.finditer(text):
        out += [m.start() + p for p in dic.positions(m.group())]
    _STORE.put(lang, text, out)
    return tuple(out)


class _Store:
    """The points found for each text, kept in the user's cache folder between runs (a pickle
    in the folder the corpus cache uses, read only from there): loading
    pyphen's English patterns takes a quarter of a second, reading what they gave for the
    declaration's few hundred strings a few milliseconds. Rebuilt whenever the patterns or
    this module's rules change (the key); any trouble reading or writing it only costs
    that time again."""

    RULES = 1  # bump when _WORD_RE or the use of the patterns changes

    def __init__(self) -> None:
        self._texts: dict[str, dict[str, list[int]]] | None = None
        self._dirty = False

    def _path(self) -> Path:
        from viewer.paths import user_cache_dir

        return user_cache_dir() / "hyphens.pickle"

    def _key(self) -> str:
        import pyphen  # imported at start-up anyway (ui/app.py), without its patterns

        return f"{self.RULES} pyphen {pyphen.__version__} {sorted(DICTIONARIES.items())}"

    def _load(self) -> dict[str, dict[str, list[int]]]:
        if self._texts is None:
            self._texts = {}
            path = self._path()
            try:
                with path.open("rb") as fh:
                    stored = pickle.load(fh)
                texts = stored["texts"] if stored.get("key") == self._key() else {}
                if all(isinstance(v, dict) for v in texts.values()):
                    self._texts = texts
            except FileNotFoundError:
                pass  # none yet: found, then written
            except Exception as exc:  # noqa: BLE001 - an unreadable cache is rebuilt, never fatal
                log.info("ignoring the hyphenation cache %s: %s", path, exc)
        return self._texts

    def get(self, lang: str, text: str) -> tuple[int, ...] | None:
        found = self._load().get(lang, {}).get(text)
        return tuple(found) if isinstance(found, list) else None

    def put(self, lang: str, text: str, found: list[int]) -> None:
        self._load().setdefault(lang, {})[text] = found
        self._dirty = True

    def save(self) -> None:
        if not self._dirty or self._texts is None:
            return
        from viewer.paths import replace_atomically

        self._dirty = False
        path = self._path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with replace_atomically(path) as tmp:
                tmp.write_bytes(pickle.dumps({"key": self._key(), "texts": self._texts},
                                             protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as exc:  # a read-only or full disk: hyphenate again next time
            log.info("could not write the hyphenation cache %s: %s", path, exc)


_STORE = _Store()


def remember() -> None:
    """Keep the points found so far for the next run (after a render)."""
    _STORE.save()


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
