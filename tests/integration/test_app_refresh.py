"""Several users: another process changes the database; the app follows, the cursor stays put."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import ita_tui_process
from tests.support.app import cursor_key, detail_text, key_text, tree_lines
from tests.waiting import pilot_wait_until

pytestmark = pytest.mark.slow  # each test starts ita-tui processes


def other_user(db_path: Path, *args: str) -> None:
    """Run an ita-tui command as another user in another process."""
    ita_tui_process(*args, "--db", str(db_path), "--user", "วิภา", check=True)


async def test_a_tick_by_another_process_shows_and_the_cursor_stays(make_app, db_path):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("end", "k", "k")  # item 3.2
        assert cursor_key(app) == "item:3.2"
        other_user(db_path, "tick", "3.1")
        other_user(db_path, "note", "3.2", "ส่งหนังสือแจ้งแล้ว [bold]")
        assert await pilot_wait_until(pilot, lambda: any("☑ 3.1 ในการประเมินผล" in r for r in tree_lines(app)))
        assert await pilot_wait_until(pilot, lambda: "ส่งหนังสือแจ้งแล้ว [bold]" in detail_text(app))
        assert cursor_key(app) == "item:3.2"
        assert "วิภา" in detail_text(app)
        assert any("ตัวชี้วัดที่ 3" in r and "1/2" in r for r in tree_lines(app))


async def test_a_filtered_tree_follows_other_users(make_app, db_path):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")  # not done only
        await pilot.press("j")
        assert cursor_key(app) == "item:2.2"
        other_user(db_path, "tick", "2.1")
        view = app.screen.query_one("#checklist")
        assert await pilot_wait_until(pilot, lambda: "item:2.1" not in {key_text(r.key) for r in view.rows})
        assert cursor_key(app) == "item:2.2"
