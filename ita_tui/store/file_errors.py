"""The one-line errors of a database file that cannot be read or written: what went wrong, that
the file is as it was, and where its newest backup is with the command that restores it."""

from __future__ import annotations

import errno
import shlex
from pathlib import Path

from ita_tui.errors import StoreError, os_reason
from ita_tui.locale import Phrase


def backup_hint(path: Path) -> Phrase:
    """Where the newest backup is and how to restore it, for error messages."""
    from ita_tui.store.backups import latest_backup

    backup = latest_backup(path)
    if backup is None:
        return Phrase("err_no_backup")
    restore = f"cp {shlex.quote(str(backup))} {shlex.quote(str(path))}"
    return Phrase("err_latest_backup", backup=backup, restore=restore)


def bad_file(path: Path, problem: Phrase) -> StoreError:
    """The one-line error for a database file that cannot be used; it is never changed."""
    return StoreError("err_bad_file", path=path, problem=problem, backup=backup_hint(path))


def io_error(path: Path, doing: str, exc: OSError, *, creating: bool = False) -> StoreError:
    """The one-line error for a failed read or write; the database is as before
    (when `creating`, there is none yet, and none was made)."""
    reason = Phrase("io_disk_full") if exc.errno == errno.ENOSPC else os_reason(exc)
    where = f" {exc.filename}" if exc.filename and str(exc.filename) != str(path) else ""
    outcome = Phrase("io_none_made" if creating else "io_unchanged")
    return StoreError("err_io", doing=Phrase(doing, path=path), reason=reason, where=where, outcome=outcome)
