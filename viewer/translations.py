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

import logging
import os
import re
import sys
from pathlib import Path

from viewer.paths import resources_dir, user_cache_dir

log = logging.getLogger("viewer.i18n")

#: The interface languages that have a translation (English is the source language).
TRANSLATED = ("ja", "ru")
#: English has a .ts too, with only the plural forms of the "%n …" strings ("1 match",
#: "2 matches"): Qt's way to plural English; installed whatever the interface language.
PLURALS_ONLY = "en"
ALL = (PLURALS_ONLY, *TRANSLATED)
STEM = "declaration_viewer"
_running = "en"  # the interface language installed at start (viewer.ui.common.i18n sets it)


def running_language() -> str:
    """The language the interface was started in ("en" until translators are installed)."""
    return _running


def set_running_language(lang: str) -> None:
    global _running
    _running = lang


def interface_passage(corpus, passage_id: str):  # noqa: ANN001, ANN201 - Corpus, Passage
    """A passage as the interface names it: with its label in the interface language where
    that language's text has it ("第9項", "Статья 9"), else the English one."""
    return corpus.passage(_running, passage_id) or corpus.passage("en", passage_id)


def ts_dir() -> Path:
    return resources_dir() / "i18n"


def ts_path(lang: str) -> Path:
    return ts_dir() / f"{STEM}_{lang}.ts"


def qm_name(lang: str) -> str:
    return f"{STEM}_{lang}.qm"


def qt_tool(name: str) -> Path | None:
    """A Qt tool (`lrelease`, `lupdate`) as the PySide6 wheel ships it, else one on PATH."""
    import importlib.util  # (here, not at start-up: only a build or a stale .qm needs it)
    import shutil

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
    import subprocess
    import tempfile

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
    for lang in ALL:
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
    if lang not in ALL:
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


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of an interface string, for the UI's Qt-free modules (render, cite):
    QCoreApplication.translate once Qt is loaded, the English text (with %n filled) before.
    lupdate finds the calls by this name, as it finds QCoreApplication.translate."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return qtcore.QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    """Marks a string of a table for lupdate, as Qt's macro does; translate() it when shown."""
    return text


def party_name(party) -> str:  # noqa: ANN001 - a corpus Party
    """A party's name in the interface language where the data gives one (parties.json)."""
    local = {"ja": party.name_ja, "ru": party.name_ru}.get(_running, "")
    return local or party.name


def strip_mnemonic(text: str) -> str:
    """A menu text without its mnemonic: "Zoom Map &In" -> "Zoom Map In", and the Japanese
    form "地図を拡大(&I)" -> "地図を拡大" ("&&" stays a literal "&")."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return re.sub(r"&(.)", r"\1", text)


def para_label(passage_label: str, para: str | None) -> str:
    """"Article 9, para. 2" in the interface language ("第9項第2段落", "Статья 9, абз. 2")."""
    if not para:
        return passage_label
    return translate("passage", "{passage}, para. {para}").format(passage=passage_label,
                                                                   para=para)
