"""Help's last line says "↓ PgDn: more keys below" whenever part of the key table is hidden below,
in Thai and English, at 80x24 and 120x40 (in English at 120x40 the table ran past the box with
only "Esc or q closes" under it: tab, ?, q and ctrl+p were out of sight and nothing said so)."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Label

from tests.waiting import pilot_wait_until


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("keys", [["question_mark"], ["E", "question_mark"]], ids=["main", "edit"])
async def test_the_hint_says_more_keys_whenever_some_are_hidden(bundled_app, size, lang, keys):
    app = bundled_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press(*keys)
        scroll = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#help-scroll")), None))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(scroll, VerticalScroll)
        more_word = app.words["help_scroll"]

        def hint_agrees() -> bool:
            hint = str(app.screen.query_one("#help-hint", Label).render())
            return (more_word in hint) == (scroll.max_scroll_y > 0)

        assert await pilot_wait_until(pilot, hint_agrees), scroll.max_scroll_y


async def test_the_hint_follows_the_tables_height_once_it_is_laid_out(bundled_app):
    """The table's height may be known only after the first refresh: the hint follows it."""
    from rich.table import Table
    from textual.widgets import Static

    app = bundled_app(lang="en")
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("question_mark")
        hint = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#help-hint")), None))
        await pilot.pause()
        assert app.words["help_scroll"] not in str(hint.render())  # at 60 lines it all fits
        taller = Table()
        taller.add_column("k")
        for n in range(80):
            taller.add_row(str(n))
        app.screen.query_one("#help-table", Static).update(taller)
        assert await pilot_wait_until(pilot, lambda: app.words["help_scroll"] in str(hint.render()))
