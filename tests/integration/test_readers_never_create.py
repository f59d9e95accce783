"""Issue 19 case 9: a reader on a mistyped path says there is no database there, in one line,
exit 2, and creates nothing: no database, no lock file, no folder. The app and the commands that
record a change still create one."""

from __future__ import annotations

import os

import pytest

from ita_tui.store import ProgressStore

READERS = [
    ["status"],
    ["status", "--round", "6"],
    ["summary"],
    ["summary", "-o", "{out}/s.html"],
    ["log"],
    ["export", "pdf", "-o", "{out}/s.pdf"],
    ["export", "report", "-o", "{out}/r.docx"],
    ["export", "measures", "-o", "{out}/m.pdf"],
    ["export", "checklist", "-o", "{out}/c.xlsx"],
]


@pytest.mark.parametrize("argv", READERS, ids=[" ".join(a[:2]) for a in READERS])
@pytest.mark.parametrize("where", ["typo.json", "nonexistent/x/y.json"])
def test_case9_a_reader_on_a_path_with_no_database_says_so_and_creates_nothing(cli, tmp_path, argv, where):
    out = tmp_path / "out"
    out.mkdir()
    filled = [a.replace("{out}", str(out)) for a in argv]
    result = cli("--db", tmp_path / where, *filled, "--lang", "en")
    assert result.status == 2 and result.err.count("\n") == 1, result
    assert "there is no database here, and nothing was created" in result.err
    assert sorted(os.listdir(tmp_path)) == ["out"] and os.listdir(out) == []


def test_case9_a_change_still_creates_the_database(cli, tmp_path):
    db = tmp_path / "new" / "db.json"
    assert cli("--db", db, "tick", "2.1").status == 0
    assert ProgressStore.open(db, user="x").snapshot().done_ids == {"2.1"}
    assert cli("--db", db, "status").status == 0
