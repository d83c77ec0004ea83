"""Test setup: Qt runs offscreen, and nothing a test does touches the real user folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads anywhere

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mini_data import write_mini_data  # noqa: E402
from net_guard import NetworkUsed  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Fail the suite if anything opens an internet socket or resolves a host name."""
    import socket

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(real):  # noqa: ANN001, ANN202
        def connect(self, address):  # noqa: ANN001, ANN202
            if self.family in (socket.AF_INET, socket.AF_INET6):
                raise NetworkUsed(f"network connection attempted to {address!r}")
            return real(self, address)
        return connect

    def no_lookup(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise NetworkUsed(f"host name lookup attempted: {args[:1]!r}")

    saved = (socket.getaddrinfo, socket.create_connection)
    socket.socket.connect = guarded(real_connect)
    socket.socket.connect_ex = guarded(real_connect_ex)
    socket.getaddrinfo = no_lookup
    socket.create_connection = no_lookup
    yield
    socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex
    socket.getaddrinfo, socket.create_connection = saved


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
