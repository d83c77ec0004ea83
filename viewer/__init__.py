"""Declaration Viewer: an offline reader for the Soviet-Japanese Joint Declaration of 1956.

Where things live (each package's docstring says more, and what it may import):
- ``corpus/``       the shipped content (data/) as a typed model, its checks and statuses; no Qt.
- ``annotations/``  the reader's own database: annotations, supplied wording, search, the
                    exchange formats (``formats/``: W3C, Hypothesis, CSV, Markdown); no Qt.
- ``edition/``      the edition as it leaves the app: one walk over passages and statuses,
                    the Markdown and TEI writers; no Qt.
- ``ui/``           everything Qt: one package per pane (``text/``, ``readings/``, ``map/``),
                    ``annotations/`` (panel, editor, exchange), ``common/`` (the Selection).
- ``cli``, ``annotations_cli``, ``edition_cli``, ``supply_cli``: the command line.
"""

__version__ = "0.1.0"
