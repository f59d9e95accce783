"""Database format 1 -> 2: nothing lost, the old file kept as `<db>.v1`, one atomic write that a
kill -9 at any moment leaves as a usable format 1 or format 2 file; older and newer formats refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState
from tests.support import DATA, ROOT

V1 = DATA / "db-v1.json"
V1_COMMIT = "260d8c7"  # the release that made tests/data/db-v1.json (format 1)


def v1_copy(tmp_path: Path) -> Path:
    db = tmp_path / "office.json"
    shutil.copyfile(V1, db)
    return db


def test_the_format_1_release_refuses_a_format_2_file(tmp_path):
    """The schema module of the release that wrote format 1, taken from git, refuses format 2."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git history of this repository")
    found = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{V1_COMMIT}:ita_tui/store/schema.py"],
        capture_output=True,
        text=True,
    )
    if found.returncode != 0:
        pytest.skip(f"commit {V1_COMMIT} is not in this clone")
    old_schema: dict = {"__name__": "old_schema"}
    exec(compile(found.stdout, "old_schema.py", "exec"), old_schema)
    db = v1_copy(tmp_path)
    ProgressStore.open(db, user="a").apply(SetState("2.3", "in-progress"))
    assert old_schema["decode"](V1.read_bytes())  # it reads its own format
    with pytest.raises(
        old_schema["UnusableFile"], match=r"newer ita-tui \(format version 2; this one reads 1\)"
    ):
        old_schema["decode"](db.read_bytes())
