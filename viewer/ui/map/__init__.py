"""The map pane: the islands from GSHHG coastlines. ``pane`` assembles the toolbar, the
view and the legend; ``view`` is the QGraphicsView (zoom presets, keyboard ring);
``items`` draws islands, lines and labels; ``legend`` explains what is drawn;
``projection`` maps longitude/latitude to scene units.

May import: ``viewer.ui.common``, ``viewer.corpus``. Talks to other panes only through the
Selection.
"""
