"""The log keeps codes for its fixed phrases and shows them in the reader's language; databases
written before (English phrases) read as the same codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState

DATA = Path(__file__).resolve().parents[1] / "data"


def log_lines(capsys, db: Path, *lang: str) -> list[str]:
    capsys.readouterr()
    assert main(["log", "--db", str(db), *lang]) == 0
    return capsys.readouterr().out.splitlines()


def test_an_old_database_with_english_phrases_reads_in_thai_and_in_english(tmp_path, capsys):
    db = tmp_path / "office.json"
    shutil.copyfile(DATA / "db-v1.json", db)  # written by the format 1 release: English phrases
    thai, english = log_lines(capsys, db), log_lines(capsys, db, "--lang", "en")

    def line(lines: list[str], *parts: str) -> str:
        return next(x for x in lines if all(p in x for p in parts))

    assert line(thai, "สร้างฐานข้อมูล").endswith("31 ข้อ จาก chumsaeng-2566.json")
    assert line(english, "created the database").endswith("31 items from chumsaeng-2566.json")
    assert line(thai, "ยกเลิกเครื่องหมาย 3.1").endswith("ทำแล้ว -> ยังไม่ทำ")
    assert line(english, "unticked 3.1").endswith("done -> not done")
    removed = line(thai, "ปรับปรุงรายการตัวชี้วัด 3.5")
    assert "ทำแล้ว โดย somchai เมื่อ 2026-12-01T09:35:15+00:00; บันทึก 1 รายการ; ลิงก์ 0 รายการ" in removed
    assert removed.endswith("-> นำออกจากรายการ (ประวัติยังเก็บไว้)")
    assert line(english, "updated the checklist 3.5").endswith("-> removed from the checklist (history kept)")
    assert line(thai, "ปรับปรุงรายการตัวชี้วัด 4.4").endswith("เพิ่มเข้ารายการ")
    assert line(thai, "31 ข้อ -> ").endswith("31 ข้อ: คงไว้ 30 เพิ่ม 1 นำออก 1")
    assert line(english, "31 items -> ").endswith("31 items: 30 kept, 1 added, 1 removed")
    assert line(thai, "เพิ่มบันทึก 2.1", "[ด่วน]").endswith("ส่งหนังสือเวียน [ด่วน] 😀")  # user text as written
    assert not any(word in "\n".join(thai) for word in ("removed from", "not done", "items"))


def test_an_english_phrase_of_a_format_2_database_written_before_codes_reads_as_a_code(tmp_path, capsys):
    db = tmp_path / "office.json"
    store = ProgressStore.open(db, user="somchai")
    store.apply(SetState("2.1", "na", "ไม่มีงบ"))
    tables = json.loads(db.read_text(encoding="utf-8"))
    for record in tables["log"].values():  # as the store wrote them before the log held codes
        record.pop("fields", None)
        if record["action"] == "state":
            record["before"], record["after"] = "not done", "not applicable: ไม่มีงบ"
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    entry = next(e for e in ProgressStore.open(db, user="x").log() if e.action == "state")
    assert (entry.before, entry.after, entry.fields["after"]) == (
        "not-started",
        "na-because",
        {"reason": "ไม่มีงบ"},
    )
    assert log_lines(capsys, db)[-1].endswith("ยังไม่ทำ -> ไม่เกี่ยวข้อง: ไม่มีงบ")


def test_new_entries_are_stored_as_codes_with_their_fields(tmp_path):
    db = tmp_path / "office.json"
    store = ProgressStore.open(db, user="somchai")
    store.apply(SetState.tick("2.1", True))
    store.apply(AddNote("2.1", "done"))  # a note that reads like a code stays a note
    records = list(json.loads(db.read_text(encoding="utf-8"))["log"].values())
    assert records[0]["after"] == "created-from" and records[0]["fields"]["after"]["items"] > 0
    assert (records[1]["before"], records[1]["after"]) == ("not-started", "done")
    assert records[2]["after"] == "done" and "fields" not in records[2]
    note = store.log()[-1]
    assert note.shown("after").text("th") == "done"
    assert store.log()[1].shown("after").text("th") == "ทำแล้ว"


def test_a_code_this_version_does_not_know_shows_as_written(tmp_path, capsys):
    db = tmp_path / "office.json"
    ProgressStore.open(db, user="somchai").apply(SetState.tick("2.1", True))
    tables = json.loads(db.read_text(encoding="utf-8"))
    last = tables["log"][max(tables["log"], key=int)]
    last["after"], last["fields"] = "from-a-newer-version", {"before": {}, "after": {"x": 1}}
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    assert log_lines(capsys, db)[-1].endswith("ยังไม่ทำ -> from-a-newer-version")
