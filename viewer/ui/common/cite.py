"""Citations formatted from CSL-JSON fields only: nothing missing is ever made up. No Qt.

The bibliographic conventions (et al., ed., vol., pp.) stay as in the citation style; the
status words are the interface's and are translated (viewer.translations).
"""

from __future__ import annotations

from viewer.corpus.citation import (  # noqa: F401 - the UI's names for them
    issued_year,
    plain_citation,
    short_citation,
)
from viewer.corpus.model import Source
from viewer.corpus.status import Status, explain, label
from viewer.translations import QT_TRANSLATE_NOOP, translate

#: The mark beside a weak witness (what one is: viewer.corpus.status.WEAK_WITNESS).
WEAK_WITNESS_LABEL = QT_TRANSLATE_NOOP("status", "weak witness")


def status_label(status: str) -> str:
    """A status word of the one vocabulary (viewer.corpus.status) in the interface language."""
    return translate("status", label(status))


def status_meaning(status: str, kind: str) -> str:
    """What a status word means for `kind` ("text", "source", "event"), translated; ""."""
    meaning = explain(status, kind)
    return translate("status", meaning) if meaning else ""


def weak_witness_text() -> str:
    """What a weak witness is (viewer.corpus.status.WEAK_WITNESS), translated."""
    from viewer.corpus.status import WEAK_WITNESS

    return translate("status", WEAK_WITNESS)


def verification_label(status: str) -> str:
    """A source's status word from the one vocabulary (viewer.corpus.status): "verified",
    "partly verified", "cited, not seen"; an unknown word is never shown as verified."""
    if status == Status.NOT_SEEN:  # the list names works we cite: say we did not see it
        return translate("status", "cited, {word}").format(word=status_label(status))
    return status_label(status)


def source_status(source: Source) -> str:
    """The status shown beside a source: its word, and "weak witness" when it is one."""
    word = verification_label(source.verification)
    return (f"{word} · {translate('status', WEAK_WITNESS_LABEL)}" if source.is_weak
            else word)


def source_status_explained(source: Source) -> str:
    """The status in full, for tooltips, accessible text and the detail view: the word and
    what it means for a source, then why it is a weak witness, if it is one."""
    meaning = status_meaning(source.verification, "source")
    out = verification_label(source.verification) + (f": {meaning}" if meaning else "")
    if source.is_weak:
        weak = translate("status", WEAK_WITNESS_LABEL)
        out += f"\n{weak[:1].upper()}{weak[1:]}: {source.weak}"
    return out
