"""`ita-tui --read-only`: only for the app; on a path with no database it makes none."""

from __future__ import annotations


def test_read_only_with_a_command_is_one_line(tmp_path, cli):
    db = tmp_path / "db.json"
    assert cli("--db", db, "units", "list").status == 0
    before = db.read_bytes()
    done = cli("--lang", "en", "--read-only", "--db", db, "tick", "2.1")
    assert done.status == 2 and len(done.err.strip().splitlines()) == 1
    assert "--read-only" in done.err and "tick" in done.err
    assert db.read_bytes() == before


def test_read_only_on_a_missing_database_makes_nothing(tmp_path, cli):
    done = cli("--read-only", "--db", tmp_path / "none.json")
    assert done.status == 2 and len(done.err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
