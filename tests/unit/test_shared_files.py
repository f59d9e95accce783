"""Issue 10 cases 2, 4, 6 and 9: the lock file, temporary files and backups in a shared folder,
and special files given as the database or the checklist."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from ita_tui import files
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from tests.support import STORE_CHECKLIST


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_case2_the_lock_file_keeps_its_first_mode_after_the_database_is_opened_to_the_group(
    tmp_path, umask_022
):
    db = tmp_path / "db.json"
    store = ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST)
    assert _mode(tmp_path / "db.json.lock") == 0o644
    os.chmod(db, 0o660)  # the README's recipe
    store.apply(SetState.tick("1.1", True))
    assert _mode(tmp_path / "db.json.lock") == 0o660
    (tmp_path / "db.json.lock").unlink()
    ProgressStore.open(db, user="b").apply(SetState.tick("1.2", True))
    assert _mode(tmp_path / "db.json.lock") == 0o660  # a new lock file is made so from the start


def test_case4_a_temporary_file_is_readable_by_others_before_it_gets_the_databases_mode(
    tmp_path, umask_022, monkeypatch
):
    db = tmp_path / "db.json"
    store = ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST)
    os.chmod(db, 0o600)
    seen: list[int] = []
    real_open = os.open

    def watching_open(path, flags, mode=0o777, **kw):
        fd = real_open(path, flags, mode, **kw)
        if str(path).endswith(".tmp"):
            seen.append(stat.S_IMODE(os.fstat(fd).st_mode))  # the mode the moment it exists
        return fd

    monkeypatch.setattr(files.os, "open", watching_open)
    store.apply(SetState.tick("1.1", True))
    store.apply(AddNote("1.1", "x"))
    assert seen and all(mode & 0o077 == 0 for mode in seen), [oct(m) for m in seen]
    assert _mode(db) == 0o600


def _backups(db: Path) -> list[Path]:
    return [db.with_name(f"{db.name}.bak{n}") for n in (1, 2, 3)]


def _three_backups(db: Path) -> list[bytes]:
    """A database with a change no backup holds yet, and three older backups."""
    ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST).apply(SetState.tick("1.1", True))
    versions = []
    for n, backup in enumerate(_backups(db)):
        data = db.read_bytes().replace(b'"create"', f'"create{n}"'.encode())
        backup.write_bytes(data)
        versions.append(data)
    return versions


def test_case9_a_full_disk_while_backing_up_loses_a_version(tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    versions = _three_backups(db)
    real_write = os.write

    def full_disk(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".tmp") and ".bak" in os.readlink(
            f"/proc/self/fd/{fd}"
        ):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(files.os, "write", full_disk)
    ProgressStore.open(db, user="b")  # reading still works
    assert [b.read_bytes() for b in _backups(db)] == versions
    assert not list(tmp_path.glob(".*.tmp"))


def test_case9_a_kill_between_two_renames_then_the_next_open_loses_a_version(tmp_path):
    db = tmp_path / "db.json"
    versions = _three_backups(db)
    b1, b2, b3 = _backups(db)
    os.replace(b2, b3)  # killed after shifting .bak2 and .bak1 down, before the new .bak1
    os.replace(b1, b2)
    before = db.read_bytes()
    ProgressStore.open(db, user="a").apply(
        SetState.tick("1.2", True)
    )  # the next change backs up the database as it was
    assert [b.read_bytes() for b in _backups(db)] == [before, *versions[:2]]


def test_case9_tightening_the_database_leaves_old_backups_readable_by_anyone(tmp_path, umask_022):
    db = tmp_path / "db.json"
    _three_backups(db)
    assert {_mode(b) for b in _backups(db)} == {0o644}
    os.chmod(db, 0o600)
    ProgressStore.open(db, user="a").apply(SetState.tick("1.2", True))
    assert {_mode(b) for b in _backups(db)} == {0o600}
