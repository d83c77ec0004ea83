"""Build the one-folder bundle with PyInstaller (build.spec) and pack it as a tar.gz.

    python tools/build_bundle.py            # dist/declaration-viewer/ and
                                            # dist/declaration-viewer-<version>-linux-x86_64.tar.gz
                                            # (with install.sh: tools/build_tarball.py)
    python tools/build_bundle.py --no-pack  # build only

Needs the `bundle` extra (pip install -e '.[bundle]') and, on Linux, binutils.
Prints the bundle size; --max-mb N exits 1 when the folder is larger (the CI budget).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_tarball  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NAME = "declaration-viewer"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from viewer import __version__

    return __version__


def build() -> Path:
    import build_translations  # the .qm files the bundle ships (build.spec builds them too)

    if build_translations.main([]) != 0:
        raise SystemExit("could not compile the interface translations")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(ROOT / "build.spec")]
    subprocess.run(cmd, check=True, cwd=ROOT)
    return DIST / NAME


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--no-pack", action="store_true", help="build the folder only")
    p.add_argument("--max-mb", type=float, help="fail if the folder is larger (MB = 10^6 bytes)")
    args = p.parse_args(argv)
    ver = version()
    folder = build()
    size_mb = folder_size(folder) / 1e6
    print(f"bundle: {folder.relative_to(ROOT)} {size_mb:.1f} MB")
    if not args.no_pack:
        archive = build_tarball.pack(folder, ver)
        print(f"archive: {archive.relative_to(ROOT)} {archive.stat().st_size / 1e6:.1f} MB")
    if args.max_mb is not None and size_mb > args.max_mb:
        print(f"bundle is {size_mb:.1f} MB, over the {args.max_mb:g} MB budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
