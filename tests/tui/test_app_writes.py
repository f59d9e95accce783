"""Writes never freeze the screen: while another program holds the database's lock, the app keeps
drawing and moving; what was pressed meanwhile is saved, in order, once the lock frees."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote
from tests.tui.helpers import cursor_key, detail_text, screen_shows, tree_lines
from tests.tui.screen_text import screen_text
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


async def test_after_its_own_change_the_app_does_not_read_the_file_again(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("space")
        assert await pilot_wait_until(pilot, lambda: ticked(app, "2.1 เผยแพร่ข้อมูลของหน่วยงาน"))
        app.check_for_changes()  # what the poller does each second
        assert not app._reloading  # the version on disk is the one this app wrote


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


async def test_a_read_only_database_opens_read_only_and_says_so(db_path, store):
    from ita_tui.tui.app import ItaApp

    os.chmod(db_path, 0o444)  # no write bits: refused for root too
    before = db_path.read_bytes()
    listing = sorted(os.listdir(db_path.parent))
    app = ItaApp(ProgressStore.open(db_path, user="reader"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert await screen_shows(pilot, "อ่านอย่างเดียว")
        await pilot.press("space")
        assert await screen_shows(pilot, "เปิดแบบอ่านอย่างเดียว")
        await pilot.press("n")
        await pilot.pause()
        assert not app.screen.query("#note-text")  # no note box to type into
        assert not ticked(app, "2.1 เผยแพร่ข้อมูลของหน่วยงาน")
    assert db_path.read_bytes() == before and sorted(os.listdir(db_path.parent)) == listing


async def test_read_only_in_english(db_path, store):
    from ita_tui.tui.app import ItaApp

    os.chmod(db_path, 0o444)
    app = ItaApp(ProgressStore.open(db_path, user="reader"), lang="en")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert await screen_shows(pilot, "Read-only")
        await pilot.press("a")
        assert await screen_shows(pilot, "Cannot change anything")


async def test_thousands_of_characters_of_notes_are_cut_in_the_detail_and_read_whole_page_by_page(
    make_app, store
):
    sentence = "ประชุมชี้แจงผู้ใต้บังคับบัญชาแล้ว ที่ห้องประชุม "
    for n in range(30):  # 90,000 characters of notes on one item, each note within the limit
        store.apply(AddNote("2.1", f"บันทึกที่ {n} " + sentence * 60 + f"จบบันทึกที่ {n}"))
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        shown = detail_text(app)
        assert len(shown) < 20_000  # not every note, wrapped on every cursor move
        assert "บันทึกที่ 29 " in shown and "บันทึกที่ 0 " not in shown  # the newest first
        assert re.search(r"อีก 2\d บันทึกที่เก่ากว่า \([\d,]+ ตัวอักษร\) กด v", shown)
        await pilot.press("v")
        assert await screen_shows(pilot, "หน้า 1/")
        assert "บันทึกที่ 29 " in detail_text(app, "#note-page")  # newest first
        pages = int(screen_text(app).split("หน้า 1/")[1].split()[0])
        assert pages > 10
        await pilot.press("right", "right")
        assert await screen_shows(pilot, f"หน้า 3/{pages}")
        await pilot.press("end")
        assert await screen_shows(pilot, f"หน้า {pages}/{pages}")
        assert "จบบันทึกที่ 0" in detail_text(app, "#note-page")  # the oldest, to its end
        await pilot.press("escape")
        assert cursor_key(app) == "item:2.1"


async def test_the_app_writes_nothing_until_it_changes_something(db_path, store):
    from ita_tui.tui.app import ItaApp

    for leftover in db_path.parent.glob(f"{db_path.name}.*"):  # the fixture's own lock and backup
        leftover.unlink()
    listing = {entry.name: entry.stat().st_mtime_ns for entry in os.scandir(db_path.parent)}
    app = ItaApp(ProgressStore.open(db_path, user="somsri"))  # opened as `ita-tui` opens it
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("j", "j", "d")
        await pilot.pause(1.2)  # past a poll of the file
        await pilot.press("escape", "v", "escape")
    assert {entry.name: entry.stat().st_mtime_ns for entry in os.scandir(db_path.parent)} == listing
