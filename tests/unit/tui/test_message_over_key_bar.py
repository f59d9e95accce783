"""A message at the bottom right covers the key bar's whole line while it shows: the key bar never
shows a key cut from its word beside a message ("d สรุ▌ ✔ ตรวจสอบข้อ 2.1 แล้ว", "q ▌ เพิ่มลิงก์แล้ว"),
at 80 or 120 columns, in Thai or English, on the main screen or the dashboard; once the message is
gone the key bar is whole again."""

from __future__ import annotations

import pytest

from ita_tui.store.commands import AddUser, SetState
from tests.support.app import screen_shows
from tests.support.screen_text import screen_lines
from tests.waiting import pilot_wait_until


def _left_of_the_message(app) -> str:
    """What the bottom line shows left of the message's edge (▌)."""
    last = screen_lines(app)[-1]
    assert "▌" in last, last
    return last.split("▌")[0]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("lang", ["th", "en"])
async def test_a_review_message_leaves_no_piece_of_the_key_bar(make_app, store, size, lang):
    store.apply(AddUser("tester", "supervisor"))
    store.apply(SetState.tick("2.1", True))
    app = make_app(lang=lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("o")
        assert await screen_shows(pilot, app.words("saved_verified", item="2.1"))
        assert _left_of_the_message(app).strip() == ""


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_filter_message_on_the_dashboard_leaves_no_piece_of_the_key_bar(make_app, size):
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("f", "f", "f")
        assert await screen_shows(pilot, "แสดง: รอตรวจสอบ")
        assert _left_of_the_message(app).strip() == ""
        await pilot.press("d")
        await pilot.pause()
        assert _left_of_the_message(app).strip() == ""


async def test_the_key_bar_is_whole_again_once_the_message_goes(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("f")
        assert await screen_shows(pilot, "แสดง: ยังไม่ทำ")
        app.clear_notifications()
        assert await pilot_wait_until(pilot, lambda: "q ออก" in screen_lines(app)[-1])
        assert screen_lines(app)[-1].startswith("space ทำ/ไม่ทำ")
