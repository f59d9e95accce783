"""Commands that only read take no lock and write nothing: a supervisor who may read the shared
database but not write it can still see the figures, and the folder is left exactly as it was.
Here in the test's process; as another user in tests/system/test_readers.py."""

from __future__ import annotations

import pytest

from ita_tui.cli import main
from tests.support.shared_folder import READERS, folder_state, read_only_database


@pytest.fixture
def shared(tmp_path):
    """A database alone in a folder nobody may write, and a folder for exports."""
    yield from read_only_database(tmp_path)


@pytest.mark.parametrize("argv", READERS, ids=lambda a: " ".join(a[:2]))
def test_a_reading_command_leaves_the_folder_as_it_was(shared, argv, capsys):
    db, out = shared
    before = folder_state(db.parent)
    assert main([*(a.format(out=out) for a in argv), "--db", str(db)]) == 0
    assert capsys.readouterr().out
    assert folder_state(db.parent) == before  # no .lock, no .bak1, no temporary file, nothing touched
