"""L (ศ on the Thai layout) opens the item's evidence link: in the browser (ita-tui serve) in a new
tab; on a terminal it is copied (OSC 52) and shown, never handed to a browser started on the
server; with several links it asks which; with none it says how to add one."""

from __future__ import annotations

import pytest

from ita_tui.store.commands import AddLink
from ita_tui.tui.app import ItaApp
from tests.support.app import cursor_key, screen_shows
from tests.waiting import pilot_wait_until

SIZE = (100, 30)
FIRST = "https://www.chumsaeng.go.th/ita/o12"
SECOND = "https://www.chumsaeng.go.th/ita/o13"


def _item_under_cursor(app) -> str:
    return cursor_key(app).split(":", 1)[1]


@pytest.mark.parametrize("key", ["L", "ศ"])
async def test_on_a_terminal_the_one_link_is_copied_and_shown(make_app, store, key):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        store.apply(AddLink(_item_under_cursor(app), FIRST, "คู่มือพัสดุ"))
        app.check_for_changes(always=True)
        await pilot.pause()
        await pilot.press(key)
        assert await pilot_wait_until(pilot, lambda: app.clipboard == FIRST)
        assert await screen_shows(pilot, "คัดลอกลิงก์แล้ว")


async def test_with_several_links_it_asks_which_newest_first(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        item = _item_under_cursor(app)
        store.apply(AddLink(item, FIRST, "คู่มือ"))
        store.apply(AddLink(item, SECOND, "ประกาศ"))
        app.check_for_changes(always=True)
        await pilot.pause()
        await pilot.press("L")
        assert await screen_shows(pilot, "เปิดลิงก์ใดของข้อ")
        await pilot.press("down", "enter")  # the older one
        assert await pilot_wait_until(pilot, lambda: app.clipboard == FIRST)


async def test_no_link_says_how_to_add_one(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("L")
        assert await screen_shows(pilot, "ยังไม่มีลิงก์หลักฐาน (กด a เพื่อเพิ่ม)")
        assert app.clipboard == ""


async def test_in_the_browser_it_opens_in_a_new_tab(make_app, store, monkeypatch):
    opened: list[tuple[str, bool]] = []
    monkeypatch.setattr(ItaApp, "is_web", property(lambda self: True))
    monkeypatch.setattr(ItaApp, "open_url", lambda self, url, *, new_tab=True: opened.append((url, new_tab)))
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        store.apply(AddLink(_item_under_cursor(app), FIRST, ""))
        app.check_for_changes(always=True)
        await pilot.pause()
        await pilot.press("L")
        assert await pilot_wait_until(pilot, lambda: opened == [(FIRST, True)])
        assert app.clipboard == ""  # nothing copied on the server's side
