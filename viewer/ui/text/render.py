"""Build the text pane's HTML from the corpus. Pure Python (no Qt), so it is easy to test.

Every string from data or from a user is escaped here: no raw HTML reaches the widget.
"""

from __future__ import annotations

import heapq
import html
from dataclasses import dataclass

from viewer.corpus.model import LANG_NAMES, Corpus, Passage, quote_starts
from viewer.translations import QT_TRANSLATE_NOOP, translate
from viewer.ui.text import hyphens

STATUS_LABELS = {
    "verified": "",
    "partial": QT_TRANSLATE_NOOP("render", "unverified: fragment"),  # translated when shown
    "collated": QT_TRANSLATE_NOOP("render", "unverified: editorial collation"),
    "translation": QT_TRANSLATE_NOOP("render", "unverified: editorial translation"),
    "missing": QT_TRANSLATE_NOOP("render", "not available"),
    "supplied": QT_TRANSLATE_NOOP("render",
                                  "supplied by a reader from an edition, not verified"),
}
MARK_BG = "#ffe680"
DEFAULT_HIGHLIGHT = "#ffe066"  # an annotation without a colour of its own
ON_LIGHT_TEXT = "#1d1d1d"  # text on the pale highlight colours, whatever the palette
ON_LIGHT_LINK = "#123a70"  # links on the pale highlight colours: >= 4.5:1 on each


@dataclass(frozen=True)
class Theme:
    """Colours taken from the platform palette (light, dark or high-contrast)."""

    link: str = "#1a5fb4"
    status: str = "#a51d2d"
    muted: str = "#5e5c64"
    banner_bg: str = "#fdf0d5"
    banner_text: str = "#3d3846"

    @staticmethod
    def dark(link: str, muted: str) -> Theme:
        return Theme(link=link, status="#ff938a", muted=muted, banner_bg="#4a3b12",
                     banner_text="#f6f5f4")


@dataclass(frozen=True)
class Span:
    """A range of a passage's anchoring text: a link, a highlight, or both."""

    start: int
    end: int
    href: str | None = None
    background: str | None = None


def note_spans(corpus: Corpus, lang: str, pid: str) -> list[Span]:
    """Links for every editorial note anchored in this passage."""
    passage = corpus.passage(lang, pid)
    if passage is None:
        return []
    spans = []
    text = passage.text
    for note in corpus.notes.values():
        for t in note.targets:
            if t.lang != lang or t.passage != pid:
                continue
            start = find_quote(text, t.exact, t.prefix, t.suffix)
            if start >= 0:
                spans.append(Span(start, start + len(t.exact), f"dv:note/{note.id}"))
    return spans


def find_quote(text: str, exact: str, prefix: str = "", suffix: str = "") -> int:
    """The first start of the quote in `text`, or -1."""
    starts = quote_starts(text, exact, prefix, suffix)
    return starts[0] if starts else -1


