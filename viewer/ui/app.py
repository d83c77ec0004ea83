"""Start the GUI: QApplication, logging, the main window, and the offscreen modes."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from pathlib import Path

log = logging.getLogger("viewer.app")


def _setup_logging() -> Path | None:
    from viewer.paths import log_path

    root = logging.getLogger("viewer")
    if root.handlers:
        return None
    root.setLevel(logging.INFO)
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def _route_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("viewer.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(mode, context, message):  # noqa: ANN001 - Qt's signature
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook(log_file: Path | None, interactive: bool) -> None:
    """An unexpected exception is logged and, in the GUI, shown in a dialog with the message
    and the log's location, instead of the window vanishing."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from viewer.ui.common import dialogs

    def hook(exc_type, exc, tb):  # noqa: ANN001
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", text)
        if interactive and QApplication.instance() is not None:
            where = ("\n\n" + QCoreApplication.translate(
                "app", "Details are in the log: {path}").format(path=log_file)
                if log_file else "")
            dialogs.error(None, f"{exc_type.__name__}: {exc}{where}",
                          QCoreApplication.translate("app",
                                                     "Declaration Viewer — unexpected error"))
        else:
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook


def _spare_pyside_source_scans() -> None:
    """PySide reads the source file of every module named in an import statement run after
    it is loaded, once each, to see whether the text says "PySide6" (for its opt-in
    `from __feature__ import ...` switches): ~15 ms of a start. Answer as that scan would:
    this package's modules use PySide with no feature (0), the other modules loaded before
    PySide do not use it (-1, "ignore"); PySide's own are left to it. Nothing happens with
    a PySide that keeps no such table."""
    # The first paint hyphenates (viewer/ui/text/hyphens.py): pyphen and importlib.resources
    # loaded now are in the table below, and spared the scan like the rest.
    import pyphen  # noqa: F401
    import PySide6  # noqa: F401 - sets the table up

    known = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    ours, ignore = 0, -1
    for name in list(sys.modules):
        if name.split(".")[0] == "viewer":
            known.setdefault(name, ours)
        elif not name.startswith(("PySide6", "shiboken", "__feature__")):
            known.setdefault(name, ignore)
    package = Path(__file__).resolve().parent.parent
    try:  # a frozen bundle has no source files to list (nor for PySide to read)
        for folder, subfolders, files in os.walk(package):
            subfolders[:] = [d for d in subfolders if d != "__pycache__"]
            prefix = ".".join(Path(folder).relative_to(package.parent).parts)
            for name in files:
                if name.endswith(".py"):
                    stem = name[:-3]
                    known.setdefault(prefix if stem == "__init__" else f"{prefix}.{stem}",
                                     ours)
    except OSError:
        pass


def make_app(argv: list[str] | None = None):  # noqa: ANN201 - QApplication
    _spare_pyside_source_scans()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from viewer import __version__

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("declaration-viewer")
    app.setApplicationDisplayName("Declaration Viewer")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("declaration-viewer")
    from PySide6.QtGui import QIcon

    from viewer.paths import resources_dir

    # The 256 px PNG, not the SVG: the SVG would load Qt's SVG plugin before the first paint.
    icon = resources_dir() / "declaration-viewer.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from viewer.ui.common.fonts import install_fonts

    install_fonts()
    from viewer.ui.common.i18n import install_translations

    install_translations(app, open_settings())  # before any widget is built
    return app


def open_settings(scratch: Path | None = None):  # noqa: ANN201 - QSettings
    """The user's settings; with `scratch` (a folder), a copy of them there: an offscreen
    run (--screenshot, --self-check) reads the reader's choices but never writes its
    window size or layout into their file."""
    from PySide6.QtCore import QSettings

    from viewer.paths import user_config_dir

    path = user_config_dir() / "settings.ini"
    if scratch is not None:
        import shutil

        copy = scratch / "settings.ini"
        if path.is_file():
            shutil.copyfile(path, copy)
        path = copy
    return QSettings(str(path), QSettings.Format.IniFormat)


def quit_on_sigint(app, window) -> None:  # noqa: ANN001
    """Ctrl+C in the terminal closes the window as File > Quit does (layout saved, store
    closed). Qt's loop runs in C++, where Python cannot run a signal handler: the signal's
    byte is written to a pipe Qt watches, so Python gets control at once (a slow timer
    does it where there is no such pipe)."""
    import signal

    from PySide6.QtCore import QSocketNotifier, QTimer

    def on_sigint(_signum, _frame) -> None:  # noqa: ANN001
        log.info("SIGINT: closing the window")
        window.close()
        app.exit(130)  # 128 + SIGINT, as a shell reports an interrupted program

    signal.signal(signal.SIGINT, on_sigint)
    try:
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        os.set_blocking(write_end, False)
        signal.set_wakeup_fd(write_end)
    except (OSError, ValueError, AttributeError):  # Windows: pipes are not wake-up fds
        timer = QTimer(app)
        timer.timeout.connect(lambda: None)
        timer.start(250)
        return
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            os.read(read_end, 64)
        except OSError:
            pass

    notifier.activated.connect(drain)
    app._sigint_notifier = notifier  # kept alive with the application


DEFAULT_SIZE = (1600, 900)  # an offscreen render's size unless --size says otherwise


