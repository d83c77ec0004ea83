"""Text from data, notes or imported files made safe for Qt's rich-text widgets. No Qt."""

from __future__ import annotations

import html
import re

# Bidirectional overrides/isolates can make a note display in another order than it is
# stored (the "Trojan Source" trick): they are shown as visible markers instead.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str, *, quote: bool = False) -> str:
    """HTML-escape user or file text and neutralise bidi control characters."""
    return visible_bidi(html.escape(text, quote=quote))


def visible_bidi(text: str) -> str:
    """Plain text (a list cell, a menu entry) with each bidi control shown as a marker,
    "[U+202E]", instead of reordering what follows it."""
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
