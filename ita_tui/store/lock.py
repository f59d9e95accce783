"""The database's inter-process lock `<db>.lock`: writers are served in the order they came, and
"busy" names who holds it.

filelock polls, so a writer that releases and at once locks again beats every waiter asleep
between polls; with 8 writers some waited 30 s. Here each writer takes a ticket and waits for
the one before it, which makes the order first come, first served:

- `flock` on the whole file guards the few bytes of text it holds (held for microseconds): the
  next ticket number, and who holds the lock (user, host, pid, since when);
- an fcntl lock on byte 0 is the database lock itself;
- each waiter holds an fcntl lock on its ticket's byte (1 + ticket mod SLOTS) and waits until its
  predecessor's byte is free (that one has the lock, or gave up, or died), then for byte 0.

The kernel drops a dead process's fcntl locks, so a writer killed at any point never blocks
the others. The lock file gets the database's mode and group from its creation, and follows a
change of the database's mode when its owner next locks it.
"""

from __future__ import annotations

import errno
import fcntl
import getpass
import os
import socket
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ita_tui.files import PhrasedOSError
from ita_tui.locale import Phrase
from ita_tui.store.clock import now_iso

SLOTS = 1 << 20  # ticket bytes, reused in turn
POLL_S = (0.002, 0.02)  # first and longest sleep between two looks at the lock
SKIP_STOPPED_S = 1.0  # a waiter ahead that has not taken the free lock for this long is passed
HEADER_BYTES = 4096  # the text part of the file: at most this much is read


class LockBusy(Exception):
    """One process has held the lock longer than the timeout; its argument (a Phrase) names it."""


def _fcntl_lock(fd: int, kind: int, offset: int, wait: bool = False) -> bool:
    """Take (or with F_UNLCK drop) an fcntl lock on one byte; False when another process holds it."""
    try:
        nonblocking = 0 if wait or kind == fcntl.LOCK_UN else fcntl.LOCK_NB
        fcntl.lockf(fd, kind | nonblocking, 1, offset, os.SEEK_SET)
        return True
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise


def _holder_pid(fd: int) -> int | None:
    """The pid holding byte 0 (the database lock), or None when nobody does."""
    request = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 1, 0)
    reply = fcntl.fcntl(fd, fcntl.F_GETLK, request)
    kind, _, _, _, pid = struct.unpack("hhqqi", reply)
    return None if kind == fcntl.F_UNLCK else pid


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


