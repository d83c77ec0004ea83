"""'About this text': the editions, what was checked, and each paragraph's provenance.

Pure Python (no Qt): builds escaped HTML for the note view.
"""

from __future__ import annotations

import html
from collections import Counter

from viewer.corpus.citation import passage_label
from viewer.corpus.model import LANG_NAMES, Corpus, Paragraph, Passage
from viewer.ui.common.cite import verification_label

STATUS_EXPLAINED = {
    "verified": "verbatim, checked against the source named",
    "partial": "verbatim fragments; gaps are marked […]",
    "collated": "an editorial collation of attested segments",
    "translation": "our own editorial translation, not the official wording (shown in italics)",
    "missing": "not found in any source we could check; not shown",
}


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
                     f"<small>({html.escape(verification_label(src.verification))})</small>"
                     f"{link}</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def about_text_html(corpus: Corpus) -> str:
    parts = ["<p>The declaration was signed in Russian and Japanese, both texts equally "
             "authentic; the English is a translation. No complete copy of any of the three "
             "could be checked for this edition, so every paragraph carries its status:</p><ul>"]
    parts += [f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>"
              for k, v in STATUS_EXPLAINED.items()]
    parts.append("</ul>")
    for lang, text in corpus.texts.items():
        counts = Counter(p.status for passage in text.passages for p in passage.paragraphs)
        summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
        role = "authentic text" if text.authentic else "translation"
        parts.append(f"<h4>{html.escape(LANG_NAMES[lang])} ({role})</h4>"
                     f"<p>{html.escape(text.edition)}</p>"
                     f"<p><small>Paragraphs: {html.escape(summary)}</small></p>")
    return "".join(parts)


def provenance_html(corpus: Corpus, passage: Passage, para: Paragraph) -> str:
    where = passage_label(passage.id, para.n if len(passage.paragraphs) > 1 else None)
    status = f"{para.status}: {STATUS_EXPLAINED.get(para.status, '')}"
    if para.translated_from:
        status += f" (from the {LANG_NAMES.get(para.translated_from, para.translated_from)} text)"
    return (f"<p><b>{html.escape(LANG_NAMES[passage.lang])}, {html.escape(where)}</b></p>"
            f"<p>Status — {html.escape(status)}</p>"
            f"<p>{html.escape(para.provenance)}</p>" + _sources(corpus, para.sources))
