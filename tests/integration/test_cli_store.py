"""The scripting CLI on the progress store: tick, note, link, status, log, checklist update."""

from __future__ import annotations

from tests.support import STORE_CHECKLIST


def test_the_installed_command_runs_as_a_process(db_path, cli_process):
    result = cli_process(
        "tick", "1.1", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST), "--user", "a"
    )
    assert result.returncode == 0 and result.stdout.startswith("☑ 1.1 ทำแล้ว — บันทึกโดย a เมื่อ ")
