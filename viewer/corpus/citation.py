"""How a passage of the declaration is cited and linked. No Qt."""

from __future__ import annotations

TITLE = "Joint Declaration, 19 October 1956"
UNTS = "UNTS No. 3768"
NAMES = {"title": "title", "preamble": "preamble", "closing": "closing formula",
         "signatures": "signatures"}


def passage_label(pid: str, para: str | None = None) -> str:
    """'art. 9, para. 2', 'art. 3(a)', 'preamble, para. 2'."""
    if pid.startswith("art-"):
        base = f"art. {pid.removeprefix('art-')}"
        if para and para.isalpha():
            return f"{base}({para})"
    else:
        base = NAMES.get(pid, pid)
    return f"{base}, para. {para}" if para else base


def passage_citation(pid: str, para: str | None = None) -> str:
    """'Joint Declaration, 19 October 1956, art. 9, para. 2, UNTS No. 3768'."""
    return f"{TITLE}, {passage_label(pid, para)}, {UNTS}"


def passage_link(pid: str, para: str | None = None) -> str:
    """A deep link the app opens (`--goto` accepts it too)."""
    return f"dv:passage/{pid}.{para}" if para else f"dv:passage/{pid}"
