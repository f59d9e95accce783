"""One word for one thing, one era per language: `mark … done` says "ทำแล้ว" as `tick` does, and
the English status gives the fiscal year in the Common Era as the English PDF does."""

from __future__ import annotations


def test_mark_done_and_tick_say_the_same(cli, db):
    marked = cli("--db", db, "mark", "2.1", "done").out
    ticked = cli("--db", db, "tick", "2.2").out
    assert "ทำแล้ว" in marked and "ทำแล้ว" in ticked and "ดำเนินการแล้ว" not in marked
    assert "ยังไม่ทำ" in cli("--db", db, "mark", "2.1", "not-started").out


def test_english_status_gives_the_year_in_the_common_era(cli, db):
    fiscal = cli("--db", db, "status", "--json").out.split('"fiscal_year": ')[1].split(",")[0]
    english = cli("--db", db, "--lang", "en", "status").out.splitlines()[0]
    assert english.endswith(f"fiscal year {int(fiscal) - 543}")
    assert cli("--db", db, "status").out.splitlines()[0].endswith(f"ปีงบประมาณ {fiscal}")
