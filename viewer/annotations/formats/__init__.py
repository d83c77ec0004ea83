"""The exchange formats: export (W3C Web Annotation JSON-LD, CSV, Markdown) and import
(W3C, Hypothesis) — one module per format on one validation core (no Qt).

- ``core``: the validation core every import goes through: size cap, strict UTF-8 JSON,
  depth and surrogate checks, one-line :class:`ImportRejected` messages (what and where),
  field readers, and anchoring a parsed annotation into a record;
- ``w3c``: the W3C Web Annotation mapping, both ways (see below);
- ``hypothesis``: what a Hypothesis export adds to it (its containers, ids, text, tags);
- ``csv_format``: CSV export (formula-injection guarded, lists joined with ``;``);
- ``markdown``: Markdown export grouped by article;
- ``exchange``: the entry points between a store and a file: :func:`export_store`,
  :func:`import_bytes`, :func:`import_file`.

May import: ``viewer.corpus.model`` (passage ids), this package's ``anchor`` and
``model``; only ``exchange`` imports the store.

W3C mapping (export; import accepts the same and is lenient about extras):
- note: TextualBody, purpose ``commenting``, format ``text/markdown``;
- each tag: TextualBody, purpose ``tagging``;
- colour: TextualBody, purpose ``highlighting``, value ``#rrggbb`` (keeps ``@context``
  the plain anno.jsonld context: no extension terms needed);
- place / reading links: SpecificResource bodies, purpose ``linking``, source
  ``urn:declaration-viewer:place:<id>`` / ``urn:declaration-viewer:interp:<id>``;
- import origin (a source IRI that was not ours): the annotation's ``via``;
- target: ``source`` = passage IRI, ``selector`` = [TextQuoteSelector, TextPositionSelector];
- ``dv:textStatus``: the status mark of the wording quoted (export only; CSV
  ``text_status``, Markdown beside the language);
- supplied wording: motivation ``editing`` (``viewer.annotations.supplies``), written and
  read in the same file and transaction as the annotations.

Import is all-or-nothing: the whole file is read, parsed, validated and anchored first,
then written in one transaction. Any problem raises :class:`ImportRejected` with one
line saying what and where (``annotations[3].target.selector: expected ...``).
"""

from __future__ import annotations

from ..store import ImportReport
from .core import MAX_IMPORT_BYTES, ImportRejected, decode_json
from .csv_format import CSV_COLUMNS, export_csv, split_joined
from .exchange import EXPORT_ONLY_SUFFIXES, export_store, import_bytes, import_file
from .markdown import LANG_NAMES, export_markdown, passage_label
from .w3c import W3C_CONTEXT, WORK_IRI, export_w3c, parse_annotations, to_w3c

__all__ = [
    "CSV_COLUMNS", "EXPORT_ONLY_SUFFIXES", "LANG_NAMES", "MAX_IMPORT_BYTES", "W3C_CONTEXT",
    "WORK_IRI", "ImportRejected", "ImportReport", "decode_json", "export_csv",
    "export_markdown", "export_store", "export_w3c", "import_bytes", "import_file",
    "parse_annotations", "passage_label", "split_joined", "to_w3c",
]
