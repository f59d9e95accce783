"""Reads take no lock: a reader while another process writes always sees a whole version (the
read-only folder cases are in tests/unit/test_readers.py and tests/system/test_readers.py)."""

from __future__ import annotations

import subprocess
import sys

from ita_tui.store import ProgressStore
from tests.support import STORE_CHECKLIST

WRITER = """
import sys
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
store = ProgressStore.open(sys.argv[1], user="writer")
ids = store.checklist.item_ids()
for n in range(30):
    store.apply(SetState.tick(ids[n % len(ids)], n % 3 != 0))
    store.apply(AddNote(ids[n % len(ids)], f"note {n}"))
"""


def test_reading_while_another_process_writes_always_sees_a_whole_version(tmp_path):
    db = tmp_path / "db.json"
    ProgressStore.open(db, user="setup", checklist_path=STORE_CHECKLIST)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)])
    reads = 0
    try:
        while writer.poll() is None or reads == 0:
            snapshot = ProgressStore.open(db, user="reader").snapshot()  # no lock: one read of the file
            notes = sorted(int(n.text.split()[1]) for ns in snapshot.notes.values() for n in ns)
            assert notes == list(range(len(notes)))  # every note up to some point, none half-written
            reads += 1
    finally:
        writer.wait(timeout=60)
    assert writer.returncode == 0 and reads > 1
