"""Dictionary compounds stay whole where lines wrap and where a search match is cut: ICU alone
breaks "เผย|แพร่", "หลัก|ฐาน", "รับ|ทราบ" (issue 20 item 16), on screen and in the exports."""

from __future__ import annotations

import io
import itertools

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ita_tui.export.pdf import sarabun_files
from ita_tui.export.pdf_measure import Widths
from ita_tui.thai_breaks import line_segments, word_segments, wrap_segments
from ita_tui.tui.view.search import find_in, parse_query, snippet
from ita_tui.tui.widgets.word_wrap import WordWrapped

COMPOUNDS = ("เผยแพร่", "หลักฐาน", "รับทราบ", "ผู้รับผิดชอบ")
TEXT = (
    "มีการเผยแพร่ประกาศให้ประชาชนรับทราบ พร้อมหลักฐานการดำเนินการ และแจ้งผู้รับผิดชอบทุกกองให้"
    "เผยแพร่ข้อมูลทุกช่องทางเพื่อรับทราบหลักฐานร่วมกัน"
)


def split_compounds(lines: list[str]) -> list[str]:
    """Each compound cut between two consecutive lines, as 'head|tail'."""
    cut = []
    for above, below in itertools.pairwise(lines):
        above, below = above.rstrip(), below.lstrip()
        for word in COMPOUNDS:
            for n in range(1, len(word)):
                if above.endswith(word[:n]) and below.startswith(word[n:]):
                    cut.append(f"{word[:n]}|{word[n:]}")
    return cut


def test_icu_segments_keep_dictionary_compounds_whole():
    segments = word_segments(TEXT)
    assert "".join(segments) == TEXT
    for word in COMPOUNDS:
        assert word in [s.rstrip() for s in segments], segments


def test_the_detail_pane_never_wraps_inside_a_compound():
    for width in range(12, 41):
        console = Console(width=width, file=io.StringIO(), record=True)
        console.print(WordWrapped(Text(TEXT)))
        lines = console.export_text().splitlines()
        assert split_compounds(lines) == [], (width, lines)


def test_terminal_tables_and_pdf_cells_never_wrap_inside_a_compound():
    widths = Widths(sarabun_files())
    for width in range(12, 41):
        lines = wrap_segments(line_segments(TEXT), width, cell_len)
        assert split_compounds(lines) == [], (width, lines)
    for mm in (20.0, 25.0, 30.0, 40.0, 60.0):
        lines = widths.wrap(TEXT, "", 11.0, mm)
        assert split_compounds(lines) == [], (mm, lines)


def test_a_compound_wider_than_the_line_breaks_between_its_parts_first():
    assert wrap_segments(["ผู้รับผิดชอบ "], 5, cell_len) == ["ผู้รับผิด", "ชอบ"]  # ICU's parts, not "ผู้รับผิดช|อบ"
    assert wrap_segments(["ผู้รับผิดชอบ ", "กอง"], 7, cell_len) == ["ผู้รับผิด", "ชอบ กอง"]


def test_a_search_match_shown_in_a_snippet_is_cut_between_words():
    note = "ประชุมชี้แจงแนวทางปฏิบัติให้บุคลากรทราบ และแจ้งทุกกองแล้วเมื่อวันที่ 5 ธันวาคม"
    piece, start, end = snippet(note, find_in(parse_query("และแจ้ง"), note))
    assert piece[start:end] == "และแจ้ง"
    body = piece.strip("…")
    assert body in note
    at = note.index(body)
    bounds = {0, len(note)} | {sum(map(len, line_segments(note)[:n])) for n in range(40)}
    assert at in bounds and at + len(body) in bounds, piece  # not "…แจ้งทุกกองแล้…"


def test_word_documents_hold_a_unit_word_at_every_cut_their_dictionary_makes():
    # Word and LibreOffice break by ICU's dictionary, which cuts "เจ้า|หน้าที่": the joiner goes there,
    # even though the screen and the PDF keep the compound whole by themselves.
    from ita_tui.export.docx_parts import JOINER, held_together

    assert held_together("ส่งเจ้าหน้าที่ของกอง") == f"ส่งเจ้า{JOINER}หน้าที่ของกอง"
    assert word_segments("เจ้าหน้าที่", compounds=False) == ["เจ้า", "หน้าที่"]
