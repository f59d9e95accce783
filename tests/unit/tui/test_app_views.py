"""Pilot tests: the dashboard, literal text, language and digits, screen sizes."""

from __future__ import annotations

import pytest

from ita_tui.store.commands import AddLink, AddNote, SetState
from tests.support.app import cursor_key, detail_text, saved, tree_lines
from tests.support.screen_text import screen_lines, screen_text
from tests.waiting import pilot_wait_until

SIZE = (100, 30)


@pytest.mark.parametrize("key", ["d", "ก"])
async def test_dashboard_figures_after_ticks(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "j", "space")
        await saved(pilot)
        await pilot.press(key)
        await pilot.pause()
        body = detail_text(app, "#dashboard-body")
        lines = body.splitlines()
        indicator_2 = next(line for line in lines if "ตัวชี้วัดที่ 2" in line)
        assert "2/3" in indicator_2 and "67%" in indicator_2
        overall = next(line for line in lines if "ภาพรวมทั้งหมด" in line)
        assert "2/6" in overall and "33%" in overall
        unit_line = next(line for line in lines if line.startswith("ทุกๆ กอง/ สำนักฯ"))
        assert "2/2" in unit_line and "100%" in unit_line
        pending = body[body.index("รายการที่ยังไม่ทำ") : body.index("ความเคลื่อนไหวล่าสุด")]
        assert "2.3" in pending and "3.1" in pending and "2.1" not in pending
        activity = body[body.index("ความเคลื่อนไหวล่าสุด") :]
        assert activity.count("ทำเครื่องหมายว่าทำแล้ว") == 2 and "tester" in activity
        assert activity.index("2.2") < activity.index("2.1")  # newest first
        await pilot.press("escape")
        await pilot.pause()
        assert cursor_key(app) == "item:2.2"


