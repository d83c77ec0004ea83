"""Two processes share the store; SIGKILL during writes loses nothing reported saved."""

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from viewer.annotations.store import AnnotationStore

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    from viewer.annotations.model import new_annotation
    from viewer.annotations.store import AnnotationStore
    s = AnnotationStore(sys.argv[1])
    text = "Habomai and Shikotan " * 4
    for k in range(int(sys.argv[2])):
        a = s.add(new_annotation("en", "art-9", text, 0, 7, note=sys.argv[3] + str(k),
                                 tags=["t" + str(k % 7)]))
        print(a.id, flush=True)  # reported saved: after the commit returned
""")


def _writer(db, n, tag):
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(n), tag],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_two_processes_write_concurrently(tmp_path):
    db = tmp_path / "a.db"
    AnnotationStore(db).close()
    procs = [_writer(db, 60, "p1-"), _writer(db, 60, "p2-")]
    ids = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        ids += out.split()
    s = AnnotationStore(db)
    assert s.count() == 120 and {a.id for a in s.list(limit=None)} == set(ids)
    assert s.integrity_check() == "ok"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_sigkill_during_writes(tmp_path):
    db = tmp_path / "a.db"
    AnnotationStore(db).close()
    rng = random.Random(1956)
    reported: list[str] = []
    for round_ in range(8):
        p = _writer(db, 100_000, f"r{round_}-")
        lines = []
        target = rng.randint(1, 40)
        while len(lines) < target:
            line = p.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        reported += [x for x in lines if x]
        s = AnnotationStore(db)
        assert s.integrity_check() == "ok"
        present = {a.id for a in s.list(limit=None)}
        assert set(reported) <= present
        s.close()
