"""The Selection and its browser-like history."""

from __future__ import annotations

from viewer.corpus.refs import Ref
from viewer.ui.common.selection import Selection


def test_history(qtbot) -> None:
    sel = Selection()
    seen: list = []
    sel.changed.connect(seen.append)
    a, b, c = Ref("passage", "art-9"), Ref("place", "shikotan"), Ref("note", "habomai")
    for ref in (a, b, c):
        sel.set(ref)
    sel.set(c)  # the same again: no new entry, no signal
    assert seen == [a, b, c]
    sel.back()
    sel.back()
    assert sel.current == a and sel.can_go_forward()
    sel.forward()
    assert sel.current == b
    sel.set(a)  # a new selection drops the forward history
    assert not sel.can_go_forward()
    sel.back()
    assert sel.current == b
    assert seen[-1] == b
