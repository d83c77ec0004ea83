"""Labels cut at a word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from viewer.shorten import shorten


def test_cuts_after_the_last_whole_word() -> None:
    title = "Russian Foreign Ministry statement of 14 May 2001"
    assert shorten(title, 40) == "Russian Foreign Ministry statement of…"
    assert shorten("Joint Declaration of 19 October 1956", 20) == "Joint Declaration…"
    assert shorten("short", 40) == "short"


def test_unspaced_text_is_cut_where_it_must_be() -> None:
    ja = "日本国及びソヴィエト社会主義共和国連邦は、両国間に正常な外交関係が回復された後"
    assert shorten(ja, 10) == ja[:9] + "…"
    assert shorten("Supercalifragilistic expialidocious", 30) == "Supercalifragilistic…"


@given(st.text(), st.integers(min_value=2, max_value=80))
def test_never_longer_than_the_limit_and_always_a_prefix(text: str, limit: int) -> None:
    cut = shorten(text, limit)
    assert len(cut) <= limit
    if cut != text:
        assert cut.endswith("…") and text.startswith(cut[:-1])
