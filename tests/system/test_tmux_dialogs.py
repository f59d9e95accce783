"""Every dialog in a real terminal (tmux, 80x24), its keys sent in one burst as a paste or a fast
typist over SSH sends them: the key that opens it, the text, Tab between boxes and the key that
saves. What is saved is exactly what was typed, in the box it was typed into."""

from __future__ import annotations

import json

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, AddUser, SetState
from tests.support.tmux import needs_tmux

pytestmark = needs_tmux

NOTE = "ประชุมชี้แจงทุกกองแล้ว ส่งหนังสือเวียน ๑๒ ฉบับ"
URL = "https://www.chumsaeng.go.th/ita/o12"
LABEL = "ประกาศคู่มือพัสดุ"


def burst(tmux, *keys: str) -> None:
    """All the keys in one tmux command: one write to the terminal (text as it is, names as keys)."""
    tmux.keys(*keys)


def settled(tmux, db, check) -> dict[str, dict]:
    """The items once `check(items)` holds (the app saves in a worker), failing with what is there."""
    from tests.waiting import wait_until

    found: dict[str, dict] = {}

    def ok() -> bool:
        found.update(tmux.items(db))
        return bool(check(found))

    if not wait_until(ok):
        pytest.fail(f"never saved; the pane shows:\n{tmux.screen()}\nstatus: {found.get('2.1')}")
    return found


def test_note_dialog(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "n", NOTE, "Enter", "j", "Space")  # the keys after Enter reach the tree
    got = settled(tmux, db, lambda i: i["2.1"]["notes"] and i["2.2"]["state"] == "done")
    assert [n["text"] for n in got["2.1"]["notes"]] == [NOTE]


def test_link_dialog(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "a", URL, "Tab", LABEL, "Enter")
    got = settled(tmux, db, lambda i: i["2.1"]["links"])
    assert [(k["url"], k["label"]) for k in got["2.1"]["links"]] == [(URL, LABEL)]


def test_not_applicable_reason_dialog(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "s", "Down", "Down", "Down", "Enter", "Enter", "ไม่มีโครงการจัดซื้อในปีนี้", "Enter")
    got = settled(tmux, db, lambda i: i["2.1"]["state"] == "na")  # the empty Enter did not close it
    assert got["2.1"]["reason"] == "ไม่มีโครงการจัดซื้อในปีนี้"


def test_return_dialog(tmux, tmp_path):
    db = tmp_path / "progress.json"
    boss = ProgressStore.open(db, user="สมศรี")
    boss.apply(AddUser("สมศรี", "supervisor"))
    boss.apply(SetState.tick("2.1", True))
    tmux.start_app(db, "สมศรี")
    burst(tmux, "b", "Enter", "ลิงก์เปิดไม่ได้ แนบใหม่", "Enter")
    got = settled(tmux, db, lambda i: i["2.1"]["review"])
    assert (got["2.1"]["review"]["status"], got["2.1"]["review"]["comment"]) == (
        "returned",
        "ลิงก์เปิดไม่ได้ แนบใหม่",
    )


def test_result_box_goes_on_after_the_notes(tmux, tmp_path):
    db = tmp_path / "progress.json"
    ProgressStore.open(db, user="สมชาย").apply(AddNote("2.1", "ประชุมแล้ว"))
    tmux.start_app(db)
    burst(tmux, "w", " และเผยแพร่บนเว็บไซต์", "C-s")
    got = settled(tmux, db, lambda i: i["2.1"]["result"])
    assert got["2.1"]["result"]["text"] == "ประชุมแล้ว และเผยแพร่บนเว็บไซต์"


def test_note_correction_keeps_its_lines(tmux, tmp_path):
    db = tmp_path / "progress.json"
    ProgressStore.open(db, user="สมชาย").apply(AddNote("2.1", "บรรทัดแรก\nบรรทัดสอง"))
    tmux.start_app(db)
    burst(tmux, "c", "Enter", "Enter", "บรรทัดสาม", "C-s")
    got = settled(tmux, db, lambda i: i["2.1"]["notes"][0]["edited_by"])
    assert got["2.1"]["notes"][0]["text"] == "บรรทัดแรก\nบรรทัดสอง\nบรรทัดสาม"


def test_item_text_dialog_in_the_edit_mode(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "E", "t", "Enter", "C-k", "เผยแพร่ข้อมูลทุกช่องทาง", "C-s")  # t picks a field: the text first
    tmux.wait_for("☐ 2.1 เผยแพร่ข้อมูลทุกช่องทาง")
    assert tmux.items(db)["2.1"]  # still there under its id


def test_unit_name_dialog(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "g", "Enter", "กองการศึกษา", "Enter")
    from tests.waiting import wait_until

    assert wait_until(lambda: "กองการศึกษา" in ProgressStore.open(db, user="x").snapshot().units)


def test_signers_dialog(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    names = ["นางสมศรี ใจดี", "นักวิเคราะห์", "นายสมชาย ตั้งใจ", "ปลัด อบต.", "นายก อบต.", "นายก"]
    keys = [k for name in names[:-1] for k in (name, "Tab")]
    burst(tmux, "e", "Down", "Enter", *keys, names[-1], "Enter")
    signers = db.parent / (db.name + ".signers.json")
    from tests.waiting import wait_until

    assert wait_until(signers.exists), tmux.screen()
    saved = json.loads(signers.read_text(encoding="utf-8"))
    fields = [
        "reporter",
        "reporter_position",
        "supervisor",
        "supervisor_position",
        "approver",
        "approver_position",
    ]
    assert [saved[f] for f in fields] == names


def test_search_box(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "/", "2.3", "Enter", "Space")  # the box takes the text at once, Enter gives the tree back
    got = settled(tmux, db, lambda i: any(item["state"] == "done" for item in i.values()))
    assert [k for k, item in got.items() if item["state"] == "done"] == ["2.3"]
    assert "ค้นหา: 2.3" in tmux.screen()


def test_link_dialog_after_an_enter_with_no_url(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "a", "Tab", "Enter", URL, "Tab", LABEL, "Enter")  # Enter with no URL: back to the URL box
    got = settled(tmux, db, lambda i: i["2.1"]["links"])
    assert [(k["url"], k["label"]) for k in got["2.1"]["links"]] == [(URL, LABEL)]


def test_export_dialog_with_a_date_typed(tmux, tmp_path):
    db = tmp_path / "progress.json"
    ProgressStore.open(db, user="สมชาย").apply(SetState.tick("2.1", True))
    tmux.start_app(db)
    burst(tmux, "e", "Tab", "Tab", "2569-01-15", "Enter", "Enter")  # the date, back to the files, the first
    from tests.waiting import wait_until

    written = wait_until(lambda: [p for p in tmp_path.glob("ita-summary-*.pdf") if p.stat().st_size > 0])
    assert written, tmux.screen()
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(written[0]).pages)
    assert "๑๕ มกราคม พ.ศ. ๒๕๖๙" in text


def test_indicator_issues_box_in_the_edit_mode(tmux, tmp_path):
    db = tmp_path / "progress.json"
    tmux.start_app(db)
    burst(tmux, "h", "E", "w", "ยังไม่เผยแพร่แผนการใช้จ่ายงบประมาณ", "C-s")  # on indicator 2's row

    def issues():
        return tmux.status(db)["indicators"][0]["issues"]

    from tests.waiting import wait_until

    found = wait_until(issues)
    assert found and found["text"] == "ยังไม่เผยแพร่แผนการใช้จ่ายงบประมาณ", tmux.screen()
