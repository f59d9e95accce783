"""The progress database: one TinyDB JSON file per checklist, safe for several writers at once.

The file holds the tables described in schema.py (the checklist, states, notes, links, reviews,
users, units and an activity log). Every change is a command (commands/), applied as one
transaction (transaction.py): take the inter-process lock (`<db>.lock`), re-read the file, apply
the change with a fresh TinyDB, write the file once (files.atomic_write), release the lock.
`apply` returns only after its change is durable, with a Change: its record, the new version
token and the snapshot of that version. Reading takes no lock and writes nothing (database.py);
backups are kept by a process's first change.

User text (notes, labels, URLs, user names) is stored as validate.py makes it: control
characters made visible, so no escape sequence can ever reach a terminal from the database.
"""

from __future__ import annotations

import os
import shlex
import stat
from datetime import date
from pathlib import Path
from typing import TypeVar

from ita_tui import files
from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError, os_reason
from ita_tui.locale import Phrase
from ita_tui.outputs import refuse_database_names
from ita_tui.store.commands.checklist_update import CreateDatabase
from ita_tui.store.database import DatabaseFile
from ita_tui.store.file_errors import bad_file, io_error
from ita_tui.store.records import Change, LogEntry, Snapshot
from ita_tui.store.rows import LOG, META
from ita_tui.store.schema import log_entries, meta_record
from ita_tui.store.transaction import Command, Transaction
from ita_tui.store.validate import clean_line
from ita_tui.thai import BE_OFFSET

T = TypeVar("T")


class ProgressStore:
    """Ticks, notes, links and the activity log of one checklist, kept in one database file."""

    def __init__(self, path: Path, user: str, *, login: str | None = None, web: bool = False) -> None:
        from ita_tui.store.identity import os_login

        self.path = path
        self.user = clean_line(user)
        # Who acts on the machine: this process's OS login unless told (tests; the web app, whose
        # `web` the server vouched for: app_process.py). A user's recorded login is checked against it.
        self.login = clean_line(login) if login is not None else os_login()
        self.web = web
        self._file = DatabaseFile(path, self.user, self.login)

    # ----- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        user: str,
        checklist_path: Path | None = None,
        login: str | None = None,
        web: bool = False,
    ) -> ProgressStore:
        """The store at `path`, created from `checklist_path` (or the bundled checklist) when missing.

        A corrupt, foreign or newer-version file is refused with a StoreError and left untouched.
        Opening only reads: no lock is taken and nothing is written (a reader on a shared file it
        may not write works, and leaves the folder as it was); the first change this process
        makes keeps the backup (`<db>.bak1` … `.bak3`)."""
        path = Path(path)
        try:
            # Write where the file lives (a rename would replace the link itself), through the
            # user's own links only; then a loop, a FIFO or a device is refused here, unread.
            path = files.own_links(path)
            st = os.stat(path)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise StoreError("err_db_open", path=path, reason=os_reason(exc)) from None
        store = cls(path, user, login=login, web=web)
        path = store.path
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise bad_file(store.path, Phrase("bad_is_dir"))
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise StoreError("err_db_not_a_file", path=path, kind=files.kind_of(st.st_mode))
        if st is None:
            store._create(checklist_path)
            return store
        store._file.load_current()  # one read of the whole file: a rename over it never mixes versions
        if checklist_path is not None:
            store._refuse_other_checklist_file(Path(checklist_path))
        return store

    def _create(self, checklist_path: Path | None) -> None:
        """Write a new database holding the checklist (FormatError if that file is bad)."""
        from ita_tui.paths import bundled_checklist

        source = Path(checklist_path) if checklist_path else bundled_checklist()
        checklist = checklist_file.load(source)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise io_error(self.path, "io_create_folder", exc, creating=True) from None
        self._transaction().run(CreateDatabase(source, checklist), creating=True)

    def _refuse_other_checklist_file(self, checklist_path: Path) -> None:
        """StoreError saying what to do when `--checklist FILE` names another checklist than the
        one this database holds (the same content, or the file it was made from, is fine)."""
        created_from = META.decode(meta_record(self._file.tables)).created_from
        if created_from and Path(created_from).resolve() == checklist_path.resolve():
            return
        given = checklist_file.load(checklist_path)
        if given == self.checklist:
            return
        db, file = shlex.quote(str(self.path)), shlex.quote(str(checklist_path))
        fiscal_year = self.checklist.fiscal_year
        raise StoreError(
            "err_db_other_checklist",
            db=self.path,
            file=checklist_path,
            org=self.checklist.organization,
            year=Phrase("year_in_era", be=fiscal_year, ce=fiscal_year - BE_OFFSET),
            update=f"ita-tui --db {db} checklist update {file}",
        )

    def next_year(self, output: Path) -> ProgressStore:
        """Next fiscal year's database at `output` (commands/next_year.py), written once, durably,
        with this database's mode and group; this one is only read. An `output` that exists (or
        is made meanwhile) is refused with a StoreError and left as it was."""
        from ita_tui.store.commands.next_year import CreateNextYear

        output = files.own_links(Path(output))
        with self._file.mutex:
            self._file.refresh()
            tables, checklist = self._file.tables, self.checklist
        if os.path.lexists(output):
            raise StoreError("err_db_exists", path=output)
        refuse_database_names(output, self.path)  # not a lock or backup name of this one either
        following = ProgressStore(output, self.user)
        command = CreateNextYear(self.path, checklist, tables)
        Transaction(following._file, self.user).run(command, creating=True, like=self.path, only_new=True)
        return following

    # ----- changing ------------------------------------------------------------------------

    def apply(self, command: Command[T]) -> Change[T]:
        """Make the change `command` says, as this store's user, in one locked, durable write;
        its Change once durable (StoreError, and nothing written, when it is refused)."""
        return self._transaction().run(command.prepared(self.checklist))

    def _transaction(self) -> Transaction:
        return Transaction(self._file, self.user, login=self.login, web=self.web)

    def writable(self) -> bool:
        """Whether this user may change the database: write the file, and make the temporary file
        and the lock beside it (root passes the permission checks, not a file without write bits)."""
        return self.path.exists() and self._file.writable() and os.access(self.path.parent, os.W_OK | os.X_OK)

    @property
    def notices(self) -> list[StoreError]:
        """What this process's changes left alone and the user should know (a link at a backup name)."""
        return self._file.notices

    @property
    def migrated_copy(self) -> Path | None:
        """Where this store kept a format 1 file it migrated (None when it migrated none)."""
        return self._file.migrated_copy

    # ----- reading -------------------------------------------------------------------------

    @property
    def checklist(self) -> Checklist:
        """The checklist as of the latest read."""
        file = self._file
        if file.checklist is None:
            with file.mutex:
                file.refresh()
        assert file.checklist is not None
        return file.checklist

    def version(self) -> object:
        """A cheap token that changes whenever any process writes the database."""
        return files.stat_token(self.path)

    def snapshot(self) -> Snapshot:
        """The checklist and all progress now (read again only when the file has changed)."""
        with self._file.mutex:
            self._file.refresh()
            return self._file.current_snapshot()

    def log(self, since: date | None = None, *, last: int | None = None) -> list[LogEntry]:
        """The activity log, oldest first; only entries on or after `since` when given, only the
        `last` ones when given (only those are read out of the table)."""
        with self._file.mutex:
            self._file.refresh()
            return log_entries(self._file.tables[LOG.name], since, last=last)
