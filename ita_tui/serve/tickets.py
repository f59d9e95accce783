"""The server's word that it started an app process for a logged-in user, so that the process may
act as that name even where the name's record names an OS login (the app runs as the server's
account, not as the person).

Before it starts a session's app, the server writes a ticket: a one-use file holding the user's
name, owner-only, in a folder only its account may enter (made when the server starts, removed
when it stops), and names it to the process (ITA_TUI_WEB_TICKET). The process is trusted as
ITA_TUI_WEB_USER only when
- it redeems a ticket holding that very name: a regular file, not a link, owned by the process's
  effective user and closed to others, in a folder that is the same; redeeming removes it, so a
  copied environment is worth nothing; and
- its effective user owns the database's passwords file, `<db>.passwords` (never a path the
  environment names): the server's account, which may set everyone's web password anyway.
Another local user can make a ticket of their own but not own that file; setting ITA_TUI_WEB_USER
alone only names whom changes are recorded under, as --user does.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

TICKET_MAX = 4096  # bytes: a user name


class Tickets:
    """The server's ticket folder (mode 700, its account's own)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ita-tui-tickets-"))  # 0700, a new folder

    def issue(self, user: str) -> Path:
        """A new ticket for `user`'s app process: its path."""
        path = self.folder / secrets.token_hex(16)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        try:
            os.write(fd, user.encode("utf-8"))
        finally:
            os.close(fd)
        return path

    def close(self) -> None:
        """Remove the folder and any ticket no app redeemed."""
        shutil.rmtree(self.folder, ignore_errors=True)


def redeem(ticket: str | None, user: str, passwords: Path) -> bool:
    """Whether this process may act as `user` on the server's word (the module's text says when);
    a ticket that is read is removed, whatever it held."""
    if not ticket:
        return False
    euid = os.geteuid()
    try:
        if not (
            _own(os.lstat(passwords), euid, stat.S_ISREG)
            and _own(os.lstat(Path(ticket).parent), euid, stat.S_ISDIR)
        ):
            return False
        fd = os.open(ticket, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        if not _own(os.fstat(fd), euid, stat.S_ISREG):
            return False
        held = os.read(fd, TICKET_MAX + 1)
        os.unlink(ticket)  # one use
    except OSError:
        return False
    finally:
        os.close(fd)
    return secrets.compare_digest(held, user.encode("utf-8"))


def _own(st: os.stat_result, euid: int, kind: Callable[[int], bool]) -> bool:
    """Whether `st` is of `kind` (stat.S_ISREG …), owned by `euid` and closed to everyone else."""
    return kind(st.st_mode) and st.st_uid == euid and not st.st_mode & 0o077
