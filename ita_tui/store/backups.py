"""The database's rotating backups `<db>.bak1` … `<db>.bak3`, and the temporary files a killed
writer leaves beside them."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ita_tui.files import TEMP_HEX, atomic_write, temp_prefix

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

    Nothing happens when the newest backup already holds the same bytes."""
    backups = backup_paths(path)
    try:
        if backups[0].read_bytes() == data:
            return
    except OSError:
        pass
    for older, newer in zip(reversed(backups[1:]), reversed(backups[:-1]), strict=True):
        if newer.exists():
            os.replace(newer, older)
    atomic_write(backups[0], data, like=path)
