"""Issue 22 in the app on a terminal: a supervisor whose record names an OS login reviews only
from that login; the app opened under her name from another login says so in one line when o is
pressed and writes nothing, and the dashboard's activity names the login beside the name."""

from __future__ import annotations

from ita_tui.store import ProgressStore, identity
from ita_tui.store.commands import AddUser, SetState
from tests.support.app import saved, screen_shows
from tests.waiting import pilot_wait_until

SIZE = (120, 60)  # tall enough for the dashboard's activity


async def test_the_app_as_a_supervisor_from_another_login_reviews_nothing(db_path, store, monkeypatch):
    from ita_tui.tui.app import ItaApp

    monkeypatch.setattr(identity, "os_login", lambda: "boss")
    ProgressStore.open(db_path, user="boss").apply(AddUser("boss", "supervisor", login="boss"))
    monkeypatch.setattr(identity, "os_login", lambda: "bob")
    ProgressStore.open(db_path, user="tester").apply(SetState.tick("2.1", True))
    app = ItaApp(ProgressStore.open(db_path, user="boss"), lang="en")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("o")
        await saved(pilot)
        assert await screen_shows(pilot, "only the OS login boss may review items as boss")
        assert ProgressStore.open(db_path, user="x").snapshot().review("2.1") is None
        await pilot.press("d")  # the dashboard
        assert await pilot_wait_until(pilot, lambda: "tester (OS login bob) ticked 2.1" in _text(pilot))


def _text(pilot) -> str:
    from tests.support.screen_text import screen_text

    return screen_text(pilot.app)
