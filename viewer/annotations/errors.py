"""The store's errors: what the UI and the command line show as they are (no Qt, no SQL).

May import: nothing of the app.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base class of store errors the UI can show as they are."""


class ReadOnlyError(StoreError):
    """A write was attempted on a store opened read-only."""


class StoreDamaged(StoreError):
    """SQLite's check found damage: nothing is written into the file."""


class StoreLeftInPlace(StoreError):
    """The path cannot be used as the store, and what is there is not ours to move aside:
    a folder, an SQLite database of another program, a database another program has
    locked, or a damaged one that only a copy could be read from."""


class Conflict(StoreError):
    """The record changed since the caller read it (another window or running copy)."""


class StoreUnreadable(StoreError):
    """The file is corrupt, not a database, locked, or not an annotation store."""


class NeedsMigration(StoreUnreadable):
    """An older schema, opened read-only: it would have to be migrated to be read."""


class LeftDamaged(StoreUnreadable):
    """An unreadable database left where it is, because the caller asked that it not be
    moved aside (``open_store(..., move_damaged=False)``)."""
