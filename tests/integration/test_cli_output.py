"""The CLI's own output going nowhere: a reader that stops early (`| head`), a full disk."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState
from tests.support import ROOT, ita_tui_process

pytestmark = pytest.mark.slow  # each test starts ita-tui processes


@pytest.fixture
def db(db):
    """The shared fresh database with item 1.1 done by "a"."""
    ProgressStore.open(db, user="a").apply(SetState.tick("1.1", True))
    return db


@pytest.mark.parametrize(
    "argv",
    [["status"], ["status", "--json"], ["log"], ["log", "--json"], ["tick", "1.2"], ["summary", "--pending"]],
)
def test_a_reader_that_stops_early_gets_no_traceback(db, argv):
    process = subprocess.Popen(
        [sys.executable, "-m", "ita_tui", *argv, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    process.stdout.close()  # like `| head -0`: nobody reads what the command prints
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert err == ""


def test_output_to_a_full_disk_is_one_line_exit_2(db):
    with open("/dev/full", "w") as full:
        result = ita_tui_process("status", "--db", str(db), stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 2
    assert result.stderr == "ita-tui: ข้อผิดพลาด: เขียนผลลัพธ์ไม่ได้: ดิสก์เต็ม (ไม่มีที่ว่างเหลือ)\n"


def test_the_app_without_a_terminal_is_one_line_exit_2_not_a_hang(db):
    result = ita_tui_process("--db", str(db), stdin=subprocess.DEVNULL)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("ita-tui: ข้อผิดพลาด: ") and result.stderr.count("\n") == 1
    assert "เทอร์มินัล" in result.stderr


def test_escape_sequences_in_documents_paths_and_arguments_never_reach_the_terminal(tmp_path):

    source = ROOT / "tests" / "data" / "escape-in-title.txt"  # ESC sequences in the organization line
    odd = tmp_path / "x\x1b[2Jy"
    odd.mkdir()
    runs = [
        ["import", str(source), "-o", str(tmp_path / "c.json")],
        ["import", str(odd / "missing.txt"), "-o", str(tmp_path / "d.json")],
        ["status", "--db", str(odd / "db.json"), "--checklist", str(odd / "none.json")],
        ["summary", "-o", str(odd / "s.html"), "--db", str(tmp_path / "db.json")],
        ["export", "pdf", "-o", str(odd / "s.pdf"), "--db", str(tmp_path / "db.json")],
        ["tick", "1.1", "--lang", "\x1b[2J"],
    ]
    for argv in runs:
        result = ita_tui_process(*argv)
        assert "\x1b" not in result.stdout + result.stderr, argv
        assert result.returncode in (0, 2) and "Traceback" not in result.stderr, argv
