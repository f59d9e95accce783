"""`ita-tui` with no command: the app, on a terminal."""

from __future__ import annotations

import sys

from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError


def open_app(cli: CliContext) -> int:
    """Open the store, then (only then) load Textual and run the app until the user quits; with
    --read-only the app writes nothing, and a path with no database is refused, not made."""
    read_only = bool(cli.option("read_only"))
    if read_only:
        cli.options.reads_only = True
    store = cli.store()  # a bad database is one line and exit 2, before any screen
    if not (sys.stdin.isatty() and sys.stdout.isatty()):  # piped or from cron: it would never end
        raise ItaError("err_app_needs_terminal")
    from ita_tui.tui.app import run_app

    return run_app(
        store, lang=cli.lang, digit_style=cli.digits, pdf_digit_style=cli.pdf_digits, read_only=read_only
    )
