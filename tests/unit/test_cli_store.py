"""The scripting CLI on the progress store: tick, note, link, status, log, checklist update."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from ita_tui.checklist import file as checklist_file
from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.thai import short_datetime
from tests.support import ROOT, STORE_CHECKLIST


def thai_time(at: str, lang: str = "th") -> str:
    """A stored ISO time as the CLI shows it to people."""
    return short_datetime(datetime.fromisoformat(at), lang)


def test_tick_creates_the_database_and_prints_one_line_once_durable(db_path, cli):
    status, out, err = cli(
        "tick", "2.1", "--db", str(db_path), "--user", "somchai", "--checklist", str(STORE_CHECKLIST)
    )
    assert status == 0 and err == ""
    state = ProgressStore.open(db_path, user="x").snapshot().state("2.1")
    assert state.by == "somchai"
    assert out == f"☑ 2.1 ทำแล้ว — บันทึกโดย somchai เมื่อ {thai_time(state.at)}\n"


def test_options_work_before_and_after_the_command(db_path, cli):
    cli("--db", str(db_path), "--checklist", str(STORE_CHECKLIST), "--user", "a", "tick", "1.1")
    status, out, _ = cli("tick", "1.2", "--db", str(db_path), "--user", "b")
    assert status == 0 and "บันทึกโดย b เมื่อ" in out
    assert ProgressStore.open(db_path, user="x").snapshot().done_ids == {"1.1", "1.2"}


def test_environment_names_the_database_and_the_user(db_path, cli, monkeypatch):
    monkeypatch.setenv("ITA_TUI_DB", str(db_path))
    monkeypatch.setenv("ITA_TUI_USER", "นภา")
    status, out, _ = cli("tick", "3.3", "--checklist", str(STORE_CHECKLIST))
    assert status == 0 and "บันทึกโดย นภา" in out
    status, out, _ = cli("tick", "3.3", "--user", "override", "--undo", "--lang", "en")
    assert status == 0 and out.startswith("☐ 3.3 not done (changed by override")
    assert db_path.is_file()


def test_note_and_link(db_path, cli):
    cli("tick", "1.1", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST))
    status, out, _ = cli(
        "note", "1.1", "[bold]ส่งแล้ว[/] 😀", "--db", str(db_path), "--user", "a", "--lang", "en"
    )
    assert status == 0 and out.startswith("✎ note 1 added to 1.1 by a at ")
    status, out, _ = cli(
        "link", "1.1", "https://a.go.th/o1", "--label", "O1", "--db", str(db_path), "--lang", "en"
    )
    assert status == 0 and out == "🔗 link 1 added to 1.1: https://a.go.th/o1 (O1)\n"
    item = json.loads(cli("status", "--json", "--db", str(db_path))[1])["items"][0]
    assert [n["text"] for n in item["notes"]] == ["[bold]ส่งแล้ว[/] 😀"]
    assert [(k["url"], k["label"]) for k in item["links"]] == [("https://a.go.th/o1", "O1")]


def test_escape_sequences_never_reach_the_terminal(db_path, cli):
    cli("tick", "1.1", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST))
    _, out, _ = cli("note", "1.1", "wipe\x1b[2J", "--db", str(db_path), "--user", "x\x1b[31m")
    outputs = [out]
    for argv in (["log"], ["log", "--json"], ["status"], ["status", "--json"]):
        outputs.append(cli(*argv, "--db", str(db_path))[1])
    _, _, err = cli("tick", "\x1b[2J", "--db", str(db_path))
    for text in outputs + [err]:
        assert "\x1b" not in text and "\x9b" not in text
    assert "wipe␛[2J" in outputs[1]


def test_status_json_has_the_documented_shape(db_path, cli):
    cli("tick", "2.2", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST), "--user", "a")
    status, out, _ = cli("status", "--json", "--db", str(db_path))
    figures = json.loads(out)
    assert status == 0
    assert {"organization", "fiscal_year", "overall", "indicators", "units", "items"} <= set(figures)
    assert figures["organization"] == "องค์การบริหารส่วนตำบลทดสอบ" and figures["fiscal_year"] == 2566
    assert figures["overall"] == {
        "done": 1,
        "applicable": 12,
        "percent": 8,
        "in_progress": 0,
        "not_applicable": 0,
        "verified": 0,
    }
    assert figures["indicators"][1] == {
        "number": 2,
        "title": "การใช้งบประมาณ",
        "done": 1,
        "applicable": 4,
        "percent": 25,
        "in_progress": 0,
        "not_applicable": 0,
        "verified": 0,
        "outcome": None,
        "score": None,
        "issues": None,
    }
    assert {"name", "done", "applicable", "percent", "in_progress", "not_applicable", "verified"} == set(
        figures["units"][0]
    )
    assert [i["id"] for i in figures["items"]] == checklist_file.load(STORE_CHECKLIST).item_ids()
    item = next(i for i in figures["items"] if i["id"] == "2.2")
    assert item["done"] is True and item["by"] == "a" and item["at"]
    assert "องค์การบริหารส่วนตำบลทดสอบ" in out  # not \u-escaped


def test_plain_status_lists_indicators_and_units(db_path, cli):
    cli("tick", "2.2", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST))
    status, out, _ = cli("status", "--db", str(db_path))
    assert status == 0
    assert "องค์การบริหารส่วนตำบลทดสอบ" in out and "ภาพรวม: 1/12 (8%)" in out
    assert any("1/4" in line and "25%" in line and "การใช้งบประมาณ" in line for line in out.splitlines())
    assert "กองคลัง" in out and "สำนักปลัด" in out
    _, out, _ = cli("status", "--db", str(db_path), "--lang", "en", "--digits", "thai")
    assert "Overall: ๑/๑๒ (๘%)" in out


def test_log_plain_json_and_since(db_path, cli):
    cli("tick", "1.1", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST), "--user", "a")
    cli("tick", "1.1", "--undo", "--db", str(db_path), "--user", "b")
    entries = ProgressStore.open(db_path, user="x").log()
    _, out, _ = cli("log", "--db", str(db_path), "--lang", "en")
    assert out.splitlines()[-1] == f"{thai_time(entries[-1].at, 'en')}  b  unticked 1.1  done -> not done"
    entries = json.loads(cli("log", "--json", "--db", str(db_path))[1])
    assert [(e["action"], e["user"], e["item"]) for e in entries] == [
        ("create", "a", ""),
        ("tick", "a", "1.1"),
        ("untick", "b", "1.1"),
    ]
    assert json.loads(cli("log", "--json", "--since", "2999-01-01", "--db", str(db_path))[1]) == []


@pytest.mark.parametrize("bad", ["31/02/2566", "yesterday", "2566"])
def test_log_with_a_bad_date_is_one_line_exit_2(db_path, capsys, bad):
    assert main(["log", "--since", bad, "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--since" in err and "2569-12-01" in err and "1 ธ.ค. 2569" in err
    assert not db_path.exists()


def test_unknown_item_exits_2_listing_nearest_ids(db_path, cli):
    status, out, err = cli("tick", "2.7", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST))
    assert status == 2 and out == ""
    assert err.startswith('ita-tui: ข้อผิดพลาด: ไม่มีข้อ "2.7" ในรายการตัวชี้วัด; รหัสที่ใกล้เคียง: ')
    assert all(i in err for i in ("2.1", "2.2", "2.3", "2.4")) and "3.1" not in err
    assert err.count("\n") == 1


def test_checklist_update_keeps_progress_and_reports_removed(db_path, cli, tmp_path):
    cli("tick", "1.2", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST), "--user", "somchai")
    old = checklist_file.load(STORE_CHECKLIST)
    first = old.indicators[0]
    new = replace(old, indicators=(replace(first, items=first.items[2:]),) + old.indicators[1:])
    corrected = tmp_path / "corrected.json"
    checklist_file.save(new, corrected)

    status, out, _ = cli("checklist", "update", str(corrected), "--db", str(db_path))

    assert status == 0
    assert "คงไว้พร้อมความคืบหน้า 10 ข้อ เพิ่ม 0 ข้อ นำออก 2 ข้อ" in out
    assert "นำออก: 1.2 (ทำแล้ว โดย somchai เมื่อ " in out and "นำออก: 1.1 (ยังไม่ทำ; บันทึก 0 รายการ" in out
    assert ProgressStore.open(db_path, user="x").checklist == new
    status, _, err = cli("checklist", "update", str(tmp_path / "missing.json"), "--db", str(db_path))
    assert status == 2 and "ไม่พบไฟล์รายการตัวชี้วัด" in err


def test_without_checklist_a_new_database_holds_the_bundled_one(db_path, cli):
    status, _, _ = cli("tick", "2.1", "--db", str(db_path), "--user", "somchai")
    assert status == 0
    figures = json.loads(cli("status", "--json", "--db", str(db_path))[1])
    assert figures["organization"] == "องค์การบริหารส่วนตำบลชุมแสง"
    assert figures["overall"]["done"] == 1 and figures["overall"]["applicable"] == len(figures["items"])


def test_ids_typed_with_thai_digits_or_spaces_name_the_item(db_path, cli):
    status, out, err = cli(
        "tick", "๒.๑", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST), "--user", "a"
    )
    assert (status, err) == (0, "") and out.startswith("☑ 2.1 ทำแล้ว — บันทึกโดย a ")
    assert cli("note", " 1.2 ", "ส่งแล้ว", "--db", str(db_path))[0] == 0
    assert cli("link", "๑.๒", "https://a.go.th/x", "--db", str(db_path))[0] == 0
    snapshot = ProgressStore.open(db_path, user="x").snapshot()
    assert snapshot.done_ids == {"2.1"}
    assert [n.text for n in snapshot.notes["1.2"]] == ["ส่งแล้ว"]
    assert [k.url for k in snapshot.links["1.2"]] == ["https://a.go.th/x"]
    status, _, err = cli("tick", "๒.๙", "--db", str(db_path))
    assert status == 2 and '"๒.๙"' in err and "2.1" in err and "3.1" not in err


def test_a_link_without_scheme_is_stored_as_a_web_address_and_words_are_refused(db_path, cli):
    cli("tick", "1.1", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST))
    status, out, _ = cli("link", "1.1", "www.a.go.th/ita/o12", "--db", str(db_path))
    assert status == 0 and out.rstrip().endswith("https://www.a.go.th/ita/o12")
    status, out, err = cli("link", "1.1", "ดูที่บอร์ดหน้าสำนักงาน ชั้น 2", "--db", str(db_path))
    assert status == 2 and out == "" and err.count("\n") == 1 and "label" in err
    links = ProgressStore.open(db_path, user="x").snapshot().links["1.1"]
    assert [k.url for k in links] == ["https://www.a.go.th/ita/o12"]


def test_another_agencys_or_years_checklist_is_refused_unless_forced(db_path, cli, tmp_path):
    cli("tick", "2.1", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST))
    before = db_path.read_bytes()
    other = ROOT / "data" / "chumsaeng-2566.json"  # shares ids 2.1 … with the test checklist
    next_year = tmp_path / "next-year.json"
    checklist_file.save(replace(checklist_file.load(STORE_CHECKLIST), fiscal_year=2567), next_year)

    for path, differs in ((other, "องค์การบริหารส่วนตำบลชุมแสง"), (next_year, "2567")):
        status, out, err = cli("checklist", "update", str(path), "--db", str(db_path))
        assert status == 2 and out == "" and err.count("\n") == 1
        assert differs in err and "--force" in err
        assert db_path.read_bytes() == before

    status, out, _ = cli("checklist", "update", str(next_year), "--force", "--db", str(db_path))
    assert status == 0 and ProgressStore.open(db_path, user="x").checklist.fiscal_year == 2567


def test_checklist_update_names_kept_items_whose_text_changed(db_path, cli, tmp_path):
    cli("tick", "1.1", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST))
    old = checklist_file.load(STORE_CHECKLIST)
    first = old.indicators[0]
    shifted = (replace(first.items[0], text="ข้อใหม่ที่แทรกเข้ามา"),) + first.items[1:]
    corrected = tmp_path / "corrected.json"
    checklist_file.save(
        replace(old, indicators=(replace(first, items=shifted),) + old.indicators[1:]), corrected
    )

    status, out, _ = cli("checklist", "update", str(corrected), "--db", str(db_path), "--lang", "en")

    assert status == 0
    changed = [line for line in out.splitlines() if line.startswith("text changed:")]
    assert changed and "1.1" in changed[0] and "1.2" not in changed[0]
    assert any(
        e["action"] == "checklist-update" and e["item"] == "1.1"
        for e in json.loads(cli("log", "--json", "--db", str(db_path))[1])
    )


def test_a_blank_user_name_falls_back_to_the_next_source(db_path, cli, monkeypatch):
    monkeypatch.setenv("ITA_TUI_USER", "นภา")
    status, out, _ = cli(
        "tick", "1.1", "--user", "   ", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST)
    )
    assert status == 0 and out.startswith("☑ 1.1 ทำแล้ว — บันทึกโดย นภา เมื่อ")
    monkeypatch.setenv("ITA_TUI_USER", " ")
    status, out, _ = cli("tick", "1.2", "--db", str(db_path))
    assert status == 0 and "โดย  " not in out and "โดย เมื่อ" not in out


def test_nearest_ids_start_with_the_same_indicators(db_path, cli):
    status, _, err = cli(
        "tick", "1.9", "--db", str(db_path), "--checklist", str(STORE_CHECKLIST), "--lang", "en"
    )
    assert status == 2
    assert err.split("nearest ids: ")[1].startswith("1.1, 1.2, 1.3, 1.4")
