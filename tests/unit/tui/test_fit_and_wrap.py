"""Cuts and wraps keep what a reader sees as one: a consonant and its marks, a word where one
fits, a date with its time, an id, a web address (which breaks only after a "/")."""

from __future__ import annotations

import io
import unicodedata

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ita_tui.thai_breaks import line_segments
from ita_tui.tui.widgets.word_wrap import Fitted, WordWrapped, fit

TEXTS = [
    "มาตรการการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "เผยแพร่ข้อมูลของหน่วยงาน แก่บุคลากรภายในและประชาชนทราบผ่านช่องทางที่หลากหลาย",
    "งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๖ ผู้ใต้บังคับบัญชาที่นี่ นั้น ทำแล้ว",
]
DATED = "☑ ทำแล้ว โดย สมชาย เมื่อ 1 ธ.ค. 2569 07:48 ดูที่ https://chumsaeng.go.th/ita/o12 ข้อ 2.1"
WHOLE = ("1 ธ.ค. 2569 07:48", "2.1")


def cut_text(text: str, width: int, words: bool) -> str:
    out = fit(Text(text), width, words=words).plain
    assert cell_len(out) <= width
    return out


@pytest.mark.parametrize("words", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_a_cut_never_leaves_a_mark_without_its_consonant(text, words):
    for width in range(2, cell_len(text) + 2):
        out = cut_text(text, width, words)
        if out == text:
            continue
        assert out.endswith("…")
        kept = out[:-1].rstrip()
        assert text.startswith(kept)
        after = text[len(kept) :].lstrip()
        assert unicodedata.category(after[0]) != "Mn" and after[0] not in "ำๅ", (width, kept)
        assert not kept.endswith(("เ", "แ", "โ", "ใ", "ไ"))


def test_a_cut_prefers_a_word_boundary():
    assert cut_text(TEXTS[0], 20, True) == "มาตรการการส่งเสริม…"
    assert cut_text("ความโปร่งใสในการดำเนินงาน", 12, True) == "ความโปร่งใส…"  # not "ความโปร่งใ…"


@pytest.mark.parametrize("words", [True, False])
def test_a_cut_never_splits_a_date_an_id_or_an_address_except_after_a_slash(words):
    for width in range(12, cell_len(DATED) + 1):
        kept = cut_text(DATED, width, words).removesuffix("…").rstrip()
        for whole in WHOLE:
            start = DATED.find(whole)
            assert len(kept) <= start or len(kept) >= start + len(whole), (width, kept)
        url = DATED.find("https://")
        if url < len(kept) < len(DATED):
            assert kept.endswith("/") or len(kept) >= DATED.find(" ข้อ"), (width, kept)


def test_line_segments_keep_dates_times_and_ids_whole_and_break_addresses_after_slashes():
    segments = line_segments(DATED)
    assert "1 ธ.ค. 2569 07:48 " in segments and "2.1" in segments
    assert [s for s in segments if "chumsaeng" in s or s.startswith(("https", "ita"))] == [
        "https://",
        "chumsaeng.go.th/",
        "ita/",
    ]
    assert "o12 " in segments


def rendered(renderable, width: int) -> list[str]:
    console = Console(width=width, file=io.StringIO(), record=True)
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


@pytest.mark.parametrize("width", range(18, 44))
def test_the_detail_pane_never_wraps_inside_a_date_or_a_web_address(width):
    lines = rendered(WordWrapped(Text(DATED)), width)
    assert "".join(line.strip() for line in lines).replace(" ", "") == DATED.replace(" ", "")
    assert any("1 ธ.ค. 2569 07:48" in line for line in lines)
    for line in lines:
        if ("https" in line or "chumsaeng" in line or "ita/" in line) and "o12" not in line:
            assert line.endswith("/"), line  # the address goes on: it broke after a slash


def test_a_fitted_line_ends_with_an_ellipsis_at_the_width_it_gets():
    (line,) = rendered(Fitted(Text(TEXTS[1])), 30)
    assert line.endswith("…") and cell_len(line) <= 30 and line.startswith("เผยแพร่ข้อมูลของหน่วยงาน")
