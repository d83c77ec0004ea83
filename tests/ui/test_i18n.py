"""The interface in three languages (issue 22): every string of the code is in the .ts files
with a finished Japanese and Russian translation that keeps its placeholders, mnemonics and
markup; the app starts in the system's language (or the reader's explicit choice) with Qt's
own buttons translated too; the .qm files are built from the .ts, and rebuilt when stale."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from viewer import translations
from viewer.ui.common import i18n

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import build_translations  # noqa: E402

LANGS = translations.TRANSLATED
NUMERUS_FORMS = {"en": 2, "ja": 1, "ru": 3}  # ja: no plural; ru: 1, 2-4, 5+ (and 11-14)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> <message>, obsolete and vanished ones left out."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def texts(message: ET.Element) -> list[str]:
    """The translation's text(s): one, or one per plural form."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def placeholders(text: str) -> set[str]:
    """Qt's %1 … and Python's {name} / {name:,} placeholders."""
    return set(re.findall(r"%\d|\{[^{}]*\}", text))


def mnemonic(text: str) -> str | None:
    """The character after a single '&' (a menu/button mnemonic), None without one."""
    found = re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found[0].lower() if found else None


@pytest.mark.parametrize("lang", translations.ALL)
def test_every_string_has_a_finished_translation(lang: str) -> None:
    entries = messages(translations.ts_path(lang))
    assert entries, "the .ts file is empty"
    unfinished = []
    for key, message in entries.items():
        forms = texts(message)
        expected = NUMERUS_FORMS[lang] if message.get("numerus") == "yes" else 1
        if (message.find("translation").get("type") == "unfinished"
                or len(forms) != expected or not all(f.strip() for f in forms)):
            unfinished.append(key)
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}: {unfinished[:10]}"


@pytest.mark.parametrize("lang", translations.ALL)
def test_translations_keep_placeholders_mnemonics_and_markup(lang: str) -> None:
    wrong = []
    for (context, source, _), message in messages(translations.ts_path(lang)).items():
        for text in texts(message):
            numerus = message.get("numerus") == "yes"
            # %n may be left out of a singular form ("одна заметка"), never out of all forms
            if placeholders(source) != placeholders(text):
                wrong.append((context, source, text, "placeholders"))
            if not numerus and ("%n" in source) != ("%n" in text):
                wrong.append((context, source, text, "%n"))
            if (mnemonic(source) is None) != (mnemonic(text) is None):
                wrong.append((context, source, text, "mnemonic"))
            if sorted(re.findall(r"</?\w+", source)) != sorted(re.findall(r"</?\w+", text)):
                wrong.append((context, source, text, "markup"))
        if message.get("numerus") == "yes" and not any("%n" in t for t in texts(message)):
            wrong.append((context, source, "", "%n in no plural form"))
    assert not wrong, "\n".join(map(str, wrong[:15]))


def test_ts_files_hold_every_string_the_code_marks(tmp_path: Path) -> None:
    """pyside6-lupdate over the current code finds nothing the committed .ts files lack:
    run `python tools/build_translations.py --update` and translate what it adds."""
    fresh = tmp_path / f"{translations.STEM}_ja.ts"
    build_translations.lupdate([fresh])
    in_code = set(messages(fresh))
    assert len(in_code) >= 5
    for lang in LANGS:
        missing = in_code - set(messages(translations.ts_path(lang)))
        assert not missing, f"{lang}.ts lacks {len(missing)}: {sorted(missing)[:10]}"
    plurals = {k for k, m in messages(fresh).items() if m.get("numerus") == "yes"}
    assert plurals, "no %n string found: the English plural forms are not checked"
    missing = plurals - set(messages(translations.ts_path(translations.PLURALS_ONLY)))
    assert not missing, f"en.ts lacks the plural forms of {sorted(missing)}"


