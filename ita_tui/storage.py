"""The database file on disk: atomic durable writes, a TinyDB storage that writes once, backups.

A write goes to a temporary file in the database's own directory, is flushed and fsync'ed,
renamed over the database (os.replace is atomic), and the directory is fsync'ed, so after a
crash the file holds either the old or the new content, never a mix. The new file keeps the
old one's permission bits and group. Temporary files are named `.<name>.<random>.tmp`; one
left behind by a killed process is removed by the next process that holds the lock.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

# (device, inode, size, mtime_ns): changes whenever the file is replaced or rewritten.
FileToken = tuple[int, int, int, int]

BACKUP_COUNT = 3
_TEMP_HEX = 12  # hex digits of the random part of a temporary file's name


def token_of(st: os.stat_result) -> FileToken:
    """The identity of one version of a file, from its stat."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def stat_token(path: Path) -> FileToken | None:
    """The current version token of the file at `path`, or None when there is none."""
    try:
        return token_of(os.stat(path))
    except OSError:
        return None


def read_file(path: Path) -> tuple[bytes, FileToken]:
    """The file's bytes and the token of exactly that version (raises OSError)."""
    with open(path, "rb") as handle:
        token = token_of(os.fstat(handle.fileno()))
        return handle.read(), token


def _dumps(value: Any) -> bytes:
    """One JSON value as compact UTF-8 bytes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode(tables: dict[str, Any], cache: dict[str, tuple[Any, bytes]] | None = None) -> bytes:
    """The database's tables as compact UTF-8 JSON (Thai kept readable), byte for byte what
    json.dumps gives. With a `cache`, a table that is the very object encoded last time is not
    encoded again: TinyDB replaces the dict of every table it changes, and never touches others."""
    if cache is None:
        return _dumps(tables) + b"\n"
    parts = []
    for name, table in tables.items():
        cached = cache.get(name)
        if cached is None or cached[0] is not table:
            cached = cache[name] = (table, _dumps(table))
        parts.append(_dumps(name) + b":" + cached[1])
    for name in set(cache) - set(tables):
        del cache[name]
    return b"{" + b",".join(parts) + b"}\n"


def _temp_prefix(path: Path) -> str:
    """How the names of `path`'s temporary files begin."""
    return f".{path.name}."


def remove_stale_temp_files(path: Path) -> None:
    """Delete the temporary files a killed writer left beside `path` or its backups (call under
    the lock); those of another file whose name merely starts the same are not touched."""
    for name in [path] + backup_paths(path):
        for temp in path.parent.glob(f"{_temp_prefix(name)}{'[0-9a-f]' * _TEMP_HEX}.tmp"):
            try:
                temp.unlink()
            except OSError:
                pass  # not ours to remove (another owner): it does no harm


def _fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):  # file systems without directory fsync
            raise
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, like: Path | None = None) -> FileToken:
    """Replace `path` with `data` durably; the new file takes the mode and group of `like`
    (default: the file being replaced). Through a symlink, the file it points to is replaced.
    Raises OSError with no temporary file left behind."""
    if path.is_symlink():
        path = path.resolve()
    directory = path.parent
    try:
        model = os.stat(like or path)
    except FileNotFoundError:
        model = None
    temp = directory / f"{_temp_prefix(path)}{secrets.token_hex(_TEMP_HEX // 2)}.tmp"
    # 0o666 lets the umask decide for a brand-new file; an existing file's mode is copied below.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        try:
            if model is not None:
                os.fchmod(fd, model.st_mode & 0o7777)
                if model.st_gid != os.fstat(fd).st_gid:
                    try:
                        os.fchown(fd, -1, model.st_gid)
                    except PermissionError:
                        pass  # not a member of that group: the file stays in ours
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            token = token_of(os.fstat(fd))
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    _fsync_directory(directory)
    return token


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
    for older, newer in zip(reversed(backups[1:]), reversed(backups[:-1])):
        if newer.exists():
            os.replace(newer, older)
    atomic_write(backups[0], data, like=path)


class TransactionStorage(Storage):
    """A TinyDB storage over tables already read under the lock; TinyDB's writes stay in
    memory and `commit` writes the file once, atomically and durably."""

    def __init__(self, path: Path, tables: dict[str, Any],
                 encoded: dict[str, tuple[Any, bytes]] | None = None) -> None:
        self.path = path
        self.tables = tables
        self.encoded = encoded  # the store's cache of encoded tables (see `encode`)
        self.dirty = False

    def read(self) -> dict[str, Any]:
        """The tables as read at the start of the transaction, with its changes so far."""
        return self.tables

    def write(self, data: dict[str, Any]) -> None:
        """Remember TinyDB's change; nothing touches the disk before `commit`."""
        self.tables = data
        self.dirty = True

    def commit(self) -> tuple[bytes, FileToken] | None:
        """Write the changed tables durably: their bytes and the new file's token (None if unchanged)."""
        if not self.dirty:
            return None
        data = encode(self.tables, self.encoded)
        token = atomic_write(self.path, data)
        self.dirty = False
        return data, token
