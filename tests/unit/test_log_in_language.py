"""The activity log speaks the reader's language for the checklist's own edits too: an item's
fields, where it moved, an indicator removed with its items (issue 20, item 7)."""

from __future__ import annotations

import re

from ita_tui.checklist.fields import DETAIL_FIELDS


def run(cli, db, *args, lang="th"):
    return cli(*args, "--db", db, "--user", "somsri", "--lang", lang)


def edits(cli, db):
    new = run(cli, db, "item", "add", "1", "ทดสอบ", "--period", "ต.ค. 2568", lang="en")[1].split()[1]
    run(cli, db, "item", "edit", new, "--responsible", "กองคลัง", "--oit", "O12, O13")
    run(cli, db, "item", "move", new, "--to", "2", "--after", "2.1")
    run(cli, db, "item", "move", new, "--to", "1")
    run(cli, db, "indicator", "remove", "2")
    run(cli, db, "indicator", "renumber", "1")
    return new


def test_the_thai_log_has_no_english_words_for_item_edits(db, cli):
    edits(cli, db)
    log = run(cli, db, "log")[1]
    english = re.findall(
        r"\b(?:period|follow_up|follow-up|responsible|oit|OIT:|indicator|items|after)\b", log
    )
    assert english == [], log
    assert "ระยะเวลา: ต.ค. 2568" in log
    assert "ผู้รับผิดชอบ: กองคลัง | รหัส OIT: O12, O13" in log
    assert "ข้อ 1.5 ในตัวชี้วัดที่ 1 -> ข้อ 2.2 ในตัวชี้วัดที่ 2" in log  # moved after 2.1: now 2.2
    assert re.search(r"2 \S.* \(ข้อ 2\.1, ", log)


def test_the_english_log_says_the_same_in_english(db, cli):
    new = edits(cli, db)
    log = run(cli, db, "log", lang="en")[1]
    assert f"{new} ทดสอบ | period: ต.ค. 2568 | responsible: กองคลัง | OIT: O12, O13" in log
    assert "1.5 in indicator 1 -> 2.2 in indicator 2" in log
    assert "ระยะเวลา" not in log and "ตัวชี้วัดที่" not in log


def test_undo_of_a_move_puts_it_back_and_says_so_in_thai(db, cli):
    new = edits(cli, db)
    for _ in range(3):  # renumber, the indicator's removal, the move back
        run(cli, db, "undo")
    lines = run(cli, db, "log")[1].splitlines()
    assert lines[-1].endswith(f"ย้อนกลับ {new}  ข้อ {new} ในตัวชี้วัดที่ 1 -> ข้อ 2.2 ในตัวชี้วัดที่ 2"), lines[-1]


def test_every_item_field_besides_the_text_has_its_log_words():
    from ita_tui.store.log_phrases import ITEM_DETAIL_WORDS

    assert set(ITEM_DETAIL_WORDS) == {f.name for f in DETAIL_FIELDS}
