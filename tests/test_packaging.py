"""The Linux packages (issue 22), checked without building the bundle: the .desktop entry and
AppStream metainfo validate, the metainfo's release is the project's version, build_deb lays a
fake bundle out where dpkg will install it, and install.sh / uninstall.sh from the tar.gz put
files in place and take exactly those away again."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
import build_deb  # noqa: E402
import build_tarball  # noqa: E402
import desktop_integration as di  # noqa: E402

METAINFO = di.metainfo_file()
COMPONENT = di.component_id()
# What a package puts outside the program folder, relative to share/.
SHARE_FILES = {f"applications/{di.NAME}.desktop", f"metainfo/{COMPONENT}.metainfo.xml",
               f"icons/hicolor/scalable/apps/{di.NAME}.svg",
               *(f"icons/hicolor/{n}x{n}/apps/{di.NAME}.png" for n in di.ICON_SIZES)}

needs_posix_sh = pytest.mark.skipif(sys.platform == "win32" or not shutil.which("sh"),
                                    reason="install.sh is a POSIX shell script (Linux only)")


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install "
                    f"{'desktop-file-utils' if name.startswith('desktop') else 'appstream'}; "
                    ".ci/run installs it)")
    return path


def pyproject_version() -> str:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    match = re.search(r'^version\s*=\s*"([^"]+)"', project, re.MULTILINE)
    assert match, "no version in pyproject.toml's [project]"
    return match.group(1)


# --- the files themselves ------------------------------------------------------------------

def test_desktop_file_validates() -> None:
    result = subprocess.run([validator("desktop-file-validate"), str(di.DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates_offline() -> None:
    # --no-net: the screenshot URLs are not fetched (their host does not exist yet).
    result = subprocess.run([validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_is_the_project_version() -> None:
    from viewer import __version__

    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "no <release> in the metainfo"
    newest = releases[0].get("version")  # AppStream lists the newest first
    assert newest == pyproject_version() == __version__, (
        f"metainfo says {newest}, pyproject.toml {pyproject_version()}, viewer {__version__}: "
        "add a <release> to the metainfo when the version changes")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


def test_metainfo_names_what_the_packages_install() -> None:
    root = ET.parse(METAINFO).getroot()
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("launchable[@type='desktop-id']") == di.DESKTOP.name
    assert root.findtext("provides/binary") == di.NAME
    assert root.find("content_rating[@type='oars-1.1']") is not None
    shots = root.findall("screenshots/screenshot")
    assert shots and all((s.findtext("caption") or "").strip() for s in shots)
    assert sum(s.get("type") == "default" for s in shots) == 1


# --- build_deb --------------------------------------------------------------------------------

def fake_bundle(folder: Path) -> Path:
    """A bundle-shaped folder: a program that runs, and an _internal/ folder."""
    (folder / "_internal" / "data").mkdir(parents=True)
    (folder / "_internal" / "data" / "x.json").write_text("{}", encoding="utf-8")
    program = folder / di.NAME
    program.write_text('#!/bin/sh\necho "fake viewer $*"\n', encoding="utf-8")
    program.chmod(0o700)  # a strict umask; the package must still say 0755
    library = folder / "_internal" / "libQt6Core.so.6"
    library.write_bytes(b"\x7fELF")
    library.chmod(0o755)  # as PyInstaller leaves them
    return folder


def tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() or p.is_symlink()}


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and Unix modes (Linux packages)")
def test_stage_lays_out_the_package(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    bundle = fake_bundle(tmp_path / "bundle")
    root = tmp_path / "root"
    build_deb.stage(bundle, root, "9.9.9")

    assert tree(root) == ({"opt/declaration-viewer/declaration-viewer",
                           "opt/declaration-viewer/_internal/data/x.json",
                           "opt/declaration-viewer/_internal/libQt6Core.so.6",
                           "usr/bin/declaration-viewer",
                           "usr/share/doc/declaration-viewer/copyright"}
                          | {f"usr/share/{f}" for f in SHARE_FILES})
    link = root / "usr" / "bin" / di.NAME
    assert link.is_symlink() and os.readlink(link) == "/opt/declaration-viewer/declaration-viewer"
    assert stat.S_IMODE((root / "opt" / di.NAME / di.NAME).stat().st_mode) == 0o755
    assert stat.S_IMODE((root / "opt" / di.NAME / "_internal").stat().st_mode) == 0o755
    assert stat.S_IMODE((root / "opt" / di.NAME / "_internal/libQt6Core.so.6").stat().st_mode) \
        == 0o644  # a library is loaded, not run
    assert stat.S_IMODE((root / "usr/share/applications" / di.DESKTOP.name).stat().st_mode) \
        == 0o644
    for n in di.ICON_SIZES:
        png = (root / f"usr/share/icons/hicolor/{n}x{n}/apps/{di.NAME}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == int.from_bytes(png[20:24], "big") == n
    assert (root / "usr/share/applications" / di.DESKTOP.name).read_bytes() \
        == di.DESKTOP.read_bytes()


def test_stage_refuses_a_missing_bundle(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no bundle"):
        build_deb.stage(tmp_path / "nothing", tmp_path / "root", "1")


def test_control_file() -> None:
    text = build_deb.control("1.2.3", "amd64", 4321,
                             {"Depends": ["libc6 (>= 2.36)", "libgl1"], "Recommends": []},
                             build_deb.MAINTAINER)
    fields = dict(re.findall(r"^(\S+): (.*)$", text, re.MULTILINE))
    assert fields["Package"] == "declaration-viewer" and fields["Version"] == "1.2.3"
    assert fields["Installed-Size"] == "4321" and fields["Architecture"] == "amd64"
    assert fields["Depends"] == "libc6 (>= 2.36), libgl1"
    assert "Recommends" not in fields  # an empty field is left out, not written empty
    assert text.endswith("\n") and "\n\n" not in text  # one paragraph
    assert all(line.startswith(" ") for line in text.split("Description: ", 1)[1].splitlines()[1:])


def test_installed_size_counts_kib_per_file(tmp_path: Path) -> None:
    (tmp_path / "DEBIAN").mkdir()
    (tmp_path / "DEBIAN" / "control").write_bytes(b"x" * 5000)  # not installed: not counted
    (tmp_path / "a").write_bytes(b"x" * 1025)  # 2 KiB
    (tmp_path / "b").write_bytes(b"")  # 1
    (tmp_path / "d").mkdir()  # 1
    assert build_deb.installed_size_kib(tmp_path) == 4


def test_parse_objdump() -> None:
    sample = """
