"""The supervisor reviews in the app: o verifies the done item under the cursor, b returns it with
a reason (a box that will not close empty), u undoes a review; anyone else pressing them gets one
line saying who may, and nothing is written. The filter and the dashboard list what waits for
review and what was returned, with the reason and who returned it."""

from __future__ import annotations

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddUser, ReviewItem, SetState
from tests.support.app import detail_text, saved, screen_shows, tree_lines, type_text
from tests.support.screen_text import screen_text
from tests.waiting import pilot_wait_until

SIZE = (100, 30)


@pytest.fixture
def office(db_path, store):
    """boss is the recorded supervisor; tester (the app's user) is staff with no unit and has
    ticked 2.1 and 2.2."""
    store.apply(AddUser("boss", "supervisor"))
    boss = ProgressStore.open(db_path, user="boss")
    boss.apply(AddUser("tester", "staff"))
    store.apply(SetState.tick("2.1", True))
    store.apply(SetState.tick("2.2", True))
    return boss


def _boss_app(db_path, **options):
    from ita_tui.tui.app import ItaApp

    return ItaApp(ProgressStore.open(db_path, user="boss"), **options)


def _review(db_path, item_id: str):
    return ProgressStore.open(db_path, user="x").snapshot().review(item_id)


@pytest.mark.parametrize("key", ["o", "น"])
async def test_a_supervisor_verifies_with_one_key_and_undo_takes_it_back(office, db_path, key):
    app = _boss_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await type_text(pilot, key)
        await saved(pilot)
        review = _review(db_path, "2.1")
        assert review is not None and (review.status, review.by) == ("verified", "boss")
        assert await screen_shows(pilot, "ตรวจสอบข้อ 2.1 แล้ว")
        assert any(" 2.1 ✔" in line for line in tree_lines(app))
        await pilot.press("u")
        await saved(pilot)
        assert _review(db_path, "2.1") is None


@pytest.mark.parametrize("key", ["b", "ิ"])
async def test_a_return_needs_a_reason_and_keeps_it_exactly(office, db_path, key):
    reason = "ลิงก์หลักฐานเปิดไม่ได้ กรุณาแนบใหม่"
    app = _boss_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await type_text(pilot, key)
        assert await screen_shows(pilot, "ส่งกลับแก้ไข: ข้อ 2.1")
        await pilot.press("enter")  # empty: the box stays and says what it needs
        assert await screen_shows(pilot, "ต้องใส่เหตุผลที่ส่งกลับก่อน")
        assert app.screen.query("#return-text")
        assert _review(db_path, "2.1") is None
        await type_text(pilot, reason)
        await pilot.press("enter")
        await saved(pilot)
        assert "ต้องใส่เหตุผลที่ส่งกลับก่อน" not in screen_text(app)  # once given, no longer said
        review = _review(db_path, "2.1")
        assert review is not None and (review.status, review.comment, review.by) == (
            "returned",
            reason,
            "boss",
        )
        assert reason in detail_text(app)


@pytest.mark.parametrize("key", ["o", "b"])
async def test_staff_pressing_a_review_key_are_told_who_may_and_nothing_changes(office, db_path, key):
    from ita_tui.tui.app import ItaApp

    before = ProgressStore.open(db_path, user="x").log()
    app = ItaApp(ProgressStore.open(db_path, user="tester"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(key)
        assert await screen_shows(pilot, "เฉพาะผู้บังคับบัญชาเท่านั้นที่ตรวจสอบรายการได้ (boss)")
        assert not app.screen.query("#return-text")  # no box opened
        await saved(pilot)
    assert ProgressStore.open(db_path, user="x").log() == before


async def test_only_a_done_item_is_reviewed(office, db_path):
    app = _boss_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("down", "down", "b")  # 2.3: not started
        assert await screen_shows(pilot, "ข้อ 2.3 ยังไม่เสร็จ")
        assert not app.screen.query("#return-text")


async def test_staff_with_no_unit_see_what_was_returned_to_them(office, db_path):
    office.apply(ReviewItem("2.2", verified=False, comment="ขาดรูปถ่าย"))
    from ita_tui.tui.app import ItaApp

    app = ItaApp(ProgressStore.open(db_path, user="tester"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("f", "f", "f", "f")  # not done, done, waiting, returned to me
        assert await screen_shows(pilot, "แสดง: ส่งกลับแก้ไขถึงฉัน/หน่วยงานของฉัน")
        assert [line.split()[1] for line in tree_lines(app) if "↩" in line] == ["2.2"]
        assert "ขาดรูปถ่าย" in detail_text(app)


async def test_the_waiting_filter_shows_done_items_nobody_reviewed(office, db_path):
    office.apply(ReviewItem("2.1", verified=True))
    app = _boss_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("f", "f", "f")
        assert await screen_shows(pilot, "แสดง: รอตรวจสอบ")
        shown = {row.item.id for row in app.screen.query_one("#checklist").rows if row.kind == "item"}
        assert shown == {"2.2"}
        await pilot.press("f")  # a supervisor's returned view: every returned item
        assert await screen_shows(pilot, "แสดง: ส่งกลับแก้ไขทั้งหมด")


async def test_the_dashboard_lists_waiting_oldest_first_and_returned_with_reason(office, db_path):
    office.apply(ReviewItem("2.2", verified=False, comment="ขาดรูปถ่าย"))
    ProgressStore.open(db_path, user="tester").apply(SetState.tick("3.1", True))
    app = _boss_app(db_path, lang="en")
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("d")
        assert await pilot_wait_until(pilot, lambda: "Waiting for review" in screen_text(app))
        text = screen_text(app)
        assert "waiting for review 2 · returned 1" in text
        waiting = text[text.index("Waiting for review (2)") : text.index("Returned for correction (1)")]
        assert waiting.index(" 2.1 ") < waiting.index(" 3.1 ")  # ticked first, listed first
        returned = text[text.index("Returned for correction (1)") :]
        assert "↩ 2.2" in returned and "ขาดรูปถ่าย" in returned and "returned by boss" in returned
