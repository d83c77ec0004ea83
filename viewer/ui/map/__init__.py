"""The map pane: the islands from GSHHG coastlines, one job a module.

- ``pane``: MapPane, the assembler; applies the Selection to the parts below.
- ``scene``: what is drawn, built once (islands, lines, labels) and its geometry.
- ``items``: the island and line items and their styles (lines on one course drawn
  apart); ``labels``: the label item; ``placement``: the rule that says where each label
  goes (never on land, never on another label, leader lines); ``layout``: label texts,
  badges, and when they are placed again.
- ``view``: the QGraphicsView (zoom, pan, click, keyboard ring, graticule, scale, north).
- ``framing``: where the view looks (presets, a place centred, re-applied on resize).
- ``toolbar``: the actions and the header (one row, or two when narrow); ``years``: the
  year box, which lines a year draws, what it shows, where it looks.
- ``marks``: what a selection means on the map; ``describe``: tooltips and spoken text;
  ``access``: the islands as accessible items for screen readers.
- ``legend``: what is drawn, explained; ``projection``: lon/lat to scene units.

The waters' names and the lines' kinds come with the corpus (``Corpus.map_labels``, from
data/map_labels.json). May import: ``viewer.ui.common``, ``viewer.corpus``. Talks to
other panes only through the Selection.
"""
