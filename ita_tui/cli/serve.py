"""`ita-tui serve` (the app in a browser, behind logins) and `ita-tui users passwd NAME`."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ita_tui.errors import ItaError
from ita_tui.locale import Phrase, Words
from ita_tui.store.vocabulary import SUPERVISOR


def _paths(args: argparse.Namespace) -> tuple[Path, Path]:
    """The database and its password file."""
    from ita_tui.paths import resolve_db_path
    from ita_tui.serve.passwords import passwords_path

    db = resolve_db_path(getattr(args, "db", None))
    return db, passwords_path(db, getattr(args, "passwords", None))


def cmd_passwd(args: argparse.Namespace) -> int:
    """Set a recorded user's web password: typed twice on a terminal, or one line from --stdin."""
    from ita_tui.cli.entry import _open_store, _say
    from ita_tui.serve.passwords import PasswordFile

    store = _open_store(args)
    snapshot = store.snapshot()
    if args.name not in snapshot.users:
        raise ItaError("err_password_unknown_user", name=args.name)
    supervisors = [u.name for u in snapshot.users.values() if u.role == SUPERVISOR]
    if supervisors and store.user not in supervisors:  # as for `users add`: supervisors manage users
        raise ItaError(
            "err_not_supervisor", doing=Phrase("doing_users"), names=", ".join(supervisors), user=store.user
        )
    if args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise ItaError("err_password_no_terminal")
        password = getpass.getpass(_say(args, "password_prompt", name=args.name))
        if getpass.getpass(_say(args, "password_again")) != password:
            raise ItaError("err_password_mismatch")
    _, path = _paths(args)
    PasswordFile(path).set(args.name, password)
    print(_say(args, "password_set", name=args.name, path=path))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the app to browsers until Ctrl+C or SIGTERM."""
    from ita_tui.cli.entry import _open_store, _option
    from ita_tui.serve.passwords import PasswordFile
    from ita_tui.serve.server import ItaServer, ServeOptions

    store = _open_store(args)  # a bad or missing database is one line now, not in every browser
    _, passwords = _paths(args)
    PasswordFile(passwords).hashes()  # a planted link or a readable file refused before serving
    public = args.public_url
    if public is not None:
        parts = urlsplit(public)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ItaError("err_serve_public_url", url=public)
    options = ServeOptions(
        db=store.path,
        passwords=passwords,
        host=args.host,
        port=args.port,
        public_url=public,
        idle_hours=args.idle_hours,
        lang=_option(args, "lang", "th"),
        digits=_option(args, "digits"),
    )
    try:
        ItaServer(options).run()
    except OSError as exc:
        from ita_tui.errors import os_reason

        raise ItaError("err_serve_port", host=args.host, port=args.port, reason=os_reason(exc)) from exc
    return 0


def add_parsers(
    command: Callable[[str, str], argparse.ArgumentParser],
    users_sub: Any,
    common: argparse.ArgumentParser,
    say: Words,
    path: Callable[[str], str],
) -> None:
    """`serve`, and `users passwd` under `users`."""
    q = users_sub.add_parser("passwd", parents=[common], help=say["help_cmd_users_passwd"])
    q.add_argument("name", metavar="NAME")
    q.add_argument("--stdin", action="store_true", help=say["help_passwd_stdin"])
    q.add_argument("--passwords", metavar="FILE", type=path, help=say["help_passwords"])
    p = command("serve", "help_cmd_serve")
    p.add_argument("--host", default="127.0.0.1", help=say["help_serve_host"])
    p.add_argument("--port", type=int, default=8080, help=say["help_serve_port"])
    p.add_argument("--public-url", metavar="URL", help=say["help_serve_public_url"])
    p.add_argument("--passwords", metavar="FILE", type=path, help=say["help_passwords"])
    p.add_argument("--idle-hours", type=float, default=8.0, metavar="HOURS", help=say["help_serve_idle"])
