"""SIGKILL in the middle of command-line imports, many times: the database stays intact, and
each file is in it whole or not at all; an import reported done is always there.

The kill comes after the importer reports writing progress (inside its transaction), or at a
random moment, so both "mid-write" and "any time" are covered without relying on timing."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PER_FILE = 3000  # the first progress report comes at 500: 2,500 rows still to write


def _file(path: Path, seed: int) -> set[str]:
    rng = random.Random(seed)
    words = ["Habomai Islands", "Shikotan", "Peace Treaty", "diplomatic relations"]
    items, ids = [], set()
    for _ in range(PER_FILE):
        aid = f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}"
        ids.add(aid)
        items.append({
            "@context": "http://www.w3.org/ns/anno.jsonld", "id": aid, "type": "Annotation",
            "body": [{"type": "TextualBody", "value": f"note {rng.random()}"}],
            "target": {"source": "urn:declaration-viewer:jd1956:en:art-9",
                       "selector": {"type": "TextQuoteSelector",
                                    "exact": rng.choice(words)}}})
    path.write_text(json.dumps(items), encoding="utf-8")
    return ids


def _ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT id FROM annotations")}


def test_sigkill_during_cli_imports(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    env = dict(os.environ, DECLARATION_VIEWER_HOME=str(tmp_path / "home"))
    rng = random.Random(1956)
    expected: set[str] = set()
    killed = completed = 0
    for round_ in range(10):
        source = tmp_path / f"batch{round_}.json"
        ids = _file(source, round_)
        proc = subprocess.Popen(
            [sys.executable, "-m", "viewer", "annotations", "import", str(source),
             "--db", str(db), "--progress"], cwd=REPO, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        if round_ % 3 != 2:  # mid-write: after the first progress report
            line = proc.stderr.readline()
            assert line.startswith("writing "), line
        else:  # whenever: during start-up, parsing or writing
            try:
                proc.wait(timeout=rng.uniform(0.05, 1.0))
            except subprocess.TimeoutExpired:
                pass
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        present = _ids(db) if db.exists() else set()
        if out.startswith("imported"):
            completed += 1
            expected |= ids  # reported saved: must be there
        assert expected <= present
        new = present - expected
        assert new in (set(), ids), "an import must land whole or not at all"
        if new:
            expected |= ids
        else:
            killed += 1
    assert killed >= 5, "the mid-write kills must have interrupted (nearly all) their imports"
    assert len(_ids(db)) == len(expected)
