"""The one status vocabulary for text, sources and events (data/SCHEMA.md, issue 17 item 3).

Plain Python, no Qt; imports nothing from the rest of the app. The loader enforces the rules
(`check_*` below); the UI shows `VOCABULARY` and `WEAK_WITNESS` in Help > About this text.

- "verified": the wording or date was seen in a named edition or source (a source: its page or
  edition was seen). A weak witness is never the sole ground of "verified".
- A work that is cited but was not seen is "not-seen", never "verified" or "partial".
- Weak witnesses (anonymous posts, scraper pages, untitled e-book pages, blogs) keep the status
  of what was seen and carry `weak`: the reason, shown beside them.
- An event is "unverified" only when no cited source that was seen gives its date; an event
  whose date a seen source gives names that source (`date_source`) and is "verified".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from viewer.translations import QT_TRANSLATE_NOOP  # marks for lupdate; no Qt


class Status(StrEnum):
    """A status word. A StrEnum: equal to its plain string, so "verified" == Status.VERIFIED."""

    VERIFIED = "verified"
    PARTIAL = "partial"
    COLLATED = "collated"
    TRANSLATION = "translation"
    MISSING = "missing"
    NOT_SEEN = "not-seen"
    UNVERIFIED = "unverified"
    SUPPLIED = "supplied"  # a reader's own supply (their database), never in data/


#: Which status words each kind of entry may carry.
TEXT_STATUSES: tuple[Status, ...] = (Status.VERIFIED, Status.PARTIAL, Status.COLLATED,
                                     Status.TRANSLATION, Status.MISSING)
SOURCE_STATUSES: tuple[Status, ...] = (Status.VERIFIED, Status.PARTIAL, Status.NOT_SEEN)
EVENT_STATUSES: tuple[Status, ...] = (Status.VERIFIED, Status.UNVERIFIED)
#: Text statuses only a reader's own database gives (never data/): wording they supplied.
READER_TEXT_STATUSES: tuple[Status, ...] = (Status.SUPPLIED,)
#: Source statuses that mean the page or edition was seen by us.
SEEN: frozenset[Status] = frozenset({Status.VERIFIED, Status.PARTIAL})


@dataclass(frozen=True)
class StatusTerm:
    """One word of the vocabulary: its label and what it means for each kind it applies to."""

    status: Status
    label: str  # for display, e.g. "not seen"
    text: str = ""  # meaning for a paragraph of the declaration ("" = not used for text)
    source: str = ""  # meaning for a bibliography entry
    event: str = ""  # meaning for an event of the timeline

    def meaning(self, kind: str) -> str:
        return {"text": self.text, "source": self.source, "event": self.event}[kind]


#: The vocabulary in display order: what Help > About this text explains.
# Each word and meaning is marked for lupdate (context "status"): the interface translates
# them where it shows them (viewer.ui.common.cite); here they stay English.
VOCABULARY: tuple[StatusTerm, ...] = (
    StatusTerm(Status.VERIFIED, QT_TRANSLATE_NOOP("status", "verified"),
               text=QT_TRANSLATE_NOOP("status",
                                      "verbatim, as seen in the named edition or source"),
               source=QT_TRANSLATE_NOOP("status", "the page or edition named was seen, and what "
                                        "we use from it was read there"),
               event=QT_TRANSLATE_NOOP("status", "the date was seen in a cited source")),
    StatusTerm(Status.PARTIAL, QT_TRANSLATE_NOOP("status", "partly verified"),
               text=QT_TRANSLATE_NOOP("status", "verbatim fragments as seen in the named "
                                      "source; gaps are marked […]"),
               source=QT_TRANSLATE_NOOP("status", "only part of it was seen; what was not seen "
                                        "is stated")),
    StatusTerm(Status.COLLATED, QT_TRANSLATE_NOOP("status", "editorial collation"),
               text=QT_TRANSLATE_NOOP("status", "joined by us from segments each seen in a "
                                      "named witness; the joins, or a witness's altered "
                                      "orthography, are ours to answer for")),
    StatusTerm(Status.TRANSLATION, QT_TRANSLATE_NOOP("status", "editorial translation"),
               text=QT_TRANSLATE_NOOP("status", "our own translation, never the official "
                                      "wording (shown in italics)")),
    StatusTerm(Status.MISSING, QT_TRANSLATE_NOOP("status", "not available"),
               text=QT_TRANSLATE_NOOP("status", "not found in any source we could see; shown "
                                      "as a numbered gap")),
    StatusTerm(Status.SUPPLIED, QT_TRANSLATE_NOOP("status", "supplied by a reader"),
               text=QT_TRANSLATE_NOOP("status", "wording a reader of this copy supplied from an "
                                      "edition they hold, shown with that edition and page; "
                                      "we have not checked it, so it is never verified, and "
                                      "the shipped wording (or gap) stays one click away")),
    StatusTerm(Status.NOT_SEEN, QT_TRANSLATE_NOOP("status", "not seen"),
               source=QT_TRANSLATE_NOOP("status", "cited, but the work itself was not seen: "
                                        "its details come from another source, which is "
                                        "named")),
    StatusTerm(Status.UNVERIFIED, QT_TRANSLATE_NOOP("status", "unverified"),
               event=QT_TRANSLATE_NOOP("status", "no cited source we saw gives the date; it is "
                                       "flagged")),
)
TERMS: dict[Status, StatusTerm] = {t.status: t for t in VOCABULARY}

#: What a weak witness is, for the same About text.
WEAK_WITNESS = QT_TRANSLATE_NOOP(
    "status", "A weak witness is an anonymous forum post, a scraper or aggregator page, an "
    "untitled e-book page or a private blog: it is listed with the reason it is weak, and it "
    "is never the sole ground of \"verified\".")


def label(status: str) -> str:
    """The display label of a status word; an unknown word is shown as "unverified"."""
    try:
        return TERMS[Status(status)].label
    except ValueError:
        return "unverified"


def explain(status: str, kind: str) -> str:
    """What `status` means for `kind` ("text", "source" or "event"); "" if it does not apply."""
    try:
        return TERMS[Status(status)].meaning(kind)
    except ValueError:
        return ""


def parse(value: str, allowed: tuple[Status, ...]) -> Status | None:
    """`value` as a Status if it is one of `allowed`, else None."""
    try:
        status = Status(value)
    except ValueError:
        return None
    return status if status in allowed else None
