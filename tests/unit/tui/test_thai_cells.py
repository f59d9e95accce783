"""The patch of Rich's segment cutting: a Thai mark after a cut stays with its base."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from ita_tui.tui.thai_cells import install, leading_zero_width

SAVED = "บันทึกแล้ว"  # cells: บ ั น ท ึ ก แ ล ้ ว -> 7 cells, the ้ after cell 7


@pytest.fixture(autouse=True)
def patched():
    install()


@pytest.mark.parametrize("cut", range(0, 8))
def test_split_cells_never_starts_the_right_piece_with_a_mark(cut):
    left, right = Segment(SAVED).split_cells(cut)
    assert left.text + right.text == SAVED
    assert left.cell_length == cut
    assert leading_zero_width(right.text) == 0


def test_the_cut_that_went_wrong():
    left, right = Segment(SAVED, Style(bold=True)).split_cells(6)
    assert (left.text, right.text) == ("บันทึกแล้", "ว")
    assert left.style == right.style == Style(bold=True)


def test_divide_moves_a_mark_that_starts_a_piece_to_the_piece_before():
    segments = [Segment("บันทึกแล"), Segment("้ว", Style(italic=True)), Segment(" ok")]
    pieces = list(Segment.divide(segments, [6, 9, 10]))
    assert ["".join(s.text for s in piece) for piece in pieces] == ["บันทึกแล้", "ว o", "k"]
    assert pieces[0][-1].style == Style(italic=True)  # the mark keeps its own style


@pytest.mark.parametrize("cuts", [[3, 6, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [6, 10], [7, 9, 10]])
def test_strip_divide_keeps_every_character_and_cell(cuts):
    strip = Strip([Segment("ส่ง"), Segment("หนังสือ", Style(bold=True)), Segment("แล้ว")])
    pieces = strip.divide(cuts)
    assert "".join(p.text for p in pieces) == "ส่งหนังสือแล้ว"
    for piece in pieces:
        assert leading_zero_width(piece.text) == 0
    assert sum(p.cell_length for p in pieces) == strip.cell_length
    assert [p.cell_length for p in pieces] == [b - a for a, b in zip([0, *cuts], cuts, strict=False)]


def test_strip_crop_drops_the_marks_of_a_base_cut_away_and_keeps_those_of_the_last():
    strip = Strip([Segment("ที่นี่")])  # ท ี ่ น ี ่ : 2 cells
    assert strip.crop(1, 2).text == "นี่"
    assert strip.crop(0, 1).text == "ที่"


def test_a_line_cropped_at_a_style_change_keeps_the_mark_that_starts_the_next_style():
    line = [Segment("เขียนไฟล"), Segment("์แล้ว", Style(bold=True))]  # ไ ฟ ล then ์ with another style
    (cropped,) = Segment.split_and_crop_lines(line, 7, pad=False, include_new_lines=False)
    assert "".join(s.text for s in cropped) == "เขียนไฟล์"
    assert sum(s.cell_length for s in cropped) == 7
