"""Build dist/declaration-viewer_<version>_<arch>.deb from the PyInstaller bundle.

    python tools/build_bundle.py      # first: dist/declaration-viewer/
    python tools/build_deb.py         # then:  dist/declaration-viewer_<version>_<arch>.deb

Layout: the bundle in /opt/declaration-viewer, /usr/bin/declaration-viewer a symlink to its
program, the .desktop entry, hicolor icons and AppStream metainfo under /usr/share
(tools/desktop_integration.py). No maintainer scripts: dpkg's file triggers refresh the menu
and icon caches, and the app writes nothing outside the user's own folders, so `dpkg -r`
removes everything the package installed.

Depends is an explicit list (SYSTEM_LIBS): dpkg-shlibdeps stops at every library the build
machine lacks (the GTK and Wayland libraries the optional plugins link to), so instead this
script reads every ELF file's NEEDED entries with objdump and refuses to build when one is
neither in the bundle nor in SYSTEM_LIBS. Needs dpkg-deb and objdump (binutils).
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from desktop_integration import NAME, ROOT, stage_share  # noqa: E402

DIST = ROOT / "dist"
PREFIX = Path("opt") / NAME
MAINTAINER = "The Declaration Viewer authors <declaration-viewer@invalid>"  # no address yet

# Libraries the bundle links to but does not carry (PyInstaller leaves out libc, the GL
# drivers' front ends and libxcb on purpose), by soname: (Debian package, field).
# Recommends: needed only by the GTK 3 theme and CUPS print plugins, which build.spec lets
# load the system's libraries where they are installed; without them the app still runs.
SYSTEM_LIBS: dict[str, tuple[str, str]] = {
    "libc.so.6": ("libc6", "Depends"), "libm.so.6": ("libc6", "Depends"),
    "libdl.so.2": ("libc6", "Depends"), "libpthread.so.0": ("libc6", "Depends"),
    "ld-linux-x86-64.so.2": ("libc6", "Depends"), "ld-linux-aarch64.so.1": ("libc6", "Depends"),
    "librt.so.1": ("libc6", "Depends"), "libutil.so.1": ("libc6", "Depends"),
    "libEGL.so.1": ("libegl1", "Depends"), "libGL.so.1": ("libgl1", "Depends"),
    "libxcb.so.1": ("libxcb1", "Depends"),
    "libwayland-client.so.0": ("libwayland-client0", "Depends"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "Depends"),
    "libwayland-egl.so.1": ("libwayland-egl1", "Depends"),
    "libgtk-3.so.0": ("libgtk-3-0", "Recommends"), "libgdk-3.so.0": ("libgtk-3-0", "Recommends"),
    "libatk-1.0.so.0": ("libgtk-3-0", "Recommends"),
    "libcairo.so.2": ("libgtk-3-0", "Recommends"),
    "libcairo-gobject.so.2": ("libgtk-3-0", "Recommends"),
    "libgdk_pixbuf-2.0.so.0": ("libgtk-3-0", "Recommends"),
    "libgio-2.0.so.0": ("libgtk-3-0", "Recommends"),
    "libgobject-2.0.so.0": ("libgtk-3-0", "Recommends"),
    "libharfbuzz.so.0": ("libgtk-3-0", "Recommends"),
    "libpango-1.0.so.0": ("libgtk-3-0", "Recommends"),
    "libpangocairo-1.0.so.0": ("libgtk-3-0", "Recommends"),
    "libcups.so.2": ("libcups2", "Recommends"),
    # Only libQt6EglFsKmsSupport (the eglfs platform, whose plugin build.spec drops) needs
    # these; nothing the app loads does.
    "libQt6EglFSDeviceIntegration.so.6": ("", "unused"), "libdrm.so.2": ("", "unused"),
}
# Not linked but read at run time: the bundled libfontconfig reads the system's font
# configuration (fontconfig-config also pulls in a default font).
EXTRA_DEPENDS = ["fontconfig-config"]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from viewer import __version__

    return __version__


def deb_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        import platform

        machine = platform.machine().lower()
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def elf_files(folder: Path) -> list[Path]:
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def parse_objdump(text: str) -> tuple[set[str], set[str]]:
    """(NEEDED sonames, GLIBC_x.y versions) from `objdump -p` output."""
    needed = set(re.findall(r"^\s*NEEDED\s+(\S+)", text, re.MULTILINE))
    return needed, set(re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", text))


def relationships(bundle: Path) -> dict[str, list[str]]:
    """Depends and Recommends for the bundle's ELF files; exits on an unknown library."""
    files = elf_files(bundle)
    bundled = {p.name for p in files}
    needed: dict[str, set[str]] = {}
    glibc: set[str] = set()
    for path in files:
        text = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                              check=True).stdout
        names, versions = parse_objdump(text)
        glibc |= versions
        for soname in names - bundled:
            needed.setdefault(soname, set()).add(str(path.relative_to(bundle)))
    unknown = sorted(s for s in needed if s not in SYSTEM_LIBS)
    if unknown:
        lines = [f"  {s} (needed by {', '.join(sorted(needed[s])[:3])})" for s in unknown]
        raise SystemExit("build_deb: libraries neither bundled nor in SYSTEM_LIBS; add their "
                         "Debian package to tools/build_deb.py:\n" + "\n".join(lines))
    fields: dict[str, list[str]] = {"Depends": [], "Recommends": []}
    for soname in sorted(needed):
        package, field = SYSTEM_LIBS[soname]
        if field in fields and package not in fields[field]:
            fields[field].append(package)
    newest = max(glibc, key=lambda v: tuple(int(x) for x in v.split(".")), default=None)
    fields["Depends"] = [f"libc6 (>= {newest})" if p == "libc6" and newest else p
                         for p in fields["Depends"]] + EXTRA_DEPENDS
    return fields


