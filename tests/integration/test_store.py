"""The progress store: what staff record stays recorded, exactly as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_tui.errors import StoreError
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from tests.support import ROOT, STORE_CHECKLIST


def reopen(db: Path, user: str = "somchai") -> ProgressStore:
    """The store as another process would see it."""
    return ProgressStore.open(db, user=user)


def test_importing_the_store_loads_neither_tinydb_nor_filelock():
    import subprocess
    import sys

    code = "import sys, ita_tui.store\nassert 'tinydb' not in sys.modules and 'filelock' not in sys.modules\n"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_really_full_disk_leaves_the_old_file_intact(small_disk, fill_disk):
    db = small_disk / "db.json"
    store = ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST)
    store.apply(SetState.tick("1.1", True))
    before = db.read_bytes()
    fill_disk(small_disk)
    with pytest.raises(StoreError, match="the disk is full"):
        store.apply(AddNote("1.1", "ข้อความ " * 500))
    assert db.read_bytes() == before
    assert not list(small_disk.glob(".db.json.*.tmp"))
    (small_disk / "filler").unlink()
    store.apply(AddNote("1.1", "room again"))
    assert [n.text for n in reopen(db).snapshot().notes["1.1"]] == ["room again"]
