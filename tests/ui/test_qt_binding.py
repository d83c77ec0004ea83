"""The Qt binding in use does not leak references to None (PySide6 6.12.0 did: every void
call dropped one, and Python aborted with 'none_dealloc' after a few thousand)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    before = sys.getrefcount(None)
    for _ in range(2000):
        w.setVisible(False)
        w.setToolTip("x")
    assert sys.getrefcount(None) - before > -50
