"""Search in the running app: what the document writes finds the item, and the row says where."""

from __future__ import annotations

import pytest

from ita_tui.store.commands import AddLink, AddNote
from tests.support.app import tree_lines

SIZE = (100, 30)


def items_shown(app) -> list[str]:
    """The item rows of the tree."""
    return [line.strip() for line in tree_lines(app) if "☐" in line or "☑" in line]


async def search_for(pilot, text: str) -> list[str]:
    """Open the search box, put `text` in it; the item rows then shown."""
    await pilot.press("slash")
    pilot.app.screen.query_one("#search").value = text
    await pilot.pause()
    return items_shown(pilot.app)


@pytest.mark.parametrize("typed", ["O12", "o12", "๐๑๒", "012", "0 12"])
async def test_an_oit_code_in_any_writing_finds_its_item_and_says_so(make_app, typed):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        rows = await search_for(pilot, typed)
        assert len(rows) == 1 and rows[0].startswith("☐ 2.3 OIT: O12 · เปิดเผยให้ทราบ")


async def test_an_item_id_finds_the_item(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        rows = await search_for(pilot, "๓.๒")
        assert [row[:6] for row in rows] == ["☐ 3.2 "]


async def test_a_note_and_a_link_label_are_searched_and_the_row_shows_the_match(make_app, store):
    store.apply(AddNote("3.2", "ส่งหนังสือเวียนให้ทุกกองทราบแล้ว"))
    store.apply(AddLink("9.1", "https://chumsaeng.go.th/ita/o1", "ประกาศโครงสร้างบนเว็บไซต์"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        rows = await search_for(pilot, "หนังสือเวียน")
        assert len(rows) == 1 and rows[0].startswith("☐ 3.2 บันทึก: ส่งหนังสือเวียน")
        app.screen.query_one("#search").value = "ประกาศโครงสร้าง"
        await pilot.pause()
        rows = items_shown(app)
        assert len(rows) == 1 and rows[0].startswith("☐ 9.1 ลิงก์: ประกาศโครงสร้าง")


async def test_a_match_past_the_cut_of_a_long_row_is_brought_into_view(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        rows = await search_for(pilot, "คณะทำงาน")  # at the end of item 3.2's long text
        assert len(rows) == 1 and "คณะทำงาน" in rows[0] and rows[0].startswith("☐ 3.2 …")
