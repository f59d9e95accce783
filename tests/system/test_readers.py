"""Commands that only read take no lock and write nothing: a supervisor who may read the shared
database but not write it can still see the figures, and the folder is left exactly as it was.
Here as another user (`nobody`, when the tests run as root); tests/unit/test_readers.py runs the
same commands in the test's process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.shared_folder import READERS, as_nobody, folder_state, read_only_database


@pytest.fixture
def shared(tmp_path):
    """A database alone in a folder nobody may write, and a folder for exports."""
    yield from read_only_database(tmp_path)


def _as_other_user() -> list[str]:
    """The command prefix that runs a process as a user who may not write the database: this one
    when it is not root (the folder's 0555 already refuses its writes), else `nobody`."""
    return [] if os.geteuid() != 0 else as_nobody()


@pytest.mark.parametrize("argv", READERS, ids=lambda a: " ".join(a[:2]))
def test_a_user_who_may_not_write_the_database_reads_it(shared, argv):
    db, out = shared
    prefix = _as_other_user()
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
