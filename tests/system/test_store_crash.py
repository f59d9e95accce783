"""Acknowledged changes survive SIGKILL at any moment; concurrent writers never lose changes."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from ita_tui.store import ProgressStore
from tests.support import STORE_CHECKLIST, store_writer

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")]

KILLS_PER_SERVER = 70
SERVERS = 3  # 210 kills in all


class Expected:
    """What the writers acknowledged, and the one change that may have landed unacknowledged."""

    def __init__(self) -> None:
        self.done: dict[str, bool] = {}
        self.notes: set[str] = set()
        self.pending: tuple[str, ...] | None = None
        self.acks = 0

    def read(self, line: str) -> None:
        kind, *rest = line.split()
        if kind == "error":
            pytest.fail(f"writer failed: {line}")
        if kind == "begin":
            self.pending = tuple(rest)
        elif kind == "ack":
            self.acks += 1
            what, item, value = rest
            if what == "tick":
                self.done[item] = value == "1"
            else:
                self.notes.add(value)
            self.pending = None

    def check(self, db: Path) -> None:
        """The database opens and holds every acknowledged change (plus at most the pending one)."""
        snapshot = ProgressStore.open(db, user="checker").snapshot()
        notes = {n.text for ns in snapshot.notes.values() for n in ns}
        pending = self.pending
        if pending and pending[0] == "note" and pending[2] in notes:
            self.notes.add(pending[2])  # written, killed before its acknowledgement
        assert self.notes <= notes, f"lost notes: {sorted(self.notes - notes)[:5]}"
        assert notes <= self.notes, f"notes nobody wrote: {sorted(notes - self.notes)[:5]}"
        for item, done in self.done.items():
            actual = snapshot.state(item).done
            if actual != done and pending == ("tick", item, "1" if actual else "0"):
                self.done[item] = actual
                continue
            assert actual == done, f"item {item}: acknowledged done={done}, found {actual}"
        self.pending = None
        # A reader leaves the killed writer's temporary file; the next writer's first change removes it.
        assert len(list(db.parent.glob(f".{db.name}.*.tmp"))) <= 1, "stale temp files pile up"


def test_acknowledged_changes_survive_sigkill_at_random_moments(tmp_path):
    db = tmp_path / "db.json"
    ProgressStore.open(db, user="setup", checklist_path=STORE_CHECKLIST)
    expected = Expected()
    rng = random.Random(20230101)
    kills = 0
    for _ in range(SERVERS):
        server = store_writer("serve", str(db))
        try:
            for _ in range(KILLS_PER_SERVER):
                server.stdin.write(f"go {kills}\n")
                server.stdin.flush()
                pid = None
                ready = False
                while pid is None or not ready:
                    line = server.stdout.readline()
                    assert line, "writer server ended"
                    if line.startswith("pid "):
                        pid = int(line.split()[1])
                    elif line.startswith("ready"):
                        ready = True
                    else:
                        expected.read(line)
                # A child's first change also keeps the backup: every other kill falls in it (or
                # just after); the rest wait for one acknowledged change, so the writers get on.
                while kills % 2 and not line.startswith("ack"):
                    line = server.stdout.readline()
                    assert line, "writer server ended"
                    expected.read(line)
                time.sleep(rng.uniform(0, 0.025))
                os.kill(pid, signal.SIGKILL)
                kills += 1
                for line in iter(server.stdout.readline, "dead\n"):
                    assert line, "writer server ended"
                    if not line.startswith("ready"):
                        expected.read(line)
                expected.check(db)
        finally:
            server.stdin.close()
            server.wait(timeout=10)
    assert kills >= 200
    # Every other kill waited for an acknowledged change, so at least half the kills have one.
    assert expected.acks >= kills // 2 and expected.notes and expected.done, (
        "the writers hardly wrote anything"
    )


def test_acknowledged_checklist_edits_survive_sigkill_and_the_database_always_opens(tmp_path):
    db = tmp_path / "db.json"
    ProgressStore.open(db, user="setup", checklist_path=STORE_CHECKLIST)
    texts: dict[str, str] = {}  # item -> its last acknowledged text
    added: dict[str, str] = {}
    rng = random.Random(20261201)
    server = store_writer("serve-edits", str(db))
    try:
        for kill in range(60):
            server.stdin.write(f"go {kill}\n")
            server.stdin.flush()
            pending: list[str] = []
            lines: list[str] = []
            while len([x for x in lines if x.startswith(("pid", "ready"))]) < 2:
                lines.append(server.stdout.readline())
                assert lines[-1], "writer server ended"
            # Every other kill waits for one acknowledged edit, so that the writers get on however
            # busy the machine is (an edit can take longer than the random wait below).
            while kill % 2 and not lines[-1].startswith("ack"):
                lines.append(server.stdout.readline())
                assert lines[-1] and not lines[-1].startswith("error"), f"writer failed: {lines[-1]}"
            time.sleep(rng.uniform(0, 0.05))
            pid = int(next(x for x in lines if x.startswith("pid")).split()[1])
            os.kill(pid, signal.SIGKILL)
            lines += list(iter(server.stdout.readline, "dead\n"))
            for line in lines:
                kind, *rest = line.split()
                if kind == "error":
                    pytest.fail(f"writer failed: {line}")
                if kind == "begin":
                    pending = rest
                elif kind == "ack":
                    what, item, text = rest
                    (texts if what == "text" else added)[item] = text
                    if what == "text" and item in added:
                        added[item] = text
                    pending = []
            checklist = ProgressStore.open(db, user="checker").checklist  # it always opens
            now = {i.id: i.text for i in checklist.items()}
            for item, text in {**added, **texts}.items():
                if now.get(item) != text and pending[:2] == ["text", item]:
                    texts[item] = now[item]  # written, killed before its acknowledgement
                    continue
                assert now.get(item) == text, f"item {item}: acknowledged {text!r}, found {now.get(item)!r}"
    finally:
        server.stdin.close()
        server.wait(timeout=10)
    assert len(texts) + len(added) > 10, "the writers hardly edited anything"
