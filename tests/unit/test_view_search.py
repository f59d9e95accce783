"""Search in the tree (pure view code, no app): OIT codes in any writing, ids, notes, link labels."""

from __future__ import annotations

import unicodedata

import pytest

from ita_tui.checklist.file import load
from ita_tui.checklist.model import Indicator, Item, Progress
from ita_tui.checklist.units import Units
from ita_tui.tui.view.rows import Filters, visible_rows
from ita_tui.tui.view.search import Extras, find, find_in, parse_query, snippet
from tests.support import SMALL_CHECKLIST

ITEM = Item(
    id="2.1", number=1, text="เผยแพร่ข้อมูลของหน่วยงาน แก่บุคลากร", responsible="กองคลัง", oit_codes=("O12",)
)
OTHER = Item(id="2.2", number=2, text="จัดซื้อจัดจ้าง", responsible="สำนักปลัด", oit_codes=("O1",))
INDICATOR = Indicator(number=2, title="การใช้งบประมาณ", items=(ITEM, OTHER))


@pytest.mark.parametrize("typed", ["O12", "o12", "๐๑๒", "012", "0 12", "O๑๒", " o 1 2 "])
def test_an_oit_code_is_found_in_any_writing(typed):
    hit = find(parse_query(typed), ITEM, INDICATOR)
    assert hit is not None and hit.place == "code" and hit.text == "O12"
    assert find(parse_query(typed), OTHER, INDICATOR) is None  # O1 is not O12


def test_o1_finds_o1_only():
    assert find(parse_query("O1"), OTHER, INDICATOR).place == "code"
    assert find(parse_query("๐๑"), ITEM, INDICATOR) is None


@pytest.mark.parametrize("typed", ["2.1", "๒.๑", " 2.1"])
def test_an_item_id_finds_the_item(typed):
    assert find(parse_query(typed), ITEM, INDICATOR).place == "id"
    assert find(parse_query(typed), OTHER, INDICATOR) is None


def test_notes_and_link_labels_are_searched_and_say_so():
    extras = Extras(notes=("ประชุมชี้แจงแล้ว",), labels=("ประกาศ ITA บนเว็บไซต์",))
    note = find(parse_query("ชี้แจง"), ITEM, INDICATOR, extras)
    assert (note.place, note.text[note.start : note.end]) == ("note", "ชี้แจง")
    link = find(parse_query("ita"), ITEM, INDICATOR, extras)
    assert (link.place, link.text[link.start : link.end]) == ("link", "ITA")
    assert find(parse_query("ชี้แจง"), ITEM, INDICATOR) is None


def test_the_row_text_wins_over_other_places():
    hit = find(parse_query("ข้อมูล"), ITEM, INDICATOR, Extras(notes=("ข้อมูล",)))
    assert hit.place == "text" and ITEM.text[hit.start : hit.end] == "ข้อมูล"
    assert find(parse_query("กองคลัง"), ITEM, INDICATOR).place == "unit"
    assert find(parse_query("งบประมาณ"), ITEM, INDICATOR).place == "indicator"


def test_a_span_never_ends_between_a_consonant_and_its_mark():
    assert find_in(parse_query("แล"), "ประชุมแล้ว") == (6, 9)  # "แล้", the tone mark kept
    assert find_in(parse_query("ทุกๆกอง"), "ทุก ๆ กอง") == (0, 9)  # spaces ignored, span as written


def test_the_tree_keeps_only_matching_items_with_their_hits():
    checklist = load(SMALL_CHECKLIST)
    extras = {"3.2": Extras(notes=("ส่งหนังสือเวียนแล้ว",))}
    rows = visible_rows(checklist, Progress(), Units(), Filters(query="หนังสือเวียน"), set(), extras)
    items = [row for row in rows if row.kind == "item"]
    assert [(row.item.id, row.hit.place) for row in items] == [("3.2", "note")]
    unfiltered = visible_rows(checklist, Progress(), Units(), Filters(), set())
    assert all(row.hit is None for row in unfiltered)


def test_a_snippet_shows_the_match_with_cuts_marked():
    note = "ได้จัดประชุมชี้แจงแนวทางให้บุคลากรทุกกองทราบแล้ว"
    span = find_in(parse_query("ชี้แจง"), note)
    piece, start, end = snippet(note, span, context=6)
    assert piece[start:end] == "ชี้แจง"
    assert piece.startswith("…") and piece.endswith("…")
    assert unicodedata.category(piece[1]) != "Mn"  # the cut keeps each mark on its consonant
    assert snippet("สั้น", (0, 4)) == ("สั้น", 0, 4)
