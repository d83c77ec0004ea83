"""Everything Qt: the window and its three linked panes.

Read top-down:
- ``app``            start-up: QApplication, settings, the store, the window (or a screenshot).
- ``main_window``    only assembles: menus, docks, the panes, and the one Selection.
- ``window_later``   what the window builds after its first paint (issue 23), in order.
- ``window_layout``  the window's saved layout: geometry, splitters, tab, open docks.
- ``common/``        what every pane shares: the Selection, links, dialogs, fonts,
                     preferences, the Markdown view, citations and claim vocabulary.
- ``text/``          the declaration text pane: columns, rendering, find, highlights,
                     the note under the text, About this text, PDF export.
- ``readings/``      the readings (interpretations) pane: list, detail, matrix, timeline, sources.
- ``map/``           the map pane: view, island and label items, legend, projection.
- ``annotations/``   the user's annotations: panel, editor, exchange (import/export),
                     service (undo, change events), search panel, background re-anchoring.

Imports: panes import ``common`` and the Qt-free layers (``viewer.corpus``,
``viewer.annotations``), never each other; only ``main_window`` and ``app`` import the panes.
``ui`` never writes SQL: it calls the store.
"""
