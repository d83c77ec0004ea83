"""What a Hypothesis export adds to the W3C mapping (no Qt): its containers
(``annotations`` of the client's export, ``rows`` of an API search), its short ids, and
its untyped annotations' ``text`` and ``tags`` fields. Targets and selectors are read as
W3C ones. May import: ``core``.
"""

from __future__ import annotations

import uuid
from typing import Any

from .core import _opt_str, _Parsed, _reject, _type_name, _types

CONTAINER_KEYS = ("annotations", "rows")  # client export / API search result


def is_hypothesis(obj: dict) -> bool:
    """An annotation without a ``type`` is read as Hypothesis's."""
    return not _types(obj)


def items(doc: dict) -> list[tuple[str, Any]] | None:
    """(path, annotation) of a Hypothesis container, or None if `doc` is not one."""
    for key in CONTAINER_KEYS:
        if key in doc:
            v = doc[key]
            if not isinstance(v, list):
                raise _reject(key, f"expected a list, got {_type_name(v)}")
            return [(f"{key}[{i}]", x) for i, x in enumerate(v)]
    return None


def annotation_id(raw: str) -> str:
    """A Hypothesis id (not an IRI) as a stable IRI."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'https://hypothes.is/a/' + raw)}"


def read_fields(obj: dict, path: str, p: _Parsed) -> None:
    """The note (``text``) and ``tags`` of a Hypothesis annotation."""
    text = _opt_str(obj, "text", path)
    if text:
        p.notes.append(text)
    if obj.get("tags") is not None:
        tags = obj["tags"]
        if not isinstance(tags, list):
            raise _reject(f"{path}.tags", f"expected a list, got {_type_name(tags)}")
        for i, t in enumerate(tags):
            if not isinstance(t, str):
                raise _reject(f"{path}.tags[{i}]", f"expected a string, got {_type_name(t)}")
            p.tags.append(t)
