"""The tree's rows, filters and their labels (pure view code, no app): what the checklist shows
before any widget draws it."""

from __future__ import annotations

import pytest

from ita_tui.checklist.file import load
from ita_tui.checklist.model import Progress
from ita_tui.checklist.units import Units
from ita_tui.locale import words
from ita_tui.tui.view.rows import (
    ROOT_KEY,
    STATUS_CYCLE,
    Filters,
    RowKey,
    RowKind,
    filter_labels,
    next_status,
    visible_rows,
)
from tests.support import SMALL_CHECKLIST

CHECKLIST = load(SMALL_CHECKLIST)  # indicators 2 (2.1–2.3), 3 (3.1, 3.2), 9 (9.1)
EVERYTHING = ["root", "indicator:2", "item:2.1", "item:2.2", "item:2.3"]
EVERYTHING += ["indicator:3", "item:3.1", "item:3.2", "indicator:9", "item:9.1"]
NO_FILTER = Filters()


def text(key: RowKey) -> str:
    """A row key as these tests write it: "item:2.1", "indicator:2", "root"."""
    return str(key.kind) if key.id is None else f"{key.kind}:{key.id}"


def keys(filters: Filters = NO_FILTER, collapsed: set[RowKey] | None = None, done: set[str] | None = None):
    progress = Progress.done(done or set())
    return [text(row.key) for row in visible_rows(CHECKLIST, progress, Units(), filters, collapsed or set())]


def test_unfiltered_the_tree_is_the_root_then_each_indicator_with_its_items_in_order():
    assert keys() == EVERYTHING


def test_a_closed_indicator_keeps_its_line_and_hides_its_items():
    assert keys(collapsed={RowKey(RowKind.INDICATOR, 3)}) == [
        k for k in EVERYTHING if not k.startswith("item:3.")
    ]
    assert keys(collapsed={ROOT_KEY}) == ["root"]


def test_not_done_hides_done_items_and_an_indicator_left_with_none():
    shown = keys(Filters(status="pending"), done={"2.1", "9.1"})
    assert shown == ["root", "indicator:2", "item:2.2", "item:2.3", "indicator:3", "item:3.1", "item:3.2"]


def test_done_shows_only_done_items_under_their_indicators():
    assert keys(Filters(status="done"), done={"2.1", "9.1"}) == [
        "root",
        "indicator:2",
        "item:2.1",
        "indicator:9",
        "item:9.1",
    ]
    assert keys(Filters(status="done")) == ["root"]  # nothing done yet: only the root is left


def test_a_search_keeps_the_matching_items_and_says_where_it_matched():
    rows = visible_rows(CHECKLIST, Progress(), Units(), Filters(query="จัดซื้อ"), set())
    assert [text(row.key) for row in rows] == ["root", "indicator:2", "item:2.3"]
    assert rows[-1].hit is not None


def test_a_search_and_a_filter_together_keep_what_passes_both():
    assert keys(Filters(query="เผยแพร่", status="pending"), done={"2.1"}) == [
        "root",
        "indicator:2",
        "item:2.2",
    ]


def test_the_status_filter_cycles_through_every_choice_and_back():
    seen = [STATUS_CYCLE[0]]
    while (following := next_status(seen[-1])) != STATUS_CYCLE[0]:
        seen.append(following)
    assert seen == list(STATUS_CYCLE) and "pending" in seen and "done" in seen


@pytest.mark.parametrize("lang", ["th", "en"])
def test_filter_labels_name_what_is_filtered_in_the_apps_language(lang):
    table = words(lang)
    assert filter_labels(Filters(), table) == []
    labels = filter_labels(Filters(query="  O12  ", unit="x", unit_name="กอง  คลัง", status="pending"), table)
    assert len(labels) == 3
    assert "O12" in labels[0] and "กอง คลัง" in labels[1]  # white space as one space, as shown
    assert table["filter_pending"] in labels[2]
