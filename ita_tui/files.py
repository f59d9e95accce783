"""Files written whole or not at all: atomic durable writes, and reads tied to one version.

A write goes to a temporary file in the target's own directory, is flushed and fsync'ed,
renamed over the target (os.replace is atomic), and the directory is fsync'ed, so after a
crash the file holds either the old or the new content, never a mix. The new file keeps the
old one's permission bits and group. Temporary files are named `.<name>.<random>.tmp`.
Used by the store, the checklist file and every export alike.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

# (device, inode, size, mtime_ns): changes whenever the file is replaced or rewritten.
FileToken = tuple[int, int, int, int]

TEMP_HEX = 12  # hex digits of the random part of a temporary file's name


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


def temp_prefix(path: Path) -> str:
    """How the names of `path`'s temporary files begin."""
    return f".{path.name}."


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
    temp = directory / f"{temp_prefix(path)}{secrets.token_hex(TEMP_HEX // 2)}.tmp"
    # 0o666 lets the umask decide for a brand-new file; an existing file's mode is copied below.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        try:
            if model is not None:
                os.fchmod(fd, model.st_mode & 0o7777)
                if model.st_gid != os.fstat(fd).st_gid:
                    # not a member of that group: the file stays in ours
                    with contextlib.suppress(PermissionError):
                        os.fchown(fd, -1, model.st_gid)
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
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_directory(directory)
    return token