class Styles:
    """Element styles as classes of one style sheet (the document's <head>), instead of
    a style attribute on each of thousands of elements: less HTML for Qt to parse."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self._classes: dict[tuple[bool, str], str] = {}

    def attr(self, link: bool, background: str | None) -> str:
        """The class attribute of a link (or plain span) on `background` (or none)."""
        if background is None:
            return ""  # a plain link: the sheet's `a` rule
        key = (link, background)
        if key not in self._classes:
            self._classes[key] = f"{'h' if link else 's'}{len(self._classes)}"
        return f' class="{self._classes[key]}"'

    def sheet(self) -> str:
        rules = [f"a {{ color:{self.theme.link}; text-decoration:none; }}"]
        for (link, background), name in self._classes.items():
            color = ON_LIGHT_LINK if link else ON_LIGHT_TEXT
            rules.append(f".{name} {{ color:{color}; background-color:{background}; }}")
        return "<style>" + " ".join(rules) + "</style>"


def _render_run(text: str, spans: list[Span], theme: Theme = Theme(),
                styles: Styles | None = None, soft_hyphens: tuple[int, ...] = ()) -> str:
    """Escape `text`, wrapping the parts covered by spans (offsets relative to `text`).
    With `styles`, elements name classes of its sheet; otherwise they carry their style.
    `soft_hyphens`: offsets in `text` before which a soft hyphen is drawn (hyphens.points).

    One sweep over the span boundaries with two heaps (the innermost link; the first
    background in the caller's order), so thousands of overlapping highlights stay fast."""
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for i, s in enumerate(spans):
        a, b = max(0, s.start), min(len(text), s.end)
        if a < b:
            opening.setdefault(a, []).append(i)
            closing.setdefault(b, []).append(i)
    points = sorted({0, len(text), *opening, *closing})
    closed = [False] * len(spans)
    # The innermost link wins; on a tie the reader's own annotation beats an editorial note.
    links: list[tuple[int, bool, int]] = []
    backgrounds: list[int] = []
    runs: list[tuple[tuple[str | None, str | None], list[str]]] = []
    out = []
    for a, b in zip(points, points[1:], strict=False):
        for i in closing.get(a, ()):
            closed[i] = True
        for i in opening.get(a, ()):
            s = spans[i]
            if s.href:
                heapq.heappush(links, (s.end - s.start, s.href.startswith("dv:note/"), i))
            if s.background:
                heapq.heappush(backgrounds, i)
        while links and closed[links[0][2]]:
            heapq.heappop(links)
        while backgrounds and closed[backgrounds[0]]:
            heapq.heappop(backgrounds)
        background = spans[backgrounds[0]].background if backgrounds else None
        href = spans[links[0][2]].href if links else None
        piece = hyphens.insert(text[a:b], soft_hyphens, a) if soft_hyphens else text[a:b]
        if runs and runs[-1][0] == (href, background):  # a boundary that changes nothing
            runs[-1][1].append(piece)  # shown: one element, not two
        else:
            runs.append(((href, background), [piece]))
    for (href, background), pieces in runs:
        chunk = html.escape("".join(pieces)).replace("\n", "<br>")
        if not href and not background:
            out.append(chunk)
            continue
        if styles is not None:  # a class of the document's one sheet
            attr = styles.attr(bool(href), background)
        else:
            style = f"background-color:{background};" if background else ""
            attr = (f' style="color:{ON_LIGHT_LINK if background else theme.link};'
                    f'text-decoration:none;{style}"' if href
                    else f' style="{style}color:{ON_LIGHT_TEXT};"')
        # No title attribute on a link: Qt would show it as a rich-text tooltip. The pane
        # shows its own escaped preview on hover instead.
        out.append(f'<a href="{html.escape(href)}"{attr}>{chunk}</a>' if href
                   else f"<span{attr}>{chunk}</span>")
    return "".join(out)


# The QTextBlock.userState() of a notice's paragraph: the app's words, not the declaration's
# (find-in-text skips them).
NOTICE_BLOCK = 0x4E4F


# A status other than verified is a mark in the margin, left of the paragraph, with a legend at
# the top of the text and the full words in its tooltip; exports keep the words (STATUS_LABELS).
STATUS_MARKS = {"translation": "†", "collated": "‡", "partial": "*", "missing": "∅",
                "supplied": "⊕"}  # a reader's supply: ui/text/supplied_view.py shows it
# The margin the marks hang in, and the document's tab stop distance: wider than a mark in
# small type in any face (a CJK face draws † full-width), so the tab after it always lands on
# the first stop and the first line starts where the others do.
GUTTER_PX = 18


def status_mark(lang: str, pid: str, n: str, status: str, theme: Theme = Theme()) -> str:
    """The margin mark (a link to where the wording comes from) and the tab that brings the
    paragraph's first line back to the text's edge; empty for verified wording."""
    if status == "verified":
        return ""
    return (f'<a href="dv:provenance/{lang}/{pid}/{html.escape(n)}" '
            f'style="color:{theme.status};font-weight:bold;font-size:small;'
            f'text-decoration:none;">'
            f"{STATUS_MARKS[status]}</a>\t")


def paragraph_style(marked: bool) -> str:
    """Every paragraph keeps the gutter; a marked one hangs its first line into it."""
    return (f"margin-left:{GUTTER_PX}px;"
            + (f"text-indent:-{GUTTER_PX}px;" if marked else ""))


def status_legend(statuses: set[str], theme: Theme = Theme()) -> str:
    """What the margin marks shown mean (nothing when every paragraph shown is verified)."""
    shown = [s for s in STATUS_MARKS if s in statuses]
    if not shown:
        return ""
    items = " · ".join(f'<b style="color:{theme.status};">{STATUS_MARKS[s]}</b> '
                       f"{html.escape(translate('render', STATUS_LABELS[s]))}" for s in shown)
    said = html.escape(translate("render", "Marks in the margin: {marks}. Click a mark to see "
                                 "where the wording comes from.")).replace("{marks}", items)
    return (f'<p style="-qt-user-state:{NOTICE_BLOCK};color:{theme.muted};font-size:small;'
            f'margin-left:6px;margin-right:6px;">{said}</p>')


def crowded_notice(lang: str, pid: str, shown: int, total: int, theme: Theme = Theme()
                   ) -> str:
    """Said in a passage whose highlights are not all drawn, with a link to all of them."""
    return (f'<p style="-qt-user-state:{NOTICE_BLOCK};color:{theme.muted};font-size:small;">'
            + html.escape(translate("render", "Showing {shown:,} of {total:,} highlights in "
                                    "this passage (the most recently changed) — ").format(
                shown=shown, total=total))
            + f'<a href="dv:highlights/{html.escape(lang)}/{html.escape(pid)}" '
            f'style="color:{theme.link};text-decoration:underline;">'
            + html.escape(translate("render", "list all in the Annotations panel")) + "</a></p>")


def render_passage(corpus: Corpus, passage: Passage, extra: list[Span],
                   missing_text: str, theme: Theme = Theme(),
                   styles: Styles | None = None, hyphenate: bool = False) -> str:
    """One passage in one language: its paragraphs with links, marks and status marks.
    `hyphenate`: soft hyphens where Russian and English words may break (drawn text only)."""
    lang = passage.lang
    spans = note_spans(corpus, lang, passage.id) + extra
    offsets = {para.n: (start, end) for para, start, end in passage.paragraph_spans()}
    shown = (lambda text: hyphens.hyphenated(lang, text)) if hyphenate else (lambda text: text)
    parts = []
    for para in passage.paragraphs:  # in order: a missing paragraph says so in its place
        mark = status_mark(lang, passage.id, para.n, para.status, theme)
        style = paragraph_style(bool(mark))
        if para.n not in offsets:
            where = passage.label
            if len(passage.paragraphs) > 1:
                where += PARA_LABEL.get(lang, PARA_LABEL["en"]).format(para.n)
            said = f"{html.escape(shown(missing_text))} ({html.escape(shown(where))})"
            # Never a slanted CJK face (a synthetic oblique): brackets set it apart instead.
            said = f"〔{said}〕" if lang == "ja" else f"<i>{said}</i>"
            # anchored like a paragraph: the caret in a gap names it (supplying its wording)
            anchor = f'<a name="{lang}-{passage.id}.{html.escape(para.n)}"></a>'
            parts.append(f'<p style="white-space:pre-wrap;{style}color:{theme.muted};">'
                         f"{mark}{anchor}{said}</p>")
            continue
        start, end = offsets[para.n]
        local = [Span(max(s.start, start) - start, min(s.end, end) - start, s.href,
                      s.background)
                 for s in spans if s.start < end and s.end > start]
        soft = hyphens.points(lang, para.text) if hyphenate else ()
        body = _render_run(para.text, local, theme, styles, soft)
        if para.status == "translation" and lang != "ja":  # never slant CJK
            body = f"<i>{body}</i>"
        anchor = f'<a name="{lang}-{passage.id}.{html.escape(para.n)}"></a>'
        # pre-wrap: runs of spaces (内閣総理大臣 鳩山一郎 lists) are kept, so a position
        # in the document is a position in the paragraph's text (marks, selections) but
        # for the soft hyphens (hyphens.to_drawn / to_text)
        parts.append(f'<p style="white-space:pre-wrap;{style}">{mark}{anchor}{body}</p>')
    return "".join(parts)


def render_variants(passage: Passage, theme: Theme, named: bool, hyphenate: bool) -> str:
    """The passage's variant readings; `named`: say whose text they vary (several columns
    shown, the variants under all of them)."""
    shown = (lambda text: hyphens.hyphenated(passage.lang, text)) if hyphenate else str
    heading = (translate("render", "Variant reading of the {language} text").format(
        language=LANG_NAMES[passage.lang]) if named else translate("render", "Variant reading"))
    return "".join(
        f'<p style="margin-left:{GUTTER_PX}px;color:{theme.muted};"><b>'
        f"{html.escape(heading)}</b> — {html.escape(shown(v.label))}:<br>"
        f"“{html.escape(shown(v.text))}”</p>" for v in passage.variants)


# "(art. 9, para. 1)" in each text's own language: абзац; 段落 (a paragraph of the 項).
PARA_LABEL = {"en": ", para. {}", "ru": ", абз. {}", "ja": " 第{}段落"}
MISSING_TEXT = {
    "en": "The English wording of this part could not be checked and is not shown",
    "ru": "Русский текст этой части не удалось сверить с изданием; он не приводится",
    "ja": "この部分の日本語正文は確認できなかったため掲載していません",
}


def render_document(corpus: Corpus, langs: list[str],
                    marks: dict[tuple[str, str], list[Span]] | None = None,
                    theme: Theme = Theme(),
                    crowded: dict[tuple[str, str], tuple[int, int]] | None = None,
                    hyphenate: bool = False) -> str:
    """The whole declaration in one or more languages, aligned passage by passage.
    `crowded`: (shown, total) highlights of passages not all of whose highlights are drawn;
    `hyphenate`: soft hyphens in Russian and English words, for the screen only."""
    marks, crowded = marks or {}, crowded or {}
    width = 100 // max(1, len(langs))
    # One table per passage, not one for the document: Qt lays a table out whole, but a
    # document's top-level frames lazily, so the first paint lays out only what shows.
    # Equal percentage widths keep the columns aligned from table to table.
    table = '<table width="100%" cellspacing="0" cellpadding="6">'
    styles = Styles(theme)
    out = ['<body style="font-size:11pt;">']
    if len(langs) > 1:
        out.append(table + "<tr>" + "".join(
            f'<th width="{width}%" align="left">{html.escape(LANG_NAMES[lang])}</th>'
            for lang in langs) + "</tr></table>")
    out.append(status_legend({para.status for lang in langs
                              for passage in corpus.texts[lang].passages
                              for para in passage.paragraphs}, theme))
    first = corpus.texts[langs[0]]
    for p in first.passages:
        # The passage's anchor opens its first cell: a row of its own would be blank space.
        out.append(f'{table}<tr>')
        variants = []
        for lang in langs:
            passage = corpus.passage(lang, p.id)
            if passage is None:
                continue
            label = html.escape(hyphens.hyphenated(lang, passage.label) if hyphenate
                                else passage.label)
            anchor = f'<a name="{p.id}"></a>' if lang == langs[0] else ""
            heading = (f'<h2>{anchor}{label}</h2>' if p.id == "title"
                       else f'<h3 style="margin-top:6px;margin-bottom:2px;">{anchor}{label}</h3>')
            body = render_passage(corpus, passage, marks.get((lang, p.id), []),
                                  MISSING_TEXT.get(lang, MISSING_TEXT["en"]), theme, styles,
                                  hyphenate)
            if (lang, p.id) in crowded:
                body += crowded_notice(lang, p.id, *crowded[(lang, p.id)], theme)
            out.append(f'<td valign="top" width="{width}%" lang="{lang}">{heading}{body}</td>')
            if passage.variants:
                variants.append(render_variants(passage, theme, len(langs) > 1, hyphenate))
        out.append("</tr>")
        if variants:  # under all the columns: one column's variants leave no blank in the others
            out.append(f'<tr><td colspan="{len(langs)}">{"".join(variants)}</td></tr>')
        out.append("</table>")
    out.append("</body></html>")
    if hyphenate:
        hyphens.remember()
    return f"<html><head>{styles.sheet()}</head>" + "".join(out)
