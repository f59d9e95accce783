"""The web logins' passwords: argon2id hashes (argon2-cffi) in a file only the server's account can
read (mode 600), beside the database or where --passwords names it; never in the shared database.

The file is JSON: {"format": "ita-tui-passwords", "version": 1, "users": {"somsri": "$argon2id$…"}}.
It is refused when it is a link or when anyone but its owner may read it, so a member of the office
group cannot plant or read it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from ita_tui.errors import ItaError
from ita_tui.files import TEMP_HEX, fsync_directory, temp_prefix

if TYPE_CHECKING:
    from argon2 import PasswordHasher

FORMAT = "ita-tui-passwords"
PASSWORD_MIN = 8  # characters
PASSWORD_MAX = 1_000  # characters: argon2 hashes anything, but a megabyte "password" is an attack
FILE_MAX = 2**20  # bytes


def passwords_path(db: Path, option: str | None = None) -> Path:
    """--passwords, else `<db>.passwords` beside the database."""
    return Path(option).expanduser() if option else db.with_name(db.name + ".passwords")


def _hasher() -> PasswordHasher:  # imported here: only serve and `users passwd` pay for argon2
    from argon2 import PasswordHasher

    return PasswordHasher()


class PasswordFile:
    """Read, check and change the password hashes of one server."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._dummy: str | None = None

    def hashes(self) -> dict[str, str]:
        """Every user's hash; {} when there is no file yet. ItaError for a link, a file others may
        read, or one that is not ours."""
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.path, flags)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            if self.path.is_symlink():
                raise ItaError("err_passwords_link", path=self.path) from exc
            raise
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise ItaError("err_passwords_not_file", path=self.path)
            if st.st_mode & 0o077:
                raise ItaError("err_passwords_open", path=self.path, mode=f"{st.st_mode & 0o777:o}")
            data = handle.read(FILE_MAX + 1)
        try:
            parsed = json.loads(data) if len(data) <= FILE_MAX else None
        except (ValueError, UnicodeDecodeError):
            parsed = None
        users = parsed.get("users") if isinstance(parsed, dict) and parsed.get("format") == FORMAT else None
        if not isinstance(users, dict) or not all(isinstance(v, str) for v in users.values()):
            raise ItaError("err_passwords_bad", path=self.path)
        return dict(users)

    def users(self) -> list[str]:
        """The names that have a password."""
        return sorted(self.hashes())

    def verify(self, name: str, password: str) -> bool:
        """Whether `password` is `name`'s. A name without a password costs the same time as one with
        it (a dummy hash is checked), so a wrong name cannot be told from a wrong password."""
        from argon2.exceptions import InvalidHashError, VerificationError

        hasher = _hasher()
        stored = self.hashes().get(name)
        if stored is None:
            if self._dummy is None:
                self._dummy = hasher.hash(secrets.token_hex(16))
            stored, name = self._dummy, ""
        try:
            return hasher.verify(stored, password[:PASSWORD_MAX]) and bool(name)
        except (VerificationError, InvalidHashError):
            return False

    def set(self, name: str, password: str) -> None:
        """Give `name` this password (ItaError when it is too short or too long)."""
        if len(password) < PASSWORD_MIN:
            raise ItaError("err_password_short", n=PASSWORD_MIN)
        if len(password) > PASSWORD_MAX:
            raise ItaError("err_password_long", n=PASSWORD_MAX)
        users = self.hashes()
        users[name] = _hasher().hash(password)
        self._write(users)

    def remove(self, name: str) -> bool:
        """Take `name`'s password away; whether there was one."""
        users = self.hashes()
        if users.pop(name, None) is None:
            return False
        self._write(users)
        return True

    def _write(self, users: dict[str, str]) -> None:
        """Replace the file durably: a new owner-only file (never through a link), then a rename."""
        data = json.dumps({"format": FORMAT, "version": 1, "users": users}, indent=1).encode()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        while True:  # flock'ed while in use, so a database write cleaning up leaves it alone
            temp = self.path.with_name(f"{temp_prefix(self.path)}{secrets.token_hex(TEMP_HEX // 2)}.tmp")
            fd = os.open(temp, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX)
            with contextlib.suppress(OSError):
                if os.lstat(temp).st_ino == os.fstat(fd).st_ino:
                    break
            os.close(fd)  # a cleaner took it between its creation and our lock: make another
        try:
            os.fchmod(fd, 0o600)  # whatever the umask or the folder's default ACL gave
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
            os.replace(temp, self.path)  # a rename replaces a planted link itself, not its target
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        finally:
            os.close(fd)  # the lock held until the rename is done
        fsync_directory(self.path.parent)
