"""Database format 1 -> 2: nothing lost, the old file kept as `<db>.v1`, one atomic write that a
kill -9 at any moment leaves as a usable format 1 or format 2 file; older and newer formats refused."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState
from ita_tui.store.schema import UnusableFile, decode, format_version
from tests.support import DATA

V1 = DATA / "db-v1.json"


def _big_v1(path: Path, notes: int) -> bytes:
    """The fixture with `notes` more notes, so that a migration takes long enough to be hit."""
    tables = json.loads(V1.read_text(encoding="utf-8"))
    start = len(tables["notes"])
    for n in range(start + 1, start + notes + 1):
        tables["notes"][str(n)] = {
            "item": "2.1",
            "author": "w",
            "at": "2023-03-01T10:00:00+07:00",
            "text": f"บันทึก {n}",
        }
    data = json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(data)
    return data


def _usable(db: Path, original: bytes, notes: int) -> int:
    """The database reads as format 1 (exactly the original) or format 2 with every note; the
    `.v1` copy, if any, is the whole original. Returns the format found."""
    raw = db.read_bytes()
    try:
        version = format_version(decode(raw))
    except UnusableFile as exc:
        pytest.fail(f"killed migration left an unusable file: {exc}")
    if version == 1:
        assert raw == original
    v1 = db.with_name(db.name + ".v1")
    if v1.exists():
        assert v1.read_bytes() == original
    else:
        assert version == 1  # the copy is written before the migration
    snapshot = ProgressStore.open(db, user="checker").snapshot()
    assert sum(len(ns) for ns in snapshot.notes.values()) == notes
    return version


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_kill_9_at_random_moments_of_a_migration_leaves_format_1_or_2(tmp_path):
    db = tmp_path / "db.json"
    original = _big_v1(db, 4000)
    # How long one migration takes here, to spread the kills over it (not an assertion).
    start = time.perf_counter()
    migrated = ProgressStore.open(db, user="m").apply(
        SetState("2.3", "in-progress")
    )  # the first change migrates
    span = time.perf_counter() - start
    expected = sum(len(ns) for ns in migrated.snapshot.notes.values())
    assert expected > 4000
    rng = random.Random(13)
    found = {1: 0, 2: 0}
    bound = span * 1.5  # the kills' spread; it follows the machine's load so both outcomes occur
    for _ in range(45):
        for leftover in tmp_path.glob("db.json*"):
            leftover.unlink()
        db.write_bytes(original)
        pid = os.fork()
        if pid == 0:  # the child migrates; the parent kills it at a random moment
            try:
                ProgressStore.open(db, user="child").apply(SetState("2.3", "in-progress"))
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, bound))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        for temp in tmp_path.glob(".db.json.*.tmp"):
            temp.unlink()  # a killed writer's temp file (removed by the next open's cleanup too)
        version = _usable(db, original, expected)
        found[version] += 1
        bound *= 1.15 if version == 1 else 0.95
    assert found[1] + found[2] == 45
    assert found[1] and found[2], f"the kills never fell on both sides of the rename: {found}"
