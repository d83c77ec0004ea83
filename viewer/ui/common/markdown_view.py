"""Our Markdown (notes, readings, user notes) as SAFE rich text. Pure Python, no Qt.

Everything is escaped first, so raw HTML in a note is shown as text, never rendered. Then a
small subset of Markdown is turned into tags: paragraphs, `- ` lists, `> ` quotes, **bold**,
*italic*, `code`, links and `[@source-id, locator]` citations. Links keep only the app's own
`dv:` scheme and http(s) (which the app opens only after the user confirms); any other scheme
is dropped to plain text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from viewer.escaping import safe_text

HEADING_RE = re.compile(r"^(#{1,4})\s+(\S.*)$")
CITE_RE = re.compile(r"\[@([A-Za-z0-9_.:-]+)(?:,\s*([^\]]*))?\]")
LINK_RE = re.compile(r"\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
ITALIC_RE = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"
                       r"|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")
CODE_RE = re.compile(r"`([^`]+)`")
SAFE_SCHEMES = ("dv:", "http://", "https://")

CiteLabel = Callable[[str, str | None], str]


def plain_tip(text: str) -> str:
    """A tooltip for text from data: Qt guesses rich text in tooltips, so the text is
    escaped inside an explicit paragraph and shows exactly as written."""
    return "<p>" + safe_text(text).replace("\n", "<br>") + "</p>"


def _inline(text: str, cite_label: CiteLabel | None) -> str:
    """Escape one block's text, then apply inline markup on the escaped text."""
    out = []
    pos = 0
    # Citations and links are found on the raw text so their targets are exact.
    tokens = sorted([(m.start(), m.end(), "cite", m) for m in CITE_RE.finditer(text)]
                    + [(m.start(), m.end(), "link", m) for m in LINK_RE.finditer(text)],
                    key=lambda t: t[0])
    for start, end, kind, m in tokens:
        if start < pos:
            continue
        out.append(_emphasis(safe_text(text[pos:start])))
        if kind == "cite":
            sid, locator = m.group(1), (m.group(2) or "").strip() or None
            label = cite_label(sid, locator) if cite_label else sid
            out.append(f'(<a href="dv:source/{html.escape(sid)}">{html.escape(label)}</a>)')
        else:
            label, target = m.group(1), m.group(2)
            if target.lower().startswith(SAFE_SCHEMES):
                out.append(f'<a href="{html.escape(target)}">'
                           f"{_emphasis(safe_text(label))}</a>")
            else:
                out.append(_emphasis(safe_text(label)))
        pos = end
    out.append(_emphasis(safe_text(text[pos:])))
    return "".join(out)


def _emphasis(escaped: str) -> str:
    escaped = CODE_RE.sub(r"<code>\1</code>", escaped)
    escaped = BOLD_RE.sub(r"<b>\1</b>", escaped)
    return ITALIC_RE.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", escaped)


def markdown_to_html(markdown: str, cite_label: CiteLabel | None = None) -> str:
    """Safe HTML for a Markdown text. `cite_label(id, locator)` names a citation."""
    paragraphs = re.split(r"\n\s*\n", markdown.replace("\r\n", "\n").strip())
    out = []
    for block in (b for p in paragraphs for b in _heading_lines_apart(p)):
        lines = block.split("\n")
        if all(re.match(r"\s*[-*]\s+", ln) for ln in lines if ln.strip()):
            items = [re.sub(r"^\s*[-*]\s+", "", ln) for ln in lines if ln.strip()]
            out.append("<ul>" + "".join(f"<li>{_inline(i, cite_label)}</li>" for i in items)
                       + "</ul>")
        elif all(ln.startswith(">") for ln in lines if ln.strip()):
            inner = " ".join(ln.lstrip(">").strip() for ln in lines)
            out.append(f"<blockquote>{_inline(inner, cite_label)}</blockquote>")
        elif m := HEADING_RE.match(block):
            level = min(6, len(m.group(1)) + 2)
            out.append(f"<h{level}>{_inline(m.group(2), cite_label)}</h{level}>")
        elif block.strip():
            out.append(f"<p>{_inline(' '.join(ln.strip() for ln in lines), cite_label)}</p>")
    return "".join(out)


def _heading_lines_apart(block: str) -> list[str]:
    """A "# heading" line is a block of its own, blank lines around it or not."""
    parts: list[str] = []
    lines: list[str] = []
    for line in block.split("\n"):
        if HEADING_RE.match(line):
            if lines:
                parts.append("\n".join(lines))
                lines = []
            parts.append(line)
        else:
            lines.append(line)
    if lines:
        parts.append("\n".join(lines))
    return parts


def markdown_to_plain(markdown: str) -> str:
    """The words of our Markdown without its markup (for search): links keep their text,
    citations and emphasis marks go."""
    text = CITE_RE.sub("", markdown)
    text = LINK_RE.sub(lambda m: m.group(1), text)
    text = re.sub(r"\*\*|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`", "", text)
    return re.sub(r"[ \t]+([.,;:])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()
