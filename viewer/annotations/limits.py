"""Size limits on the text a reader writes, imports or supplies (no Qt, no SQL).

One limit and one check for every entry point: the note editor, an import (W3C,
Hypothesis), the store's API, supplied wording. A 95 MB note once imported and then
froze the window that drew it (issue 21.3). May import: the standard library only.
"""

from __future__ import annotations

MAX_NOTE_CHARS = 1_000_000  # characters (code points): some 400 printed pages


class NoteTooLong(ValueError):
    """A note (or quote, or supplied text) over :data:`MAX_NOTE_CHARS`; ``str()`` says so."""


def note_size_problem(text: str, what: str = "note") -> str | None:
    """None if `text` fits, else a one-line message for the reader (the editor shows it
    while typing; the importers and the store raise it as :class:`NoteTooLong`)."""
    if len(text) <= MAX_NOTE_CHARS:
        return None
    return (f"the {what} is {len(text):,} characters long; the limit is "
            f"{MAX_NOTE_CHARS:,} characters")


def check_note_size(text: str, what: str = "note") -> None:
    """Raise :class:`NoteTooLong` if `text` is over the limit."""
    problem = note_size_problem(text, what)
    if problem is not None:
        raise NoteTooLong(problem)
