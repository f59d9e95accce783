"""Correcting things where they are: notes and links edited or retracted, the checklist edited
from the command line, and undo/redo of the user's own changes (issue 12 §2-§4). Every command
prints one line in the user's language and is one durable write with its log entry."""

from __future__ import annotations

import json

import pytest

from ita_tui.store import ProgressStore


def status(cli, db) -> dict:
    return json.loads(cli("status", "--json", "--db", db).out)


def item(cli, db, item_id: str) -> dict | None:
    return next((i for i in status(cli, db)["items"] if i["id"] == item_id), None)


def log(db) -> list:
    return ProgressStore.open(db, user="x").log()


def one_line(run) -> str:
    assert run.status == 0 and run.err == "" and run.out.count("\n") == 1, run
    return run.out.rstrip("\n")


def test_a_note_is_corrected_and_the_log_keeps_the_old_text(db, cli):
    cli("note", "2.1", "ส่งหนังสือแล้ว", "--db", db, "--user", "bob")
    cli("note", "2.1", "ประชุมแล้ว", "--db", db, "--user", "bob")
    line = one_line(cli("note", "2.1", "--edit", "1", "ส่งหนังสือแล้ว ๒ ฉบับ", "--db", db, "--user", "alice"))
    assert line.startswith("✎ แก้บันทึกที่ 1 ของข้อ 2.1 แล้ว — โดย alice เมื่อ")
    notes = item(cli, db, "2.1")["notes"]
    assert [(n["number"], n["text"], n["edited_by"]) for n in notes] == [
        (1, "ส่งหนังสือแล้ว ๒ ฉบับ", "alice"),
        (2, "ประชุมแล้ว", None),
    ]
    entry = log(db)[-1]
    assert (entry.action, entry.before, entry.after, entry.number) == (
        "note-edit",
        "ส่งหนังสือแล้ว",
        "ส่งหนังสือแล้ว ๒ ฉบับ",
        1,
    )
    assert "แก้ไขบันทึก 2.1 #1  ส่งหนังสือแล้ว -> ส่งหนังสือแล้ว ๒ ฉบับ" in cli("log", "--db", db).out
    assert "เพิ่มบันทึก 2.1 #2  ประชุมแล้ว" in cli("log", "--db", db).out  # N as --edit N takes it
    en = one_line(cli("note", "2.1", "--edit", "2", "met", "--db", db, "--lang", "en"))
    assert en.startswith("✎ note 2 of 2.1 corrected by")
    assert "edited a note of 2.1" in cli("log", "--db", db, "--lang", "en").out


def test_a_note_and_a_link_are_retracted_gone_from_views_kept_in_the_log(db, cli):
    cli("note", "2.1", "ผิดข้อ", "--db", db)
    cli("link", "2.1", "www.a.go.th/x", "--db", db)
    assert (
        one_line(cli("note", "2.1", "--retract", "1", "--db", db))
        == "ถอนบันทึกที่ 1 ของข้อ 2.1 แล้ว (ยังอยู่ในบันทึกกิจกรรม)"
    )
    assert one_line(cli("link", "2.1", "--retract", "1", "--db", db, "--lang", "en")) == (
        "link 1 of 2.1 retracted (it stays in the log)"
    )
    found = item(cli, db, "2.1")
    assert found["notes"] == [] and found["links"] == []
    assert [(e.action, e.before) for e in log(db)[-2:]] == [
        ("note-retract", "ผิดข้อ"),
        ("link-retract", "https://www.a.go.th/x"),
    ]
    assert "ผิดข้อ" not in cli("summary", "--db", db).out
    again = one_line(cli("note", "2.1", "--retract", "1", "--db", db))
    assert again == "หมายเลข 1 ของข้อ 2.1 ถูกถอนไว้แล้ว (ไม่มีอะไรเปลี่ยน)"
    # a new note keeps counting: numbers never move when one is retracted
    assert "บันทึกที่ 2" in cli("note", "2.1", "ใหม่", "--db", db).out


