"""Text from users and files shown safely (issue 21 item 7): bidi controls and zero-width
characters become visible markers wherever such text is shown — list cells and tags
(visible_bidi), rich text (safe_text), search snippets (snippet_html). No Qt."""

from __future__ import annotations

import pytest

from viewer.annotations.fts import MARK_CLOSE, MARK_OPEN, snippet_html
from viewer.escaping import safe_text, visible_bidi

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_each_invisible_character_is_shown(char: str) -> None:
    marker = f"[U+{ord(char):04X}]"
    for shown in (visible_bidi(f"a{char}b"), safe_text(f"a{char}b"),
                  snippet_html(f"a{char}{MARK_OPEN}b{MARK_CLOSE}")):
        assert char not in shown and marker in shown, shown


def test_a_tag_of_only_a_zero_width_space_is_not_blank() -> None:
    assert visible_bidi("\u200b") == "[U+200B]"


def test_ordinary_text_is_untouched() -> None:
    text = "Хабомаи 歯舞群島 — Habomai, \u00a0non-breaking"
    assert visible_bidi(text) == text
