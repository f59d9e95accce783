"""`ita-tui --read-only`: the app on a database it may write, writing nothing; each key that would
change something says so in one line; the title bar shows the fiscal year and that it is read-only."""

from __future__ import annotations

import pytest

from tests.support.app import type_text
from tests.support.screen_text import screen_text


@pytest.mark.parametrize("keys", [["space"], ["s", "enter"], ["n"], ["a"], ["w"], ["u"], ["E", "n"]])
async def test_no_key_writes_and_each_says_why_in_one_line(make_app, store, keys):
    folder = store.path.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    app = make_app(lang="en", read_only=True)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        assert "Fiscal year 2023" in app.sub_title and "read-only" in app.sub_title  # FY2566 in CE
        assert "Read-only (--read-only)" in screen_text(app)
        await pilot.press(*keys)
        await pilot.pause()
        if app.screen is not app.screen_stack[0]:  # a dialog opened: type and save, it still writes nothing
            await type_text(pilot, "ประชุมแล้ว")
            await pilot.press("enter")
            await pilot.pause()
        await app.workers.wait_for_complete()
        said = [n.message for n in app._notifications]
        assert said and all("\n" not in m for m in said)
        assert any(m == "Not saved: opened read-only (--read-only)" for m in said), said
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