def run_gui(*, db: Path | None, goto: str | None, lang: str | None, screenshot: Path | None,
            size: tuple[int, int] | None, self_check: bool) -> int:
    # Start-up allocates hundreds of thousands of long-lived objects (Qt's enums, modules,
    # the corpus): cyclic GC passes over them would find nothing. Collect again once the
    # window is built, with those objects frozen out of later passes.
    gc.disable()
    try:
        return _run_gui(db=db, goto=goto, lang=lang, screenshot=screenshot, size=size,
                        self_check=self_check)
    finally:
        gc.enable()


HEADLESS_HINT = (
    "To run without a screen: QT_QPA_PLATFORM=offscreen declaration-viewer --screenshot "
    "out.png (or --self-check), or run the window under a virtual display: "
    "xvfb-run declaration-viewer")


def display_problem(env: dict[str, str] | None = None, platform: str | None = None
                    ) -> str | None:
    """Why Qt could not open a window here, or None. Checked before Qt starts: without a
    display Qt aborts the process (a core dump) with a hint about plugins that misleads."""
    env = dict(os.environ if env is None else env)
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # Windows and macOS always have their own window system
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    needs = {"": ("DISPLAY", "WAYLAND_DISPLAY"), "xcb": ("DISPLAY",),
             "wayland": ("WAYLAND_DISPLAY",), "wayland-egl": ("WAYLAND_DISPLAY",)}.get(qpa)
    if needs is None or any(env.get(name) for name in needs):
        return None  # offscreen, vnc, eglfs… need no display server
    return (f"no display to open a window on ({' and '.join(needs)} "
            f"{'is' if len(needs) == 1 else 'are'} not set). {HEADLESS_HINT}")


def _start_collecting() -> None:
    gc.freeze()
    gc.enable()


def _run_gui(*, db: Path | None, goto: str | None, lang: str | None, screenshot: Path | None,
             size: tuple[int, int] | None, self_check: bool) -> int:
    headless = screenshot is not None or self_check
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif (problem := display_problem()) is not None:
        print(f"declaration-viewer: {problem}", file=sys.stderr)
        return 1
    log_file = _setup_logging()
    from viewer.corpus import CorpusError
    from viewer.corpus.cache import load_corpus_cached
    from viewer.corpus.refs import UnknownRef, parse_ref
    from viewer.paths import data_dir, user_cache_dir

    try:
        if self_check:  # checks every data file itself, never a cached result
            from viewer.corpus import load_corpus

            corpus = load_corpus(data_dir())
        else:
            corpus = load_corpus_cached(data_dir(), user_cache_dir())
    except CorpusError as exc:
        print(f"declaration-viewer: invalid data: {exc}", file=sys.stderr)
        if not headless:
            app = make_app()
            from PySide6.QtCore import QCoreApplication

            from viewer.ui.common import dialogs

            dialogs.error(None, QCoreApplication.translate(
                "app", "The content could not be loaded:\n{reason}").format(reason=exc))
        return 1
    ref, goto_error = None, None
    if goto:
        try:
            ref = parse_ref(corpus, goto)
        except UnknownRef as exc:
            goto_error = f"--goto: {exc}"
            if headless:
                print(goto_error, file=sys.stderr)
                return 2
    app = make_app()
    _route_qt_messages()
    install_excepthook(log_file, interactive=not headless)
    from PySide6.QtCore import QTimer

    from viewer.ui.main_window import MainWindow

    scratch = None
    if headless:
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="declaration-viewer-"))
    # Offscreen renders open the user's store only when --db names one explicitly.
    window = MainWindow(corpus, open_settings(scratch), db_path=db, lang=lang,
                        open_store=not headless or db is not None)
    if headless:
        window.saves_layout = False
        window.resize(*(size or DEFAULT_SIZE))
    else:
        window.restore_layout(default_size=size)
        quit_on_sigint(app, window)
    window.show()
    _start_collecting()
    if headless and db is not None:
        window.annotations.store  # noqa: B018 - an explicit --db is shown in the screenshot
    if headless and ref is not None and ref.kind == "annotation" \
            and window.annotations.get(ref.id) is None:
        print(f"--goto: unknown annotation '{ref.id}'"
              + ("" if db is not None else " (offscreen runs read annotations only with --db)"),
              file=sys.stderr)
        return 2
    if ref is not None:
        window.selection.set(ref)
    if goto_error:
        window.statusBar().showMessage(goto_error, 10000)  # the command line's own words
    if headless:
        try:
            return _render_offscreen(app, window, screenshot)
        finally:
            import shutil

            shutil.rmtree(scratch, ignore_errors=True)
    QTimer.singleShot(0, lambda: log.info("window shown; event loop running"))
    return app.exec()


def _render_offscreen(app, window, screenshot: Path | None) -> int:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    # What the window builds after its first paint, as a user's window does: a screenshot
    # shows it complete (ready); a self-check builds every part, the hidden ones too, so a
    # bundle missing a module fails here rather than at a user's first click.
    later, check = window.later, screenshot is None
    signal = later.settled if check else later.ready
    if not (later.is_settled if check else later.is_ready):
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)  # a window never painted: built below instead
        loop.exec()
    later.finish(ahead=check)  # (nothing left to do once ready, or settled)
    for _ in range(3):  # let layouts, scroll positions and the map fit settle
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if screenshot is not None:
        image = window.grab()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(screenshot), "PNG"):
            print(f"declaration-viewer: could not write {screenshot}", file=sys.stderr)
            return 1
        print(f"wrote {screenshot} ({image.width()}x{image.height()})")
    else:
        from viewer.ui.common.i18n import running_language

        print(f"self-check OK: {window.summary()}; interface language: {running_language()}")
    window.close()
    return 0
