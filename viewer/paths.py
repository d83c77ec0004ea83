"""Where things live: the shipped data/ and resources/, and the user's own folders. No Qt."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP_NAME = "declaration-viewer"


def bundle_root() -> Path:
    """The folder holding data/ and resources/: the PyInstaller bundle or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    override = os.environ.get("DECLARATION_VIEWER_DATA")
    return Path(override) if override else bundle_root() / "data"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def _home_override() -> Path | None:
    # Tests and portable use: keep everything the user owns under one folder.
    value = os.environ.get("DECLARATION_VIEWER_HOME")
    return Path(value) if value else None


def user_data_dir() -> Path:
    """The user's data folder (as Qt's AppDataLocation would give it), never in the bundle."""
    if (home := _home_override()) is not None:
        return home / "data"
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def user_config_dir() -> Path:
    if (home := _home_override()) is not None:
        return home / "config"
    if sys.platform == "win32":
        return user_data_dir()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / APP_NAME
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / APP_NAME


def user_cache_dir() -> Path:
    """Rebuildable files (the start-up corpus cache): safe to delete at any time."""
    if (home := _home_override()) is not None:
        return home / "cache"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / APP_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME


def default_db_path() -> Path:
    return user_data_dir() / "annotations.sqlite"


def log_path() -> Path:
    return user_data_dir() / "declaration-viewer.log"


def _is_database(path: Path) -> bool:
    """An SQLite database, or the -wal, -shm or -journal file beside one."""
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix):
            path = path.with_name(path.name[: -len(suffix)])
            break
    try:
        if not path.is_file():  # (a pipe would block the read below)
            return False
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


class WouldOverwrite(FileExistsError):
    """`replace_atomically(..., overwrite=False)` found a file there."""


@contextmanager
def replace_atomically(path: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `path`. If the block succeeds, the file is flushed to
    disk and renamed over `path`; if not, it is removed. Nobody ever sees half a file.
    ``overwrite=False``: an existing file is refused (FileExistsError), after the checks."""
    path = Path(os.path.realpath(path))  # through a link: its target is replaced, not it
    mode = None
    if _is_database(path):  # above all, not the annotation store being exported
        raise OSError(errno.EEXIST, "is a database (or part of one); choose another file",
                      str(path))
    if path.exists():
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(info.st_mode):  # a device or a pipe is never replaced by a file
            raise OSError(errno.EINVAL, "not an ordinary file (a device or a pipe)", str(path))
        if not os.access(path, os.W_OK):
            raise PermissionError(errno.EACCES, "the file is read-only", str(path))
        mode = stat.S_IMODE(info.st_mode)  # a replaced file keeps its permissions
        if not overwrite:
            raise WouldOverwrite(errno.EEXIST, "the file exists", str(path))
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if mode is None:  # mkstemp makes 0600; a new export is an ordinary file
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
