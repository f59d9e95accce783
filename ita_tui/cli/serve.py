"""`ita-tui serve`: the app in a browser, behind logins (`users passwd` sets a user's password, see
people.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from ita_tui.cli.args import Commands
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError


def add_commands(commands: Commands) -> None:
    """serve [--host] [--port] [--public-url] [--passwords] [--idle-hours]."""
    say, path = commands.say, commands.path
    p = commands.add("serve", "help_cmd_serve", serve)
    p.add_argument("--host", default="127.0.0.1", help=say["help_serve_host"])
    p.add_argument("--port", type=int, default=8080, help=say["help_serve_port"])
    p.add_argument("--public-url", metavar="URL", help=say["help_serve_public_url"])
    p.add_argument("--passwords", metavar="FILE", type=path, help=say["help_passwords"])
    p.add_argument("--idle-hours", type=float, default=8.0, metavar="HOURS", help=say["help_serve_idle"])


def passwords_file(cli: CliContext) -> Path:
    """The database's password file (--passwords, else beside the database)."""
    from ita_tui.paths import resolve_db_path
    from ita_tui.serve.passwords import passwords_path

    return passwords_path(resolve_db_path(cli.option("db")), cli.option("passwords"))


def serve(cli: CliContext) -> int:
    """Serve the app to browsers until Ctrl+C or SIGTERM."""
    from ita_tui.serve.passwords import PasswordFile, passwords_path
    from ita_tui.serve.server import ItaServer, ServeOptions

    args = cli.options
    store = cli.store()  # a bad or missing database is one line now, not in every browser
    passwords = passwords_file(cli)
    PasswordFile(passwords).hashes()  # a planted link or a readable file refused before serving
    beside = passwords_path(store.path)  # the one the app processes trust (serve/tickets.py)
    if passwords != beside and any(user.login for user in store.snapshot().users.values()):
        print(cli.say("serve_logins_elsewhere", path=passwords, beside=beside), file=sys.stderr)
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
        lang=cli.lang,
        digits=cli.option("digits"),
    )
    try:
        ItaServer(options).run()
    except OSError as exc:
        from ita_tui.errors import os_reason

        raise ItaError("err_serve_port", host=args.host, port=args.port, reason=os_reason(exc)) from exc
    return 0
