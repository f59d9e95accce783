"""The ITA scores in the app: beside each indicator in the tree, in its detail, and the filter that
shows only the indicators under the pass mark."""

from __future__ import annotations

from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetScores
from ita_tui.tui.view.rows import RowKind
from ita_tui.tui.view.tree_row import row_text


async def test_the_filter_shows_only_indicators_under_the_pass_mark(db_path):
    from ita_tui.tui.app import ItaApp

    store = ProgressStore.open(db_path, user="somchai")
    store.apply(SetScores(2566, (("2", "92.5"), ("3", "78.4"), ("9", "84.99"), ("total", "80"))))
    app = ItaApp(store, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.view
        first = next(r for r in view.rows if r.kind == RowKind.INDICATOR)  # indicator 2, from the start
        assert "ITA 92.5" in row_text(first, 120, view.drawing()).plain
        for _ in range(5):  # all -> pending -> done -> waiting -> returned -> under the pass mark
            await pilot.press("f")
        await pilot.pause()
        shown = [row.indicator.number for row in view.rows if row.kind == RowKind.INDICATOR]
        assert shown == [3, 9]
        assert "indicators under the pass mark" in str(app.screen.query_one("#filter-status").render())
        indicator = next(r for r in view.rows if r.kind == RowKind.INDICATOR)
        line = row_text(indicator, 120, view.drawing()).plain
        assert "ITA 78.4 below 85" in line
        await pilot.press("f")
        await pilot.pause()
        assert len([r for r in view.rows if r.kind == RowKind.INDICATOR]) == 7
        row = next(r for r in view.rows if r.kind == RowKind.INDICATOR and r.indicator.number == 2)
        line = row_text(row, 120, view.drawing()).plain
        assert "ITA 92.5" in line and "under" not in line


async def test_w_on_an_indicator_in_the_edit_mode_writes_its_issues_to_improve(make_app, store):
    from tests.support.app import saved, type_text

    app = make_app(lang="en")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("E", "k")  # the edit mode; up from the first item to its indicator
        row = app.screen.view.current_row
        assert row.kind == RowKind.INDICATOR
        await pilot.press("w")
        await pilot.pause()
        await type_text(pilot, "ผู้รับบริการยังไม่มั่นใจ")
        await pilot.press("ctrl+s")
        await saved(pilot)
        assert store.snapshot().issues[row.indicator.number].text == "ผู้รับบริการยังไม่มั่นใจ"
        assert store.snapshot().outcomes == {}  # not the outcome, which w writes outside the edit mode
        await pilot.press("j", "w")  # on an item, in the edit mode: an indicator is asked for
        await pilot.pause()
        assert "Move to an indicator first" in [n.message for n in app._notifications]


async def test_the_dashboards_bars_line_up_beside_scores(db_path):
    import re

    from rich.cells import cell_len

    from ita_tui.tui.app import ItaApp
    from tests.support.screen_text import screen_lines

    store = ProgressStore.open(db_path, user="somchai")
    store.apply(SetScores(2566, (("2", "92.5"), ("3", "78.25"), ("9", "84.99"))))
    app = ItaApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        lines = [line for line in screen_lines(app) if re.search(r"\d+/\d+ +\d+%", line)]
        scored = [line for line in lines if "ITA" in line]
        assert len(scored) == 3 and sum("ต่ำกว่าเกณฑ์" in line for line in scored) == 2
        assert len({cell_len(line[: line.index("%")]) for line in lines}) == 1


async def test_at_80_columns_a_low_scoring_indicator_shows_its_title_beside_its_score(db_path):
    """The tree at 80x24: "▼ 3 การใช้อำนาจ … ITA 78.4 ต่ำกว่าเกณฑ์  0/5  0%" (it was "ตัวชี้วัดที่ 3 การ…")."""
    from ita_tui.tui.app import ItaApp
    from tests.support.screen_text import screen_lines

    store = ProgressStore.open(db_path, user="somchai")
    store.apply(SetScores(2566, (("2", "92.5"), ("3", "78.4"))))
    app = ItaApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        low = next(line for line in lines if "78.4" in line)
        assert "▼ 3 การใช้อำนาจ" in low and "ITA 78.4 ต่ำกว่าเกณฑ์  0/5  0%" in low
        assert any("▼ ตัวชี้วัดที่ 2 การใช้งบประมาณ" in line and "ITA 92.5" in line for line in lines)
