"""A File-menu export of the edition (PDF, TEI): its action, the save dialog, the messages,
and the write — each format says only how it writes (`write`) and what it is called."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction

from viewer.corpus.model import LANGS, Corpus
from viewer.translations import strip_mnemonic
from viewer.ui.common import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from viewer.ui.annotations.service import AnnotationService

log = logging.getLogger("viewer.export")


def _tr(text: str) -> str:
    """A word of an export class (marked in the "EditionExport" context), translated."""
    return QCoreApplication.translate("EditionExport", text)


class EditionExport(QObject):
    """One File-menu action; `langs` returns the languages to export (the text pane's)."""

    # The words below (and a subclass's) are marked QT_TRANSLATE_NOOP("EditionExport", …) and
    # translated where shown; the exported document itself is the edition, in English.
    TEXT = QT_TRANSLATE_NOOP("EditionExport", "Export…")  # the menu item
    TIP = ""
    KIND = QT_TRANSLATE_NOOP("EditionExport", "file")  # "The PDF could not be written …"
    DEFAULT_NAME = "joint-declaration-1956"
    FILTER = QT_TRANSLATE_NOOP("EditionExport", "All files (*)")
    DONE = QT_TRANSLATE_NOOP("EditionExport", "Exported to {path}.")

    def __init__(self, corpus: Corpus, service: AnnotationService,
                 langs: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.service, self.window = corpus, service, parent
        self.langs = langs or (lambda: list(LANGS))
        self.action = QAction(_tr(self.TEXT), self)
        self.action.setToolTip(_tr(self.TIP) if self.TIP else "")
        self.action.triggered.connect(lambda: self.export())

    def file_actions(self) -> list[QAction]:
        return [self.action]

    def ask_save_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, strip_mnemonic(_tr(self.TEXT)).rstrip("…"),
            str(Path.home() / self.DEFAULT_NAME), _tr(self.FILTER))
        return Path(path) if path else None

    def show_error(self, message: str) -> None:
        dialogs.warn(self.window, message)

    def show_info(self, message: str) -> None:
        """Success is told in the window's status bar: nothing to dismiss (issue 19)."""
        if hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(message, 15000)
        else:
            dialogs.inform(self.window, message)

    def write(self, path: Path) -> None:
        """Write the export to `path`, whole or not at all. Raises OSError."""
        raise NotImplementedError

    def export(self, path: Path | None = None) -> Path | None:
        path = path or self.ask_save_path()
        if path is None or not self.service.settle(self.window):
            return None  # (settle: every position checked; False if the window closed)
        try:
            self.write(path)
        except OSError as exc:
            log.error("%s export to %s failed: %s", self.KIND, path, exc)
            self.show_error(self.tr("The {kind} could not be written to {path}: {reason}").format(
                kind=_tr(self.KIND), path=path, reason=exc))
            return None
        self.show_info(_tr(self.DONE).format(path=path))
        return path
