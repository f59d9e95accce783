"""One row of the checklist tree as text (pure view code, no app): exactly as wide as the tree,
the figures whole at the right edge, the rest cut with "…"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.cells import cell_len

from ita_tui.checklist.file import load
from ita_tui.checklist.model import Progress, count
from ita_tui.checklist.scores import Score
from ita_tui.checklist.units import Units
from ita_tui.locale import words
from ita_tui.tui.view.rows import ROOT_KEY, Filters, Row, RowKey, RowKind, visible_rows
from ita_tui.tui.view.search import FOUND_IN, Extras, parse_query
from ita_tui.tui.view.tree_row import TreeDrawing, row_text
from tests.support import SMALL_CHECKLIST

CHECKLIST = load(SMALL_CHECKLIST)  # indicators 2 (2.1–2.3), 3 (3.1, 3.2), 9 (9.1)
NO_FILTER = Filters()


def drawing(lang: str = "th", progress: Progress | None = None, **changes) -> TreeDrawing:
    """What the tree would draw its rows from, in this language."""
    said = words(lang)
    progress = progress or Progress()
    made = TreeDrawing(
        title=CHECKLIST.title,
        word=said["indicator_no"],
        progress=progress,
        overall=count(CHECKLIST.items(), progress),
        counts={ind.number: count(ind.items, progress) for ind in CHECKLIST.indicators},
        digit_style="arabic",
        score_words=(said["tree_score"], said["under_pass"]),
        found_in={place: said[key] for place, key in FOUND_IN.items()},
    )
    return replace(made, **changes)


def row(key: RowKey, filters: Filters = NO_FILTER, extras=None) -> Row:
    rows = visible_rows(CHECKLIST, Progress(), Units(), filters, set(), extras or {})
    return next(r for r in rows if r.key == key)


INDICATOR_2 = RowKey(RowKind.INDICATOR, 2)


@pytest.mark.parametrize("width", [80, 40])
def test_the_root_and_an_indicator_keep_their_figures_whole_at_the_right_edge(width):
    progress = Progress.done({"2.1"})
    for key, figures in ((ROOT_KEY, "1/6  17%"), (INDICATOR_2, "1/3  33%")):
        line = row_text(row(key), width, drawing(progress=progress)).plain
        assert cell_len(line) == width
        assert line.endswith(figures)


@pytest.mark.parametrize("width", [80, 40])
def test_a_score_stands_whole_before_the_figures(width):
    scores = {"2": Score(2565, "2", "92.5", "somchai", "")}
    line = row_text(row(INDICATOR_2), width, drawing("en", scores=scores)).plain
    assert cell_len(line) == width
    assert line.endswith("  ITA 92.5  0/3  0%")


def test_a_title_too_long_is_cut_between_words_with_an_ellipsis():
    line = row_text(row(ROOT_KEY), 40, drawing()).plain.rstrip()
    head = line[: line.index("…") + 1]
    assert head == "▼ มาตรการการส่งเสริมคุณธรรมและ…"


def test_an_item_is_its_box_id_and_text_cut_to_the_width():
    line = row_text(row(RowKey(RowKind.ITEM, "2.1")), 40, drawing()).plain
    assert cell_len(line) == 40
    assert line.startswith("      ☐ 2.1 เผยแพร่ข้อมูล") and line.rstrip().endswith("แก่…")
    done = row_text(row(RowKey(RowKind.ITEM, "2.1")), 80, drawing(progress=Progress.done({"2.1"}))).plain
    assert done.startswith("      ☑ 2.1 ")


def test_a_closed_node_shows_its_arrow_pointing_right():
    line = row_text(row(INDICATOR_2), 80, drawing(collapsed=frozenset({INDICATOR_2}))).plain
    assert line.startswith("  ▶ ตัวชี้วัดที่ 2 การใช้งบประมาณ")


def test_an_item_found_in_its_note_names_the_place_and_shows_the_match():
    query = "ประชุม"
    extras = {"2.3": Extras(notes=("ประชุมชี้แจงแล้ว 12 ม.ค.",))}
    found = row(RowKey(RowKind.ITEM, "2.3"), Filters(query=query), extras)
    line = row_text(found, 80, drawing(query=parse_query(query))).plain
    assert line.startswith("      ☐ 2.3 บันทึก: ประชุม") and " · เปิดเผยให้ทราบ" in line


def test_thai_digits_in_the_figures_when_asked():
    line = row_text(row(INDICATOR_2), 80, drawing(digit_style="thai")).plain
    assert "ตัวชี้วัดที่ ๒" in line and line.endswith("๐/๓  ๐%")
