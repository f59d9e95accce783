"""A change another user already made is answered in one line, and the view shows the file as it is."""

from __future__ import annotations

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState
from tests.support.app import cursor_key, screen_shows, tree_lines
from tests.waiting import pilot_wait_until


@pytest.mark.parametrize(
    ("lang", "said"),
    [("th", "ข้อ 2.1 ถูกทำเครื่องหมายว่าทำแล้วไว้แล้วโดย bob เมื่อ"), ("en", "2.1 was already marked done by bob")],
)
async def test_space_on_an_item_bob_already_ticked_says_so(make_app, db_path, monkeypatch, lang, said):
    import ita_tui.tui.app as app_module

    monkeypatch.setattr(app_module, "POLL_SECONDS", 3600.0)  # the app has not seen bob's tick yet
    app = make_app(lang=lang)
    async with app.run_test(size=(110, 30), notifications=True) as pilot:
        assert cursor_key(app) == "item:2.1"
        ProgressStore.open(db_path, user="bob").apply(SetState.tick("2.1", True))
        assert not any("☑ 2.1" in line for line in tree_lines(app))
        await pilot.press("space")
        assert await screen_shows(pilot, said)
        assert await pilot_wait_until(pilot, lambda: any("☑ 2.1" in line for line in tree_lines(app)))
    log = ProgressStore.open(db_path, user="x").log()
    assert [(e.user, e.action) for e in log if e.item_id == "2.1"] == [("bob", "tick")]
