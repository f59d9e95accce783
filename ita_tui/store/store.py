"""The progress database: one TinyDB JSON file per checklist, safe for several writers at once.

The file holds the tables described in schema.py (the checklist, states, notes, links, reviews,
users, units and an activity log). Every change is one transaction: take the inter-process lock (`<db>.lock`),
re-read the file, apply the change with a fresh TinyDB, write the file once
(files.atomic_write), release the lock. A method returns only after its change is durable, with
a Change: its record, the new version token and the snapshot of that version. Reading takes no
lock and writes nothing: the file is read whole once (a writer renames a new file over it, so a
read sees one version or the other); backups are kept by a process's first change.

User text (notes, labels, URLs, user names) is stored as validate.py makes it: control
characters made visible, so no escape sequence can ever reach a terminal from the database.
"""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from ita_tui import files
from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist
from ita_tui.errors import FormatError, StoreError, os_reason
from ita_tui.limits import DB_FILE_MAX
from ita_tui.locale import Phrase
from ita_tui.store import changes
from ita_tui.store.edits import Edits
from ita_tui.store.file_errors import bad_file, io_error
from ita_tui.store.lock import FairLock, LockBusy
from ita_tui.store.migrate import migrate_v1, v1_copy_name
from ita_tui.store.recording import Recording
from ita_tui.store.records import LogEntry, Snapshot
from ita_tui.store.schema import (
    TABLES,
    UnusableFile,
    decode,
    format_version,
    log_entries,
    meta_record,
    new_meta,
    snapshot_of,
)
from ita_tui.store.validate import clean_line
from ita_tui.store.work import Work
from ita_tui.store.workflow import Workflow

LOCK_TIMEOUT_S = 30.0


