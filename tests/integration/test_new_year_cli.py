"""`ita-tui new-year --db THIS.json -o NEXT.json`: next fiscal year's database from this one's."""

from __future__ import annotations

import json
import os
import stat

from ita_tui.checklist.file import load
from ita_tui.paths import bundled_checklist
from ita_tui.store import ProgressStore


def _this_year(tmp_path, cli):
    db = tmp_path / "fy2566.json"
    assert cli("--db", db, "users", "add", "somsri", "--role", "supervisor").status == 0
    assert cli("--user", "somsri", "--db", db, "units", "add", "กองคลัง").status == 0
    assert cli("--db", db, "tick", "2.1").status == 0
    assert cli("--db", db, "note", "2.1", "ประชุมชี้แจงแล้ว").status == 0
    assert cli("--db", db, "link", "9.2", "https://example.go.th/o12").status == 0
    assert cli("--db", db, "result", "2.1", "เผยแพร่ครบทุกช่องทาง").status == 0
    os.chmod(db, 0o640)
    return db


def test_next_year_keeps_the_checklist_people_and_units_and_nothing_done(tmp_path, cli):
    db = _this_year(tmp_path, cli)
    before = db.read_bytes()
    following = tmp_path / "fy2567.json"
    done = cli("--lang", "en", "--db", db, "new-year", "-o", following)
    assert done.status == 0, done.err
    assert str(following) in done.out and "2567" in done.out
    assert db.read_bytes() == before  # this year's database untouched, byte for byte
    assert stat.S_IMODE(os.stat(following).st_mode) == 0o640  # the database's mode
    assert not list(tmp_path.glob(".fy2567.json.*.tmp"))

    snapshot = ProgressStore.open(following, user="somchai").snapshot()
    this_year = load(bundled_checklist())
    assert snapshot.checklist.fiscal_year == 2567
    assert "๒๕๖๗" in snapshot.checklist.title and "๒๕๖๖" not in snapshot.checklist.title
    assert snapshot.checklist.item_ids() == this_year.item_ids()
    assert [i.title for i in snapshot.checklist.indicators] == [i.title for i in this_year.indicators]
    assert not snapshot.states and not snapshot.notes and not snapshot.links and not snapshot.results
    assert not snapshot.reviews and not snapshot.outcomes
    assert snapshot.users["somsri"].role == "supervisor"
    assert "กองคลัง" in snapshot.units

    log = cli("--lang", "en", "--db", following, "log")
    assert log.status == 0
    first = log.out.strip().splitlines()[0]
    assert "fy2566.json" in first and "2566" in first


def test_an_existing_output_is_refused_in_one_line_and_left_alone(tmp_path, cli):
    db = _this_year(tmp_path, cli)
    other = tmp_path / "fy2567.json"
    other.write_text("ของเดิม")
    done = cli("--db", db, "new-year", "-o", other)
    assert done.status == 2 and len(done.err.strip().splitlines()) == 1
    assert str(other) in done.err
    assert other.read_text() == "ของเดิม"
    assert cli("--db", db, "new-year", "-o", db).status == 2  # not over this year's either
    assert json.loads(db.read_text())["meta"]


def test_a_missing_database_is_one_line_and_makes_nothing(tmp_path, cli):
    done = cli("--db", tmp_path / "none.json", "new-year", "-o", tmp_path / "next.json")
    assert done.status == 2 and len(done.err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
