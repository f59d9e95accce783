"""Issue 10 cases 2, 4, 6 and 9: the lock file, temporary files and backups in a shared folder,
and special files given as the database or the checklist."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from tests.support import STORE_CHECKLIST

ROOT = Path(__file__).resolve().parents[2]


def test_case9_the_restore_hint_breaks_on_a_path_holding_a_quote(tmp_path, capsys):
    folder = tmp_path / "it's here"
    folder.mkdir()
    db = folder / "db.json"
    ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST).apply(SetState.tick("1.1", True))
    ProgressStore.open(db, user="a").apply(AddNote("1.2", "ส่งแล้ว"))  # its first change backs up 1.1 done
    db.write_text("{")
    assert main(["status", "--db", str(db), "--lang", "en"]) == 2
    hint = capsys.readouterr().err.split("to restore: ", 1)[1].rsplit(")", 1)[0]
    subprocess.run(["sh", "-c", hint], check=True)
    assert ProgressStore.open(db, user="a").snapshot().done_ids == {"1.1"}


def _special(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / kind
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path = Path("/dev/zero")
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
    elif kind == "loop":
        os.symlink(tmp_path / "loop2", path)
        os.symlink(path, tmp_path / "loop2")
    return path


@pytest.mark.parametrize("kind", ["fifo", "device", "socket", "loop"])
@pytest.mark.parametrize("role", ["--db", "--checklist", "checklist update", "import"])
def test_case6_a_special_file_as_the_database_or_checklist_hangs_or_crashes(tmp_path, kind, role):
    special = _special(kind, tmp_path)
    db = tmp_path / "db.json"
    if role == "--db":
        argv = ["status", "--db", str(special)]
    elif role == "--checklist":
        argv = ["status", "--db", str(db), "--checklist", str(special)]
    elif role == "import":
        argv = ["import", str(special), "-o", str(tmp_path / "out.json")]
    else:
        ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST)
        argv = ["checklist", "update", str(special), "--db", str(db)]
    result = subprocess.run(
        [sys.executable, "-m", "ita_tui", *argv], capture_output=True, text=True, timeout=10, cwd=ROOT
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    if role == "--db":
        assert not (tmp_path / f"{special.name}.lock").exists() or kind == "loop"
