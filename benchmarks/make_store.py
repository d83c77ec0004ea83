"""Generate a large annotation store for the benchmarks (issue 9). Deterministic.

Quotes are real spans of the shipped texts (all three languages), with random notes, tags,
colours, place links and about 2 % orphans (quotes that no longer occur in the text).

    python benchmarks/make_store.py 100000 /tmp/dv-100k.db [--seed 9]
    python benchmarks/make_store.py 10000 /tmp/dv-10k.json --json   # an export to import
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORDS = ("treaty peace islands fishing waters reading transfer return dispute article "
         "negotiation Habomai Shikotan Kunashir Iturup Moscow Tokyo 1956 ratified normal "
         "relations sovereignty claim note check source archive wording translation "
         "回復 平和条約 歯舞 色丹 国後 択捉 漁業 返還 "
         "мирный договор острова передача Хабомаи Шикотан Кунашир Итуруп").split()
TAGS = ("art-9", "fishing", "to-check", "sovereignty", "translation", "UN", "repatriation",
        "claims", "todo", "quote", "ratification", "reparations")
COLOURS = ("", "", "#ffe680", "#a0d8ef", "#f4b6c2", "#b5e7a0")
PLACES = ("habomai", "shikotan", "kunashir", "iturup")


def annotations(n: int, seed: int = 9) -> Iterator:
    """n Annotation records, deterministic for a seed (ids, texts and stamps included)."""
    from viewer.annotations.anchor import describe
    from viewer.annotations.model import Annotation

    rng = random.Random(seed)
    texts = [(k, t) for k, t in sorted(_texts().items()) if len(t) > 20]
    for i in range(n):
        (lang, passage), text = rng.choice(texts)
        length = rng.randint(3, min(80, len(text) - 1))
        start = rng.randrange(0, len(text) - length)
        quote, pos = describe(text, start, start + length)
        exact, s, e = quote.exact, pos.start, pos.end
        if rng.random() < 0.02:  # an orphan: this quote is no longer in the text
            exact = f"{exact} [removed passage {i}]"
        note = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
        stamp = f"20{20 + i * 7 // n:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}T12:00:00.000+00:00"
        yield Annotation(
            id=f"urn:uuid:00000000-0000-4000-8000-{i:012d}", lang=lang, passage=passage,
            exact=exact, prefix=quote.prefix, suffix=quote.suffix, start=s, end=e,
            note=note, tags=rng.sample(TAGS, rng.randint(0, 3)), color=rng.choice(COLOURS),
            places=rng.sample(PLACES, rng.choice((0, 0, 0, 1, 2))),
            created=stamp, modified=stamp)


def make_store(n: int, path: Path, seed: int = 9) -> Path:
    """A fresh store at path with n annotations (written in one import transaction)."""
    from viewer.annotations.store import AnnotationStore

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = AnnotationStore(path)
    try:
        if n:
            store.import_records(list(annotations(n, seed)))
        store.reanchor(_texts())  # orphan flags as the app would find them
    finally:
        store.close()
    return path


def make_export(n: int, path: Path, seed: int = 9) -> Path:
    """A JSON-LD export (the app's own format) of n annotations, for import benchmarks."""
    from viewer.annotations.formats import export_w3c

    with path.open("w", encoding="utf-8") as out:
        export_w3c(annotations(n, seed), out)
    return path


@functools.cache
def _texts() -> dict[tuple[str, str], str]:
    from viewer.corpus import load_corpus
    from viewer.paths import data_dir

    return load_corpus(data_dir()).passage_texts()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int)
    p.add_argument("path", type=Path)
    p.add_argument("--seed", type=int, default=9)
    p.add_argument("--json", action="store_true", help="write a JSON-LD export instead")
    args = p.parse_args(argv)
    (make_export if args.json else make_store)(args.n, args.path, args.seed)
    print(f"wrote {args.path} ({args.n} annotations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
