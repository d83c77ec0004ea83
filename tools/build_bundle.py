"""Build the one-folder bundle with PyInstaller (build.spec) and pack it as a tar.gz.

    python tools/build_bundle.py            # dist/declaration-viewer/ and
                                            # dist/declaration-viewer-<version>-linux-x86_64.tar.gz
    python tools/build_bundle.py --no-pack  # build only

Needs the `bundle` extra (pip install -e '.[bundle]') and, on Linux, binutils.
Prints the bundle size; --max-mb N exits 1 when the folder is larger (the CI budget).
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NAME = "declaration-viewer"

INSTALL_NOTE = """Declaration Viewer {version} for Linux (x86-64)
==================================================

Run without installing:
    ./declaration-viewer/declaration-viewer

Install for your user (menu entry and icon):
    APPS=~/.local/share/applications ICONS=~/.local/share/icons/hicolor/scalable/apps
    mkdir -p ~/.local/opt ~/.local/bin "$APPS" "$ICONS"
    cp -r declaration-viewer ~/.local/opt/
    ln -sf ~/.local/opt/declaration-viewer/declaration-viewer ~/.local/bin/
    cp declaration-viewer/_internal/resources/declaration-viewer.desktop "$APPS"/
    cp declaration-viewer/_internal/resources/declaration-viewer.svg "$ICONS"/
(~/.local/bin must be on your PATH for the menu entry to find the program.)

Check the installation:  declaration-viewer --self-check   (needs no display)

Your annotations and settings are kept outside this folder, in ~/.local/share/declaration-viewer
and ~/.config/declaration-viewer; replacing or deleting the program folder does not touch them.
Uninstall: delete ~/.local/opt/declaration-viewer, the link and the two copied files.

Needs: glibc 2.36 or newer (built on Debian 12), X11 or Wayland. Printing uses the system's
CUPS and the GTK 3 look uses the system's GTK when they are installed.
Licences: declaration-viewer/_internal/LICENSE, _internal/licenses/, _internal/resources/licenses/,
_internal/resources/fonts/OFL.txt and _internal/data/LICENSES.md.
"""


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


def pack(folder: Path, ver: str) -> Path:
    machine = {"amd64": "x86_64"}.get(platform.machine().lower(), platform.machine().lower())
    system = platform.system().lower()
    out = DIST / f"{NAME}-{ver}-{system}-{machine}.tar.gz"
    note = DIST / "INSTALL.txt"
    note.write_text(INSTALL_NOTE.format(version=ver), encoding="utf-8")
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(note, arcname="INSTALL.txt")
        tar.add(folder, arcname=NAME)
    return out


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
        archive = pack(folder, ver)
        print(f"archive: {archive.relative_to(ROOT)} {archive.stat().st_size / 1e6:.1f} MB")
    if args.max_mb is not None and size_mb > args.max_mb:
        print(f"bundle is {size_mb:.1f} MB, over the {args.max_mb:g} MB budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
