"""Enforces the status vocabulary (status.py, data/SCHEMA.md) on a loaded corpus.

Plain Python, no Qt; imports the model, the vocabulary and the error class. Called by
`load_corpus`, so `data check`, start-up and the tests all apply the same rules.
"""

from __future__ import annotations

from pathlib import Path

from viewer.corpus.errors import CorpusError
from viewer.corpus.model import Corpus, Source
from viewer.corpus.status import Status


def _solid(source: Source | None) -> bool:
    """Seen by us and not a weak witness: a source that can ground "verified"."""
    return source is not None and source.is_seen and not source.is_weak


def _check_sources(c: Corpus, files: dict[str, Path]) -> None:
    for s in c.sources.values():
        where, path = f"source '{s.id}'", files[s.id]
        if s.is_seen and not s.seen.strip():
            raise CorpusError(path, where, f"marked '{s.verification}' but custom.seen does not "
                                           "name the page or edition that was seen")
        if s.verification == Status.NOT_SEEN and s.seen:
            raise CorpusError(path, where, "marked 'not-seen' but custom.seen names what was "
                                           "seen: one of the two is wrong")


def _check_text(c: Corpus, root: Path) -> None:
    for lang, text in c.texts.items():
        path = root / "declaration" / f"{lang}.json"
        for p in text.passages:
            items = [(f"passage '{p.id}' paragraph '{para.n}'", para.status, para.sources)
                     for para in p.paragraphs]
            items += [(f"passage '{p.id}' variant '{v.label}'", v.status, v.sources)
                      for v in p.variants]
            for where, status, ids in items:
                if status != Status.MISSING and not ids:
                    raise CorpusError(path, where, f"'{status}' wording needs its witness in "
                                                   "'sources'")
                for sid in ids:
                    src = c.sources.get(sid)
                    if src is not None and not src.is_seen:
                        raise CorpusError(path, where, f"source '{sid}' is marked not seen: a "
                                                       "work not seen cannot witness wording")
                if status == Status.VERIFIED and not any(_solid(c.sources.get(i)) for i in ids):
                    raise CorpusError(path, where, "marked 'verified' but no source listed is "
                                                   "both seen and not a weak witness")


def _check_events(c: Corpus, root: Path) -> None:
    path = root / "events.json"
    for ev in c.events.values():
        where = f"event '{ev.id}'"
        if not ev.provenance.strip():
            raise CorpusError(path, where, "needs 'provenance': where its date was seen, or "
                                           "why it was not")
        if ev.status == Status.VERIFIED:
            if ev.date_source is None:
                raise CorpusError(path, where, "marked 'verified' but 'date_source' does not "
                                               "name the cited source that gives the date")
            if ev.date_source not in ev.sources:
                raise CorpusError(path, where, f"date_source '{ev.date_source}' is not among "
                                               "its sources")
            if not _solid(c.sources.get(ev.date_source)):
                raise CorpusError(path, where, f"date_source '{ev.date_source}' is not seen or "
                                               "is a weak witness: it cannot verify the date")
        elif ev.date_source is not None:
            raise CorpusError(path, where, f"a cited source ('{ev.date_source}') gives the "
                                           "date, so the event is not flagged: mark it "
                                           "'verified'")


def _check_quotes(c: Corpus, interp_files: dict[str, Path]) -> None:
    for it in c.interpretations.values():
        for q in it.quotes:
            if q.verified and not _solid(c.sources.get(q.source)):
                raise CorpusError(interp_files[it.id], f"interpretation '{it.id}'",
                                  f"a verified quote rests on '{q.source}', which is not seen "
                                  "or is a weak witness")


def check_statuses(c: Corpus, root: Path, source_files: dict[str, Path],
                   interp_files: dict[str, Path]) -> None:
    """Raise CorpusError at the first entry whose status breaks the vocabulary's rules."""
    _check_sources(c, source_files)
    _check_text(c, root)
    _check_events(c, root)
    _check_quotes(c, interp_files)
