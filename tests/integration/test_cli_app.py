"""`ita-tui` without a command: a bad database is one line on stderr, exit 2, and no screen."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support import ita_tui_process

pytestmark = pytest.mark.slow  # each test starts ita-tui processes


def run_cli(*args: str, tmp_path):
    env = {
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PATH": "/usr/bin:/bin",
        "TERM": "xterm-256color",
    }
    return ita_tui_process(*args, env=env, stdin=subprocess.DEVNULL)


def test_a_corrupt_database_is_one_line_and_exit_2(tmp_path):
    db = tmp_path / "broken.json"
    db.write_text("{ this is not json", encoding="utf-8")
    result = run_cli("--db", str(db), tmp_path=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ita-tui: ข้อผิดพลาด: ")
    assert "ไม่ใช่ JSON ที่ถูกต้อง" in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""  # no screen was drawn
    assert db.read_text(encoding="utf-8") == "{ this is not json"


def test_opening_the_store_does_not_load_textual_on_failure(tmp_path):
    code = (
        "import sys\n"
        "from ita_tui.cli import main\n"
        f"status = main(['--db', {str(tmp_path / 'broken.json')!r}])\n"
        "assert status == 2, status\n"
        "assert 'textual' not in sys.modules, 'textual imported before the store opened'\n"
    )
    (tmp_path / "broken.json").write_text("[]", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
