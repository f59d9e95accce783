"""Writes never freeze the screen: while another program holds the database's lock, the app keeps
drawing and moving; what was pressed meanwhile is saved, in order, once the lock frees."""

from __future__ import annotations

import subprocess
import sys
import time

from ita_tui.store import ProgressStore
from tests.support.app import cursor_key, screen_shows, tree_lines
from tests.waiting import pilot_wait_until

SIZE = (100, 30)
HOLD_SECONDS = 5.0

HOLDER = """
import sys
from pathlib import Path
from ita_tui.store.lock import FairLock
lock = FairLock(Path(sys.argv[1] + ".lock"), like=Path(sys.argv[1]), timeout=60)
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()
lock.release()
"""


class LockHolder:
    """Another process holding the database's lock (as a colleague's ita-tui would) until released."""

    def __init__(self, db) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline() == "locked\n"
        self.since = time.monotonic()

    def release(self) -> None:
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        self.process.wait(timeout=10)


def ticked(app, text: str) -> bool:
    """Whether the tree shows the item with this text ticked."""
    return any(f"☑ {text}" in line for line in tree_lines(app))


async def test_a_tick_while_another_process_holds_the_lock_waits_and_the_screen_moves(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        beats: list[float] = []
        app.set_interval(0.1, lambda: beats.append(time.monotonic()))
        holder = LockHolder(db_path)
        try:
            await pilot.press("space")  # tick 2.1: waits for the lock
            await pilot.press("j", "j")  # the cursor moves meanwhile
            assert cursor_key(app) == "item:2.3"
            await pilot.press("k")
            assert cursor_key(app) == "item:2.2"
            assert await screen_shows(pilot, "กำลังบันทึก…")
            while time.monotonic() - holder.since < HOLD_SECONDS:
                await pilot.pause(0.2)
            held = [t for t in beats if t >= holder.since]
            assert len(held) >= 10  # the screen's timer kept firing while the lock was held
            assert not ticked(app, "2.1 เผยแพร่ข้อมูลของหน่วยงาน")
            assert ProgressStore.open(db_path, user="check").snapshot().done_ids == frozenset()
        finally:
            holder.release()
        assert await pilot_wait_until(pilot, lambda: ticked(app, "2.1 เผยแพร่ข้อมูลของหน่วยงาน"))
        assert ProgressStore.open(db_path, user="check").snapshot().done_ids == {"2.1"}
        assert cursor_key(app) == "item:2.2"


async def test_keys_pressed_while_a_save_waits_are_all_saved_in_order(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        holder = LockHolder(db_path)
        try:
            await pilot.press("space", "space", "space")  # 2.1: tick, untick, tick
            await pilot.press("j", "space")  # 2.2: tick
            await pilot.pause(0.2)
        finally:
            holder.release()
        assert await pilot_wait_until(pilot, lambda: ticked(app, "2.2 "))
        store = ProgressStore.open(db_path, user="check")
        assert store.snapshot().done_ids == {"2.1", "2.2"}
        assert [(e.action, e.item_id) for e in store.log()[1:]] == [
            ("tick", "2.1"),
            ("untick", "2.1"),
            ("tick", "2.1"),
            ("tick", "2.2"),
        ]


async def test_quitting_while_a_save_waits_quits_once_it_is_saved(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        holder = LockHolder(db_path)
        try:
            await pilot.press("space", "q")
            await pilot.pause(0.3)
            assert app.is_running
        finally:
            holder.release()
        assert await pilot_wait_until(pilot, lambda: not app.is_running)
    assert ProgressStore.open(db_path, user="check").snapshot().done_ids == {"2.1"}
