"""What the main window builds after its first paint (issue 23), in the order it is built.

The first frame needs the three panes as they first show: the passages in view, the
readings list and its detail, the map. Everything else comes in the event-loop turns after
that paint, one part a turn (viewer/ui/common/later.py):

- needed for the window to be complete (`ready`): the user's annotation store (sqlite3 and
  sqlite-utils are imported then), and the text drawn again with its highlights;
- built ahead of use, after `ready`: the readings' hidden tabs (matrix, timeline, sources),
  the search and annotations docks, the note view under the text. Each is still built at
  once where it is wanted earlier (its property builds it), so nothing waits for its turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.ui.common.later import Later

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


def queue_the_rest(window: MainWindow, open_store: bool) -> Later:
    later = Later(window)
    if open_store:
        service = window.annotations
        later.add("annotation store", service._open_in_background)  # noqa: SLF001
        # The opening announces itself in a turn of its own (the text is drawn again with
        # the highlights); this part's turn comes after that one.
        later.add("highlights drawn", lambda: None)
    tabs = window.interpretations_pane.tabs
    later.add("readings matrix", lambda: tabs.matrix, ahead=True)
    later.add("readings timeline", lambda: tabs.timeline, ahead=True)
    later.add("readings sources", lambda: tabs.sources, ahead=True)
    later.add("docks", window.ensure_docks, ahead=True)
    later.add("note view", lambda: window.text_pane.note_view, ahead=True)
    return later
