"""The database's rotating backups `<db>.bak1` … `<db>.bak3`, and the temporary files a killed
writer leaves beside them."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ita_tui.files import TEMP_HEX, fsync_directory, temp_prefix, write_temp

BACKUP_COUNT = 3


def remove_stale_temp_files(path: Path) -> None:
    """Delete the temporary files a killed writer left beside `path` or its backups (call under
    the lock); those of another file whose name merely starts the same are not touched."""
    for name in [path] + backup_paths(path):
        for temp in path.parent.glob(f"{temp_prefix(name)}{'[0-9a-f]' * TEMP_HEX}.tmp"):
            # one we may not remove (another owner) does no harm
            with contextlib.suppress(OSError):
                temp.unlink()


def backup_paths(path: Path) -> list[Path]:
    """The rotating backups of `path`, newest first: `<db>.bak1` … `<db>.bak3`."""
    return [path.with_name(f"{path.name}.bak{n}") for n in range(1, BACKUP_COUNT + 1)]


def latest_backup(path: Path) -> Path | None:
    """The newest backup of `path` that exists, or None."""
    for candidate in backup_paths(path):
        if candidate.is_file():
            return candidate
    return None


def take_backup(path: Path, data: bytes) -> None:
    """Keep `data` (a good version of `path`) as `.bak1`, shifting older ones down (under the lock).

    The new `.bak1` is written whole under a temporary name first; only then are the older ones
    renamed down, and only as far as the first missing one, so a full disk or a kill at any
    point loses no version (at worst the oldest, `.bak3`, which rotation drops anyway). Nothing
    is written when the newest backup already holds the same bytes. Backups that are wider open
    than the database (it was tightened since) are narrowed to its mode first."""
    backups = backup_paths(path)
    follow_database_mode(path, backups)
    try:
        if backups[0].read_bytes() == data:
            return
    except OSError:
        pass
    temp, _ = write_temp(backups[0], data, like=path)
    try:
        hole = next((n for n, backup in enumerate(backups) if not backup.exists()), len(backups) - 1)
        for n in range(hole, 0, -1):  # .bak2 -> .bak3, then .bak1 -> .bak2 (into the first gap only)
            os.replace(backups[n - 1], backups[n])
        os.replace(temp, backups[0])
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(path.parent)


def follow_database_mode(path: Path, backups: list[Path]) -> None:
    """Narrow our backups to the database's mode and group when they are wider (never widen)."""
    try:
        st = os.stat(path)
    except OSError:
        return
    for backup in backups:
        with contextlib.suppress(OSError):
            current = os.stat(backup)
            if current.st_uid == os.geteuid() and current.st_mode & ~st.st_mode & 0o777:
                os.chmod(backup, current.st_mode & st.st_mode & 0o7777)
            if current.st_uid == os.geteuid() and current.st_gid != st.st_gid:
                os.chown(backup, -1, st.st_gid)
