"""Files written whole or not at all: atomic durable writes, and reads tied to one version.

A write goes to a temporary file in the target's own directory, is flushed and fsync'ed,
renamed over the target (os.replace is atomic), and the directory is fsync'ed, so after a
crash the file holds either the old or the new content, never a mix. The new file has the
old one's permission bits and group from its creation (never wider, not even for an instant).
Temporary files are named `.<name>.<random>.tmp`; a writer holds an flock on its own until it is
renamed, so the next write of the same file removes those a killed writer left (and never one in
use). Reads open without blocking and refuse anything that is not a regular file (a FIFO would
hang, a device never end).

Links: a write never goes through a symbolic link (a planted `<db>.bak2 -> ~alice/private.txt`
is refused, naming it, and nothing behind it is read or changed); `own_links` follows only the
links this user made, for the paths a user names (--db, -o).
Used by the store, the checklist file and every export alike.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import secrets
import stat
from collections.abc import Iterator
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


def refuse_link(path: Path) -> None:
    """PhrasedOSError (ELOOP) naming `path` when it is a symbolic link: a write or a mode change
    there would reach whatever file another user pointed it at."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise PhrasedOSError(errno.ELOOP, Phrase("kind_link"), str(path))


def own_links(path: Path) -> Path:
    """`path` with the symbolic links this user made followed to the file they name (a user may
    point --db or -o at a file elsewhere); PhrasedOSError (ELOOP) naming the first link that
    another user made, which is never followed."""
    for _ in range(40):
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return path
        if not stat.S_ISLNK(st.st_mode):
            return path
        if st.st_uid != os.geteuid():
            raise PhrasedOSError(errno.ELOOP, Phrase("kind_link_not_ours"), str(path))
        path = path.parent / os.readlink(path)
    raise PhrasedOSError(errno.ELOOP, Phrase("kind_link_loop"), str(path))


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


def read_file(path: Path, *, limit: int | None = None, follow: bool = True) -> tuple[bytes, FileToken]:
    """The file's bytes and the token of exactly that version (raises OSError: NotAFile for a
    FIFO, device, socket or directory, which is opened without blocking and never read; EFBIG
    when the file is larger than `limit` bytes, known from its size before any byte is read;
    ELOOP for a symbolic link unless `follow`)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags if follow else flags | os.O_NOFOLLOW)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            raise PhrasedOSError(errno.ELOOP, Phrase("kind_link"), str(path)) from None
        raise
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


@contextlib.contextmanager
def new_temp(path: Path, data: bytes, *, like: Path | None = None) -> Iterator[tuple[Path, FileToken]]:
    """`data` in a new temporary file beside `path`, fsync'ed, with the mode and group of `like`
    (default: `path` itself, if it exists and is no link) from the start; its name and token, for
    the caller to rename within the block. The file is flock'ed until the block ends, so no
    other writer takes it for a killed one's; it is removed if the block raises."""
    try:
        model: os.stat_result | None = os.stat(like) if like is not None else os.lstat(path)
    except FileNotFoundError:
        model = None
    if model is not None and like is None and not stat.S_ISREG(model.st_mode):
        model = None
    while True:
        temp = path.parent / f"{temp_prefix(path)}{secrets.token_hex(TEMP_HEX // 2)}.tmp"
        fd = create_new(temp, model)
        fcntl.flock(fd, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):
            if os.lstat(temp).st_ino == os.fstat(fd).st_ino:
                break
        os.close(fd)  # a cleaner took it between its creation and our lock: make another
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            token = token_of(os.fstat(fd))
            yield temp, token
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def remove_stale_temps(path: Path) -> None:
    """Delete the temporary files of `path` that killed writers left: those nobody holds the
    flock of. Another file's (whose name merely starts the same), one in use, one we may not
    open, and anything not a regular file are left alone."""
    pattern = re.compile(re.escape(temp_prefix(path)) + f"[0-9a-f]{{{TEMP_HEX}}}\\.tmp")
    try:
        names = [name for name in os.listdir(path.parent) if pattern.fullmatch(name)]
    except OSError:
        return
    for name in names:
        temp = path.parent / name
        try:
            fd = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            st = os.fstat(fd)
            if stat.S_ISREG(st.st_mode):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError: a live writer's
                if os.lstat(temp).st_ino == st.st_ino:
                    os.unlink(temp)
        except OSError:
            pass
        finally:
            os.close(fd)


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
    (default: the file being replaced) from its creation. A symbolic link at `path` is refused
    (PhrasedOSError, ELOOP): follow the user's own first (`own_links`). The temporary files a
    killed writer of `path` left are removed first. Raises OSError with no temporary file left
    behind."""
    refuse_link(path)
    remove_stale_temps(path)
    with new_temp(path, data, like=like) as (temp, token):
        os.replace(temp, path)
    fsync_directory(path.parent)
    return token
