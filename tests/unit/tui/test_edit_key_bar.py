"""In the edit mode the 80-column key bar keeps the way out (E) and q in English too: its words
for t, i, D and m shorten there ("t text i add D remove m move"), where "t edit text i add item
D remove item m move item R renumber u undo ? Help" left E and q off."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "leave", "quit_"), [("th", "E เลิกแก้", "q ออก"), ("en", "E stop editing", "q Quit")]
)
async def test_the_edit_mode_key_bar_keeps_e_and_q_at_80_columns(make_app, lang, leave, quit_):
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        bar = app.screen.query_one("#key-bar").render().plain
        assert leave in bar and quit_ in bar, bar
        assert bar.startswith("t ")
