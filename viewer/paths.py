"""Where things live: the shipped data/ and resources/, and the user's own folders. No Qt."""

from __future__ import annotations

import os
import sys
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


def default_db_path() -> Path:
    return user_data_dir() / "annotations.sqlite"


def log_path() -> Path:
    return user_data_dir() / "declaration-viewer.log"
