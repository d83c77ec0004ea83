"""No code path opens a network connection: the guard works, and Qt's network module is
never even loaded by the app."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from net_guard import NetworkUsed

REPO = Path(__file__).resolve().parents[1]


def test_guard_blocks_internet_sockets() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(NetworkUsed):
        s.connect(("192.0.2.1", 80))
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)


def test_app_never_loads_a_network_module(tmp_path: Path) -> None:
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"os.environ['DECLARATION_VIEWER_HOME'] = {str(tmp_path)!r}\n"
        "from viewer.cli import main\n"
        "rc = main(['--self-check', '--goto', 'place:shikotan'])\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtNetwork', "
        "'urllib.request', 'http.client', 'requests', 'ssl')))\n"
        "print('LOADED', bad)\n"
        "sys.stdout.flush()\n"
        "os._exit(3 if bad else rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