@pytest.mark.parametrize(
    "argv",
    [
        ("note", "2.1", "--edit", "9", "x"),
        ("note", "2.1", "--edit", "หนึ่ง", "x"),
        ("note", "2.1", "--retract", "1"),
        ("link", "2.1", "--retract", "1"),
        ("note", "2.1"),
        ("item", "add", "9", "ข้อใหม่"),
        ("item", "add", "2", "  "),
        ("item", "add", "2", "x", "--after", "3.1"),
        ("item", "edit", "2.1"),
        ("item", "remove", "9.9"),
        ("item", "move", "2.1", "--to", "9"),
        ("indicator", "add", "2", "ซ้ำ"),
        ("indicator", "remove", "9"),
        ("undo",),
        ("redo",),
    ],
)
def test_bad_edits_are_one_line_exit_2_and_change_nothing(db, cli, argv):
    before = db.read_bytes()
    run = cli(*argv, "--db", db)
    assert run.status == 2 and run.out == "" and run.err.count("\n") == 1 and "Traceback" not in run.err
    assert db.read_bytes() == before


def test_items_are_added_edited_moved_and_removed_from_the_command_line(db, cli):
    cli("tick", "2.2", "--db", db)
    cli("note", "2.2", "บันทึกของข้อสอง", "--db", db)
    line = one_line(cli("item", "add", "2", "จัดอบรม", "--after", "2.1", "--period", "ม.ค. ๒๕๖๖", "--db", db))
    assert line == "เพิ่มข้อ 2.2 ในตัวชี้วัดที่ 2 แล้ว"  # numbered where it stands; the items after it move on
    texts = {i.id: i.text for i in ProgressStore.open(db, user="x").checklist.items()}
    assert [texts[i][:7] for i in ("2.1", "2.2", "2.3", "2.4", "2.5")] == [
        "ประชุมช",
        "จัดอบรม",
        "ประชาสั",
        "จัดทำรา",
        "เผยแพร่",
    ]
    assert item(cli, db, "2.3")["done"] is True and item(cli, db, "2.2")["done"] is False  # the tick followed
    assert [n["text"] for n in item(cli, db, "2.3")["notes"]] == ["บันทึกของข้อสอง"]
    line = one_line(
        cli("item", "edit", "2.2", "--text", "จัดอบรมบุคลากร", "--responsible", "สำนักปลัด", "--db", db)
    )
    assert line == "แก้ข้อ 2.2 แล้ว (ข้อความเดิมอยู่ในบันทึกกิจกรรม)"
    edited = log(db)[-1]
    assert edited.action == "item-edit" and edited.before == "item-line"  # a code, said in the reader's words
    assert edited.shown("before").text("th") == "2.2 จัดอบรม | ระยะเวลา: ม.ค. ๒๕๖๖"
    assert edited.shown("after").text("en") == "2.2 จัดอบรมบุคลากร | period: ม.ค. ๒๕๖๖ | responsible: สำนักปลัด"
    line = one_line(cli("item", "move", "2.3", "--to", "3", "--lang", "en", "--db", db))
    assert line == "item 2.3 moved to indicator 3, now 3.5 (its progress goes with it)"
    figures = status(cli, db)
    assert [i["done"] for i in figures["indicators"]] == [0, 0, 1]  # the tick followed the item
    assert item(cli, db, "3.5")["done"] is True and [i["id"] for i in figures["items"]][4:8] == [
        "2.1",
        "2.2",
        "2.3",  # was 2.4: the place the moved item left is taken by the next
        "2.4",
    ]
    assert one_line(cli("item", "remove", "3.5", "--db", db)).startswith("ลบข้อ 3.5 แล้ว")
    assert item(cli, db, "3.5") is None and status(cli, db)["overall"]["done"] == 0
    assert cli("tick", "3.5", "--db", db).status == 2  # gone from the checklist


