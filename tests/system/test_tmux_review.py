"""The supervisor's day in a real terminal (tmux, 80x24, keys sent in bursts): staff tick three
items; the recorded supervisor verifies one and returns one with a reason; staff see it returned
with the reason, fix it (an evidence link) and the supervisor verifies it. `status --json` agrees
at each step, and a staff member pressing the review keys changes nothing."""

from __future__ import annotations

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddUser
from tests.support.tmux import needs_tmux

pytestmark = needs_tmux

REASON = "ลิงก์หลักฐานเปิดไม่ได้ แนบใหม่"
URL = "https://www.chumsaeng.go.th/ita/o12"


def review_of(tmux, db, item_id: str):
    review = tmux.items(db)[item_id]["review"]
    return review and (review["status"], review["comment"], review["by"])


def test_the_supervisors_day(tmux, tmp_path):
    db = tmp_path / "progress.json"
    setup = ProgressStore.open(db, user="สมศรี")
    setup.apply(AddUser("สมศรี", "supervisor"))
    setup.apply(AddUser("สมชาย", "staff"))  # no unit: returned items reach him as the one who ticked them

    tmux.start_app(db, "สมชาย")  # staff ticks 2.1, 2.2 and 2.3 in one burst
    tmux.keys("Space", "j", "Space", "j", "Space")
    tmux.wait_for("☑ 2.3")
    assert [tmux.items(db)[i]["state"] for i in ("2.1", "2.2", "2.3")] == ["done"] * 3
    before = tmux.items(db)
    tmux.keys("k", "o")  # the review keys do nothing for staff but say who may
    tmux.wait_for("สมศรี")
    tmux.wait_for("เฉพาะผู้บังคับบัญชา")
    tmux.keys("b")
    assert "ส่งกลับแก้ไข: ข้อ" not in tmux.screen()
    assert tmux.items(db) == before
    tmux.quit()

    tmux.start_app(db, "สมศรี")  # the supervisor verifies 2.1 and returns 2.2 with a reason
    tmux.keys("o")
    tmux.wait_for("ตรวจสอบข้อ 2.1 แล้ว")
    assert review_of(tmux, db, "2.1") == ("verified", "", "สมศรี")
    tmux.keys("j", "b")
    tmux.keys(REASON, literal=True)
    tmux.keys("Enter")
    tmux.wait_for("ส่งข้อ 2.2 กลับแก้ไขแล้ว")
    assert review_of(tmux, db, "2.2") == ("returned", REASON, "สมศรี")
    assert tmux.items(db)["2.3"]["review"] is None  # still waiting
    tmux.quit()

    tmux.start_app(db, "สมชาย")  # staff sees what came back, with the reason, and adds the evidence
    tmux.keys("f", "f", "f", "f")
    screen = tmux.wait_for("แสดง: ส่งกลับแก้ไขถึงฉัน")
    assert "↩" in screen and "2.2" in screen and "2.1 " not in screen and "2.3 " not in screen
    tmux.wait_for("ลิงก์หลักฐานเปิดไม่ได้")  # the reason, in the detail pane
    tmux.keys("a")
    tmux.keys(URL, literal=True)
    tmux.keys("Tab")
    tmux.keys("ประกาศคู่มือพัสดุ", literal=True)
    tmux.keys("Enter")
    tmux.wait_for("เพิ่มลิงก์แล้ว")
    links = tmux.items(db)["2.2"]["links"]
    assert [(k["url"], k["label"]) for k in links] == [(URL, "ประกาศคู่มือพัสดุ")]
    tmux.quit()

    tmux.start_app(db, "สมศรี")  # the supervisor finds it among the returned items and verifies it
    tmux.keys("f", "f", "f", "f")
    tmux.wait_for("แสดง: ส่งกลับแก้ไขทั้งหมด")
    tmux.keys("o")
    tmux.wait_for("ตรวจสอบข้อ 2.2 แล้ว")
    assert review_of(tmux, db, "2.2") == ("verified", "", "สมศรี")
    items = tmux.items(db)
    assert [items[i]["review"] and items[i]["review"]["status"] for i in ("2.1", "2.2", "2.3")] == [
        "verified",
        "verified",
        None,
    ]
    tmux.quit()
