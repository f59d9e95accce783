"""The CLI speaks Thai by default (Buddhist Era times), English with --lang en; JSON stays as it is."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from ita_tui.checklist import file as checklist_file
from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.thai import short_datetime, short_datetime_of

ROOT = Path(__file__).resolve().parents[2]
CHECKLIST = ROOT / "tests" / "data" / "store-checklist.json"
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


@pytest.fixture
def db(tmp_path) -> list[str]:
    path = tmp_path / "office.json"
    ProgressStore.open(path, user="ผู้สร้าง", checklist_path=CHECKLIST)
    return ["--db", str(path)]


def run(capsys, *argv: str) -> str:
    """What the command printed; it must succeed without a word on stderr."""
    assert main(list(argv)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def shown(at: str, lang: str = "th", digit_style: str = "arabic") -> str:
    return short_datetime(datetime.fromisoformat(at), lang, digit_style)


def store_of(db: list[str]) -> ProgressStore:
    return ProgressStore.open(Path(db[1]), user="x")


def test_tick_and_undo_confirm_in_thai_with_a_buddhist_era_time(db, capsys):
    out = run(capsys, "tick", "2.1", "--user", "สมชาย", *db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☑ 2.1 ทำแล้ว — บันทึกโดย สมชาย เมื่อ {shown(at)}\n"
    assert str(datetime.fromisoformat(at).year + 543) in out and not ISO_TIME.search(out)

    out = run(capsys, "tick", "2.1", "--undo", "--user", "นภา", *db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☐ 2.1 ยกเลิกแล้ว (ยังไม่ทำ) — บันทึกโดย นภา เมื่อ {shown(at)}\n"
    assert run(capsys, "tick", "3.1", "--undo", *db) == "☐ 3.1 ยังไม่ทำ\n"


def test_note_and_link_confirm_in_thai(db, capsys):
    out = run(capsys, "note", "1.1", "ส่งหนังสือแล้ว", "--user", "สมชาย", *db)
    note = store_of(db).snapshot().notes["1.1"][0]
    assert out == f"✎ เพิ่มบันทึกความก้าวหน้าในข้อ 1.1 แล้ว — โดย สมชาย เมื่อ {shown(note.at)}\n"
    out = run(capsys, "link", "1.1", "a.go.th/ita/o12", "--label", "O12", *db)
    assert out == "🔗 เพิ่มลิงก์หลักฐานในข้อ 1.1 แล้ว: https://a.go.th/ita/o12 (O12)\n"


def test_lang_en_keeps_the_english_lines(db, capsys):
    out = run(capsys, "tick", "2.1", "--user", "somchai", "--lang", "en", *db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☑ 2.1 done by somchai at {shown(at, 'en')}\n"
    out = run(capsys, "--lang", "en", "tick", "2.1", "--undo", "--user", "b", *db)
    assert out.startswith("☐ 2.1 not done (changed by b at ") and not ISO_TIME.search(out)
    out = run(capsys, "note", "2.1", "sent", "--user", "a", "--lang", "en", *db)
    assert out.startswith("✎ note added to 2.1 by a at ") and out.count("\n") == 1
    assert (
        run(capsys, "link", "2.1", "https://a.go.th/x", "--lang", "en", *db)
        == "🔗 link added to 2.1: https://a.go.th/x\n"
    )


def test_digits_option_writes_the_time_and_id_in_thai_digits(db, capsys):
    out = run(capsys, "tick", "2.1", "--user", "สมชาย", "--digits", "thai", *db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☑ ๒.๑ ทำแล้ว — บันทึกโดย สมชาย เมื่อ {shown(at, 'th', 'thai')}\n"
    assert not re.search("[0-9]", out)


def test_plain_log_reads_thai_and_english_and_json_keeps_iso(db, capsys):
    run(capsys, "tick", "1.1", "--user", "a", *db)
    run(capsys, "tick", "1.1", "--undo", "--user", "b", *db)
    run(capsys, "note", "1.1", "[bold]ส่งแล้ว[/]", "--user", "b", *db)
    entries = store_of(db).log()

    lines = run(capsys, "log", *db).splitlines()
    assert lines[1:] == [
        f"{shown(entries[1].at)}  a  ทำเครื่องหมายว่าทำแล้ว 1.1  ยังไม่ทำ -> ทำแล้ว",
        f"{shown(entries[2].at)}  b  ยกเลิกเครื่องหมาย 1.1  ทำแล้ว -> ยังไม่ทำ",
        f"{shown(entries[3].at)}  b  เพิ่มบันทึก 1.1  [bold]ส่งแล้ว[/]",
    ]
    assert lines[0].startswith(shown(entries[0].at) + "  ผู้สร้าง  สร้างฐานข้อมูล")
    english = run(capsys, "log", "--lang", "en", *db).splitlines()
    assert english[2] == f"{shown(entries[2].at, 'en')}  b  unticked 1.1  done -> not done"

    for lang in ("th", "en"):
        logged = json.loads(run(capsys, "log", "--json", "--lang", lang, "--digits", "thai", *db))
        assert [(e["at"], e["action"], e["before"], e["after"]) for e in logged] == [
            (e.at, e.action, e.before, e.after) for e in entries
        ]
        assert logged[1]["at"] == entries[1].at and ISO_TIME.match(logged[1]["at"])


def test_status_json_is_the_same_in_either_language(db, capsys):
    run(capsys, "tick", "2.2", *db)
    thai = run(capsys, "status", "--json", *db)
    assert run(capsys, "status", "--json", "--lang", "en", "--digits", "thai", *db) == thai
    item = next(i for i in json.loads(thai)["items"] if i["id"] == "2.2")
    assert item["at"] == store_of(db).snapshot().state("2.2").at


def test_written_files_are_confirmed_in_thai_and_by_path_in_english(db, capsys, tmp_path):
    target = tmp_path / "summary.html"
    assert run(capsys, "summary", "-o", str(target), *db) == f"เขียนไฟล์ {target} แล้ว\n"
    assert run(capsys, "summary", "-o", str(target), "--lang", "en", *db) == f"{target}\n"
    output = tmp_path / "checklist.json"
    out = run(
        capsys, "import", str(ROOT / "data" / "chumsaeng-2566-source.txt"), "-o", str(output), "--lang", "en"
    )
    assert out.splitlines()[0] == f"{output}: 7 indicators, 31 items (องค์การบริหารส่วนตำบลชุมแสง, 2566)"
    assert "  indicator 2 การใช้งบประมาณ: 3 items" in out.splitlines()  # the report follows, in English


def test_checklist_update_reports_in_thai(db, capsys, tmp_path):
    run(capsys, "tick", "1.2", "--user", "สมชาย", *db)
    run(capsys, "note", "1.2", "ส่งแล้ว", *db)
    ticked = store_of(db).snapshot().state("1.2").at
    old = checklist_file.load(CHECKLIST)
    first = old.indicators[0]
    items = (replace(first.items[0], text="ข้อความใหม่"),) + first.items[2:]
    corrected = tmp_path / "corrected.json"
    checklist_file.save(
        replace(old, indicators=(replace(first, items=items),) + old.indicators[1:]), corrected
    )

    lines = run(capsys, "checklist", "update", str(corrected), *db).splitlines()

    assert lines == [
        f"ปรับปรุงรายการตัวชี้วัดใน {db[1]} ตาม {corrected} แล้ว: คงไว้พร้อมความคืบหน้า 11 ข้อ เพิ่ม 0 ข้อ นำออก 1 ข้อ",
        "ข้อความเปลี่ยน: 1.1 (ความคืบหน้าเดิมยังอยู่กับรหัสเดิม โปรดตรวจว่ายังตรงกับข้อความใหม่)",
        f"นำออก: 1.2 (ทำแล้ว โดย สมชาย เมื่อ {shown(ticked)}; บันทึก 1 รายการ; ลิงก์ 0 รายการ)"
        " ประวัติยังเก็บไว้ในฐานข้อมูลและบันทึกกิจกรรม",
    ]
    removal = [e for e in store_of(db).log() if e.action == "checklist-update" and e.item_id == "1.2"]
    assert removal[0].after == "removed-from-checklist"  # stored as a code, shown in the reader's language
    log = run(capsys, "log", *db)
    assert "ปรับปรุงรายการตัวชี้วัด 1.2" in log and "นำออกจากรายการ (ประวัติยังเก็บไว้)" in log


def test_a_stored_time_that_is_not_iso_is_shown_as_it_is():
    assert short_datetime_of("2026-11-26T14:05:09") == "26 พ.ย. 2569 14:05"
    assert short_datetime_of("2026-11-26T14:05:09", "en", "thai") == "๒๖ Nov ๒๐๒๖ ๑๔:๐๕"
    assert short_datetime_of("yesterday") == "yesterday"
    assert short_datetime_of("") == ""