class FairLock:
    """The first-come, first-served lock on `path` (a `<db>.lock` file)."""

    def __init__(self, path: Path, like: Path, timeout: float) -> None:
        self.path = path
        self.like = like  # the database: the lock file takes its mode and group
        self.timeout = timeout
        self._fd: int | None = None

    # ----- the file --------------------------------------------------------------------------

    def _open(self) -> int:
        """The lock file opened for reading and writing, created like the database if missing."""
        from ita_tui.files import create_new

        try:
            like: os.stat_result | None = os.stat(self.like)
        except OSError:
            like = None
        flags = os.O_RDWR | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        for _ in range(3):
            try:
                fd = os.open(self.path, flags)
            except FileNotFoundError:
                try:
                    return create_new(self.path, like, os.O_RDWR)
                except FileExistsError:
                    continue  # another writer created it first: open theirs
            self._follow_mode(fd, like)
            return fd
        raise PhrasedOSError(errno.EAGAIN, Phrase("os_lock_keeps_changing"), str(self.path))

    @staticmethod
    def _follow_mode(fd: int, like: os.stat_result | None) -> None:
        """Give our own lock file the database's mode and group (it may have been changed since)."""
        if like is None:
            return
        st = os.fstat(fd)
        if st.st_uid != os.geteuid():
            return
        want = like.st_mode & 0o666 | 0o600
        try:
            if st.st_gid != like.st_gid:
                os.fchown(fd, -1, like.st_gid)
            if st.st_mode & 0o7777 != want:
                os.fchmod(fd, want)
        except PermissionError:
            pass  # not a member of the database's group: the owner's next lock fixes it

    def _read_text(self, fd: int) -> dict[str, str]:
        """The key=value lines the file holds (next ticket, holder), under the short flock."""
        raw = os.pread(fd, HEADER_BYTES, 0).decode("utf-8", "replace")
        fields = {}
        for line in raw.splitlines():
            key, _, value = line.partition("=")
            fields[key] = value
        return fields

    def _write_text(self, fd: int, fields: dict[str, str]) -> None:
        text = "".join(f"{k}={v}\n" for k, v in fields.items()).encode("utf-8")[:HEADER_BYTES]
        os.pwrite(fd, text.ljust(len(text) + 1, b"\n"), 0)
        os.ftruncate(fd, len(text) + 1)

    def _update(self, fd: int, change: Callable[[dict[str, str]], dict[str, str] | None]) -> dict[str, str]:
        """Change the file's text under the short flock; returns what it held before."""
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            fields = self._read_text(fd)
            new = change(dict(fields))
            if new is not None:
                self._write_text(fd, new)
            return fields
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    # ----- taking and dropping ---------------------------------------------------------------

    def acquire(self) -> None:
        """Wait for our turn, then hold the lock; LockBusy when the holder keeps it past the
        timeout, OSError when the lock file cannot be opened or locked."""
        # fcntl locks belong to the process, not the descriptor: threads and other stores of this
        # process on the same database take turns here first.
        local = _in_process_lock(self.path)
        if not local.acquire(timeout=self.timeout):
            raise LockBusy(Phrase("lock_this_program", pid=os.getpid()))
        try:
            fd = self._open()
            try:
                self._wait_turn(fd)
            except BaseException:
                os.close(fd)  # drops every lock this process took on the file
                raise
        except BaseException:
            local.release()
            raise
        self._fd = fd

    def _wait_turn(self, fd: int) -> None:
        ticket = 0

        def take_ticket(fields: dict[str, str]) -> dict[str, str]:
            nonlocal ticket
            try:
                ticket = int(fields.get("next", "0")) % SLOTS
            except ValueError:
                ticket = 0
            fields["next"] = str((ticket + 1) % SLOTS)
            # Held until we have the lock, so our successor waits for us; taken under the flock,
            # so no successor can look at our byte before we hold it.
            _fcntl_lock(fd, fcntl.LOCK_EX, 1 + ticket)
            return fields

        self._update(fd, take_ticket)
        mine, before = 1 + ticket, 1 + (ticket - 1) % SLOTS
        last, changed_at = None, time.monotonic()
        sleep = POLL_S[0]
        predecessor_gone = False
        while True:
            if not predecessor_gone and _fcntl_lock(fd, fcntl.LOCK_SH, before):
                _fcntl_lock(fd, fcntl.LOCK_UN, before)
                predecessor_gone = True
            if predecessor_gone and _fcntl_lock(fd, fcntl.LOCK_EX, 0):
                break
            holder = _holder_pid(fd)
            state = (holder, self._update(fd, lambda f: None).get("serving"))
            waited = time.monotonic() - changed_at
            if state != last:  # the queue moved: whoever holds the lock now has only just begun
                last, changed_at = state, time.monotonic()
            elif holder is None and waited > SKIP_STOPPED_S:
                predecessor_gone = True  # the writer ahead of us is stopped (ctrl+z): pass it
            elif holder is not None and waited > self.timeout:
                _fcntl_lock(fd, fcntl.LOCK_UN, mine)
                raise LockBusy(self._holder_text(fd))
            time.sleep(sleep)
            sleep = min(sleep * 2, POLL_S[1])
        _fcntl_lock(fd, fcntl.LOCK_UN, mine)  # our successor may now wait for byte 0

        def name_holder(fields: dict[str, str]) -> dict[str, str]:
            fields.update(
                serving=str(ticket),
                user=_user(),
                host=socket.gethostname(),
                pid=str(os.getpid()),
                since=now_iso(),
            )
            return fields

        self._update(fd, name_holder)

    def _holder_text(self, fd: int) -> Phrase:
        """Who holds the lock, as the file says: "somchai on pc-12 (pid 4242) since 2026-…"."""
        fields = self._update(fd, lambda f: None)
        return Phrase(
            "lock_holder",
            user=fields.get("user", "?"),
            host=fields.get("host", "?"),
            pid=fields.get("pid", "?"),
            since=fields.get("since", "?"),
        )

    def release(self) -> None:
        """Let the next writer in."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:

            def clear_holder(fields: dict[str, str]) -> dict[str, str]:
                for key in ("user", "host", "pid", "since"):
                    fields.pop(key, None)
                return fields

            self._update(fd, clear_holder)
        finally:
            os.close(fd)  # drops byte 0
            _in_process_lock(self.path).release()


_LOCAL: dict[str, threading.Lock] = {}
_LOCAL_GUARD = threading.Lock()


def _in_process_lock(path: Path) -> threading.Lock:
    """The one thread lock of this process for the lock file at `path`."""
    key = os.path.realpath(path)
    with _LOCAL_GUARD:
        return _LOCAL.setdefault(key, threading.Lock())
