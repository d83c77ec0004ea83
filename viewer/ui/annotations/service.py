"""The user's annotations as the UI sees them: a lazily opened store, undoable edits, signals.

The UI never writes SQL: everything goes through the store's methods, and every change a user
makes is a QUndoCommand on one QUndoStack (delete is undoable too).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.escaping import visible_bidi
from viewer.shorten import shorten

log = logging.getLogger("viewer.annotations")


class AnnotationService(QObject):
    """Owns the AnnotationStore for the window. Opening is deferred until needed (or until
    `open_later()` fires after the first paint) so start-up never waits for SQLite."""

    changed = Signal(list)  # ids that changed; [] when many did (an import)
    passage_requested = Signal(str, str)  # (lang, passage): list all of its annotations
    opened = Signal()
    message = Signal(str)  # something the user should be told (moved aside, read-only)
    status = Signal(str)  # progress worth a status-bar line (re-anchoring)
    # (action, what): supplied wording asked for from the text — "new" with "lang/pid/n",
    # "edit" or "withdraw" with a supply id; ui/annotations/supplied.py acts on it
    supply_requested = Signal(str, str)

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
        self._pass: Any = None  # a BackgroundReanchor while it runs
        self._pass_moved = False  # it changed positions: the text must be drawn again
        # Called with each store as it is opened, before re-anchoring: lays the reader's
        # supplied wording over the texts (ui/annotations/supplied.py) and sets `texts`.
        self.on_open: Callable[[Any], None] | None = None

    # --- opening --------------------------------------------------------------------------

    def open_later(self) -> None:
        """Open after the first paint, and check the annotations against the texts in the
        background (viewer/ui/annotations/reanchor.py), with progress in `status` if the texts
        changed and there are many."""
        QTimer.singleShot(0, self._open_in_background)

    def _open_in_background(self) -> None:
        if self._store is None:
            self._open(reanchor_now=False)

    @property
    def reanchoring(self) -> bool:
        """True while a background re-anchoring pass runs."""
        return self._pass is not None

    @property
    def hides_highlights(self) -> bool:
        """While a pass after a change of the texts runs, no highlight is drawn: the stored
        positions may not fit the revised texts."""
        return self._pass is not None and self._pass.texts_changed

    def settle(self, parent: Any = None) -> bool:
        """Finish a background pass now (before an export: every position checked). False
        if the store was closed meanwhile (the window closing): do not go on."""
        if self._pass is None:
            return True
        self._pass.finish(parent)
        return self._store is not None

    @contextmanager
    def background_paused(self) -> Iterator[None]:
        """Long work with its own progress (an import): a background pass waits for it."""
        running = self._pass
        if running is not None:
            running.pause(True)
        try:
            yield
        finally:
            if running is not None and running is self._pass:
                running.pause(False)

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
            if outcome.initialised:  # an empty file was adopted: say so (issue 21.6)
                self.open_message = self.tr("{path} was an empty file; it was set up as your "
                                            "new annotation database.").format(path=path)
        except (StoreError, OSError, sqlite3.Error) as exc:
            # Nothing can be opened or moved aside: work in memory so nothing is lost on
            # screen, and say so.
            log.error("annotation store unavailable: %s", exc)
            self.open_error = str(exc)
            self.open_message = self.tr("Your annotations could not be opened ({reason}). "
                                        "Changes in this session will not be saved.").format(
                reason=exc)
            store = AnnotationStore(":memory:")
        if self.on_open is not None:
            self.on_open(store)
        damage = None if store.read_only else self._damage_before_writing(store)
        if damage:
            store.close()
            self._tell_damaged(damage)
            store = AnnotationStore(":memory:")
            if self.on_open is not None:
                self.on_open(store)
        self._store = store
        if not store.read_only:
            try:
                if reanchor_now:
                    store.reanchor(self.texts)
                elif store.reanchor_needed(self.texts):
                    from viewer.ui.annotations.reanchor import BackgroundReanchor

                    self._pass = BackgroundReanchor(store, self.texts, self)
                    self._pass_moved = False
                    self._pass.progress.connect(self.status)
                    self._pass.finished.connect(self._pass_ended)
            except sqlite3.Error as exc:  # e.g. busy: keep the stored positions this time
                log.warning("re-anchoring skipped: %s", exc)
        store.subscribe(self._on_store_change)
        try:
            log.info("annotation store %s open (%d annotations)", path, store.count())
        except sqlite3.DatabaseError as exc:  # found again on the first read, and told
            log.warning("annotation store %s open, not counted: %s", path, exc)
        if reanchor_now:
            self._announce_open()
        else:  # after the first paint: the text is drawn again with highlights in a turn
            QTimer.singleShot(0, self._announce_open)  # of its own, not with the opening

    def _damage_before_writing(self, store: Any) -> str | None:
        """What SQLite finds wrong with the file if re-anchoring, which writes, is due;
        None if it is sound, not due, or only busy (it is checked again next time)."""
        import sqlite3

        try:
            return store.damage() if store.reanchor_needed(self.texts) else None
        except sqlite3.OperationalError as exc:
            log.warning("re-anchoring check skipped: %s", exc)
            return None
        except sqlite3.DatabaseError as exc:  # even the check's own reads fail
            return str(exc)

    def _tell_damaged(self, what: str) -> None:
        log.error("annotation store damaged: %s", what)
        path = self.db_path or self.tr("the annotation database")
        self.open_error = self.tr("{path} is damaged ({reason}) and was left as it is, so your "
                                  "annotations are not shown. Restore it from a backup, or move "
                                  "it away to start anew.").format(path=path, reason=what)
        self.open_message = self.tr("Your annotations cannot be shown or saved in this "
                                    "session: {reason}").format(reason=self.open_error)

    def _announce_open(self) -> None:
        if self._store is None:  # closed meanwhile
            return
        if self.open_message:
            self.message.emit(self.open_message)
        self.opened.emit()
        self.changed.emit([])

    def _pass_ended(self) -> None:
        hid = self.hides_highlights
        self._pass = None
        if hid or self._pass_moved:  # the highlights come back, where they now belong
            self._forget()
            self.changed.emit([])

    def _on_store_change(self, kind: str, ids: list[str]) -> None:
        if kind == "reanchored" and self._pass is not None:
            self._pass_moved = True  # the pass's own end: redrawn once it is over
            return
        self._forget()
        self.changed.emit(list(ids))

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only)

    def close(self) -> None:
        if self._pass is not None:  # cut short: the next open checks again
            self._pass.cancel()
            self._pass = None
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- reads ----------------------------------------------------------------------------

    def recent_highlights(self, lang: str, passage: str, limit: int
                          ) -> tuple[list[tuple[str, int, int, str]], int]:
        """At most `limit` highlights of one passage (the most recently modified, by
        position) and how many it has in all (cached until a change). Bounded: a passage
        with thousands of annotations costs an index look-up, not thousands of rows."""
        if self._store is None or self.hides_highlights:
            return [], 0
        key = (lang, passage, limit)
        if key not in self._recent:
            import sqlite3

            try:
                rows = self._store.highlights(lang, passage, limit=limit)
                total = (len(rows) if len(rows) < limit
                         else self._store.highlight_count(lang, passage))
            except sqlite3.OperationalError:  # busy, not damaged: the caller's to handle
                raise
            except sqlite3.DatabaseError as exc:
                self._damaged(exc)
                return [], 0
            self._recent[key] = (rows, total)
        return self._recent[key]

    def _damaged(self, exc: Exception) -> None:
        """A read found the database damaged (opening does not check every page: that costs
        ~250 ms per 100,000 annotations). From now on an empty store in memory stands in,
        so nothing is written into the damaged file, which is left as it is; the user is
        told on the window's banner."""
        from viewer.annotations.store import AnnotationStore

        self._tell_damaged(str(exc))
        if self._pass is not None:
            self._pass.cancel()
            self._pass = None
        damaged, self._store = self._store, AnnotationStore(":memory:")
        if self.on_open is not None:
            self.on_open(self._store)
        self._store.subscribe(self._on_store_change)
        damaged.close()
        self._forget()
        QTimer.singleShot(0, self._announce_open)  # the banner, and every view redrawn

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
        self._push(_Command(self.tr("Annotate “{quote}”").format(quote=excerpt(annotation.exact)),
                            do=lambda: self.store.add(annotation),
                            undo=lambda: self.store.delete(annotation.id, annotation)))

    def _fit_now(self, annotation_id: str) -> None:
        """During a background pass, re-anchor a row before it is edited, so the undo
        record holds positions that fit the texts shown (and the pass leaves it alone)."""
        if self._pass is not None:
            self.store.reanchor_ids([annotation_id], self.texts)

    def update(self, annotation_id: str, **changes: Any) -> None:
        self._fit_now(annotation_id)
        before = self.store.get(annotation_id)
        if before is None:
            return
        after = self.store.update(annotation_id, **changes)
        self._push(_Command(self.tr("Edit annotation “{quote}”").format(
                                quote=excerpt(before.exact)),
                            do=lambda: self.store.replace(after, before),
                            undo=lambda: self.store.replace(before, after),
                            done=True))

    def delete(self, annotation_id: str) -> None:
        self._fit_now(annotation_id)
        record = self.store.get(annotation_id)
        if record is None:
            return
        self._push(_Command(self.tr("Delete annotation “{quote}”").format(
                                quote=excerpt(record.exact)),
                            do=lambda: self.store.delete(annotation_id, record),
                            undo=lambda: self.store.restore(record)))

    def push(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
             done: bool = False) -> None:
        """An undoable edit of something else in the store (supplied wording): `do` and
        `undo` are store calls; `done`: already applied."""
        self._push(_Command(text, do=do, undo=undo, done=done))

    def _push(self, command: _Command) -> None:
        command.failed = self._command_failed
        self.undo_stack.push(command)

    def _command_failed(self, command: _Command, exc: Exception) -> None:
        """The record changed under us (another running copy): drop the step, say so."""
        log.warning("%s failed: %s", command.text(), exc)
        self._forget()
        self.message.emit(self.tr("{action}: not applied, because the annotation was changed "
                                  "elsewhere (another window?). Nothing else was changed.").format(
            action=command.text()))

    def import_file(self, path: Path, progress: Callable[[int, int], None] | None = None
                    ) -> Any:
        """All or nothing (raises ImportRejected). Imports are not on the undo stack: they
        can be large, and the file stays where it was."""
        from viewer.annotations.formats import import_file

        return import_file(self.store, path, self.texts, progress)


def excerpt(text: str, limit: int = 30) -> str:
    """A quote or note on one line, bidi controls shown as markers, cut to `limit`
    characters with an ellipsis."""
    return shorten(visible_bidi(" ".join(text.split())), limit)


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