SHARED_OBJECT = re.compile(r"\.so(\.\d+)*$")


def installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol counts it: each file's size rounded up to KiB, 1 per other entry."""
    total = 0
    for path in root.rglob("*"):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        if path.is_file() and not path.is_symlink():
            total += max(1, math.ceil(path.stat().st_size / 1024))
        else:
            total += 1
    return total


def normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for the rest (shared libraries included, as Debian
    policy asks: they are loaded, not run), whatever the build machine's umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        program = mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH) and not SHARED_OBJECT.search(
            path.name)
        path.chmod(0o755 if path.is_dir() or program else 0o644)


COPYRIGHT = """Declaration Viewer {version}
Copyright (c) 2026 The Declaration Viewer authors (the application code, MIT; our content,
CC BY 4.0). Third-party parts keep their own copyright and licences, listed below.

This package installs a self-contained PyInstaller bundle in /opt/{name}: Python, Qt,
PySide6 and the app's content. The licences of everything in it are shipped with it:
  /opt/{name}/_internal/LICENSE                     the application code (MIT)
  /opt/{name}/_internal/data/LICENSES.md            the content (CC BY 4.0; public
                                                    documents; coastlines LGPL-3.0-or-later)
  /opt/{name}/_internal/licenses/                   Python and the bundled Python packages
  /opt/{name}/_internal/resources/licenses/         Qt and PySide6 (LGPL-3.0), ICU
  /opt/{name}/_internal/resources/fonts/OFL.txt     the CJK font subset (SIL OFL 1.1)
On Debian systems the GNU LGPL 3 and GPL 3 are also in /usr/share/common-licenses/LGPL-3
and /usr/share/common-licenses/GPL-3.
"""

DESCRIPTION = """reader for the 1956 Soviet-Japanese Joint Declaration
 An offline desktop reader for the Joint Declaration of the USSR and Japan
 of 19 October 1956: the text in English, Russian and Japanese with
 editorial notes, the competing interpretations of it, and a map of the
 islands. Annotate, search and exchange annotations in open formats.
 .
 A self-contained build (Python and Qt included) installed in
 /opt/declaration-viewer. Your annotations stay in your home folder."""


def control(ver: str, arch: str, size_kib: int, fields: dict[str, list[str]],
            maintainer: str) -> str:
    lines = [f"Package: {NAME}", f"Version: {ver}", f"Architecture: {arch}",
             f"Maintainer: {maintainer}", f"Installed-Size: {size_kib}"]
    lines += [f"{key}: {', '.join(values)}" for key, values in fields.items() if values]
    lines += ["Section: misc", "Priority: optional", f"Description: {DESCRIPTION}"]
    return "\n".join(lines) + "\n"


def stage(bundle: Path, root: Path, ver: str) -> None:
    """Lay the package's files out under root (no DEBIAN/ yet)."""
    if not (bundle / NAME).is_file():
        raise SystemExit(f"build_deb: no bundle at {bundle}; run tools/build_bundle.py first")
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    # Absolute, as Debian policy wants for links between top-level folders; the bootloader
    # resolves it (/proc/self/exe) to find _internal/.
    (root / "usr" / "bin" / NAME).symlink_to(Path("/") / PREFIX / NAME)
    stage_share(root / "usr" / "share")
    doc = root / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT.format(version=ver, name=NAME), encoding="utf-8")
    normalise_modes(root)


def build_deb(bundle: Path, out_dir: Path, maintainer: str = MAINTAINER) -> Path:
    ver, arch = version(), deb_arch()
    root = ROOT / "build" / "deb-root"
    fields = relationships(bundle)
    stage(bundle, root, ver)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        control(ver, arch, installed_size_kib(root), fields, maintainer), encoding="utf-8")
    normalise_modes(root / "DEBIAN")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{NAME}_{ver}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
                   check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bundle", type=Path, default=DIST / NAME, help="the one-folder bundle")
    p.add_argument("--out", type=Path, default=DIST, help="folder for the .deb")
    p.add_argument("--maintainer", default=MAINTAINER, help='"Name <email>" for the control')
    args = p.parse_args(argv)
    out = build_deb(args.bundle, args.out, args.maintainer)
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    print(f"deb: {shown} {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
