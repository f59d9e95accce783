"""The four states and reviews in the app: space, the state picker (s / ห), marks that read without
colour, returned items marked and filtered, the review comment in the detail pane."""

from __future__ import annotations

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddUnit, AddUser, ReviewItem, SetState
from tests.support.app import detail_text, tree_lines, type_text
from tests.waiting import pilot_wait_until

SIZE = (100, 30)


def item_line(app, item_id: str) -> str:
    return next(line for line in tree_lines(app) if f" {item_id} " in line)


@pytest.mark.parametrize("key", ["s", "ห"])
async def test_the_state_picker_sets_in_progress_on_both_layouts(make_app, store, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        await pilot.press("down", "enter")  # from not started to in progress
        assert await pilot_wait_until(pilot, lambda: store.snapshot().state("2.1").state == "in-progress")
        assert await pilot_wait_until(pilot, lambda: item_line(app, "2.1").lstrip().startswith("◐"))
        assert item_line(app, "2.1").lstrip().startswith("◐ 2.1")
        assert "◐1" in tree_lines(app)[0]  # the root's in-progress count
        assert "อยู่ระหว่างดำเนินการ โดย tester" in detail_text(app)
        await pilot.press("space")  # space: done; again: not started
        assert await pilot_wait_until(pilot, lambda: store.snapshot().state("2.1").state == "done")
        await pilot.press("space")
        assert await pilot_wait_until(pilot, lambda: store.snapshot().state("2.1").state == "not-started")


async def test_not_applicable_asks_for_the_reason_and_leaves_the_denominator(make_app, store):
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        await type_text(pilot, "ไม่มีงบประมาณ")
        await pilot.press("enter")
        assert await pilot_wait_until(pilot, lambda: store.snapshot().state("2.1").state == "na")
        assert await pilot_wait_until(pilot, lambda: item_line(app, "2.1").lstrip().startswith("⊘"))
        state = store.snapshot().state("2.1")
        assert (state.state, state.reason) == ("na", "ไม่มีงบประมาณ")
        assert item_line(app, "2.1").lstrip().startswith("⊘ 2.1")
        assert tree_lines(app)[0].rstrip().endswith("0/5  0%  ⊘1")
        assert "Not applicable (ไม่มีงบประมาณ; by tester" in detail_text(app)


async def test_escape_in_the_picker_changes_nothing(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert store.snapshot().state("2.1").state == "not-started"


async def test_returned_and_verified_items_are_marked_and_the_comment_is_shown(make_app, store, db_path):
    store.apply(SetState.tick("2.1", True))
    store.apply(SetState.tick("2.2", True))
    store.apply(AddUser("boss", "supervisor"))
    boss = ProgressStore.open(db_path, user="boss")
    boss.apply(ReviewItem("2.1", verified=False, comment="ลิงก์ไม่ตรงกับประกาศ"))
    boss.apply(ReviewItem("2.2", verified=True))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert item_line(app, "2.1").lstrip().startswith("☑ 2.1 ↩ ")
        assert item_line(app, "2.2").lstrip().startswith("☑ 2.2 ✔ ")
        assert "✔1" in tree_lines(app)[0]
        text = detail_text(app)
        assert "ส่งกลับแก้ไข โดย boss" in text and "ลิงก์ไม่ตรงกับประกาศ" in text
        await pilot.press("d")
        await pilot.pause()
        assert "ตรวจสอบแล้ว 1" in detail_text(app, "#dashboard-body")


async def test_the_filter_shows_items_returned_to_me_or_my_unit(make_app, store, db_path):
    store.apply(SetState.tick("2.1", True))  # by tester
    ProgressStore.open(db_path, user="other").apply(SetState.tick("3.1", True))  # สำนักปลัด's, by someone else
    ProgressStore.open(db_path, user="other").apply(SetState.tick("2.3", True))  # กองคลัง's
    store.apply(AddUser("boss", "supervisor"))
    boss = ProgressStore.open(db_path, user="boss")
    boss.apply(AddUser("tester", "staff", "สำนักปลัด"))
    boss.apply(AddUnit("สำนักปลัด"))
    boss.apply(AddUnit("กองคลัง"))
    for item in ("2.1", "3.1", "2.3"):
        boss.apply(ReviewItem(item, verified=False, comment="แก้ไข"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "f", "f", "f")  # all -> not done -> done -> waiting -> returned to me
        await pilot.pause()
        shown = [line.split()[1] for line in tree_lines(app) if "↩" in line]
        assert shown == ["2.1", "3.1"]  # mine, and my unit's; not กองคลัง's 2.3
        assert "ส่งกลับแก้ไขถึงฉัน/หน่วยงานของฉัน" in app.screen.query_one("#filter-status").content


@pytest.mark.parametrize("key", ["g", "เ"])
async def test_units_are_added_renamed_and_removed_in_the_app(make_app, store, key):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(key)
        await pilot.pause()
        await pilot.press("enter")  # "+ เพิ่มหน่วยงาน"
        await pilot.pause()
        await type_text(pilot, "กองคลัง")
        await pilot.press("enter")
        assert await pilot_wait_until(pilot, lambda: store.snapshot().units == ("กองคลัง",))
        await pilot.press(key)
        await pilot.pause()
        await pilot.press("down", "enter")  # rename กองคลัง
        await pilot.pause()
        await type_text(pilot, "กองคลัง (การเงิน)")  # the old name is selected: typing replaces it
        await pilot.press("enter")
        assert await pilot_wait_until(pilot, lambda: store.snapshot().units == ("กองคลัง (การเงิน)",))
        await pilot.press(key)
        await pilot.pause()
        await pilot.press("down", "x")  # remove it
        assert await pilot_wait_until(pilot, lambda: store.snapshot().units == ())
        actions = [e.action for e in store.log()[-3:]]
        assert actions == ["unit-add", "unit-rename", "unit-remove"]
