"""Interface translations: refresh the .ts sources from the code, compile them to .qm.

    python tools/build_translations.py            # resources/i18n/*.ts -> resources/i18n/*.qm
    python tools/build_translations.py --out DIR  # ... into DIR instead
    python tools/build_translations.py --update   # pyside6-lupdate: add the code's new strings
                                                  # to the .ts files, drop vanished ones (the
                                                  # English .ts: only the plural "%n" strings)

The .qm files are build products (git-ignored): tools/build_bundle.py and build.spec call this,
and the app compiles a missing or stale .qm itself when started from a source checkout
(viewer/translations.py). Translate the entries that --update marks "unfinished" (Qt
Linguist: pyside6-linguist, or any editor), keeping resources/i18n/GLOSSARY.md's terms;
tests/ui/test_i18n.py fails while any is left, or while the code has a string the .ts lacks.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer import translations  # noqa: E402

#: What lupdate scans: every Python file of the app (strings are marked with tr()/translate()).
SOURCES = [ROOT / "viewer"]
# No line numbers in the .ts: they would change with every edit of the code and make merges of
# the .ts files conflict; the context (class name) and the source text identify a string.
LUPDATE_OPTIONS = ["-extensions", "py", "-locations", "none", "-source-language", "en"]


def lupdate(ts_files: list[Path], *, keep_obsolete: bool = False,
            plurals_only: bool = False) -> str:
    """Run pyside6-lupdate over SOURCES into `ts_files` (created if missing); its report.
    `plurals_only`: only the "%n …" strings (the English .ts)."""
    tool = translations.qt_tool("lupdate")
    if tool is None:
        raise SystemExit("lupdate not found: install PySide6 (pip install -e .)")
    cmd = [str(tool), *LUPDATE_OPTIONS, *(["-no-obsolete"] if not keep_obsolete else []),
           *(["-pluralonly"] if plurals_only else []),
           *map(str, SOURCES), "-ts", *map(str, ts_files)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--update", action="store_true",
                   help="refresh the .ts files from the code (pyside6-lupdate) instead")
    p.add_argument("--out", type=Path, help="write the .qm files here (default: beside the .ts)")
    args = p.parse_args(argv)
    if args.update:
        print(lupdate([translations.ts_path(lang) for lang in translations.TRANSLATED]).strip())
        print(lupdate([translations.ts_path(translations.PLURALS_ONLY)],
                      plurals_only=True).strip())
        return 0
    try:
        built = translations.build_all(args.out)
    except OSError as exc:
        print(f"build_translations: {exc}", file=sys.stderr)
        return 1
    for qm in built:
        print(f"wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
