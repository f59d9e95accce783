"""Where things live: the user's database, the bundled checklist, the fonts."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

APP_NAME = "ita-tui"
BUNDLED_CHECKLIST_NAME = "chumsaeng-2566.json"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled_dir(name: str) -> Path:
    """A top-level folder of the repository (`data`, `fonts`), wherever it was installed."""
    inside_wheel = _PACKAGE_DIR / "_bundled" / name
    if inside_wheel.is_dir():
        return inside_wheel
    return _PACKAGE_DIR.parent / name


def data_dir() -> Path:
    """The folder of bundled checklists and their source documents."""
    return _bundled_dir("data")


def fonts_dir() -> Path:
    """The folder of the Sarabun TTF files and their licence."""
    return _bundled_dir("fonts")


def bundled_checklist() -> Path:
    """The checklist a new database is made from when none is named."""
    return data_dir() / BUNDLED_CHECKLIST_NAME


def user_data_dir() -> Path:
    """The user's own data folder (platformdirs), e.g. ~/.local/share/ita-tui."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The database used when neither --db nor ITA_TUI_DB names one."""
    return user_data_dir() / "ita-tui-db.json"


def resolve_db_path(option: str | None) -> Path:
    """--db, then $ITA_TUI_DB, then the user's data folder."""
    chosen = option or os.environ.get("ITA_TUI_DB")
    return Path(chosen).expanduser() if chosen else default_db_path()


def resolve_user(option: str | None) -> str:
    """--user, then $ITA_TUI_USER, then the login name (a blank name counts as none)."""
    for given in (option, os.environ.get("ITA_TUI_USER")):
        if given and given.strip():
            return given.strip()
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"
