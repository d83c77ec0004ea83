"""Fixtures for the annotation tests (no Qt)."""

from __future__ import annotations

import pytest
from ann_texts import make_texts


@pytest.fixture
def texts() -> dict[tuple[str, str], str]:
    return make_texts()
