"""Who this process is on the machine: the OS login of its real user id (never an environment
variable: `--user` and ITA_TUI_USER only name whom a change is recorded under), and what a login
recorded for a user may look like."""

from __future__ import annotations

import os
import pwd

from ita_tui.errors import StoreError
from ita_tui.locale import Phrase

LOGIN_MAX = 64  # characters (Linux allows 32; directory services' "name@domain" may be longer)


def os_login() -> str:
    """The login name of this process's real user id (the uid as text when it has no name)."""
    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a container's uid with no entry in /etc/passwd
        return str(uid)


def login_problem(login: str) -> bool:
    """Whether `login` cannot be an OS login: empty, too long, or holding spaces, control
    characters, ':' or '/' (which no login name may hold)."""
    return (
        not login
        or len(login) > LOGIN_MAX
        or any(ch.isspace() or not ch.isprintable() or ch in ":/" for ch in login)
    )


def refuse_other_login(user: str, recorded: str, login: str, web: bool, doing: str) -> None:
    """StoreError naming the OS login `recorded` for `user` when this process runs as another
    `login`, whatever --user said (`doing`: a key, "doing_…"). A browser session the server
    vouched for (`web`) acts as the name its login page established."""
    if recorded and recorded != login and not web:
        raise StoreError("err_other_login", doing=Phrase(doing), user=user, login=recorded, actual=login)