class ProgressStore(Recording, Workflow, Edits):
    """Ticks, notes, links and the activity log of one checklist, kept in one database file."""

    def __init__(self, path: Path, user: str) -> None:
        self.path = path
        self.user = clean_line(user)
        self._raw: bytes | None = None  # the file's bytes as last read or written ...
        self._tables: dict[str, Any] = {}  # ... and the same content parsed
        self._token: object = None  # the stat token of that version
        self._snapshot: Snapshot | None = None
        self._checklist: Checklist | None = None
        self._checklist_raw: dict[str, Any] | None = None
        self._file_lock: FairLock | None = None
        self._mutex = threading.RLock()  # the app may call from worker threads
        self._encoded: dict[str, tuple[Any, bytes]] = {}  # tables encoded at the last write
        self.migrated_copy: Path | None = None  # where this store kept a format 1 file it migrated
        self._v1_raw: bytes | None = None  # a format 1 file's bytes, read but not yet migrated
        self._backed_up = False  # the first change of this process keeps a backup first
        self.notices: list[StoreError] = []  # what a change left alone and the user should know

    # ----- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, user: str, checklist_path: Path | None = None) -> ProgressStore:
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
        store = cls(path, user)
        path = store.path
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise bad_file(store.path, Phrase("bad_is_dir"))
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise StoreError("err_db_not_a_file", path=path, kind=files.kind_of(st.st_mode))
        if st is None:
            store._create(checklist_path)
            return store
        store._load_current()  # one read of the whole file: a rename over it never mixes versions
        if checklist_path is not None:
            store._refuse_other_checklist_file(Path(checklist_path))
        return store

    def writable(self) -> bool:
        """Whether this user may change the database: write the file, and make the temporary file
        and the lock beside it (root passes the permission checks, not a file without write bits)."""
        return self.path.exists() and self._writable() and os.access(self.path.parent, os.W_OK | os.X_OK)

    def _create(self, checklist_path: Path | None) -> None:
        """Write a new database holding the checklist (FormatError if that file is bad)."""
        from ita_tui.paths import bundled_checklist

        source = Path(checklist_path) if checklist_path else bundled_checklist()
        checklist = checklist_file.load(source)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise io_error(self.path, "io_create_folder", exc, creating=True) from None
        with self._transaction(creating=True) as work:
            db = work.db
            if db.table("meta").all():  # another process created it while we waited
                return
            db.table("meta").insert(new_meta(str(source), checklist))
            created = ("created-from", {"items": len(checklist.item_ids()), "source": source.name})
            changes.log(db, self.user, "create", "", "", created)

    # ----- reading -------------------------------------------------------------------------

    @property
    def checklist(self) -> Checklist:
        """The checklist as of the latest read."""
        if self._checklist is None:
            with self._mutex:
                self._refresh()
        assert self._checklist is not None
        return self._checklist

    def version(self) -> object:
        """A cheap token that changes whenever any process writes the database."""
        from ita_tui.files import stat_token

        return stat_token(self.path)

    def snapshot(self) -> Snapshot:
        """The checklist and all progress now (read again only when the file has changed)."""
        with self._mutex:
            self._refresh()
            if self._snapshot is None:
                assert self._checklist is not None
                self._snapshot = snapshot_of(self._checklist, self._tables)
            return self._snapshot

    def log(self, since: date | None = None, *, last: int | None = None) -> list[LogEntry]:
        """The activity log, oldest first; only entries on or after `since` when given, only the
        `last` ones when given (only those are read out of the table)."""
        with self._mutex:
            self._refresh()
            return log_entries(self._tables["log"], since, last=last)

    def _refresh(self) -> None:
        """Read the file again if another process (or none yet) has written it since our last read."""
        from ita_tui.files import stat_token

        if self._raw is None or stat_token(self.path) != self._token:
            self._load_current()

    # ----- machinery -----------------------------------------------------------------------

    def _lock(self) -> FairLock:
        """The inter-process lock on `<db>.lock` (store.lock), shared with colleagues' processes."""
        if self._file_lock is None:
            self._file_lock = FairLock(Path(str(self.path) + ".lock"), like=self.path, timeout=LOCK_TIMEOUT_S)
        return self._file_lock

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the database lock; _NoLock when the lock file cannot be made (read-only folder)."""
        lock = self._lock()
        try:
            lock.acquire()
        except LockBusy as exc:
            raise StoreError(
                "err_busy", path=self.path, holder=exc.args[0], seconds=f"{LOCK_TIMEOUT_S:.0f}"
            ) from None
        except OSError as exc:
            raise _NoLock(exc) from None
        try:
            yield
        finally:
            lock.release()

    @contextmanager
    def _transaction(self, *, creating: bool = False) -> Iterator[Work]:
        """Lock, re-read, let the caller change a fresh TinyDB, write once, unlock; the `Work`
        then holds the new version and its snapshot (made at once from the one before, reusing
        what the change left alone, when this store has one; else made from the tables on first
        use)."""
        from tinydb import TinyDB

        from ita_tui.store.tinydb_storage import TransactionStorage

        try:
            with self._mutex, self._locked():
                if creating and not self.path.exists():
                    tables: dict[str, Any] = {name: {} for name in TABLES}
                    checklist = Checklist(title="", organization="", fiscal_year=0)
                else:
                    raw = self._load_current()
                    self._refuse_read_only()
                    self._first_write(raw)
                    self._migrate_on_disk()  # a format 1 file: migrated before its first change
                    assert self._checklist is not None  # _load_current set it
                    tables, checklist = self._tables, self._checklist
                tables_before = dict(tables)  # TinyDB replaces the dict of each table it changes
                storage = TransactionStorage(self.path, tables, self._encoded)
                # A fresh TinyDB per transaction: its query cache and next ids never outlive the lock.
                work = Work(TinyDB(storage=lambda: storage), checklist)
                try:
                    yield work
                    written = storage.commit()
                except BaseException:
                    self._forget()  # TinyDB may have changed the cached tables in memory
                    raise
                if written is not None:
                    before = self._snapshot
                    self._raw, self._token = written
                    self._tables = storage.tables
                    self._set_checklist(self._tables)
                    self._snapshot = None
                    if before is not None and self._checklist is not None:  # a reader of snapshots
                        unchanged = frozenset(k for k, v in self._tables.items() if tables_before.get(k) is v)
                        self._snapshot = snapshot_of(
                            self._checklist, self._tables, before=before, unchanged=unchanged
                        )
                work.changed = written is not None
                work.finish(self)
        except _NoLock as exc:
            if creating:
                raise io_error(self.path, "io_create", exc.args[0], creating=True) from None
            raise io_error(self.path, "io_lock", exc.args[0]) from None
        except OSError as exc:
            if creating:
                raise io_error(self.path, "io_create", exc, creating=True) from None
            raise io_error(self.path, "io_save", exc) from None

    def _first_write(self, raw: bytes) -> None:
        """Before this process's first change (under the lock): remove the temporary files a
        killed writer left, and keep the version about to be changed as `<db>.bak1`."""
        from ita_tui.store.backups import remove_stale_temp_files, take_backup

        if self._backed_up:
            return
        remove_stale_temp_files(self.path)
        try:
            blocked = take_backup(self.path, raw)
            if blocked is not None:
                self.notices.append(StoreError("err_backup_left_alone", path=blocked[0], kind=blocked[1]))
        except OSError as exc:
            # No room or no permission for a backup: the change itself says whether it can be saved.
            if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC):
                raise io_error(self.path, "io_back_up", exc) from None
        self._backed_up = True

    def _forget(self) -> None:
        """Drop everything cached: the next read parses the file again."""
        self._raw = None
        self._tables = {}
        self._token = None
        self._snapshot = None
        self._encoded.clear()

    def _load_current(self) -> bytes:
        """Read the file (parsing it only when its bytes changed); StoreError if it is bad."""
        from ita_tui.files import read_file

        try:
            raw, token = read_file(self.path, limit=DB_FILE_MAX, follow=False)
        except IsADirectoryError:
            raise bad_file(self.path, Phrase("bad_is_dir")) from None
        except FileNotFoundError:
            raise StoreError("err_db_gone", path=self.path) from None
        except OSError as exc:
            raise io_error(self.path, "io_read", exc) from None
        if raw != self._raw:
            try:
                tables = decode(raw)
            except UnusableFile as exc:
                raise bad_file(self.path, exc.phrase) from None
            self._v1_raw = None
            if format_version(tables) == 1:  # read as format 2; written as such under the lock
                tables, self._v1_raw = migrate_v1(tables, self.user), raw
            self._set_checklist(tables)
            self._raw, self._tables, self._snapshot = raw, tables, None
        self._token = token
        return raw

    def _migrate_on_disk(self) -> None:
        """Under the lock, after reading a format 1 file: keep it as `<db>.v1` (durably, first),
        then replace the database with its format 2 tables in one atomic write. A kill at any
        moment leaves a database that opens as format 1 (migrated again next time) or 2."""
        from ita_tui.files import atomic_write
        from ita_tui.store.tinydb_storage import encode

        if self._v1_raw is None:
            return
        atomic_write(self.path.with_name(v1_copy_name(self.path.name)), self._v1_raw, like=self.path)
        data = encode(self._tables, self._encoded)
        self._token = atomic_write(self.path, data)
        self._raw, self._v1_raw = data, None
        self.migrated_copy = self.path.with_name(v1_copy_name(self.path.name))

    def _set_checklist(self, tables: dict[str, Any]) -> None:
        """Parse the checklist held in `meta` unless it is the one already parsed."""
        raw_checklist = meta_record(tables)["checklist"]
        if raw_checklist != self._checklist_raw:
            try:
                self._checklist = checklist_file.checklist_from_dict(raw_checklist, "checklist")
            except FormatError as exc:
                raise bad_file(self.path, Phrase("bad_damaged_checklist", error=exc.phrase)) from None
            self._checklist_raw = raw_checklist

    def _writable(self) -> bool:
        """Whether the database file may be written (its mode bits too: root may write anything)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return True
        return bool(st.st_mode & 0o222) and os.access(self.path, os.W_OK)

    def _refuse_read_only(self) -> None:
        """StoreError before any change when the database file may not be written."""
        if not self._writable():
            raise StoreError("err_read_only", path=self.path)


class _NoLock(Exception):
    """The lock file could not be created or opened (carries the OSError)."""
