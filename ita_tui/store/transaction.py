"""One change to the database, start to end: a `Command` (a value saying what to change) applied
by a `Transaction`, which takes the inter-process lock (`<db>.lock`), re-reads the file, lets
the command change a fresh TinyDB, writes the file once (files.atomic_write), releases the lock
and hands back the `Change`: the command's record, the new version token and its snapshot.

A command that can be undone logs its inverse (an `Inverse`, itself a command) in its log
entry's `undo` field; undo and redo (commands/undo.py) apply it and log the inverse it gives.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ita_tui.checklist.ids import find_item_id
from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.store import log_phrases
from ita_tui.store.clock import now_iso
from ita_tui.store.database import DatabaseFile
from ita_tui.store.file_errors import io_error
from ita_tui.store.lock import FairLock, LockBusy
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import Change, Snapshot
from ita_tui.store.rows import ALIASES, LOG, Codec, LogRow
from ita_tui.store.schema import TABLES, snapshot_of
from ita_tui.store.tables import Table

if TYPE_CHECKING:
    from tinydb import TinyDB

T = TypeVar("T")
R = TypeVar("R")
Payload = dict[str, Any]  # an inverse as its log entry keeps it: {"op": "state", "item": "2.1", …}
LOCK_TIMEOUT_S = 30.0


class Command(ABC, Generic[T]):
    """One change the store can make, as a value; `apply` makes it inside a transaction and
    returns its record (T), which the store hands back in the `Change`."""

    def prepared(self, checklist: Checklist) -> Command[T]:
        """The command ready to apply (user text cleaned, what can be refused without the lock
        refused), given the checklist as last read. Runs before the lock is taken."""
        return self

    @abstractmethod
    def apply(self, tx: Transaction) -> T:
        """Make the change in the transaction's tables (under the lock)."""


class Inverse(Command["Inverse"]):
    """A command that puts back what another replaced, as its log entry keeps it (`payload`);
    applying it returns the inverse that puts the change back again."""

    op: ClassVar[tuple[str, ...]]  # the payload's "op" values this kind reads

    @abstractmethod
    def payload(self) -> Payload:
        """How the log entry keeps this inverse (its `undo` field)."""

    @classmethod
    @abstractmethod
    def from_payload(cls, payload: Payload) -> Inverse:
        """The inverse a log entry's `undo` field keeps."""


