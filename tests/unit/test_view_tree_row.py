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


TREE_AT_80 = 47  # cells: the tree's width in an 80-column terminal (3/5 of it, less the scroll bar)
INDICATOR_3 = RowKey(RowKind.INDICATOR, 3)  # "การใช้อำนาจ", 2 items
INDICATOR_9 = RowKey(RowKind.INDICATOR, 9)  # "การเปิดเผยข้อมูล", 1 item
LOW = {
    "3": Score(2565, "3", "78.4", "somchai", ""),
    "9": Score(2565, "9", "61.25", "somchai", ""),
}


def test_a_low_scoring_indicator_at_80_columns_keeps_its_title_and_its_figures_whole():
    """The number alone gives the title the room "ตัวชี้วัดที่" would take: "การ…" was all it kept."""
    line = row_text(row(INDICATOR_3), TREE_AT_80, drawing(scores=LOW)).plain
    assert cell_len(line) == TREE_AT_80
    assert line.startswith("  ▼ 3 การใช้อำนาจ  ")
    assert line.endswith("  ITA 78.4 ต่ำกว่าเกณฑ์  0/2  0%")
    line = row_text(row(INDICATOR_9), TREE_AT_80, drawing(scores=LOW)).plain
    assert line.startswith("  ▼ 9 การเปิดเผย…  ")
    assert line.endswith("  ITA 61.25 ต่ำกว่าเกณฑ์  0/1  0%")


def test_in_english_at_80_columns_the_title_keeps_room_beside_a_short_mark():
    line = row_text(row(INDICATOR_3), TREE_AT_80, drawing("en", scores=LOW)).plain
    assert cell_len(line) == TREE_AT_80
    # was "  ▼ Ind…" (neither number nor title), then "  ▼ 3 …" beside "under the pass mark"
    assert line.startswith("  ▼ 3 การใช้อำนาจ  ")
    assert line.endswith("  ITA 78.4 below 85  0/2  0%")


def test_with_room_the_indicator_keeps_its_word_and_whole_title():
    line = row_text(row(INDICATOR_3), 71, drawing(scores=LOW)).plain  # at 120 columns
    assert line.startswith("  ▼ ตัวชี้วัดที่ 3 การใช้อำนาจ  ")
    line = row_text(row(INDICATOR_3), 71, drawing("en", scores=LOW)).plain
    assert line.startswith("  ▼ Indicator 3 การใช้อำนาจ  ")


FIGURES = {2: "ITA 92.5  0/3  0%", 3: "ITA 78.4 {under}  0/2  0%", 9: "ITA 61.25 {under}  0/1  0%"}


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("width", range(46, 72))
def test_an_indicators_number_score_and_figures_stay_whole_and_its_title_is_cut_between_words(lang, width):
    from ita_tui.thai_breaks import line_segments

    under = words(lang)["under_pass"]
    scores = {**LOW, "2": Score(2565, "2", "92.5", "somchai", "")}
    for ind in CHECKLIST.indicators:
        line = row_text(row(RowKey(RowKind.INDICATOR, ind.number)), width, drawing(lang, scores=scores)).plain
        assert cell_len(line) == width
        assert line.endswith(FIGURES[ind.number].format(under=under))
        title = line.split(f" {ind.number} ", 1)[1].split("  ")[0]
        segments = line_segments(ind.title)
        starts = {"".join(segments[:n]).rstrip() + "…" for n in range(len(segments))}
        assert title in (ind.title, "") or title in starts, title  # "": not a cell left for it
