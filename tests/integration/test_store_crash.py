"""Acknowledged changes survive SIGKILL at any moment; concurrent writers never lose changes."""

from __future__ import annotations

import os

import pytest

from ita_tui.store import ProgressStore
from tests.support import STORE_CHECKLIST, store_writer

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")]


def test_four_processes_writing_at_once_lose_nothing(tmp_path):
    db = tmp_path / "db.json"
    store = ProgressStore.open(db, user="setup", checklist_path=STORE_CHECKLIST)
    ids = store.checklist.item_ids()
    groups = [ids[n::4] for n in range(4)]
    writers = [store_writer("batch", str(db), f"user{n}", ",".join(group)) for n, group in enumerate(groups)]
    for writer in writers:
        assert writer.stdout.readline() == "ready\n"
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    outputs = [writer.communicate(timeout=60)[0] for writer in writers]
    assert all(writer.returncode == 0 for writer in writers)

    snapshot = ProgressStore.open(db, user="checker").snapshot()
    assert snapshot.done_ids == set(ids)
    for n, group in enumerate(groups):
        assert all(snapshot.state(item).by == f"user{n}" for item in group)
    notes = {(item, note.author, note.text) for item, ns in snapshot.notes.items() for note in ns}
    for n, group in enumerate(groups):
        for k in range(15):
            assert (group[k % len(group)], f"user{n}", f"user{n}-{k}") in notes
    assert sum(out.count("ack") for out in outputs) == len(notes) + 3 * len(ids)
    ticks = [e for e in ProgressStore.open(db, user="checker").log() if e.action in ("tick", "untick")]
    assert len(ticks) == 3 * len(ids)
