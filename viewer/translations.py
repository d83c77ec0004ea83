"""Where the interface translations live, and how their sources become what Qt loads. No Qt.

The translation sources are `resources/i18n/declaration_viewer_<lang>.ts` (Qt's XML format,
kept in git, refreshed from the code by `pyside6-lupdate`). Qt loads compiled `.qm` files,
which are built, never committed: by `tools/build_translations.py` (which tools/build_bundle.py
and build.spec call, so a bundle ships them), and by the app's own start in a source checkout
when a `.qm` is missing or older than its `.ts` (so `pip install -e .` then starting the app
gives a translated interface). Compiling uses `lrelease`, which the PySide6 wheel ships.

Imports only the standard library and `viewer.paths`.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from viewer.paths import resources_dir, user_cache_dir

log = logging.getLogger("viewer.i18n")

#: The interface languages that have a translation (English is the source language).
TRANSLATED = ("ja", "ru")
STEM = "declaration_viewer"


def ts_dir() -> Path:
    return resources_dir() / "i18n"


def ts_path(lang: str) -> Path:
    return ts_dir() / f"{STEM}_{lang}.ts"


def qm_name(lang: str) -> str:
    return f"{STEM}_{lang}.qm"


def qt_tool(name: str) -> Path | None:
    """A Qt tool (`lrelease`, `lupdate`) as the PySide6 wheel ships it, else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    exe = name + (".exe" if sys.platform == "win32" else "")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / exe
        if path.is_file():
            return path
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def compile_ts(ts: Path, qm: Path) -> None:
    """`ts` compiled to `qm` by lrelease, written whole or not at all (another instance may be
    starting at the same moment). Raises OSError when lrelease is missing or fails."""
    tool = qt_tool("lrelease")
    if tool is None:
        raise OSError(f"lrelease not found (it ships with PySide6); cannot compile {ts.name}")
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{qm.name}.", suffix=".part", dir=qm.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(tmp)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or tmp.stat().st_size == 0:
            raise OSError(f"lrelease failed on {ts}: {(result.stderr or result.stdout).strip()}")
        os.replace(tmp, qm)
    finally:
        tmp.unlink(missing_ok=True)


def build_all(out_dir: Path | None = None) -> list[Path]:
    """Compile every language's .ts into `out_dir` (default: beside the .ts). The build step."""
    out = []
    for lang in TRANSLATED:
        qm = (out_dir or ts_dir()) / qm_name(lang)
        compile_ts(ts_path(lang), qm)
        out.append(qm)
    return out


def _fresh(qm: Path, ts: Path) -> bool:
    try:
        return qm.stat().st_mtime >= ts.stat().st_mtime
    except OSError:
        return False


def find_qm(lang: str) -> Path | None:
    """The compiled translation for `lang`, compiling it first in a source checkout when it
    is missing or older than its .ts: beside the .ts if that folder is writable, else in the
    user's cache folder. None (and a log line) when there is none to be had."""
    if lang not in TRANSLATED:
        return None
    ts, qm = ts_path(lang), ts_dir() / qm_name(lang)
    if getattr(sys, "frozen", False) or not ts.is_file():  # a bundle ships its .qm built
        return qm if qm.is_file() else None
    cached = user_cache_dir() / "i18n" / qm_name(lang)
    for candidate in (qm, cached):
        if _fresh(candidate, ts):
            return candidate
    for candidate in (qm, cached):
        try:
            compile_ts(ts, candidate)
            log.info("compiled %s into %s", ts.name, candidate)
            return candidate
        except OSError as exc:
            log.warning("could not compile the %s interface translation: %s", lang, exc)
    stale = [c for c in (qm, cached) if c.is_file()]  # an older translation beats none
    return stale[0] if stale else None
