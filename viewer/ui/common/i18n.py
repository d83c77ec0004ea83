"""The interface language: which one, its Qt translators, and View > Interface language.

The language is the reader's explicit choice (settings key `ui/language`) if there is one,
else the first of the system's UI languages (QLocale) that we translate, else English. Only
the interface changes: the declaration text, notes and readings stay as written, and the
place-name convention is a separate setting. `install_translations` runs once, before any
widget is built: our own translation (`viewer.translations` finds or compiles the .qm) and
Qt's own (`qtbase_<lang>.qm`, shipped with PySide6) for the standard dialog buttons.
A new choice takes effect at the next start (every pane would otherwise have to rebuild its
texts); the status bar says so, in the current and in the chosen language.

May import: PySide6, `viewer.translations`, `viewer.paths`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from viewer import translations
from viewer.translations import interface_passage, running_language  # noqa: F401 - re-exported

log = logging.getLogger("viewer.i18n")

# Each language in its own name: a reader who cannot read the current one finds theirs.
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語", "ru": "Русский"}
# The menu's entries, the same in every interface language (Latin mnemonics: on any keyboard).
MENU_TEXTS: dict[str, str] = {"en": "&English", "ja": "日本語 (&J)", "ru": "Русский (&R)"}
SETTING = "ui/language"
SYSTEM = ""  # the setting's value (or absence) that means "follow the system"

_CONTEXT = "InterfaceLanguageMenu"
_WILL_BE = QT_TRANSLATE_NOOP("InterfaceLanguageMenu",
                             "The interface will be in %1 from the next start.")
_WILL_FOLLOW = QT_TRANSLATE_NOOP("InterfaceLanguageMenu",
                                 "The interface will follow the system language (%1) from "
                                 "the next start.")
_IS_NOW = QT_TRANSLATE_NOOP("InterfaceLanguageMenu", "The interface is in %1.")

def system_language() -> str:
    """The first of the system's preferred UI languages that we have, else English."""
    for name in QLocale.system().uiLanguages():  # e.g. ["ja-JP", "ja", "en-US"]
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings) -> str:
    """The reader's explicit choice, or SYSTEM ("") when they follow the system."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def interface_language(settings: QSettings) -> str:
    return chosen_language(settings) or system_language()


def qt_translations_dir() -> Path:
    """Where Qt's own .qm files are: PySide6's folder, or the bundle's copy of it."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    frozen = getattr(sys, "_MEIPASS", None)
    if not path.is_dir() and frozen:
        path = Path(frozen) / "PySide6" / "Qt" / "translations"
    return path


def load_translator(lang: str, parent: QObject | None = None) -> QTranslator | None:
    """Our translation for `lang` loaded into a QTranslator (not installed), or None."""
    qm = translations.find_qm(lang)
    if qm is None:
        return None
    translator = QTranslator(parent)
    if not translator.load(str(qm)):
        log.warning("could not load the interface translation %s", qm)
        return None
    return translator


def install_english_plurals(app: QCoreApplication) -> None:
    """The English plural forms ("1 match", "2 matches"), whatever the interface language
    (a translation installed later is searched first)."""
    english = load_translator(translations.PLURALS_ONLY, app)
    if english is not None:
        app.installTranslator(english)


def install_translations(app: QCoreApplication, settings: QSettings) -> str:
    """Install the translators for the interface language; return that language. English
    installs nothing. Call before any widget is built."""
    lang = interface_language(settings)
    translations.set_running_language("en")
    install_english_plurals(app)
    if lang == "en":
        return "en"
    ours = load_translator(lang, app)
    if ours is None:  # said in the log; the interface stays English rather than half-done
        return "en"
    app.installTranslator(ours)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(lang), "qtbase", "_", str(qt_translations_dir())):
        app.installTranslator(qt_own)
    else:
        log.info("Qt's own %s translation not found in %s", lang, qt_translations_dir())
    translations.set_running_language(lang)
    return lang


class InterfaceLanguageMenu(QMenu):
    """View > Interface language: follow the system, or English / 日本語 / Русский."""

    def __init__(self, settings: QSettings, tell: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Interface lan&guage"))
        self.setObjectName("InterfaceLanguageMenu")
        self.settings, self._tell = settings, tell
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        choice = chosen_language(settings)
        entries = [(SYSTEM, self.tr("Follow the &system (%1)").replace(
            "%1", LANGUAGES[system_language()]))]
        entries += list(MENU_TEXTS.items())
        for code, text in entries:
            action = QAction(text, self, checkable=True)
            action.setChecked(code == choice)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            if code == SYSTEM:
                self.addSeparator()
            self.language_actions[code] = action

    def choose(self, code: str) -> None:
        """Remember `code` (SYSTEM: follow the system) and say when it takes effect."""
        if code == SYSTEM:
            self.settings.remove(SETTING)
        else:
            self.settings.setValue(SETTING, code)
        self.settings.sync()
        self.language_actions[code].setChecked(True)
        target = code or system_language()
        if target == running_language() and code:
            source = _IS_NOW
        else:
            source = _WILL_FOLLOW if code == SYSTEM else _WILL_BE
        message = QCoreApplication.translate(_CONTEXT, source).replace("%1", LANGUAGES[target])
        if target != running_language():  # also in the language chosen, which they can read
            other = self._in_language(target, source).replace("%1", LANGUAGES[target])
            if other and other != message:
                message = f"{message} {other}"
        self._tell(message)

    def _in_language(self, lang: str, source: str) -> str:
        if lang == "en":
            return source
        translator = load_translator(lang)
        return (translator.translate(_CONTEXT, source) or "") if translator else ""

