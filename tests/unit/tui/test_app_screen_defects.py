"""What a new user met in the first ten minutes (issue 20), each fixed: notes keep their line
breaks, the N/A box asks for a reason and will not close empty, help lists the keys of the mode
it is opened in and stops saying "more below" at the bottom, the palette's "no matches" is Thai,
D asks first (y/n on both layouts) and the cursor stays near, no key bar letter beside a message,
the English title's year in the Common Era, unit figures that count the rows a unit filter shows,
the unit list starting on the user's unit, and a correction of another's note saying whose."""

from __future__ import annotations

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, AddUser, SetState
from tests.support.app import cursor_key, detail_text, saved, screen_shows, tree_lines, type_text
from tests.support.screen_text import screen_lines, screen_text
from tests.waiting import pilot_wait_until

SIZE = (100, 30)


async def test_notes_keep_their_line_breaks_in_the_reader_and_the_pane(make_app, store):
    store.apply(AddNote("2.1", "บรรทัดแรก\nบรรทัดสอง"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        pane = detail_text(app)
        assert "␊" not in pane and "    บรรทัดแรก\n    บรรทัดสอง" in pane
        await pilot.press("v")
        assert await screen_shows(pilot, "บรรทัดสอง")
        lines = screen_lines(app)
        assert "␊" not in screen_text(app)
        first = next(n for n, line in enumerate(lines) if "บรรทัดแรก" in line)
        assert "บรรทัดสอง" in lines[first + 1] and "บรรทัดสอง" not in lines[first]


async def test_the_not_applicable_box_asks_for_a_reason_and_will_not_close_empty(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("s", "down", "down", "down", "enter")
        assert await screen_shows(pilot, "พิมพ์เหตุผลที่ไม่เกี่ยวข้อง แล้วกด Enter")
        assert "พิมพ์บันทึก" not in screen_text(app)
        await pilot.press("enter")
        assert await screen_shows(pilot, "ต้องใส่เหตุผลก่อน")
        assert app.screen.query("#reason-text")  # still open
        await type_text(pilot, "ไม่มีงานจัดซื้อ")
        await pilot.press("enter")
        await saved(pilot)
        assert store.snapshot().state("2.1").reason == "ไม่มีงานจัดซื้อ"
        assert "ต้องใส่เหตุผลก่อน" not in screen_text(app)  # once given, no longer said


async def test_help_lists_the_edit_keys_only_in_the_edit_mode(make_app):
    app = make_app()
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("question_mark")
        assert await screen_shows(pilot, "ปุ่มลัด")
        main = screen_text(app)
        assert "เพิ่มข้อ" not in main and "เรียงเลขใหม่" not in main  # t i D m R do nothing here
        assert "โหมดแก้ไขรายการ: t แก้ข้อความ" in main  # ... and E says where they are
        assert "ตรวจสอบแล้ว (ผู้บังคับบัญชา)" in main and "(command palette)" not in main
        await pilot.press("escape", "E", "question_mark")
        assert await screen_shows(pilot, "ปุ่มลัด")
        edit = screen_text(app)
        assert "เพิ่มข้อ" in edit and "เรียงเลขใหม่" in edit and "เลิกแก้" in edit
        assert "ส่งออก" not in edit and "ตรวจสอบแล้ว (ผู้บังคับบัญชา)" not in edit


async def test_help_stops_saying_more_below_at_the_bottom(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert await screen_shows(pilot, "↓ PgDn ดูปุ่มที่เหลือ")
        await pilot.press("end")
        assert await screen_shows(pilot, "ctrl+p")
        assert await pilot_wait_until(pilot, lambda: "ดูปุ่มที่เหลือ" not in screen_text(app))


async def test_the_palette_says_no_matches_in_thai(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await type_text(pilot, "zzzz")
        assert await screen_shows(pilot, "ไม่พบคำสั่ง")
        assert "No matches" not in screen_text(app)


@pytest.mark.parametrize(("yes", "no"), [("y", "n"), ("ั", "ื")])
async def test_remove_asks_first_and_the_cursor_stays_near(make_app, store, yes, no):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("E", "down")  # on 2.2
        await type_text(pilot, "D")
        assert await screen_shows(pilot, "ลบข้อ 2.2 ออกจากรายการ?")
        await type_text(pilot, no)
        await saved(pilot)
        assert store.snapshot().checklist.find_item("2.2") is not None
        await type_text(pilot, "D")
        assert await screen_shows(pilot, "ลบข้อ 2.2 ออกจากรายการ?")
        await type_text(pilot, yes)
        await saved(pilot)
        assert store.snapshot().checklist.find_item("2.2") is None
        assert await pilot_wait_until(pilot, lambda: cursor_key(app) == "item:2.3")


async def test_removing_an_indicator_asks_first(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("E", "up")  # on indicator 2
        await type_text(pilot, "D")
        assert await screen_shows(pilot, "ลบตัวชี้วัดที่ 2 พร้อม 3 ข้อ?")
        await pilot.press("escape")
        await saved(pilot)
        assert next(i.number for i in store.snapshot().checklist.indicators) == 2


async def test_no_key_bar_letter_beside_a_message_at_80_columns(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("f")
        assert await screen_shows(pilot, "แสดง: ยังไม่ทำ")
        last = screen_lines(app)[-1].rstrip()
        assert last.endswith("แสดง: ยังไม่ทำ"), last
        assert tree_lines(app)


async def test_the_english_title_gives_the_year_in_the_common_era(make_app, store):
    app = make_app(lang="en")
    async with app.run_test(size=SIZE):
        fiscal = store.snapshot().checklist.fiscal_year
        assert f"Fiscal year {fiscal - 543}" in screen_lines(app)[0]
        assert str(fiscal) not in screen_lines(app)[0]


async def test_under_a_unit_filter_the_figures_count_the_rows_shown(make_app, store):
    store.apply(SetState.tick("3.1", True))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        picker = app.screen
        picker.dismiss(next(unit for unit in picker.units if "กองคลัง" in unit))
        await pilot.pause()
        rows = app.screen.query_one("#checklist").rows
        for n, row in enumerate(rows):
            if row.kind != "indicator":
                continue
            shown = 0
            for after in rows[n + 1 :]:
                if after.kind != "item":
                    break
                shown += 1
            line = next(t for t in tree_lines(app) if f"ตัวชี้วัดที่ {row.indicator.number} " in t)
            assert f"/{shown} " in line, (line, shown)
        assert "3.1" not in "\n".join(tree_lines(app))  # สำนักปลัด's done item is not counted either


async def test_the_unit_list_starts_on_the_users_own_unit(make_app, store, db_path):
    store.apply(AddUser("boss", "supervisor"))
    boss = ProgressStore.open(db_path, user="boss")
    boss.apply(AddUser("tester", "staff", "สำนักปลัด"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        picker = app.screen.query_one("#units")
        assert "สำนักปลัด" in str(picker.highlighted_option.prompt)


async def test_correcting_someone_elses_note_says_whose_it_is(make_app, store, db_path):
    ProgressStore.open(db_path, user="สมหญิง").apply(AddNote("2.1", "ประชุมแล้ว"))
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("c", "enter")
        assert await screen_shows(pilot, "กำลังแก้บันทึกของ สมหญิง")
        assert "บันทึกของ สมหญิง" in screen_text(app)
