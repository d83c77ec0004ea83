"""Text from data, notes or imported files made safe for Qt's rich-text widgets. No Qt."""

from __future__ import annotations

import html
import re

# Bidirectional overrides/isolates can make a note display in another order than it is
# stored (the "Trojan Source" trick), and zero-width characters (U+200B-U+200D, U+2060,
# U+FEFF) hide: a tag of only U+200B shows blank, "a\u200bb" looks like "ab". Both are
# shown as visible markers instead.
BIDI_CONTROLS = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str, *, quote: bool = False) -> str:
    """HTML-escape user or file text and neutralise bidi control characters."""
    return visible_bidi(html.escape(text, quote=quote))


def visible_bidi(text: str) -> str:
    """Plain text (a list cell, a menu entry) with each bidi control or zero-width
    character shown as a marker, "[U+202E]", instead of reordering or hiding text."""
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
