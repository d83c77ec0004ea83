"""What every writer says the same way: the title, the export line, the legend of marks, the
short names of a paragraph's sources. No Qt."""

from __future__ import annotations

from viewer import __version__
from viewer.corpus.citation import short_citation
from viewer.corpus.model import Corpus
from viewer.edition.status import MARKS, MEANINGS, language_name, status_label

TITLE = "Joint Declaration of the USSR and Japan, 19 October 1956"


def today_iso(today: str | None = None) -> str:
    if today:
        return today
    from datetime import date  # when exporting: the window's first paint does without it

    return date.today().isoformat()


def export_line(langs: list[str], today: str | None = None) -> str:
    names = ", ".join(language_name(x) for x in langs)
    return (f"{names} text{'s' if len(langs) > 1 else ''} as edited in Declaration Viewer "
            f"{__version__}, exported {today_iso(today)}.")


def legend() -> list[tuple[str, str]]:
    """(mark, meaning) for every status word, in the vocabulary's order."""
    return [(status_label(s) or "(no mark)", MEANINGS[s]) for s in MARKS]


def short_sources(corpus: Corpus, ids: tuple[str, ...]) -> str:
    """'Pravda 1956; rpatriot.ru' — each source's short citation."""
    return "; ".join(short_citation(corpus.sources.get(i), fallback_id=i) for i in ids)
