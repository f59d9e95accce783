"""Several users: another process changes the database; the app follows, the cursor stays put."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.tui.helpers import cursor_key, detail_text, tree_lines

ROOT = Path(__file__).resolve().parent.parent.parent


def other_user(db_path: Path, *args: str) -> None:
    """Run an ita-tui command as another user in another process."""
    subprocess.run(
        [sys.executable, "-m", "ita_tui", *args, "--db", str(db_path), "--user", "วิภา"],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )


async def wait_until(pilot, condition, seconds: float = 20.0) -> bool:
    """Let the app run until `condition()` holds (polls every 0.1 s, bounded)."""
    for _ in range(int(seconds / 0.1)):
        if condition():
            return True
        await pilot.pause(0.1)
    return condition()


async def test_a_tick_by_another_process_shows_and_the_cursor_stays(make_app, db_path):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("end", "k", "k")  # item 3.2
        assert cursor_key(app) == "item:3.2"
        other_user(db_path, "tick", "3.1")
        other_user(db_path, "note", "3.2", "ส่งหนังสือแจ้งแล้ว [bold]")
        assert await wait_until(pilot, lambda: any("☑ 3.1 ในการประเมินผล" in r for r in tree_lines(app)))
        assert await wait_until(pilot, lambda: "ส่งหนังสือแจ้งแล้ว [bold]" in detail_text(app))
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
        assert await wait_until(pilot, lambda: "item:2.1" not in {r.key for r in view.rows})
        assert cursor_key(app) == "item:2.2"
