"""Test setup: Qt runs offscreen, and nothing a test does touches the real user folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads anywhere

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mini_data import write_mini_data  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DECLARATION_VIEWER_HOME", str(home))
    yield home


@pytest.fixture
def mini_data(tmp_path: Path) -> Path:
    return write_mini_data(tmp_path / "data")


@pytest.fixture
def mini_corpus(mini_data: Path):
    from viewer.corpus import load_corpus

    return load_corpus(mini_data)


@pytest.fixture(scope="session")
def corpus():
    """The shipped content."""
    from viewer.corpus import load_corpus

    return load_corpus(REPO / "data")
