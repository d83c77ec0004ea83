"""File ▸ Import annotations… and File ▸ Export annotations as W3C JSON-LD / CSV / Markdown….

Import is all or nothing and runs in two steps so the window stays responsive:
1. reading, decoding, validating and anchoring the file, in a worker thread (pure Python,
   no store access): formats.import_file with a collecting stand-in for the store, so every
   check and message is the library's own;
2. writing the records in ONE store transaction on the GUI thread, with a progress dialog fed
   by the store's progress callback (events are processed there; Cancel rolls back).
A refusal shows one dialog naming what and where, and says nothing was changed.
Exports write to a temporary file beside the target, then rename it into place.

The dialogs are methods (ask_open_path, ask_save_path, show_error, show_info) so tests can
replace them.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

from viewer.paths import replace_atomically
from viewer.ui.annotations.service import AnnotationService
from viewer.ui.common import dialogs

log = logging.getLogger("viewer.annotations.exchange")

FORMATS = {  # fmt -> (menu label, file filter, suffix)
    "w3c": ("W3C JSON-LD", "W3C Web Annotations (*.jsonld *.json)", ".jsonld"),
    "csv": ("CSV", "CSV (*.csv)", ".csv"),
    "md": ("Markdown", "Markdown (*.md)", ".md"),
}
NOTHING_CHANGED = QT_TRANSLATE_NOOP(
    "AnnotationExchange", "Nothing was imported: your annotations are exactly as they were.")
# The export actions' texts, with the mnemonics of the File menu (c, l, i, W, V, M, p, q).
EXPORT_TEXTS = {"w3c": QT_TRANSLATE_NOOP("AnnotationExchange",
                                         "Export annotations as &W3C JSON-LD…"),
                "csv": QT_TRANSLATE_NOOP("AnnotationExchange", "Export annotations as CS&V…"),
                "md": QT_TRANSLATE_NOOP("AnnotationExchange", "Export annotations as &Markdown…")}




class ImportCancelled(Exception):
    """The user pressed Cancel during the write (the transaction is rolled back)."""


class _Collector:
    """Stands in for the store in formats.import_file: keeps the parsed records."""

    def __init__(self) -> None:
        self.records: list[Any] = []
        self.undated: frozenset[str] = frozenset()
        self.supplies: list[Any] = []  # supplied wording ("editing" annotations)

    def import_records(self, records: Any, progress: Any = None,
                       undated: frozenset[str] = frozenset(), supplies: Any = ()) -> Any:
        from viewer.annotations.store import ImportReport

        self.records, self.undated = list(records), undated
        self.supplies = list(supplies)
        return ImportReport()


class AnnotationExchange(QObject):
    """The import/export actions; `file_actions()` puts them in the File menu."""

    def __init__(self, service: AnnotationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.window = parent
        self.import_action = QAction(self.tr("&Import annotations…"), self)
        self.import_action.setToolTip(self.tr("Add annotations from a W3C or Hypothesis JSON "
                                              "file"))
        self.import_action.triggered.connect(lambda: self.import_annotations())
        self.export_actions: dict[str, QAction] = {}
        for fmt in FORMATS:
            action = QAction(self.tr(EXPORT_TEXTS[fmt]), self)
            action.triggered.connect(lambda _=False, f=fmt: self.export_annotations(f))
            self.export_actions[fmt] = action

    def file_actions(self) -> list[QAction]:
        return [self.import_action, *self.export_actions.values()]

    # --- dialogs (tests replace these) ------------------------------------------------------

    def ask_open_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import annotations"), str(Path.home()),
            self.tr("Annotations (*.json *.jsonld);;All files (*)"))
        return Path(path) if path else None

    def ask_save_path(self, fmt: str) -> Path | None:
        label, file_filter, suffix = FORMATS[fmt]
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export annotations as {format}").format(format=label),
            str(Path.home() / f"annotations{suffix}"), file_filter)
        return Path(path) if path else None

    def show_error(self, message: str) -> None:
        dialogs.warn(self.window, message)

    def show_info(self, message: str) -> None:
        dialogs.inform(self.window, message)

    # --- import -----------------------------------------------------------------------------

    def import_annotations(self, path: Path | None = None) -> Any:
        """Ask for a file and import it; returns the ImportReport, or None."""
        if self.service.read_only:
            self.show_info(self.tr("Your annotations are read-only in this session (see the "
                                   "message shown at start-up), so nothing can be imported."))
            return None
        path = path or self.ask_open_path()
        if path is None:
            return None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from viewer.annotations.formats import ImportRejected

        progress = QProgressDialog(self.tr("Reading {file}…").format(file=path.name),
                                   self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Import annotations"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoReset(False)
        progress.setValue(0)
        try:
            with self.service.background_paused():
                parsed = self._parse(path, progress)
                if parsed is None:  # cancelled while reading
                    self.show_info(self.tr(NOTHING_CHANGED))
                    return None
                records, undated, supplies = parsed
                progress.setLabelText(self.tr("Adding %n annotation(s)…", "", len(records)))
                progress.setRange(0, max(1, len(records)))
                report = self._write(records, undated, supplies, progress, path.name)
        except ImportRejected as exc:
            log.warning("import refused: %s", exc)
            self.show_error(self.tr("The file was not imported: {reason}").format(reason=exc)
                            + "\n\n" + self.tr(NOTHING_CHANGED))
            return None
        except ImportCancelled:
            self.show_info(self.tr(NOTHING_CHANGED))
            return None
        finally:
            progress.close()
            progress.deleteLater()
        if report.updated:  # earlier steps may now undo over what the import brought
            self.service.undo_stack.clear()
        parts = [self.tr("%n added", "", report.added)]
        if report.supplied:
            parts.append(self.tr("%n supplied text(s)", "", report.supplied))
        if report.updated:
            parts.append(self.tr("%n updated", "", report.updated))
        if report.skipped:
            parts.append(self.tr("%n already there", "", report.skipped))
        if report.orphans:
            parts.append(self.tr("%n not anchored in this text (listed apart in the Annotations "
                                 "panel)", "", report.orphans))
        self.show_info(self.tr("Imported {file}: {what}.").format(file=path.name,
                                                                   what=", ".join(parts))
                       + (" " + self.tr("Your earlier changes can no longer be undone: the "
                                        "import replaced some annotations.")
                          if report.updated else ""))
        return report

    def _parse(self, path: Path, progress: QProgressDialog
               ) -> tuple[list[Any], frozenset[str], list[Any]] | None:
        """Step 1 in a worker thread; the GUI keeps painting. Raises ImportRejected.
        The records, the ids of those the file gave no time, and the supplied wording."""
        from viewer.annotations.formats import import_file

        collector = _Collector()
        outcome: dict[str, BaseException] = {}

        def work() -> None:
            try:
                import_file(collector, path, self.service.texts)  # type: ignore[arg-type]
            except BaseException as exc:  # handed back to the GUI thread
                outcome["error"] = exc

        worker = threading.Thread(target=work, name="annotation-import", daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(0.02)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if progress.wasCanceled():
                return None  # the thread only parses; its result is dropped
        if "error" in outcome:
            raise outcome["error"]
        return collector.records, collector.undated, collector.supplies

    def _write(self, records: list[Any], undated: frozenset[str], supplies: list[Any],
               progress: QProgressDialog, name: str) -> Any:
        """Step 2: one transaction; progress events are processed, Cancel rolls back."""
        import sqlite3

        from viewer.annotations.formats import ImportRejected
        from viewer.annotations.store import StoreError

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if progress.wasCanceled():
                raise ImportCancelled

        try:
            return self.service.store.import_records(records, report, undated,
                                                     supplies=supplies)
        except StoreError as exc:  # read-only, or damaged
            raise ImportRejected(f"{name}: {exc}") from None
        except ValueError as exc:
            raise ImportRejected(f"{name}: invalid annotation: {exc}") from None
        except sqlite3.Error as exc:
            raise ImportRejected(f"{name}: could not write to the annotation store: {exc}"
                                 ) from None

    # --- export -----------------------------------------------------------------------------

    def _status(self) -> Any:
        """Each quote's status mark, from the window's corpus (supplied wording included)."""
        corpus = getattr(self.window, "corpus", None)
        if corpus is None:
            return None
        from viewer.edition.status import annotation_status

        return annotation_status(corpus)

    def export_annotations(self, fmt: str, path: Path | None = None) -> int | None:
        """Write every annotation in `fmt` (w3c | csv | md); returns how many, or None."""
        path = path or self.ask_save_path(fmt)
        if path is None:
            return None
        import sqlite3

        from viewer.annotations.formats import export_store

        if not self.service.settle(self.window):  # every position checked against the texts
            return None
        try:
            with replace_atomically(path) as tmp, \
                    open(tmp, "w", encoding="utf-8", newline="") as out:
                n = export_store(self.service.store, fmt, out, self._status())
        except (OSError, ValueError, sqlite3.Error) as exc:
            log.error("export to %s failed: %s", path, exc)
            self.show_error(self.tr("The annotations could not be exported to {path}: "
                                    "{reason}").format(path=path, reason=exc))
            return None
        self.show_info(self.tr("Exported %n annotation(s) to {path}.", "", n).format(path=path))
        return n
