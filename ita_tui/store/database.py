"""One database file as this process last read or wrote it: its bytes, tables, version token,
parsed checklist and snapshot, and the steps a transaction takes on it under the lock (backup
before the first change, format 1 migrated on disk, the new version taken in after a write).

Reading takes no lock and writes nothing: the file is read whole once (a writer renames a new
file over it, so a read sees one version or the other).
"""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path
from typing import Any

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist
from ita_tui.errors import FormatError, StoreError
from ita_tui.files import FileToken
from ita_tui.limits import DB_FILE_MAX
from ita_tui.locale import Phrase
from ita_tui.store.file_errors import bad_file, io_error
from ita_tui.store.lock import FairLock
from ita_tui.store.migrate import migrate_v1, v1_copy_name
from ita_tui.store.records import Snapshot
from ita_tui.store.rows import META
from ita_tui.store.schema import UnusableFile, decode, format_version, meta_record, snapshot_of


class DatabaseFile:
    """The cached content of the database file at `path`, read again only when it changed."""

    def __init__(self, path: Path, user: str, login: str = "") -> None:
        self.path = path
        self.user = user  # who a format 1 file's migration is logged as, and from which OS login
        self.login = login
        self.raw: bytes | None = None  # the file's bytes as last read or written ...
        self.tables: dict[str, Any] = {}  # ... and the same content parsed
        self.token: object = None  # the stat token of that version
        self.snapshot: Snapshot | None = None
        self.checklist: Checklist | None = None
        self._checklist_raw: dict[str, Any] | None = None
        self.lock: FairLock | None = None  # the inter-process lock `<db>.lock` (transaction.py)
        self.mutex = threading.RLock()  # the app may call from worker threads
        self.encoded: dict[str, tuple[Any, bytes]] = {}  # tables encoded at the last write
        self.migrated_copy: Path | None = None  # where this store kept a format 1 file it migrated
        self._v1_raw: bytes | None = None  # a format 1 file's bytes, read but not yet migrated
        self._backed_up = False  # the first change of this process keeps a backup first
        self.notices: list[StoreError] = []  # what a change left alone and the user should know

    # ----- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the file again if another process (or none yet) has written it since our last read."""
        from ita_tui.files import stat_token

        if self.raw is None or stat_token(self.path) != self.token:
            self.load_current()

    def current_snapshot(self) -> Snapshot:
        """The snapshot of the version last read (made once per version)."""
        if self.snapshot is None:
            assert self.checklist is not None
            self.snapshot = snapshot_of(self.checklist, self.tables)
        return self.snapshot

    def load_current(self) -> bytes:
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
        if raw != self.raw:
            try:
                tables = decode(raw)
            except UnusableFile as exc:
                raise bad_file(self.path, exc.phrase) from None
            self._v1_raw = None
            if format_version(tables) == 1:  # read as format 2; written as such under the lock
                tables, self._v1_raw = migrate_v1(tables, self.user, login=self.login), raw
            self._set_checklist(tables)
            self.raw, self.tables, self.snapshot = raw, tables, None
        self.token = token
        return raw

    def _set_checklist(self, tables: dict[str, Any]) -> None:
        """Parse the checklist held in `meta` unless it is the one already parsed."""
        raw_checklist = META.decode(meta_record(tables)).checklist
        if raw_checklist != self._checklist_raw:
            try:
                self.checklist = checklist_file.checklist_from_dict(raw_checklist, "checklist")
            except FormatError as exc:
                raise bad_file(self.path, Phrase("bad_damaged_checklist", error=exc.phrase)) from None
            self._checklist_raw = raw_checklist

    def forget(self) -> None:
        """Drop everything cached: the next read parses the file again."""
        self.raw = None
        self.tables = {}
        self.token = None
        self.snapshot = None
        self.encoded.clear()

    # ----- writing (under the lock) --------------------------------------------------------

    def writable(self) -> bool:
        """Whether the database file may be written (its mode bits too: root may write anything)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return True
        return bool(st.st_mode & 0o222) and os.access(self.path, os.W_OK)

    def ready_to_change(self) -> None:
        """Under the lock, before a change: read the file again, refuse a file this user may not
        write, keep the backup before this process's first change, and migrate a format 1 file."""
        raw = self.load_current()
        if not self.writable():
            raise StoreError("err_read_only", path=self.path)
        self._first_write(raw)
        self._migrate_on_disk()

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

    def _migrate_on_disk(self) -> None:
        """Under the lock, after reading a format 1 file: keep it as `<db>.v1` (durably, first),
        then replace the database with its format 2 tables in one atomic write. A kill at any
        moment leaves a database that opens as format 1 (migrated again next time) or 2."""
        from ita_tui.files import atomic_write
        from ita_tui.store.tinydb_storage import encode

        if self._v1_raw is None:
            return
        atomic_write(self.path.with_name(v1_copy_name(self.path.name)), self._v1_raw, like=self.path)
        data = encode(self.tables, self.encoded)
        self.token = atomic_write(self.path, data)
        self.raw, self._v1_raw = data, None
        self.migrated_copy = self.path.with_name(v1_copy_name(self.path.name))

    def written(self, data: bytes, token: FileToken, tables: dict[str, Any], before: dict[str, Any]) -> None:
        """Take in the version a transaction has just written. Its snapshot is made at once from
        the one before (reusing the notes and links a change left alone) when this file has
        one; else on first use. `before`: the tables as the transaction found them (TinyDB
        replaces the dict of each table it changes)."""
        previous = self.snapshot
        self.raw, self.token, self.tables = data, token, tables
        self._set_checklist(tables)
        self.snapshot = None
        if previous is not None and self.checklist is not None:  # a reader of snapshots
            unchanged = frozenset(k for k, v in tables.items() if before.get(k) is v)
            self.snapshot = snapshot_of(self.checklist, tables, before=previous, unchanged=unchanged)
