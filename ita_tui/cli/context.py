"""What every command's handler is given: a `CliContext` holding the parsed options, the reader's
words, language and digit styles (each resolved once, here), and the store, opened on first use.

A handler is `def run(cli: CliContext) -> int`; its parser (next to it, in its group's module) names
it with `set_defaults(run=...)`. Heavy libraries (textual, fpdf2, tinydb) are imported inside the
methods and handlers that need them, so `ita-tui status` does not pay for the app or the PDF engine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ita_tui.errors import ItaError
from ita_tui.export.options import document_digits
from ita_tui.locale import DEFAULT_LANG, Words, words
from ita_tui.text import one_line

if TYPE_CHECKING:  # imported inside the methods that need them
    from ita_tui.store import ProgressStore, Snapshot

Handler = Callable[["CliContext"], int]


@dataclass
class CliContext:
    """One run of the command line: its options and the words, digits and store it speaks with."""

    options: argparse.Namespace
    words: Words  # the --lang language's words (Thai unless asked)
    digits: str  # --digits for the terminal: arabic unless asked
    pdf_digits: str  # --digits for PDF and Word documents (export/options.py document_digits)
    _opened: ProgressStore | None = field(default=None, init=False, repr=False)

    @classmethod
    def of(cls, options: argparse.Namespace) -> CliContext:
        """The context of parsed `options` (the common ones are absent when not written)."""
        lang = getattr(options, "lang", DEFAULT_LANG)
        asked = getattr(options, "digits", None)
        return cls(options, words(lang), asked or "arabic", document_digits(lang, asked))

    @property
    def lang(self) -> str:
        """The reader's language: "th" or "en"."""
        return self.words.lang

    @property
    def run(self) -> Handler:
        """The handler of the command the options name."""
        handler: Handler = self.options.run
        return handler

    def option(self, name: str, default: Any = None) -> Any:
        """An option's value, `default` when the command has no such option or it was not written."""
        return getattr(self.options, name, default)

    def say(self, key: str, /, **fields: object) -> str:
        """One line of the CLI's own words, filled in and made safe to print."""
        return one_line(self.words(key, **fields))

    def figure(self, value: object) -> str:
        """A number or item id in the --digits style (arabic unless asked)."""
        from ita_tui.thai import digits

        return digits(value, self.digits)

    def when(self, at: str) -> str:
        """A stored ISO time stamp as people read it: "26 พ.ย. 2569 14:05"."""
        from ita_tui.thai import short_datetime_of

        return short_datetime_of(at, self.lang, self.digits)

    def date_option(self, name: str) -> date | None:
        """A date option's value (BE or CE, see thai.parse_date), None when not given; a date that
        cannot be read is one line and exit 2, before the database is opened."""
        from ita_tui.thai import parse_date

        text = self.option(name)
        if text is None:
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise ItaError("bad_date", option="--" + name.replace("_", "-"), text=repr(text)) from None

    def store(self) -> ProgressStore:
        """The progress store the options name, opened once; created from the checklist when missing
        by the app and the commands that change something. A reader (`reads_only`) on a path with
        no database is one line, and creates nothing (a mistyped shared path would show 0% and
        leave a stray database)."""
        if self._opened is None:
            import os
            import shlex

            from ita_tui.paths import resolve_db_path, resolve_user
            from ita_tui.store import ProgressStore

            path = resolve_db_path(self.option("db"))
            checklist = self.option("checklist")  # naming one says: make the database from it
            if self.option("reads_only", False) and not checklist and not os.path.lexists(path):
                raise ItaError("err_no_database", path=path, quoted=shlex.quote(str(path)))
            self._opened = ProgressStore.open(
                path,
                user=resolve_user(self.option("user")),
                checklist_path=Path(checklist) if checklist else None,
            )
        return self._opened

    def as_of_day(self) -> date | None:
        """The day --as-of or --round names (the data as it stood at its end), or None."""
        months = self.option("round")
        if months:
            from ita_tui.export.heading import round_end

            return round_end(self.store().checklist.fiscal_year, months)
        return self.date_option("as_of")

    def snapshot(self) -> Snapshot:
        """The store's snapshot now, or as it stood at --as-of / the end of --round."""
        store = self.store()
        day = self.as_of_day()
        snapshot = store.snapshot()
        if day is None:
            return snapshot
        from ita_tui.store.as_of import snapshot_as_of

        return snapshot_as_of(snapshot, store.log(), day)

    def working(self) -> AbstractContextManager[None]:
        """On a terminal, a line on stderr counting the seconds while a long import or export runs."""
        from ita_tui.cli.elapsed import elapsed

        return elapsed(sys.stderr, lambda seconds: self.say("working", seconds=self.figure(seconds)))

    def after_lines(self) -> list[str]:
        """After a command, for stderr: that its change migrated a format 1 database (and where the
        old file went), and what its change left alone (a link at a backup name)."""
        store = self._opened
        if store is None:
            return []
        said = [self.say("err_line", message=notice.text(self.lang)) for notice in store.notices]
        if store.migrated_copy is not None:
            said.insert(0, self.say("migrated", path=store.path, copy=store.migrated_copy))
        return said
