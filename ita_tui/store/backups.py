"""The database's rotating backups `<db>.bak1` … `<db>.bak3`, and the temporary files a killed
writer leaves beside them.

In a shared folder another member may have put anything at a backup name: a symbolic link to a
file of yours, a directory, a FIFO. Such a name is never read, renamed, replaced or changed; the
backups rotate only through the names before it, and the store says once which name it left alone.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from ita_tui.files import fsync_directory, kind_of, new_temp, read_file, remove_stale_temps
from ita_tui.locale import Phrase

BACKUP_COUNT = 3


def remove_stale_temp_files(path: Path) -> None:
    """Delete the temporary files killed writers left beside `path` or any of its companions (its
    backups, the format 1 copy a migration keeps, the remembered signers, the web passwords);
    those of another file whose name merely starts the same, and those in use, are not touched."""
    from ita_tui.outputs import COMPANION_SUFFIXES

    for name in [path] + [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]:
        remove_stale_temps(name)


def backup_paths(path: Path) -> list[Path]:
    """The rotating backups of `path`, newest first: `<db>.bak1` … `<db>.bak3`."""
    return [path.with_name(f"{path.name}.bak{n}") for n in range(1, BACKUP_COUNT + 1)]


def latest_backup(path: Path) -> Path | None:
    """The newest backup of `path` that is a regular file (never one through a link), or None."""
    for candidate in backup_paths(path):
        if _not_a_file(candidate) is None and candidate.exists():
            return candidate
    return None


def _not_a_file(path: Path) -> Phrase | None:
    """What `path` is when it exists and is not a regular file (a link is not followed), else None."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return None
    return Phrase("kind_link") if stat.S_ISLNK(mode) else kind_of(mode)


def take_backup(path: Path, data: bytes) -> tuple[Path, Phrase] | None:
    """Keep `data` (a good version of `path`) as `.bak1`, shifting older ones down (under the lock);
    the first backup name that holds something other than a file, and what it is, when there is
    one: that name and those after it are left alone, and the backups rotate before it.

    The new `.bak1` is written whole under a temporary name first; only then are the older ones
    renamed down, and only as far as the first missing one, so a full disk or a kill at any
    point loses no version (at worst the oldest, `.bak3`, which rotation drops anyway). Nothing
    is written when the newest backup already holds the same bytes. Backups that are wider open
    than the database (it was tightened since) are narrowed to its mode first."""
    backups = backup_paths(path)
    blocked = next(((b, kind) for b in backups if (kind := _not_a_file(b)) is not None), None)
    if blocked is not None:
        backups = backups[: backups.index(blocked[0])]
    follow_database_mode(path, backups)
    if not backups:
        return blocked
    with contextlib.suppress(OSError):
        if read_file(backups[0], follow=False)[0] == data:
            return blocked
    with new_temp(backups[0], data, like=path) as (temp, _):
        hole = next((n for n, backup in enumerate(backups) if not os.path.lexists(backup)), len(backups) - 1)
        for n in range(hole, 0, -1):  # .bak2 -> .bak3, then .bak1 -> .bak2 (into the first gap only)
            os.replace(backups[n - 1], backups[n])
        os.replace(temp, backups[0])
    fsync_directory(path.parent)
    return blocked


def follow_database_mode(path: Path, backups: list[Path]) -> None:
    """Narrow our backups to the database's mode and group when they are wider (never widen).
    Each is opened without following a link, and changed through that descriptor only when it
    is a regular file of ours."""
    try:
        st = os.stat(path)
    except OSError:
        return
    for backup in backups:
        try:
            fd = os.open(backup, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        with contextlib.suppress(OSError):
            current = os.fstat(fd)
            if stat.S_ISREG(current.st_mode) and current.st_uid == os.geteuid():
                if current.st_mode & ~st.st_mode & 0o777:
                    os.fchmod(fd, current.st_mode & st.st_mode & 0o7777)
                if current.st_gid != st.st_gid:
                    os.fchown(fd, -1, st.st_gid)
        os.close(fd)