Dynamic Section:
  NEEDED               libQt6Core.so.6
  NEEDED               libc.so.6
Version References:
  required from libc.so.6:
    0x06969194 0x00 05 GLIBC_2.14
    0x0d696914 0x00 03 GLIBC_2.34
"""
    assert build_deb.parse_objdump(sample) == ({"libQt6Core.so.6", "libc.so.6"},
                                               {"2.14", "2.34"})


@pytest.mark.skipif(not shutil.which("objdump") or not sys.platform.startswith("linux"),
                    reason="needs objdump (binutils) and a Linux ELF program")
def test_relationships_from_real_elf_files(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(Path(shutil.which("true")).resolve(), bundle / "prog")  # links libc only
    fields = build_deb.relationships(bundle)
    assert fields["Depends"][0].startswith("libc6 (>= 2.")
    assert "fontconfig-config" in fields["Depends"]
    # A library neither bundled nor known stops the build, naming it.
    monkeypatch.delitem(build_deb.SYSTEM_LIBS, "libc.so.6")
    with pytest.raises(SystemExit, match=r"libc\.so\.6 \(needed by prog\)"):
        build_deb.relationships(bundle)


# --- the tar.gz's install.sh / uninstall.sh -------------------------------------------------

def unpacked_archive(tmp_path: Path) -> Path:
    """The archive's folder as pack() writes it, around a fake bundle."""
    folder = tmp_path / "archive"
    build_tarball.stage(tmp_path / "bundle", folder, "9.9.9")
    shutil.copytree(tmp_path / "bundle", folder / di.NAME, symlinks=True)
    return folder


def run_script(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", str(script)], env={"HOME": str(home), "PATH": os.environ["PATH"]},
                          capture_output=True, text=True)


def snapshot(home: Path) -> set[str]:
    return {p.relative_to(home).as_posix() + ("/" if p.is_dir() else "")
            for p in home.rglob("*")}


@needs_posix_sh
def test_install_and_uninstall_for_the_user(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    fake_bundle(tmp_path / "bundle")
    archive = unpacked_archive(tmp_path)
    home = tmp_path / "home"
    data = home / ".local" / "share" / di.NAME
    data.mkdir(parents=True)
    (data / "annotations.sqlite").write_text("the user's work", encoding="utf-8")
    before = snapshot(home)

    run_script(archive / "install.sh", home).check_returncode()
    prog = home / ".local" / "opt" / di.NAME
    share = home / ".local" / "share"
    assert all((share / f).is_file() for f in SHARE_FILES)
    desktop = (share / "applications" / di.DESKTOP.name).read_text(encoding="utf-8")
    assert f'Exec="{prog}/{di.NAME}"' in desktop and f"TryExec={prog}/{di.NAME}\n" in desktop
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(share / "applications" / di.DESKTOP.name)],
                       check=True)
    ran = subprocess.run([str(home / ".local" / "bin" / di.NAME), "--self-check"],
                         capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "fake viewer --self-check"

    # Installing again replaces the installation; the archive's uninstall.sh finds it.
    run_script(archive / "install.sh", home).check_returncode()
    run_script(archive / "uninstall.sh", home).check_returncode()
    assert snapshot(home) == before  # every file and folder it made is gone, the data stays
    assert (data / "annotations.sqlite").read_text(encoding="utf-8") == "the user's work"


@needs_posix_sh
@pytest.mark.parametrize(("in_the_way", "says"), [
    # a file where install.sh must make a folder: it fails half-way and rolls back
    (".local/share/metainfo", "failed; removing what was copied, nothing stays installed"),
    # a command of the same name it did not make (e.g. pip install --user): refused up front
    (".local/bin/declaration-viewer", "is not ours"),
])
def test_install_that_cannot_finish_leaves_nothing(tmp_path: Path, qapp, in_the_way: str,  # noqa: ANN001
                                                    says: str) -> None:
    fake_bundle(tmp_path / "bundle")
    archive = unpacked_archive(tmp_path)
    home = tmp_path / "home"
    (home / in_the_way).parent.mkdir(parents=True)
    (home / in_the_way).write_text("#!/bin/sh\n", encoding="utf-8")
    before = snapshot(home)
    result = run_script(archive / "install.sh", home)
    assert result.returncode == 1 and says in result.stderr, result.stderr
    assert snapshot(home) == before