def test_indicators_are_added_renamed_renumbered_and_removed(db, cli):
    assert one_line(cli("indicator", "add", "4", "การป้องกันการทุจริต", "--db", db)) == "เพิ่มตัวชี้วัดที่ 4 แล้ว"
    assert one_line(cli("indicator", "edit", "4", "--title", "การป้องกัน", "--db", db, "--lang", "en")) == (
        "indicator 4 renamed"
    )
    assert [i["title"] for i in status(cli, db)["indicators"]][-1] == "การป้องกัน"
    cli("tick", "2.3", "--db", db)
    cli("note", "2.3", "บันทึกของข้อสาม", "--db", db)
    cli("item", "remove", "2.2", "--db", db)
    line = one_line(cli("indicator", "renumber", "2", "--db", db))
    assert line == "เรียงเลขข้อของตัวชี้วัดที่ 2 ใหม่แล้ว: 2.3 -> 2.2, 2.4 -> 2.3 (รหัสเดิมยังใช้ได้)"
    moved = item(cli, db, "2.2")
    assert moved["done"] is True and [n["text"] for n in moved["notes"]] == ["บันทึกของข้อสาม"]
    # the old id still finds the item when no item has it now
    cli("indicator", "renumber", "3", "--db", db)
    assert cli("note", "2.4", "ยังหาเจอ", "--db", db).out.startswith("✎ เพิ่มบันทึกที่ 1 ในข้อ 2.3")
    assert cli("result", "2.4", "สรุปผล", "--db", db).status == 0  # every command finds an old id
    assert item(cli, db, "2.3")["result"]["text"] == "สรุปผล"
    assert one_line(cli("indicator", "remove", "4", "--db", db)).startswith("ลบตัวชี้วัดที่ 4 แล้ว")
    assert len(status(cli, db)["indicators"]) == 3


def test_an_undone_deletion_brings_back_ticks_notes_and_links(db, cli):
    cli("tick", "2.1", "--db", db)
    cli("note", "2.1", "ประชุมแล้ว", "--db", db)
    cli("link", "2.1", "https://a.go.th/ita", "--db", db)
    before = item(cli, db, "2.1")
    cli("item", "remove", "2.1", "--db", db)
    assert item(cli, db, "2.1") is None and status(cli, db)["overall"]["done"] == 0
    assert one_line(cli("undo", "--db", db)) == "↶ ย้อนกลับแล้ว: ลบข้อ 2.1"
    assert item(cli, db, "2.1") == before and status(cli, db)["overall"]["done"] == 1
    assert one_line(cli("redo", "--db", db, "--lang", "en")) == "↷ redone: removed item 2.1"
    assert item(cli, db, "2.1") is None
    cli("undo", "--db", db)
    cli("indicator", "remove", "2", "--db", db)
    cli("undo", "--db", db)
    assert item(cli, db, "2.1") == before


def test_undo_takes_back_the_users_own_changes_one_by_one_and_redo_puts_them_back(db, cli):
    cli("tick", "2.1", "--db", db, "--user", "alice")
    cli("note", "2.1", "ของ alice", "--db", db, "--user", "alice")
    cli("tick", "3.1", "--db", db, "--user", "bob")  # another user's change is never undone
    cli("note", "2.1", "--edit", "1", "ของ alice (แก้)", "--db", db, "--user", "alice")
    as_alice = ("--db", db, "--user", "alice")
    assert one_line(cli("undo", *as_alice)) == "↶ ย้อนกลับแล้ว: แก้ไขบันทึก 2.1"
    assert [n["text"] for n in item(cli, db, "2.1")["notes"]] == ["ของ alice"]
    assert one_line(cli("undo", *as_alice, "--lang", "en")) == "↶ undone: added a note to 2.1"
    assert item(cli, db, "2.1")["notes"] == []
    assert one_line(cli("undo", *as_alice)) == "↶ ย้อนกลับแล้ว: ทำเครื่องหมายว่าทำแล้ว 2.1"
    assert item(cli, db, "2.1")["done"] is False and item(cli, db, "3.1")["done"] is True
    assert cli("undo", *as_alice).status == 2  # nothing of alice's left
    assert one_line(cli("redo", *as_alice)) == "↷ ทำซ้ำแล้ว: ทำเครื่องหมายว่าทำแล้ว 2.1"
    assert item(cli, db, "2.1")["done"] is True
    cli("redo", *as_alice)
    assert [n["text"] for n in item(cli, db, "2.1")["notes"]] == ["ของ alice"]
    cli("mark", "2.2", "in-progress", *as_alice)  # a new change: nothing left to redo
    assert cli("redo", *as_alice).status == 2
    entries = [e for e in log(db) if e.user == "alice"]
    assert [e.action for e in entries] == [
        "tick", "note", "note-edit", "undo", "undo", "undo", "redo", "redo", "state",
    ]  # fmt: skip
    assert len(log(db)) > len(entries)  # nothing was ever deleted
    assert "ย้อนกลับ 2.1" in cli("log", "--db", db).out
