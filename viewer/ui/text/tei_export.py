"""File ▸ Export TEI…: the edition as TEI P5 (viewer.edition.tei) — the languages the text pane
shows, every status and gap, the editorial notes and the reader's annotations — written
beside the target and renamed into place (never half a file)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from viewer.corpus.model import LANGS, Corpus
from viewer.paths import replace_atomically
from viewer.ui.common import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from viewer.ui.annotations.service import AnnotationService

log = logging.getLogger("viewer.tei")


class TeiExporter(QObject):
    """File ▸ Export TEI…; `langs` returns the languages to export (the text pane's)."""

    def __init__(self, corpus: Corpus, service: AnnotationService,
                 langs: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.service, self.window = corpus, service, parent
        self.langs = langs or (lambda: list(LANGS))
        self.action = QAction("Export &TEI…", self)
        self.action.setToolTip("The edition as TEI P5 XML, with every status and gap, the "
                               "editorial notes and your annotations")
        self.action.triggered.connect(lambda: self.export())

    def file_actions(self) -> list[QAction]:
        return [self.action]

    def ask_save_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export TEI", str(Path.home() / "joint-declaration-1956.xml"),
            "TEI XML (*.xml)")
        return Path(path) if path else None

    def show_error(self, message: str) -> None:
        dialogs.warn(self.window, message)

    def show_info(self, message: str) -> None:
        dialogs.inform(self.window, message)

    def export(self, path: Path | None = None) -> Path | None:
        from viewer.edition.tei import to_tei

        path = path or self.ask_save_path()
        if path is None or not self.service.settle(self.window):
            return None  # (settle: every position checked; False if the window closed)
        try:
            text = to_tei(self.corpus, self.langs(), list(self.service.store.iter_all()))
            with replace_atomically(path) as tmp:
                tmp.write_text(text, encoding="utf-8")
        except OSError as exc:
            log.error("TEI export to %s failed: %s", path, exc)
            self.show_error(f"The TEI file could not be written to {path}: {exc}")
            return None
        self.show_info(f"Exported the edition as TEI to {path}.")
        return path
