"""Pack the one-folder bundle as a tar.gz with install.sh / uninstall.sh (for Linux
distributions without dpkg; tools/build_bundle.py calls this after building).

    python tools/build_tarball.py   # dist/declaration-viewer-<version>-linux-<machine>.tar.gz

The archive holds one folder, declaration-viewer-<version>-linux-<machine>/, with the bundle
(declaration-viewer/), share/ (the .desktop entry, hicolor icons and AppStream metainfo, as
tools/desktop_integration.py lays them out), install.sh, uninstall.sh (tools/linux/) and
INSTALL.txt.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from desktop_integration import NAME, ROOT, stage_share  # noqa: E402

DIST = ROOT / "dist"
SCRIPTS = ROOT / "tools" / "linux"

INSTALL_NOTE = """Declaration Viewer {version} for Linux ({machine})
==================================================

Run without installing:
    ./declaration-viewer/declaration-viewer

Install for your user (menu entry and icons; nothing needs root):
    ./install.sh
    -> ~/.local/opt/declaration-viewer, the command ~/.local/bin/declaration-viewer,
       the menu entry, icons and AppStream data in ~/.local/share
Install for everyone:
    sudo ./install.sh --system
    -> /opt/declaration-viewer, /usr/local/bin, /usr/local/share
On Debian and Ubuntu the .deb package does the same through dpkg.

Uninstall: ./uninstall.sh (or --system), or ~/.local/opt/declaration-viewer/uninstall.sh.
It removes exactly the files install.sh listed in <program folder>/installed-files.

Check the installation:  declaration-viewer --self-check   (needs no display)

Your annotations and settings are kept outside the program folder, in
~/.local/share/declaration-viewer and ~/.config/declaration-viewer; installing, replacing or
uninstalling the program never touches them.

Needs: glibc 2.36 or newer (built on Debian 12), X11 or Wayland. Printing uses the system's
CUPS and the GTK 3 look uses the system's GTK when they are installed.
Licences: declaration-viewer/_internal/LICENSE, _internal/licenses/, _internal/resources/licenses/,
_internal/resources/fonts/OFL.txt and _internal/data/LICENSES.md.
"""


def machine() -> str:
    m = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(m, m)


def stage(bundle: Path, folder: Path, version: str) -> None:
    """Lay the archive's folder out (the bundle is linked in by pack(), not copied)."""
    if not (bundle / NAME).is_file():
        raise SystemExit(f"build_tarball: no bundle at {bundle}; run tools/build_bundle.py")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    stage_share(folder / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copyfile(SCRIPTS / script, folder / script)
        (folder / script).chmod(0o755)
    (folder / "INSTALL.txt").write_text(
        INSTALL_NOTE.format(version=version, machine=machine()), encoding="utf-8")


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def pack(bundle: Path, version: str, out_dir: Path = DIST) -> Path:
    top = f"{NAME}-{version}-{platform.system().lower()}-{machine()}"
    staged = ROOT / "build" / "tarball" / top
    stage(bundle, staged, version)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{top}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        for path in sorted(staged.iterdir()):
            tar.add(path, arcname=f"{top}/{path.name}", filter=_owned_by_root)
        tar.add(bundle, arcname=f"{top}/{NAME}", filter=_owned_by_root)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bundle", type=Path, default=DIST / NAME, help="the one-folder bundle")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from viewer import __version__

    out = pack(args.bundle, __version__)
    print(f"archive: {out.relative_to(ROOT)} {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
