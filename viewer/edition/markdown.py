"""The edition as Markdown: each passage in each chosen language with every paragraph's status
mark, editorial translation in italics, every gap in its place, and the variant readings
after the paragraphs they belong to. No Qt."""

from __future__ import annotations

import re
from collections.abc import Iterable

from viewer.corpus.model import Corpus
from viewer.edition.common import TITLE, export_line, legend, short_sources
from viewer.edition.status import language_name, status_label
from viewer.edition.walk import Item, LangPassage, chosen_langs, walk

_SPECIAL = re.compile(r"([\\`*_<>|#])")


def escape(text: str) -> str:
    """Markdown's markup characters escaped, so the declaration's words stay words."""
    return _SPECIAL.sub(r"\\\1", text)


def _lines(text: str, italic: bool) -> str:
    """One Markdown paragraph; the text's own line breaks kept as hard breaks."""
    out = []
    for line in text.split("\n"):
        line = escape(line.strip())
        out.append(f"*{line}*" if italic and line else line)
    return "  \n".join(out)


def _item(item: Item) -> str:
    if item.is_gap:
        return f"> *{escape(item.gap_text)}* {status_label('missing')}"
    body = _lines(item.text, italic=item.status == "translation")
    return f"{body} {item.mark}".rstrip()


def _passage(corpus: Corpus, text: LangPassage, heading: bool) -> list[str]:
    out = [f"### {escape(language_name(text.lang))} — {escape(text.label)}"] if heading else []
    out += [_item(i) for i in text.items]
    sources = tuple(dict.fromkeys(s for i in text.items for s in i.sources))
    if sources:
        out.append(f"<sub>Sources: {escape(short_sources(corpus, sources))}</sub>")
    for v in text.variants:
        mark = status_label(v.status, verified="[verified]")
        out.append(f"> **Variant reading** — {escape(v.label)} {mark} "
                   f"({escape(short_sources(corpus, v.sources))}):  \n"
                   f"> “{escape(' '.join(v.text.split()))}”")
    return out


def to_markdown(corpus: Corpus, langs: Iterable[str] | None = None,
                today: str | None = None) -> str:
    """The whole edition as one Markdown document."""
    chosen = chosen_langs(corpus, langs)
    out = [f"# {TITLE}", "", escape(export_line(chosen, today)), ""]
    for lang in chosen:
        out.append(f"- **{language_name(lang)}**: {escape(corpus.texts[lang].edition)}")
    out += ["", "Marks after a paragraph:", ""]
    out += [f"- {mark}: {meaning}" for mark, meaning in legend()]
    for row in walk(corpus, chosen):
        out += ["", f"## {escape(row.label)}"]
        for text in row.texts:
            out.append("")
            out.append("\n\n".join(_passage(corpus, text, heading=True)))
    return "\n".join(out) + "\n"
