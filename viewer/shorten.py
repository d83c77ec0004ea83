"""Cutting a text to a length for a label, at a word where there is one. No Qt."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """text if it has at most limit characters; else cut after its last whole word that fits
    (or mid-run where words are not spaced, as in Japanese), then "…" — limit in all."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if text[limit - 1].isspace():  # the cut falls just after a whole word
        return cut_off(head)
    space = head.rfind(" ")
    if space >= limit // 2:  # a word boundary not too far back
        head = head[:space]
    return cut_off(head)


def cut_off(head: str) -> str:
    """The kept part of a cut text, then "…" (no dangling space or punctuation before it)."""
    return head.rstrip(" ,;:—–-") + ELLIPSIS
