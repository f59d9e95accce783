"""`ita-tui checklist diff`: what changed between this year's database and next year's checklist."""

from __future__ import annotations

import json

from ita_tui.checklist.edit import edit_item
from ita_tui.checklist.file import load, save
from ita_tui.checklist.year import next_year
from ita_tui.paths import bundled_checklist


def test_a_database_against_next_years_checklist_shows_nothing_then_the_one_edit(tmp_path, cli):
    db = tmp_path / "fy2566.json"
    assert cli("--db", db, "units", "list").status == 0  # makes the database (a reader would not)
    following = next_year(load(bundled_checklist()))
    save(following, tmp_path / "fy2567.json")
    same = cli("checklist", "diff", db, tmp_path / "fy2567.json", "--json")
    assert same.status == 0 and json.loads(same.out) == []
    edited, _, _ = edit_item(following, "4.3", text="สามารถตรวจสอบได้ทุกไตรมาส")
    save(edited, tmp_path / "fy2567.json")
    one = cli("--lang", "en", "checklist", "diff", db, tmp_path / "fy2567.json")
    assert one.status == 0
    assert "item reworded" in one.out and "4.3" in one.out and "สามารถตรวจสอบได้ทุกไตรมาส" in one.out
    assert "2566" in one.out and "2567" in one.out


def test_a_file_that_is_neither_is_one_line_and_exit_2(tmp_path, cli):
    other = tmp_path / "notes.json"
    other.write_text('{"hello": 1}')
    done = cli("checklist", "diff", other, other)
    assert done.status == 2 and len(done.err.strip().splitlines()) == 1
