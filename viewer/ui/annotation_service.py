"""The user's annotations as the UI sees them: a lazily opened store, undoable edits, signals.

The UI never writes SQL: everything goes through the store's methods, and every change a user
makes is a QUndoCommand on one QUndoStack (delete is undoable too).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

log = logging.getLogger("viewer.annotations")


class AnnotationService(QObject):
    """Owns the AnnotationStore for the window. Opening is deferred until needed (or until
    `open_later()` fires after the first paint) so start-up never waits for SQLite."""

    changed = Signal(list)  # ids that changed; [] when many did (an import)
    passage_requested = Signal(str, str)  # (lang, passage): list all of its annotations
    opened = Signal()
    message = Signal(str)  # something the user should be told (moved aside, read-only)
    status = Signal(str)  # progress worth a status-bar line (re-anchoring)

    def __init__(self, db_path: Path | None, texts: Mapping[tuple[str, str], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.texts = texts
        self.undo_stack = QUndoStack(self)
        self._store: Any = None
        self._recent: dict[tuple[str, str, int], tuple[list[Any], int]] = {}
        self.open_message: str | None = None
        self.pending_passage: tuple[str, str] | None = None  # asked for before any panel
        self.open_error: str | None = None
        self._reanchoring: Any = None  # the store's reanchor_steps while they run
        self._slicer: QTimer | None = None  # runs them, a slice per turn of the event loop
        self._slices = 0

    # Re-anchoring in the background works in slices of about this long, so the window
    # keeps answering (after the texts changed, 100,000 annotations take seconds).
    SLICE_SECONDS = 0.012
    REANCHOR_BATCH = 100  # rows per step: a step that must fuzzy-match them stays short

    # --- opening --------------------------------------------------------------------------

    def open_later(self) -> None:
        """Open after the first paint; if the texts changed since the store was last
        anchored, re-anchor in slices between events, with progress in `status`."""
        QTimer.singleShot(0, self._open_in_background)

    def _open_in_background(self) -> None:
        if self._store is None:
            self._open(reanchor_now=False)

    @property
    def reanchoring(self) -> bool:
        """True while a background re-anchoring pass runs: until it ends the text draws no
        highlights, as their stored positions may not fit the revised texts."""
        return self._reanchoring is not None

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Any:
        """The AnnotationStore, opened (and re-anchored) on first use."""
        if self._store is None:
            self._open()
        return self._store

    def _open(self, reanchor_now: bool = True) -> None:
        import sqlite3  # with the store, after the first paint

        from viewer.annotations.store import AnnotationStore, StoreError, open_store
        from viewer.paths import default_db_path

        path = self.db_path or default_db_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            outcome = open_store(path)
            store, self.open_message = outcome.store, outcome.message
        except (StoreError, OSError, sqlite3.Error) as exc:
            # Nothing can be opened or moved aside: work in memory so nothing is lost on
            # screen, and say so.
            log.error("annotation store unavailable: %s", exc)
            self.open_error = str(exc)
            self.open_message = (f"Your annotations could not be opened ({exc}). Changes in "
                                 "this session will not be saved.")
            store = AnnotationStore(":memory:")
        self._store = store
        if not store.read_only:
            try:
                if reanchor_now:
                    self._reanchored(store.reanchor(self.texts))
                elif store.reanchor_needed(self.texts):
                    self._reanchoring = store.reanchor_steps(self.texts, self.REANCHOR_BATCH)
                    # A running zero-interval timer, not singleShot(0) (a posted event that
                    # can come round again before input and other timers get a turn).
                    self._slices = 0  # slices that ended with work left
                    self._slicer = QTimer(self)
                    self._slicer.timeout.connect(self._reanchor_slice)
                    self._slicer.start(0)
            except sqlite3.Error as exc:  # e.g. busy: keep the stored positions this time
                log.warning("re-anchoring skipped: %s", exc)
        store.subscribe(self._on_store_change)
        log.info("annotation store %s open (%d annotations)", path, store.count())
        if self.open_message:
            self.message.emit(self.open_message)
        self.opened.emit()
        self.changed.emit([])

    @staticmethod
    def _reanchored(result: Any) -> None:
        if result.orphans:
            log.info("%d annotation(s) no longer anchor: listed as orphans", result.orphans)

    def _reanchor_slice(self) -> None:
        """One slice of the background pass; the next is queued behind pending events."""
        import sqlite3
        import time

        steps = self._reanchoring
        if steps is None:  # closed meanwhile
            self._stop_slicer()
            return
        until = time.perf_counter() + self.SLICE_SECONDS
        try:
            while True:
                done, total = next(steps)
                if time.perf_counter() >= until:
                    break
        except StopIteration as end:
            self._reanchoring = None
            self._stop_slicer()
            self._reanchored(end.value)
            if self._slices:  # a pass long enough to have shown progress says it is over
                self.status.emit(f"Annotations checked against the texts: "
                                 f"{end.value.anchored:,} in place, "
                                 f"{end.value.orphans:,} orphaned")
            self._forget()
            self.changed.emit([])  # the highlights come back, where they now belong
            return
        except sqlite3.Error as exc:  # e.g. busy: positions checked so far are kept
            log.warning("re-anchoring stopped: %s", exc)
            self._reanchoring = None
            self._stop_slicer()
            self._forget()
            self.changed.emit([])
            return
        self._slices += 1
        self.status.emit(f"Checking annotations against the texts: {done:,} of {total:,}…")

    def _stop_slicer(self) -> None:
        if self._slicer is not None:
            self._slicer.stop()
            self._slicer.deleteLater()
            self._slicer = None

    def _on_store_change(self, kind: str, ids: list[str]) -> None:
        if kind == "reanchored" and self._reanchoring is not None:
            return  # the pass's own end: said once it is over
        self._forget()
        self.changed.emit(list(ids))

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only)

    def close(self) -> None:
        if self._reanchoring is not None:  # cut short: the next open does it again
            self._reanchoring.close()
            self._reanchoring = None
            self._stop_slicer()
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- reads ----------------------------------------------------------------------------

    def recent_highlights(self, lang: str, passage: str, limit: int
                          ) -> tuple[list[tuple[str, int, int, str]], int]:
        """At most `limit` highlights of one passage (the most recently modified, by
        position) and how many it has in all (cached until a change). Bounded: a passage
        with thousands of annotations costs an index look-up, not thousands of rows."""
        if self._store is None or self._reanchoring is not None:
            return [], 0
        key = (lang, passage, limit)
        if key not in self._recent:
            rows = self._store.highlights(lang, passage, limit=limit)
            total = (len(rows) if len(rows) < limit
                     else self._store.highlight_count(lang, passage))
            self._recent[key] = (rows, total)
        return self._recent[key]

    def show_passage(self, lang: str, passage: str) -> bool:
        """Ask for every annotation of one passage to be listed (the annotations panel
        listens; the text draws only some of a crowded passage's highlights). False if
        nothing listens yet (the panel is built on first use): the request is then kept
        in `pending_passage` for the panel to apply when it is made."""
        from PySide6.QtCore import SIGNAL

        if not self.receivers(SIGNAL("passage_requested(QString,QString)")):
            self.pending_passage = (lang, passage)  # for the panel when it is made
            return False
        self.pending_passage = None
        self.passage_requested.emit(lang, passage)
        return True

    def _forget(self) -> None:
        self._recent.clear()

    def get(self, annotation_id: str) -> Any:
        """The annotation, or None (also while the store is not open yet)."""
        return self._store.get(annotation_id) if self._store is not None else None

    # --- undoable edits -------------------------------------------------------------------

    def add(self, annotation: Any) -> None:
        self._push(_Command(f"Annotate “{_short(annotation.exact)}”",
                            do=lambda: self.store.add(annotation),
                            undo=lambda: self.store.delete(annotation.id, annotation)))

    def update(self, annotation_id: str, **changes: Any) -> None:
        before = self.store.get(annotation_id)
        if before is None:
            return
        after = self.store.update(annotation_id, **changes)
        self._push(_Command(f"Edit annotation “{_short(before.exact)}”",
                            do=lambda: self.store.replace(after, before),
                            undo=lambda: self.store.replace(before, after),
                            done=True))

    def delete(self, annotation_id: str) -> None:
        record = self.store.get(annotation_id)
        if record is None:
            return
        self._push(_Command(f"Delete annotation “{_short(record.exact)}”",
                            do=lambda: self.store.delete(annotation_id, record),
                            undo=lambda: self.store.restore(record)))

    def _push(self, command: _Command) -> None:
        command.failed = self._command_failed
        self.undo_stack.push(command)

    def _command_failed(self, command: _Command, exc: Exception) -> None:
        """The record changed under us (another running copy): drop the step, say so."""
        log.warning("%s failed: %s", command.text(), exc)
        self._forget()
        self.message.emit(f"{command.text()}: not applied, because the annotation was "
                          "changed elsewhere (another window?). Nothing else was changed.")

    def import_file(self, path: Path, progress: Callable[[int, int], None] | None = None
                    ) -> Any:
        """All or nothing (raises ImportRejected). Imports are not on the undo stack: they
        can be large, and the file stays where it was."""
        from viewer.annotations.formats import import_file

        return import_file(self.store, path, self.texts, progress)


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Command(QUndoCommand):
    """An edit as a pair of store calls. `done`: the change was already applied.

    A step whose record vanished or changed in another running copy becomes obsolete
    (Qt drops it) instead of leaving the stack out of step with the database."""

    failed: Callable[[_Command, Exception], None] | None = None

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 done: bool = False) -> None:
        super().__init__(text)
        self._do, self._undo, self._skip_first = do, undo, done

    def _run(self, step: Callable[[], Any]) -> None:
        import sqlite3

        from viewer.annotations.store import StoreError

        try:
            step()
        except (KeyError, StoreError, sqlite3.Error) as exc:
            self.setObsolete(True)
            if self.failed is not None:
                self.failed(self, exc)

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)
