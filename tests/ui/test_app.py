"""Start-up helpers: an unexpected exception becomes a dialog, and is logged."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from viewer.ui import dialogs
from viewer.ui.app import install_excepthook


def test_unexpected_exception_shows_dialog_with_log_location(qtbot, monkeypatch,
                                                            caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, icon, title, text, *a: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(Path("/tmp/dv.log"), interactive=True)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger="viewer.app"):
            sys.excepthook(*sys.exc_info())
    assert shown and "RuntimeError: boom in a slot" in shown[0] and "/tmp/dv.log" in shown[0]
    assert "boom in a slot" in caplog.text
