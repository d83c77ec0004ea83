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


def test_app_has_the_window_icon(qapp) -> None:  # noqa: ANN001
    from viewer.ui.app import make_app

    app = make_app()
    assert app is qapp
    sizes = app.windowIcon().availableSizes()
    assert sizes and max(s.width() for s in sizes) >= 256


def test_gui_run_leaves_garbage_collection_on(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """Start-up turns cyclic GC off while it builds the window; it must come back on."""
    import gc

    from viewer.ui import app as app_module

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    seen: list[bool] = []
    real = app_module._render_offscreen

    def spy(*args):  # noqa: ANN002, ANN202
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(app_module, "_render_offscreen", spy)
    try:
        code = app_module.run_gui(db=None, goto=None, lang=None,
                                  screenshot=tmp_path / "shot.png", size=(800, 500),
                                  self_check=False)
    finally:
        gc.unfreeze()
    assert code == 0 and (tmp_path / "shot.png").is_file()
    assert seen == [True] and gc.isenabled()