async def test_dashboard_follows_ticks_made_elsewhere(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        store.apply(SetState.tick("9.1", True))
        await pilot_wait_until(pilot, lambda: "1/1" in detail_text(app, "#dashboard-body"))
        line = next(line for line in detail_text(app, "#dashboard-body").splitlines() if "ตัวชี้วัดที่ 9" in line)
        assert "1/1" in line and "100%" in line


async def test_markup_like_text_is_shown_literally(make_app, store):
    store.apply(AddNote("9.1", "[bold]x[/]"))
    store.apply(AddNote("9.1", "[/] ปิดท้าย [red"))
    store.apply(AddLink("9.1", "https://example.org/[/]", "[link=x]ป้าย[/link]"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end")
        await pilot.pause()
        assert cursor_key(app) == "item:9.1"
        assert any("[bold]ปรับปรุง[/]" in line for line in tree_lines(app))
        text = detail_text(app)
        for literal in (
            "[bold]x[/]",
            "[/] ปิดท้าย [red",
            "https://example.org/[/]",
            "[link=x]ป้าย[/link]",
            "[bold]ปรับปรุง[/]",
        ):
            assert literal in text
        screen = screen_text(app)
        assert "[bold]x[/]" in screen


async def test_control_characters_are_made_visible(make_app, store):
    store.apply(AddNote("2.1", "before\x1b[31mred\x07"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "before␛[31mred␇" in detail_text(app)


async def test_english_words_and_thai_digits(make_app, store):
    store.apply(SetState.tick("2.1", True))
    app = make_app(lang="en", digit_style="thai")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = tree_lines(app)
        assert any("Indicator ๒ การใช้งบประมาณ" in line and "๑/๓" in line and "๓๓%" in line for line in lines)
        screen = screen_text(app)
        assert "Fiscal year ๒๐๒๓" in screen and "Note" in screen
        assert "Responsible" in detail_text(app)
        assert "ตัวชี้วัดที่" not in screen


async def test_indicator_detail_shows_measures_findings_outcomes_and_oit(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("k")
        text = detail_text(app)
        assert "เปิดเผยข้อมูลการใช้งบประมาณ" in text  # measure
        assert "ผลคะแนนต่ำกว่าเกณฑ์" in text  # finding
        assert "ประชาชนเข้าถึงข้อมูล" in text  # outcome
        await pilot.press("end", "k")
        assert cursor_key(app) == "indicator:9"
        text = detail_text(app)
        assert "9.1 ข้อมูลพื้นฐาน" in text and "O1 โครงสร้าง" in text


async def test_items_use_the_indicators_oit_codes_when_they_have_none(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end")
        assert "รายการ OIT: O1, O2" in detail_text(app)


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_usable_at_small_and_large_sizes(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        view = app.screen.query_one("#checklist")
        detail = app.screen.query_one("#detail")
        assert view.region.width >= 40 and view.region.height >= 10
        assert detail.region.width >= 24
        assert view.region.right <= detail.region.x
        lines = screen_lines(app)
        assert "องค์การบริหารส่วนตำบลชุมแสง" in lines[0]  # header
        key_bar = lines[-1]
        short = size == (80, 24)  # short words at 80 columns
        search, stats, help_word = ("หา", "รวม", "ช่วย") if short else ("ค้นหา", "ภาพรวม", "ช่วยเหลือ")
        for word in ("บันทึก", "ลิงก์", search, "กรอง", stats, "ส่งออก", help_word, "ออก"):
            assert word in key_bar  # every key on the bar, also over SSH at 80x24
        rows = tree_lines(app)
        # one row per node: every item's id (as the CLI and the log write it) starts a row, nothing wraps
        assert [line.split("☐ ")[1][:4] for line in rows if "☐" in line] == [
            "2.1 ",
            "2.2 ",
            "2.3 ",
            "3.1 ",
            "3.2 ",
            "9.1 ",
        ]
        if size == (80, 24):
            assert rows[2].rstrip().endswith("…")  # long texts are cut, not wrapped


async def test_english_key_bar_fits_every_key_at_80_columns(make_app):
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        key_bar = screen_lines(app)[-1]
        for word in ("Tick", "Set", "Note", "Link", "Find", "Show", "Unit", "Stats", "PDF", "Help", "Quit"):
            assert word in key_bar


async def test_thai_key_bar_fits_every_key_at_80_columns(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        key_bar = screen_lines(app)[-1]
        for word in ("ทำ/ไม่ทำ", "สถานะ", "บันทึก", "ลิงก์", "หา", "กรอง", "หน่วย", "รวม", "ส่งออก", "ช่วย", "ออก"):
            assert f" {word} " in key_bar, word


async def test_resizing_keeps_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("end", "k", "k")
        assert cursor_key(app) == "item:3.2"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert cursor_key(app) == "item:3.2"
        assert "คณะทำงานให้คำปรึกษา" in detail_text(app)
        await pilot.resize_terminal(60, 12)
        await pilot.pause()
        view = app.screen.query_one("#checklist")
        assert cursor_key(app) == "item:3.2"
        assert view.scroll_offset.y <= view.cursor < view.scroll_offset.y + view.size.height


async def test_rows_end_before_the_scrollbar_on_the_bundled_checklist(bundled_app):
    app = bundled_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one("#checklist")
        assert view.max_scroll_y > 0  # 31 items do not fit: the scrollbar is shown
        rows = [line.split("│")[0] for line in screen_lines(app)[1:-1]]  # the tree as drawn
        indicators = [row for row in rows if "ตัวชี้วัดที่" in row]
        assert indicators and all(row.rstrip().endswith("0%") for row in indicators)
        items = [row for row in rows if "☐" in row]
        assert any(row.rstrip().endswith("…") for row in items)


async def test_tab_moves_to_the_detail_which_the_arrows_then_scroll(make_app, store):
    for n in range(12):
        store.apply(AddNote("2.1", f"บันทึกที่ {n}"))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        detail = app.screen.query_one("#detail")
        assert detail.max_scroll_y > 0
        await pilot.press("tab", "down", "down")
        assert detail.has_focus and detail.scroll_y == 2
        await pilot.press("shift+tab", "j")
        assert cursor_key(app) == "item:2.2"


async def test_a_refresh_keeps_the_detail_scrolled_where_the_reader_is(make_app, store):
    for n in range(12):
        store.apply(AddNote("2.1", f"บันทึกที่ {n}"))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        detail = app.screen.query_one("#detail")
        await pilot.press("tab", "down", "down")
        store.apply(AddNote("2.1", "บันทึกใหม่จากผู้ใช้อื่น"))  # the poll picks this up
        assert await pilot_wait_until(pilot, lambda: "บันทึกใหม่จากผู้ใช้อื่น" in detail_text(app))
        assert detail.scroll_y == 2


async def test_the_root_shows_overall_completion(make_app, store):
    store.apply(SetState.tick("2.1", True))
    store.apply(SetState.tick("9.1", True))
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert tree_lines(app)[0].rstrip().endswith("2/6  33%")


async def test_the_root_detail_puts_title_organization_and_place_on_their_own_lines(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home")
        text = detail_text(app)
        assert "␊" not in text  # the line breaks were shown as control pictures
        lines = [line.strip() for line in text.splitlines()]
        assert "องค์การบริหารส่วนตำบลชุมแสง" in lines


@pytest.mark.parametrize("down, up", [("j", "k"), ("่", "า"), ("down", "up")])
async def test_the_dashboard_scrolls_with_the_trees_keys(bundled_app, down, up):
    app = bundled_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        body = app.screen.query_one("#dashboard")
        assert body.max_scroll_y > 0  # 31 pending items do not fit in 80x24
        await pilot.press(down, down, down)
        assert await pilot_wait_until(pilot, lambda: body.scroll_y == 3)
        await pilot.press(up)
        assert await pilot_wait_until(pilot, lambda: body.scroll_y == 2)
