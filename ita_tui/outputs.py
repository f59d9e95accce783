"""Files written where a user asked (-o, the app's export key): never over the database or one of
its companions, through a symbolic link only when this user made it, and beside a database with
the database's mode and group.

A command names its database once (`for_database`); every output written while it runs is
checked against it. An output in the database's folder gets the database's mode and group, so
exports of a 660 group database are 660 to the group and closed to everyone else; one elsewhere
follows the user's umask (or keeps the mode of the file it replaces), as any tool's output does.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from ita_tui.files import FileToken, PhrasedOSError, atomic_write, own_links
from ita_tui.locale import Phrase

_DATABASE: ContextVar[Path | None] = ContextVar("ita_tui_database", default=None)

# What ita-tui keeps beside a database `<db>`: `<db>` + each of these.
COMPANION_SUFFIXES = (".lock", ".bak1", ".bak2", ".bak3", ".v1", ".signers.json", ".passwords")


@contextmanager
def for_database(db: Path) -> Iterator[None]:
    """While the block runs (in this thread), outputs are checked against the database `db`."""
    try:
        db = own_links(Path(db))  # the file a link of the user's own names
    except OSError:
        db = Path(db)
    token = _DATABASE.set(db)
    try:
        yield
    finally:
        _DATABASE.reset(token)


def _companion_names(db: Path) -> set[str]:
    return {db.name} | {db.name + suffix for suffix in COMPANION_SUFFIXES}


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a.parent, b.parent)
    except OSError:
        return False


def refuse_database_names(path: Path, db: Path) -> None:
    """PhrasedOSError naming `path` when it is the database `db`, one of its companions or one of
    their temporary files (by name in the database's folder, or the very same file)."""
    names = _companion_names(db)
    in_folder = _same_folder(path, db)
    is_companion = in_folder and (path.name in names or (path.name.startswith(f".{db.name}.")))
    if not is_companion:
        for name in names:
            try:
                if os.path.samefile(path, db.parent / name):
                    is_companion = True
                    break
            except OSError:
                continue
    if is_companion:
        raise PhrasedOSError(errno.EEXIST, Phrase("kind_database_file", db=db), str(path))


def write_output(path: Path, data: bytes) -> FileToken:
    """Write a user-named output file whole (files.atomic_write): through the user's own links
    only, never over the database or a companion, with the database's mode and group when it
    goes into the database's folder. Raises OSError (PhrasedOSError naming what was refused)."""
    target = own_links(Path(path))
    db = _DATABASE.get()
    like = None
    if db is not None:
        for named in {Path(path), target}:
            refuse_database_names(named, db)
        if _same_folder(target, db) and db.exists():
            like = db
    return atomic_write(target, data, like=like)
