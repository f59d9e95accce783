"""Files written whole or not at all: atomic durable writes, and reads tied to one version.

A write goes to a temporary file in the target's own directory, is flushed and fsync'ed,
renamed over the target (os.replace is atomic), and the directory is fsync'ed, so after a
crash the file holds either the old or the new content, never a mix. The new file has the
old one's permission bits and group from its creation (never wider, not even for an instant).
Temporary files are named `.<name>.<random>.tmp`. Reads open without blocking and refuse
anything that is not a regular file (a FIFO would hang, a device never end).
Used by the store, the checklist file and every export alike.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from ita_tui.locale import Phrase

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


class PhrasedOSError(OSError):
    """An OSError whose reason is a phrase of the word table (`errors.os_reason` says it)."""

    def __init__(self, code: int, phrase: Phrase, path: str) -> None:
        super().__init__(code, phrase.text("en"), path)
        self.phrase = phrase


class NotAFile(PhrasedOSError):
    """The path names a FIFO, a device, a socket or a directory: never read, it could block for ever."""


def kind_of(mode: int) -> Phrase:
    """What a non-regular file is, in a few words ("is a directory" …)."""
    if stat.S_ISDIR(mode):
        return Phrase("kind_dir")
    if stat.S_ISFIFO(mode):
        return Phrase("kind_fifo")
    if stat.S_ISSOCK(mode):
        return Phrase("kind_socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Phrase("kind_device")
    return Phrase("kind_other")


def read_file(path: Path, *, limit: int | None = None) -> tuple[bytes, FileToken]:
    """The file's bytes and the token of exactly that version (raises OSError: NotAFile for a
    FIFO, device, socket or directory, which is opened without blocking and never read; EFBIG
    when the file is larger than `limit` bytes)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotAFile(errno.EINVAL, kind_of(st.st_mode), str(path))
        if limit is not None and st.st_size > limit:
            raise PhrasedOSError(errno.EFBIG, Phrase("kind_too_large", most=limit // 2**20), str(path))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(), token_of(st)
    finally:
        os.close(fd)


def temp_prefix(path: Path) -> str:
    """How the names of `path`'s temporary files begin."""
    return f".{path.name}."


def create_new(path: Path, like: os.stat_result | None, flags: int = os.O_WRONLY) -> int:
    """Create `path` (it must not exist) and return its descriptor, already with its final mode
    and group before any byte is in it: `like`'s mode and group when given (the group only if we
    belong to it; otherwise no group rights), else what the umask and the folder give a new file.
    It is created owner-only and only then opened up to that mode, so nobody else can open it
    early and keep reading what is written later."""
    flags |= os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    if like is None:
        return os.open(path, flags, 0o666)  # the umask and the folder's setgid decide, as for any file
    fd = os.open(path, flags, 0o600)
    try:
        mode = like.st_mode & 0o7777
        if like.st_gid != os.fstat(fd).st_gid:
            try:
                os.fchown(fd, -1, like.st_gid)
            except PermissionError:
                mode &= ~0o070  # not a member of that group: ours gets no rights it was not given
        os.fchmod(fd, mode)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return fd


def write_temp(path: Path, data: bytes, *, like: Path | None = None) -> tuple[Path, FileToken]:
    """`data` in a new temporary file beside `path`, fsync'ed, with the mode and group of `like`
    (default: `path` itself, if it exists) from the start; its name and token. Raises OSError
    with no temporary file left behind."""
    try:
        model: os.stat_result | None = os.stat(like or path)
    except FileNotFoundError:
        model = None
    temp = path.parent / f"{temp_prefix(path)}{secrets.token_hex(TEMP_HEX // 2)}.tmp"
    fd = create_new(temp, model)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            token = token_of(os.fstat(fd))
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp, token


def fsync_directory(directory: Path) -> None:
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
    (default: the file being replaced) from its creation. Through a symlink, the file it points
    to is replaced. Raises OSError with no temporary file left behind."""
    if path.is_symlink():
        path = path.resolve(strict=True)
    temp, token = write_temp(path, data, like=like)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(path.parent)
    return token
