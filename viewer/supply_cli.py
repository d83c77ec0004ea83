"""`declaration-viewer edition supply|supplied` — supplied wording from the shell. No Qt.

    edition supply --lang ru --ref art-9.1 --edition TEXT --page N
                   (--text TEXT | --text-file F) [--remark TEXT] [--db PATH]
    edition supplied [--json] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_FAIL = 0, 1


def _say(message: str) -> None:
    print(f"declaration-viewer: {message}", file=sys.stderr)


def _read_text(args: argparse.Namespace) -> str | None:
    if args.text is not None:
        return args.text
    from viewer.annotations.supplies import SUPPLY_MAX_CHARS

    try:
        with open(args.text_file, encoding="utf-8") as f:
            # one character past the limit is enough to say it is too long
            return f.read(SUPPLY_MAX_CHARS * 4 + 1)
    except UnicodeDecodeError:
        _say(f"{args.text_file} is not UTF-8 text")
    except OSError as exc:
        _say(f"cannot read {args.text_file}: {exc.strerror or exc}")
    return None


def supply(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(
        prog="declaration-viewer edition supply",
        description="Supply a paragraph's wording from an edition you hold. It is stored in "
                    "your annotation database, marked as supplied, never as verified.")
    p.add_argument("--lang", required=True, choices=("en", "ru", "ja"))
    p.add_argument("--ref", required=True, help="the paragraph: art-9.1, art-3.a, closing.2")
    p.add_argument("--edition", required=True,
                   help="the edition: author, title, year (or a URL)")
    p.add_argument("--page", required=True, help="the page (or pages) in that edition")
    p.add_argument("--remark", default="", help="anything a reader should know")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help="the wording")
    src.add_argument("--text-file", type=Path, help="a UTF-8 file holding the wording")
    p.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    args = p.parse_args(argv)

    from viewer.annotations.store import StoreError
    from viewer.annotations.supplies import Supply, SupplyError, check_supply, parse_paragraph_ref
    from viewer.annotations_cli import _open
    from viewer.corpus import CorpusError, load_corpus
    from viewer.paths import data_dir

    text = _read_text(args)
    if text is None:
        return EXIT_FAIL
    try:
        corpus = load_corpus(data_dir())
        passage, n = parse_paragraph_ref(args.ref)
        s = check_supply(corpus, Supply(lang=args.lang, passage=passage, n=n, text=text,
                                        edition=args.edition, page=args.page,
                                        remark=args.remark))
    except (SupplyError, CorpusError) as exc:
        _say(str(exc))
        return EXIT_FAIL
    with tempfile.TemporaryDirectory() as scratch:
        store = _open(args.db, write=True, scratch=Path(scratch))
        if store is None:
            return EXIT_FAIL
        try:
            store.add_supply(s)
        except StoreError as exc:
            _say(str(exc))
            return EXIT_FAIL
        finally:
            store.close()
    print(f"supplied {args.lang} {s.ref} ({len(s.text):,} characters), {s.label()}")
    return EXIT_OK


def supplied(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="declaration-viewer edition supplied",
                                description="List the wording supplied in your database.")
    p.add_argument("--json", action="store_true", help="one JSON array of W3C annotations")
    p.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    args = p.parse_args(argv)

    from viewer.annotations.supplies import to_w3c
    from viewer.annotations_cli import _open

    with tempfile.TemporaryDirectory() as scratch:
        store = _open(args.db, write=False, scratch=Path(scratch))
        if store is None:
            return EXIT_FAIL
        try:
            items = store.supplies()
        finally:
            store.close()
    if args.json:
        print(json.dumps([to_w3c(s) for s in items], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not items:
        print("no supplied text in this database")
    for s in items:
        first = " ".join(s.text.split())
        first = first if len(first) <= 70 else first[:69] + "…"
        print(f"{s.lang} {s.ref}: {first}\n    {s.label()}; {s.created[:10]}")
    return EXIT_OK