class Transaction:
    """One locked change of the database file: what a command reads and changes while it runs
    (`db`, a fresh TinyDB over the tables as re-read; `checklist`; `user`, and the OS `login` it
    acts from, or `web`: a browser session the server vouched for), then the version."""

    def __init__(self, file: DatabaseFile, user: str, *, login: str = "", web: bool = False) -> None:
        self.file = file
        self.user = user
        self.login = login
        self.web = web
        self.db: TinyDB  # made under the lock, over the tables as re-read
        self.checklist = Checklist(title="", organization="", fiscal_year=0)
        self._now = ""

    def run(
        self, command: Command[T], *, creating: bool = False, like: Path | None = None, only_new: bool = False
    ) -> Change[T]:
        """Lock, re-read, apply `command`, write once, unlock; its Change once durable. `creating`:
        the file may not exist yet, and is then made with `like`'s mode and group when given (else
        the umask's); `only_new`: a file that exists under the lock is refused, untouched."""
        from tinydb import TinyDB

        from ita_tui.store.tinydb_storage import TransactionStorage

        file = self.file
        self.now()  # a clock no time stamp can be made of is one line, before the lock is taken
        try:
            with file.mutex, self._locked(like):
                if only_new and os.path.lexists(file.path):
                    raise StoreError("err_db_exists", path=file.path)
                if creating and not file.path.exists():
                    tables: dict[str, Any] = {name: {} for name in TABLES}
                else:
                    file.ready_to_change()
                    assert file.checklist is not None  # the file was read
                    tables, self.checklist = file.tables, file.checklist
                before = dict(tables)  # TinyDB replaces the dict of each table it changes
                storage = TransactionStorage(file.path, tables, file.encoded, like=like if creating else None)
                # A fresh TinyDB per transaction: its query cache and next ids never outlive the lock.
                self.db = TinyDB(storage=lambda: storage)
                try:
                    value = command.apply(self)
                    written = storage.commit()
                except BaseException:
                    file.forget()  # TinyDB may have changed the cached tables in memory
                    raise
                if written is not None:
                    file.written(*written, storage.tables, before)
                return Change(value, file.token, self._snapshot_maker(), written is not None)
        except _NoLock as exc:
            if creating:
                raise io_error(file.path, "io_create", exc.args[0], creating=True) from None
            raise io_error(file.path, "io_lock", exc.args[0]) from None
        except OSError as exc:
            if creating:
                raise io_error(file.path, "io_create", exc, creating=True) from None
            raise io_error(file.path, "io_save", exc) from None

    def _snapshot_maker(self) -> Callable[[], Snapshot]:
        """The snapshot of the version just written (or read), now or on first use."""
        snapshot, checklist = self.file.snapshot, self.file.checklist
        if snapshot is not None:
            return lambda: snapshot
        tables = dict(self.file.tables)  # later changes replace tables
        assert checklist is not None
        return lambda: snapshot_of(checklist, tables)

    @contextmanager
    def _locked(self, like: Path | None = None) -> Iterator[None]:
        """Hold the database lock (its file made like `like`, else like the database); _NoLock
        when the lock file cannot be made (read-only folder)."""
        if self.file.lock is None:  # made on first use, then kept with the file's cache
            path = self.file.path
            self.file.lock = FairLock(Path(str(path) + ".lock"), like=like or path, timeout=LOCK_TIMEOUT_S)
        lock = self.file.lock
        try:
            lock.acquire()
        except LockBusy as exc:
            raise StoreError(
                "err_busy", path=self.file.path, holder=exc.args[0], seconds=f"{LOCK_TIMEOUT_S:.0f}"
            ) from None
        except OSError as exc:
            raise _NoLock(exc) from None
        try:
            yield
        finally:
            lock.release()

    # ----- what commands use ---------------------------------------------------------------

    def now(self) -> str:
        """The time of this change (read once: every record and log entry it writes shares it)."""
        if not self._now:
            self._now = now_iso()
        return self._now

    def table(self, codec: Codec[R]) -> Table[R]:
        """One table of this transaction's TinyDB, read and written as rows of `codec`."""
        return Table(self.db, codec)

    def item_id(self, typed: str) -> str:
        """The checklist's id of the item `typed` names (an old id, an alias, finds it too)."""
        aliases = {row.alias: row.item for _, row in self.table(ALIASES).rows()}
        return find_item_id(self.checklist, typed, aliases)

    def log_row(
        self,
        action: str,
        item: str,
        before: Side,
        after: Side,
        *,
        undo: Inverse | None = None,
        number: int = 0,
        undoes: str | None = None,
        redoes: str | None = None,
    ) -> LogRow:
        """One activity log entry by this transaction's user and OS login, now (a side is text, or a code:
        see log_phrases), with the inverse that undoes it and the note's or link's number."""
        before_text, after_text, fields = log_phrases.split_sides(before, after)
        payload = undo.payload() if undo is not None else None
        return LogRow(
            self.now(),
            self.user,
            action,
            item,
            before_text,
            after_text,
            fields,
            payload,
            number or None,
            undoes,
            redoes,
            self.login or None,
            self.web or None,
        )

    def log(self, action: str, item: str, before: Side, after: Side, **extra: Any) -> int:
        """Add one entry to the append-only activity log (see `log_row`); its document id."""
        return self.table(LOG).append([self.log_row(action, item, before, after, **extra)])


class _NoLock(Exception):
    """The lock file could not be created or opened (carries the OSError)."""
