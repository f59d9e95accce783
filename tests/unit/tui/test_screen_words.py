"""The screen's own words and figures: help per screen, filters with labels, one-line messages,
aligned dashboard figures, Tab to the detail pane."""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.widgets._toast import Toast

from ita_tui.store.commands import SetState
from tests.support.app import cursor_key, screen_shows
from tests.support.screen_text import screen_lines, screen_text
from tests.waiting import pilot_wait_until


async def toasts(pilot) -> list[Toast]:
    """The messages on screen, once they have been laid out (none after a second)."""

    def laid_out() -> list[Toast]:
        shown = list(pilot.app.screen.query(Toast))
        return shown if shown and all(t.region.height for t in shown) else []

    return await pilot_wait_until(pilot, laid_out, timeout=1.0, every=0.05)


async def pick_unit(pilot, name: str) -> None:
    """r, then the unit named `name` ("" for every unit) chosen in the picker."""
    await pilot.press("r")
    await pilot.pause()
    picker = pilot.app.screen
    picker.dismiss(next(unit for unit in picker.units if name in unit) if name else "")
    await pilot.pause()


async def test_help_on_the_dashboard_lists_the_dashboards_keys(make_app):
    app = make_app()
    async with app.run_test(size=(120, 54)) as pilot:
        await pilot.press("question_mark")
        main_help = screen_text(app)
        assert "บันทึก" in main_help and "สลับระหว่างรายการกับรายละเอียด" in main_help
        await pilot.press("escape", "d", "question_mark")
        text = screen_text(app)
        assert "กลับ" in text and "PgUp PgDn" in text
        assert "บันทึก" not in text and "ส่งออก" not in text  # the main screen's keys


async def test_help_says_it_scrolls_at_80x24_and_not_when_it_fits(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert await screen_shows(pilot, "↓ PgDn ดูปุ่มที่เหลือ")
        assert "ctrl+p" not in screen_text(app)  # below the fold until scrolled
        await pilot.press("end")
        assert await screen_shows(pilot, "ctrl+p")
    app = make_app()
    async with app.run_test(size=(120, 54)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert await screen_shows(pilot, "ctrl+p")
        assert "ดูปุ่มที่เหลือ" not in screen_text(app)


async def test_filters_are_shown_with_labels_and_each_change_is_confirmed(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("slash")
        app.screen.query_one("#search").value = "O12"
        await pilot.press("enter")
        await pick_unit(pilot, "กองคลัง")
        await pilot.press("f")
        await pilot.pause()
        status = str(app.screen.query_one("#filter-status").render())
        assert status == "ค้นหา: O12 · หน่วยงาน: กองคลัง · แสดง: ยังไม่ทำ"
        await pilot.press("f", "f", "f", "f", "f")  # done, waiting, returned to me, under the pass mark, all
        assert await screen_shows(pilot, "แสดง: ทั้งหมด")
        await pick_unit(pilot, "")
        assert await screen_shows(pilot, "หน่วยงาน: ทุกหน่วยงาน")
        await pilot.press("escape")
        assert await screen_shows(pilot, "ล้างตัวกรองแล้ว")


async def test_a_message_is_one_line_over_the_key_bar_and_shown_once_per_cause(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("k", "space", "space")  # on an indicator: "move to an item first", twice
        shown = await toasts(pilot)
        assert len(shown) == 1
        (toast,) = shown
        assert toast.region.height == 1 and toast.region.bottom == 24  # the bottom line: the key bar
        tree = app.screen.query_one("#checklist").region
        assert toast.region.y >= tree.bottom  # no row of the tree, nor its figures, is covered


async def test_dashboard_percentages_line_up(make_app, store):
    store.apply(SetState.tick("2.1", True))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        lines = [line for line in screen_lines(app) if re.search(r"\d+/\d+ +\d+%", line)]
        assert len(lines) >= 5
        assert len({cell_len(line[: line.index("%")]) for line in lines}) == 1  # in cells, as seen
        assert len({cell_len(line[: line.rindex("/", 0, line.index("%"))]) for line in lines}) == 1


async def test_after_tab_the_arrows_leave_the_tree_cursor_alone(make_app):
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:  # the detail has nothing to scroll
        before = cursor_key(app)
        await pilot.press("tab")
        assert app.screen.query_one("#detail").has_focus
        await pilot.press("down", "down", "j")
        assert cursor_key(app) == before
        await pilot.press("shift+tab", "down")
        assert cursor_key(app) != before


async def test_the_note_dialog_cuts_a_long_item_between_words_with_an_ellipsis(bundled_app):
    app = bundled_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"jjjjjj", "n")  # item 3.3, longer than the dialog is wide
        await pilot.pause()
        line = next(line for line in screen_lines(app) if "พิจารณาบุคลากรเข้ารับการ" in line)
        shown = line.strip().strip("█▌▐┃│").strip()
        assert shown.startswith("องค์การบริหารส่วนตำบล") and shown.endswith("…"), line


async def test_a_new_message_replaces_the_one_before_but_an_error_stays(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.notify("กำลังส่งออก PDF และสรุป…")
        app.notify("เขียนไฟล์แล้ว")
        shown = await toasts(pilot)
        assert [str(t.render()) for t in shown] == ["เขียนไฟล์แล้ว"]
        app.notify("บันทึกไม่สำเร็จ", severity="error")
        app.notify("บันทึกแล้ว")
        await pilot.pause()
        assert sorted(str(t.render()) for t in await toasts(pilot)) == ["บันทึกแล้ว", "บันทึกไม่สำเร็จ"]