def test_english_plurals_read_as_english(qapp) -> None:  # noqa: ANN001
    """The tests' QApplication has the English plural forms (tests/ui/conftest.py), as the
    app's has from make_app: "1 annotation", "2 annotations", never "1 annotation(s)"."""
    from PySide6.QtCore import QCoreApplication

    def count(n: int) -> str:
        return QCoreApplication.translate("AnnotationsPanel", "%n annotation(s)", "", n)

    assert (count(1), count(0), count(2)) == ("1 annotation", "0 annotations", "2 annotations")


def _window_texts(env_lang: str, home: Path, choice: str | None = None) -> dict:
    """Start the real app's window in a fresh process under LANG=env_lang; its menus."""
    if choice is not None:
        settings = QSettings(str(home / "config" / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(i18n.SETTING, choice)
        settings.sync()
    code = (
        "import json\n"
        "from PySide6.QtWidgets import QDialogButtonBox\n"
        "from viewer.ui import app as A\n"
        "from viewer.corpus.cache import load_corpus_cached\n"
        "from viewer.paths import data_dir, user_cache_dir\n"
        "qapp = A.make_app()\n"
        "from viewer.ui.main_window import MainWindow\n"
        "from viewer.ui.common.i18n import running_language\n"
        "w = MainWindow(load_corpus_cached(data_dir(), user_cache_dir()), A.open_settings(),"
        " open_store=False)\n"
        "w.ensure_docks()\n"
        "def tree(menu):\n"
        "    return [[a.text(), tree(a.menu()) if a.menu() else None]"
        " for a in menu.actions() if not a.isSeparator()]\n"
        "box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)\n"
        "print(json.dumps({'lang': running_language(),"
        " 'menus': [a.text() for a in w.menuBar().actions()],"
        " 'tree': [[a.text(), tree(a.menu())] for a in w.menuBar().actions()],"
        " 'language_menu': w.language_menu.title(),"
        " 'cancel': box.button(QDialogButtonBox.StandardButton.Cancel).text()}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=env_lang, QT_QPA_PLATFORM="offscreen", DECLARATION_VIEWER_HOME=str(home),
               PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _translated(lang: str, context: str, source: str) -> str:
    message = messages(translations.ts_path(lang))[(context, source, "")]
    return texts(message)[0]


@pytest.mark.parametrize(("env_lang", "expected", "cancel"), [
    ("ja_JP.UTF-8", "ja", "キャンセル"),
    ("ru_RU.UTF-8", "ru", "Отмена"),
])
def test_window_starts_in_the_system_language(tmp_path: Path, env_lang: str, expected: str,
                                              cancel: str) -> None:
    shown = _window_texts(env_lang, tmp_path)
    assert shown["lang"] == expected
    assert shown["language_menu"] == _translated(expected, "InterfaceLanguageMenu",
                                                 "Interface lan&guage")
    assert cancel in shown["cancel"]  # Qt's own translation (qtbase) is installed too


def test_explicit_choice_wins_over_the_system(tmp_path: Path) -> None:
    shown = _window_texts("ja_JP.UTF-8", tmp_path, choice="ru")
    assert shown["lang"] == "ru"
    assert shown["language_menu"] == _translated("ru", "InterfaceLanguageMenu",
                                                 "Interface lan&guage")
    english = _window_texts("ru_RU.UTF-8", tmp_path / "en", choice="en")
    assert english["lang"] == "en"
    assert english["language_menu"] == "Interface lan&guage"
    assert english["cancel"] == "Cancel"


def test_an_unknown_system_language_gives_english(tmp_path: Path) -> None:
    shown = _window_texts("de_DE.UTF-8", tmp_path)
    assert shown["lang"] == "en" and shown["cancel"] == "Cancel"


def test_menu_remembers_the_choice_and_says_when_it_applies(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    said: list[str] = []
    menu = i18n.InterfaceLanguageMenu(settings, said.append)
    qtbot.addWidget(menu)
    assert [a.text() for a in menu.actions() if not a.isSeparator()][1:] == [
        "&English", "日本語 (&J)", "Русский (&R)"]
    assert menu.language_actions[i18n.SYSTEM].isChecked()  # nothing chosen: follow the system

    menu.language_actions["ja"].trigger()
    assert QSettings(str(tmp_path / "settings.ini"),
                     QSettings.Format.IniFormat).value(i18n.SETTING) == "ja"
    assert menu.language_actions["ja"].isChecked()
    # said in the running interface's language (English here) and in the one chosen
    assert "next start" in said[-1]
    assert _translated("ja", "InterfaceLanguageMenu",
                       "The interface will be in %1 from the next start.").replace(
        "%1", "日本語") in said[-1]

    menu.language_actions[i18n.SYSTEM].trigger()
    assert settings.value(i18n.SETTING) is None
    menu.language_actions["en"].trigger()  # the running language: nothing to wait for
    assert said[-1] == "The interface is in English."


def test_build_step_compiles_loadable_qm_files(tmp_path: Path) -> None:
    assert build_translations.main(["--out", str(tmp_path)]) == 0
    for lang in translations.ALL:
        translator = QTranslator()
        assert translator.load(str(tmp_path / translations.qm_name(lang)))
        if lang == translations.PLURALS_ONLY:
            continue
        assert translator.translate("InterfaceLanguageMenu", "Interface lan&guage") == \
            _translated(lang, "InterfaceLanguageMenu", "Interface lan&guage")


def test_source_checkout_compiles_a_missing_or_stale_qm(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = folder / translations.ts_path("ja").name
    ts.write_bytes(translations.ts_path("ja").read_bytes())
    monkeypatch.setattr(translations, "ts_dir", lambda: folder)
    monkeypatch.setattr(translations, "ts_path", lambda lang: folder / ts.name)

    qm = translations.find_qm("ja")  # missing: compiled beside the .ts
    assert qm == folder / translations.qm_name("ja") and qm.stat().st_size > 0
    os.utime(qm, (1_000_000, 1_000_000))  # older than the .ts: compiled again
    assert translations.find_qm("ja") == qm and qm.stat().st_mtime > 1_000_000
    assert translations.find_qm("ja") == qm  # fresh: left alone

    qm.unlink()
    real = translations.compile_ts

    def read_only(ts_file: Path, out: Path) -> None:  # a checkout the user cannot write to
        if out.parent == folder:
            raise PermissionError(13, "Permission denied", str(out))
        real(ts_file, out)

    monkeypatch.setattr(translations, "compile_ts", read_only)
    cached = translations.find_qm("ja")  # the user's cache folder takes it
    assert cached is not None and cached.is_file() and cached.parent != folder
    assert not qm.exists()


# Menu entries that read the same in every interface language: the languages' own names.
SAME_IN_EVERY_LANGUAGE = set(i18n.MENU_TEXTS.values())


def _pairs(english: list, translated: list, menu: str = "") -> list[tuple[str, str, str]]:
    """(menu, English text, translated text) for every entry, submenus included."""
    out = []
    assert len(english) == len(translated), (menu, english, translated)
    for (en, en_sub), (tr, tr_sub) in zip(english, translated, strict=True):
        out.append((menu, en, tr))
        if en_sub is not None:
            out += _pairs(en_sub, tr_sub, en)
    return out


@pytest.mark.parametrize("env_lang", ["ja_JP.UTF-8", "ru_RU.UTF-8"])
def test_every_menu_entry_is_translated_with_its_own_mnemonic(tmp_path: Path,
                                                              env_lang: str) -> None:
    english = _window_texts("C.UTF-8", tmp_path / "en")["tree"]
    translated = _window_texts(env_lang, tmp_path / "tr")["tree"]
    pairs = _pairs(english, translated)
    assert len(pairs) > 40
    untranslated = [(m, en) for m, en, tr in pairs
                    if en == tr and en not in SAME_IN_EVERY_LANGUAGE]
    assert not untranslated, untranslated
    menus: dict[str, list[str]] = {}
    for menu, _en, tr in pairs:
        assert mnemonic(tr), f"no mnemonic: {tr!r} in {menu!r}"
        menus.setdefault(menu, []).append(mnemonic(tr))
    for menu, keys in menus.items():
        assert len(keys) == len(set(keys)), (env_lang, menu, keys)
