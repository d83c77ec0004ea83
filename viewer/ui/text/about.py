"""'About this text': the editions, the status vocabulary, and each paragraph's provenance.

Pure Python (no Qt): builds escaped HTML for the note view. The status words and what they
mean come from viewer.corpus.status (the one vocabulary, data/SCHEMA.md); nothing is reworded
here.
"""

from __future__ import annotations

import html
from collections import Counter

from viewer.corpus.citation import passage_label
from viewer.corpus.model import LANG_NAMES, Corpus, Paragraph, Passage
from viewer.corpus.status import VOCABULARY
from viewer.translations import (
    QT_TRANSLATE_NOOP,
    interface_passage,
    para_label,
    running_language,
    translate,
)
from viewer.ui.common.cite import (
    short_citation,
    source_status,
    status_label,
    status_meaning,
    verification_label,
    weak_witness_text,
)

#: The kinds of entry the vocabulary covers, in the order About this text explains them.
KINDS: tuple[tuple[str, str], ...] = (
    ("text", QT_TRANSLATE_NOOP("about", "The text (each paragraph)")),
    ("source", QT_TRANSLATE_NOOP("about", "Sources (the bibliography)")),
    ("event", QT_TRANSLATE_NOOP("about", "Events (the timeline)")))


def _word(kind: str, status: str) -> str:
    """The word as each list shows it: sources say "cited, not seen"."""
    return verification_label(status) if kind == "source" else status_label(status)


def vocabulary_html(corpus: Corpus) -> str:
    """What each status word means for text, sources and events, with how many carry it,
    then the weak witnesses with the reason each is weak."""
    counts = corpus.status_counts()
    parts = ["<h4>" + html.escape(translate("about", "Status words")) + "</h4><p>"
             + html.escape(translate("about", "One vocabulary for the text, the sources and "
                                     "the events; the number after a word is how many "
                                     "entries carry it.")) + "</p>"]
    for kind, heading in KINDS:
        rows = []
        for term in VOCABULARY:
            meaning = status_meaning(term.status, kind)
            if not meaning:
                continue
            n = counts.get(kind, {}).get(term.status, 0)
            rows.append(f"<li><b>{html.escape(_word(kind, term.status))}</b> ({n}): "
                        f"{html.escape(meaning)}</li>")
        parts.append(f"<p><b>{html.escape(translate('about', heading))}</b></p>"
                     f"<ul>{''.join(rows)}</ul>")
    weak = sorted((s for s in corpus.sources.values() if s.is_weak),
                  key=lambda s: short_citation(s).casefold())
    n_weak = counts.get("weak", {}).get("source", len(weak))
    parts.append("<h4>" + html.escape(translate("about", "Weak witnesses ({count})").format(
        count=n_weak)) + f"</h4><p>{html.escape(weak_witness_text())}</p>")
    if weak:
        parts.append("<ul>" + "".join(
            f'<li><a href="dv:source/{html.escape(s.id)}">{html.escape(short_citation(s))}'
            f"</a> ({html.escape(verification_label(s.verification))}): "
            f"{html.escape(s.weak)}</li>" for s in weak) + "</ul>")
    return "".join(parts)


def _sources(corpus: Corpus, ids: tuple[str, ...]) -> str:
    items = []
    for sid in ids:
        src = corpus.sources.get(sid)
        if src is None:
            continue
        url = src.csl.get("URL")
        link = (f' — <a href="{html.escape(url)}">{html.escape(url)}</a>'
                if isinstance(url, str) and url.startswith(("http://", "https://")) else "")
        items.append(f"<li>{html.escape(src.title)} "
                     f"<small>({html.escape(source_status(src))})</small>"
                     f"{link}</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def about_text_html(corpus: Corpus) -> str:
    parts = [translate("about", "<p>The declaration was signed in Russian and Japanese, both "
                       "texts equally authentic; the English is a translation. No complete copy "
                       "of any of the three could be checked for this edition, so every "
                       "paragraph carries its status.</p>"),
             vocabulary_html(corpus)]
    for lang, text in corpus.texts.items():
        counts = Counter(p.status for passage in text.passages for p in passage.paragraphs)
        summary = ", ".join(f"{n} {status_label(s)}" for s, n in sorted(counts.items()))
        role = (translate("about", "authentic text") if text.authentic
                else translate("about", "translation"))
        parts.append(f"<h4>{html.escape(LANG_NAMES[lang])} ({html.escape(role)})</h4>"
                     f"<p>{html.escape(text.edition)}</p><p><small>"
                     + html.escape(translate("about", "Paragraphs: {summary}").format(
                         summary=summary)) + "</small></p>")
    return "".join(parts)


def provenance_html(corpus: Corpus, passage: Passage, para: Paragraph) -> str:
    n = para.n if len(passage.paragraphs) > 1 else None
    shown = interface_passage(corpus, passage.id) if running_language() != "en" else None
    where = para_label(shown.label, n) if shown else passage_label(passage.id, n)
    status = f"{status_label(para.status)}: {status_meaning(para.status, 'text')}"
    if para.translated_from:
        status += translate("about", " (from the {language} text)").format(
            language=LANG_NAMES.get(para.translated_from, para.translated_from))
    return (f"<p><b>{html.escape(LANG_NAMES[passage.lang])}, {html.escape(where)}</b></p>"
            "<p>" + html.escape(translate("about", "Status — {status}").format(status=status))
            + "</p>"
            f"<p>{html.escape(para.provenance)}</p>" + _sources(corpus, para.sources))
