"""The CLI speaks Thai by default (Buddhist Era times), English with --lang en; JSON stays as it is."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from ita_tui.checklist import file as checklist_file
from ita_tui.store import ProgressStore
from ita_tui.thai import short_datetime, short_datetime_of
from tests.support import ROOT, STORE_CHECKLIST

ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def run(cli, *argv: object) -> str:
    """What the command printed; it must succeed without a word on stderr."""
    result = cli(*argv)
    assert result.status == 0 and result.err == ""
    return result.out


def shown(at: str, lang: str = "th", digit_style: str = "arabic") -> str:
    return short_datetime(datetime.fromisoformat(at), lang, digit_style)


def store_of(db: Path) -> ProgressStore:
    return ProgressStore.open(db, user="x")


def test_tick_and_undo_confirm_in_thai_with_a_buddhist_era_time(db, cli):
    out = run(cli, "tick", "2.1", "--user", "สมชาย", "--db", db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☑ 2.1 ทำแล้ว — บันทึกโดย สมชาย เมื่อ {shown(at)}\n"
    assert str(datetime.fromisoformat(at).year + 543) in out and not ISO_TIME.search(out)

    out = run(cli, "tick", "2.1", "--undo", "--user", "นภา", "--db", db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☐ 2.1 ยกเลิกแล้ว (ยังไม่ทำ) — บันทึกโดย นภา เมื่อ {shown(at)}\n"
    assert run(cli, "tick", "3.1", "--undo", "--db", db) == "☐ 3.1 ยังไม่ทำ\n"


def test_note_and_link_confirm_in_thai(db, cli):
    out = run(cli, "note", "1.1", "ส่งหนังสือแล้ว", "--user", "สมชาย", "--db", db)
    note = store_of(db).snapshot().notes["1.1"][0]
    assert out == f"✎ เพิ่มบันทึกที่ 1 ในข้อ 1.1 แล้ว — โดย สมชาย เมื่อ {shown(note.at)}\n"
    out = run(cli, "link", "1.1", "a.go.th/ita/o12", "--label", "O12", "--db", db)
    assert out == "🔗 เพิ่มลิงก์หลักฐานที่ 1 ในข้อ 1.1 แล้ว: https://a.go.th/ita/o12 (O12)\n"


def test_lang_en_keeps_the_english_lines(db, cli):
    out = run(cli, "tick", "2.1", "--user", "somchai", "--lang", "en", "--db", db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☑ 2.1 done by somchai at {shown(at, 'en')}\n"
    out = run(cli, "--lang", "en", "tick", "2.1", "--undo", "--user", "b", "--db", db)
    assert out.startswith("☐ 2.1 not done (changed by b at ") and not ISO_TIME.search(out)
    out = run(cli, "note", "2.1", "sent", "--user", "a", "--lang", "en", "--db", db)
    assert out.startswith("✎ note 1 added to 2.1 by a at ") and out.count("\n") == 1
    assert (
        run(cli, "link", "2.1", "https://a.go.th/x", "--lang", "en", "--db", db)
        == "🔗 link 1 added to 2.1: https://a.go.th/x\n"
    )


def test_digits_option_writes_the_time_and_id_in_thai_digits(db, cli):
    out = run(cli, "tick", "2.1", "--user", "สมชาย", "--digits", "thai", "--db", db)
    at = store_of(db).snapshot().state("2.1").at
    assert out == f"☑ ๒.๑ ทำแล้ว — บันทึกโดย สมชาย เมื่อ {shown(at, 'th', 'thai')}\n"
    assert not re.search("[0-9]", out)


def test_plain_log_reads_thai_and_english_and_json_keeps_iso(db, cli):
    run(cli, "tick", "1.1", "--user", "a", "--db", db)
    run(cli, "tick", "1.1", "--undo", "--user", "b", "--db", db)
    run(cli, "note", "1.1", "[bold]ส่งแล้ว[/]", "--user", "b", "--db", db)
    entries = store_of(db).log()

    lines = run(cli, "log", "--db", db).splitlines()
    assert lines[1:] == [
        f"{shown(entries[1].at)}  a  ทำเครื่องหมายว่าทำแล้ว 1.1  ยังไม่ทำ -> ทำแล้ว",
        f"{shown(entries[2].at)}  b  ยกเลิกเครื่องหมาย 1.1  ทำแล้ว -> ยังไม่ทำ",
        f"{shown(entries[3].at)}  b  เพิ่มบันทึก 1.1 #1  [bold]ส่งแล้ว[/]",
    ]
    assert lines[0].startswith(shown(entries[0].at) + "  ผู้สร้าง  สร้างฐานข้อมูล")
    english = run(cli, "log", "--lang", "en", "--db", db).splitlines()
    assert english[2] == f"{shown(entries[2].at, 'en')}  b  unticked 1.1  done -> not done"

    for lang in ("th", "en"):
        logged = json.loads(run(cli, "log", "--json", "--lang", lang, "--digits", "thai", "--db", db))
        assert [(e["at"], e["action"], e["before"], e["after"]) for e in logged] == [
            (e.at, e.action, e.before, e.after) for e in entries
        ]
        assert logged[1]["at"] == entries[1].at and ISO_TIME.match(logged[1]["at"])


def test_status_json_is_the_same_in_either_language(db, cli):
    run(cli, "tick", "2.2", "--db", db)
    thai = run(cli, "status", "--json", "--db", db)
    assert run(cli, "status", "--json", "--lang", "en", "--digits", "thai", "--db", db) == thai
    item = next(i for i in json.loads(thai)["items"] if i["id"] == "2.2")
    assert item["at"] == store_of(db).snapshot().state("2.2").at


def test_written_files_are_confirmed_in_thai_and_by_path_in_english(db, cli, tmp_path):
    target = tmp_path / "summary.html"
    assert run(cli, "summary", "-o", str(target), "--db", db) == f"เขียนไฟล์ {target} แล้ว\n"
    assert run(cli, "summary", "-o", str(target), "--lang", "en", "--db", db) == f"{target}\n"
    output = tmp_path / "checklist.json"
    out = run(
        cli, "import", str(ROOT / "data" / "chumsaeng-2566-source.txt"), "-o", str(output), "--lang", "en"
    )
    assert (
        out.splitlines()[0] == f"{output}: 7 indicators, 31 items (องค์การบริหารส่วนตำบลชุมแสง, 2023)"
    )  # one era per language
    assert "  indicator 2 การใช้งบประมาณ: 3 items" in out.splitlines()  # the report follows, in English


def test_checklist_update_reports_in_thai(db, cli, tmp_path):
    run(cli, "tick", "1.2", "--user", "สมชาย", "--db", db)
    run(cli, "note", "1.2", "ส่งแล้ว", "--db", db)
    ticked = store_of(db).snapshot().state("1.2").at
    old = checklist_file.load(STORE_CHECKLIST)
    first = old.indicators[0]
    items = (replace(first.items[0], text="ข้อความใหม่"),) + first.items[2:]
    corrected = tmp_path / "corrected.json"
    checklist_file.save(
        replace(old, indicators=(replace(first, items=items),) + old.indicators[1:]), corrected
    )

    lines = run(cli, "checklist", "update", str(corrected), "--db", db).splitlines()

    assert lines == [
        f"ปรับปรุงรายการตัวชี้วัดใน {db} ตาม {corrected} แล้ว: คงไว้พร้อมความคืบหน้า 11 ข้อ เพิ่ม 0 ข้อ นำออก 1 ข้อ",
        "ข้อความเปลี่ยน: 1.1 (ความคืบหน้าเดิมยังอยู่กับรหัสเดิม โปรดตรวจว่ายังตรงกับข้อความใหม่)",
        f"นำออก: 1.2 (ทำแล้ว โดย สมชาย เมื่อ {shown(ticked)}; บันทึก 1 รายการ; ลิงก์ 0 รายการ)"
        " ประวัติยังเก็บไว้ในฐานข้อมูลและบันทึกกิจกรรม",
    ]
    removal = [e for e in store_of(db).log() if e.action == "checklist-update" and e.item_id == "1.2"]
    assert removal[0].after == "removed-from-checklist"  # stored as a code, shown in the reader's language
    log = run(cli, "log", "--db", db)
    assert "ปรับปรุงรายการตัวชี้วัด 1.2" in log and "นำออกจากรายการ (ประวัติยังเก็บไว้)" in log


def test_a_stored_time_that_is_not_iso_is_shown_as_it_is():
    assert short_datetime_of("2026-11-26T14:05:09") == "26 พ.ย. 2569 14:05"
    assert short_datetime_of("2026-11-26T14:05:09", "en", "thai") == "๒๖ Nov ๒๐๒๖ ๑๔:๐๕"
    assert short_datetime_of("yesterday") == "yesterday"
    assert short_datetime_of("") == ""
