"""Commands that only read take no lock and write nothing: a supervisor who may read the shared
database but not write it can still see the figures, and the folder is left exactly as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from tests.support import STORE_CHECKLIST

READERS = [
    ["status"],
    ["status", "--json"],
    ["summary", "--pending"],
    ["log"],
    ["export", "pdf", "-o", "{out}/summary.pdf"],
]


def folder_state(folder: Path) -> dict[str, int]:
    """Every name in the folder (hidden ones too) with its modification time."""
    return {entry.name: entry.stat().st_mtime_ns for entry in os.scandir(folder)}


@pytest.fixture
def shared(tmp_path):
    """A database alone in a folder nobody may write (0555), and a folder for exports.

    Made under /tmp with open permissions on the way, so that another user can reach it."""
    top = Path(tempfile.mkdtemp(prefix="ita-readers-"))
    os.chmod(top, 0o755)
    setup = tmp_path / "setup.json"
    store = ProgressStore.open(setup, user="somchai", checklist_path=STORE_CHECKLIST)
    store.apply(SetState.tick("1.1", True))
    store.apply(AddNote("1.2", "ส่งหนังสือแล้ว"))
    folder, out = top / "shared", top / "out"
    folder.mkdir()
    out.mkdir()
    os.chmod(out, 0o777)
    shutil.copyfile(setup, folder / "progress.json")
    os.chmod(folder / "progress.json", 0o444)
    os.chmod(folder, 0o555)
    try:
        yield folder / "progress.json", out
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(top)


@pytest.mark.parametrize("argv", READERS, ids=lambda a: " ".join(a[:2]))
def test_a_reading_command_leaves_the_folder_as_it_was(shared, argv, capsys):
    db, out = shared
    before = folder_state(db.parent)
    assert main([*(a.format(out=out) for a in argv), "--db", str(db)]) == 0
    assert capsys.readouterr().out
    assert folder_state(db.parent) == before  # no .lock, no .bak1, no temporary file, nothing touched


def _as_other_user() -> list[str]:
    """The command prefix that runs a process as `nobody` (when this test runs as root)."""
    if os.geteuid() != 0:
        return []  # the folder's 0555 already refuses this user's writes
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv to run as another user")
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.mark.parametrize("argv", READERS, ids=lambda a: " ".join(a[:2]))
def test_a_user_who_may_not_write_the_database_reads_it(shared, argv):
    db, out = shared
    prefix = _as_other_user()
    probe = subprocess.run([*prefix, sys.executable, "-c", "import ita_tui.cli"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("the other user cannot read this checkout")
    before = folder_state(db.parent)
    command = [sys.executable, "-m", "ita_tui", *(a.format(out=out) for a in argv), "--db", str(db)]
    done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout and not done.stderr
    assert folder_state(db.parent) == before


def test_a_change_by_that_user_is_refused_in_one_line(shared):
    db, _ = shared
    prefix = _as_other_user()
    before = folder_state(db.parent)
    command = [sys.executable, "-m", "ita_tui", "tick", "1.2", "--db", str(db)]
    done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert folder_state(db.parent) == before


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
