"""Start-up helpers: an unexpected exception becomes a dialog, and is logged."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from viewer.ui.app import install_excepthook
from viewer.ui.common import dialogs

REPO = Path(__file__).resolve().parents[2]


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


def _fresh_python(tmp_path, code: str) -> list[str]:  # noqa: ANN001
    """The output lines of `code` run in a fresh interpreter, offscreen, in its own home."""
    import os
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               DECLARATION_VIEWER_HOME=str(tmp_path / "home"))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True).stdout.splitlines()


def test_first_paint_path_leaves_the_store_and_rare_modules_unimported(tmp_path) -> None:  # noqa: ANN001
    """Issue 9: nothing the first paint does not need is imported on the way to it."""
    code = (
        "import sys\n"
        "from viewer.ui import app\n"
        f"code = app.run_gui(db=None, goto=None, lang=None, screenshot=__import__('pathlib')"
        f".Path({str(tmp_path / 'shot.png')!r}), size=(900, 600), self_check=False)\n"
        "names = ('sqlite3', 'sqlite_utils', 'json', 'datetime', 'viewer.annotations.store',"
        " 'viewer.corpus.load', 'viewer.ui.annotations.search_panel',"
        " 'viewer.ui.annotations.panel', 'viewer.ui.annotations.editor')\n"
        "print(code, *[n for n in names if n in sys.modules])\n")
    for _ in range(2):  # the first start writes the corpus cache; the second reads it
        out = _fresh_python(tmp_path, code)[-1].split()
    assert out == ["0"], f"imported before the first paint: {out[1:]}"


def test_self_check_reads_the_data_files_not_the_cache(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from viewer.corpus import cache as corpus_cache
    from viewer.ui import app as app_module

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DECLARATION_VIEWER_HOME", str(tmp_path))

    def refuse(*_args):  # noqa: ANN202
        raise AssertionError("--self-check used the corpus cache")

    monkeypatch.setattr(corpus_cache, "load_corpus_cached", refuse)
    import gc

    try:
        assert app_module.run_gui(db=None, goto=None, lang=None, screenshot=None,
                                  size=(800, 500), self_check=True) == 0
    finally:
        gc.unfreeze()


def test_pyside_does_not_read_our_sources_at_start_up(tmp_path) -> None:  # noqa: ANN001
    """PySide's __feature__ support reads the source of each module imported after it;
    make_app answers for the modules loaded and for our own, so a start reads almost none."""
    code = (
        "import sys\n"
        "from viewer.ui import app\n"
        "app.make_app()\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "read = []\n"
        "scan = feature._mod_uses_pyside\n"
        "feature._mod_uses_pyside = lambda m: read.append(m.__name__) or scan(m)\n"
        "from viewer.ui.main_window import MainWindow\n"
        "from viewer.corpus.cache import load_corpus_cached\n"
        "from viewer.paths import data_dir, user_cache_dir\n"
        "w = MainWindow(load_corpus_cached(data_dir(), user_cache_dir()), app.open_settings(),"
        " open_store=False)\n"
        "table = feature.pyside_feature_dict\n"
        "print(table['viewer.ui.main_window'], table['viewer.ui.app'], table['typing'])\n"
        "print(' '.join(read))\n")
    lines = _fresh_python(tmp_path, code)
    # Ours: "uses PySide, no feature" (0), as PySide's own reading would say; a standard
    # module: "ignore" (-1).
    assert lines[-2].split() == ["0", "0", "-1"]
    out = lines[-1].split()
    assert not [name for name in out if name.startswith("viewer")], out
    assert len(out) <= 20, out  # a few standard modules imported after it for the first time


def _viewer(home: Path, *args: str, env_extra: dict | None = None,
            **popen) -> subprocess.Popen:  # noqa: ANN003
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DECLARATION_VIEWER_HOME=str(home),
               **(env_extra or {}))
    return subprocess.Popen([sys.executable, "-m", "viewer", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **popen)


def test_a_screenshot_leaves_the_user_settings_alone(tmp_path) -> None:  # noqa: ANN001
    """Issue 19: --screenshot wrote its 1600x900 geometry and layout into settings.ini."""
    home, scratch = tmp_path / "home", tmp_path / "tmp"
    scratch.mkdir()
    settings = home / "config" / "settings.ini"
    for before in (None, b"[view]\nnaming=ru\n"):
        if before is not None:
            settings.parent.mkdir(parents=True, exist_ok=True)
            settings.write_bytes(before)
        shot = _viewer(home, "--screenshot", str(tmp_path / "s.png"), "--size", "900x600",
                       env_extra={"TMPDIR": str(scratch)})
        out, err = shot.communicate(timeout=120)
        assert shot.returncode == 0, err
        assert (settings.read_bytes() if settings.exists() else None) == before
    assert list(scratch.iterdir()) == []  # its scratch copy of the settings is gone too


def test_the_first_window_fits_the_screen(qtbot, mini_corpus, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from viewer.ui.main_window import MainWindow

    w = MainWindow(mini_corpus, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.restore_layout()  # nothing saved: a first start
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert free.width() < 1600  # the offscreen screen is smaller than the old fixed size
    assert w.width() <= free.width() and w.height() <= free.height()
    assert free.contains(w.geometry().center())
    w.restore_layout(default_size=(700, 450))  # an explicit --size is kept
    assert (w.width(), w.height()) == (700, 450)


def test_ctrl_c_in_the_terminal_closes_the_window_cleanly(tmp_path) -> None:  # noqa: ANN001
    """Issue 21 item 8: SIGINT quits the interactive GUI, saving its layout, no traceback."""
    import signal
    import time

    home = tmp_path / "home"
    gui = _viewer(home)
    log = home / "data" / "declaration-viewer.log"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and gui.poll() is None:
        if log.exists() and "event loop running" in log.read_text(encoding="utf-8"):
            break
        time.sleep(0.2)
    assert gui.poll() is None, gui.communicate()
    gui.send_signal(signal.SIGINT)
    out, err = gui.communicate(timeout=60)
    assert gui.returncode == 130, (gui.returncode, err)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "geometry" in (home / "config" / "settings.ini").read_text(encoding="utf-8")
