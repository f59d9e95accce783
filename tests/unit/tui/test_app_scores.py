"""The ITA scores in the app: beside each indicator in the tree, in its detail, and the filter that
shows only the indicators under the pass mark."""

from __future__ import annotations

from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetScores
from ita_tui.tui.view.rows import RowKind


async def test_the_filter_shows_only_indicators_under_the_pass_mark(db_path):
    from ita_tui.tui.app import ItaApp

    store = ProgressStore.open(db_path, user="somchai")
    store.apply(SetScores(2566, (("2", "92.5"), ("3", "78.4"), ("9", "84.99"), ("total", "80"))))
    app = ItaApp(store, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.view
        for _ in range(5):  # all -> pending -> done -> waiting -> returned -> under the pass mark
            await pilot.press("f")
        await pilot.pause()
        shown = [row.indicator.number for row in view.rows if row.kind == RowKind.INDICATOR]
        assert shown == [3, 9]
        assert "indicators under the pass mark" in str(app.screen.query_one("#filter-status").render())
        line = view._row_text(next(r for r in view.rows if r.kind == RowKind.INDICATOR), 120).plain
        assert "ITA 78.4 under the pass mark" in line
        await pilot.press("f")
        await pilot.pause()
        assert len([r for r in view.rows if r.kind == RowKind.INDICATOR]) == 7
        row = next(r for r in view.rows if r.kind == RowKind.INDICATOR and r.indicator.number == 2)
        assert "ITA 92.5" in view._row_text(row, 120).plain and "under" not in view._row_text(row, 120).plain
