"""The detail pane's content (pure view code, no app): what a user reads about an item or an
indicator, built from a snapshot taken through the store."""

from __future__ import annotations

from ita_tui.checklist.model import indicator_completion
from ita_tui.locale import words
from ita_tui.store import ProgressStore
from ita_tui.store.commands import (
    AddLink,
    AddNote,
    AddUser,
    EditNote,
    RetractNote,
    ReviewItem,
    SetOutcome,
    SetState,
)
from ita_tui.store.records import Snapshot
from ita_tui.tui.view.detail import indicator_detail, item_detail, when


def _item(snapshot: Snapshot, item_id: str, lang: str = "en", digit_style: str = "arabic") -> str:
    """The pane's text for one item, as plain text."""
    for indicator in snapshot.checklist.indicators:
        for item in indicator.items:
            if item.id == item_id:
                return item_detail(snapshot, indicator, item, words(lang), lang, digit_style).plain
    raise AssertionError(item_id)


def test_an_item_shows_its_id_text_period_unit_and_that_nothing_is_done_yet(db):
    text = _item(ProgressStore.open(db, user="สมชาย").snapshot(), "1.2")
    lines = text.splitlines()
    assert lines[0] == "Indicator 1 การปฏิบัติหน้าที่"
    assert lines[1] == "1.2 ประชุมชี้แจงบุคลากร"
    assert "Period: ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖" in lines
    assert "Responsible: กองช่าง" in lines
    assert "Status: ☐ Not done" in lines
    assert lines[lines.index("Progress notes") + 1] == "  none yet"
    assert lines[lines.index("Evidence links") + 1] == "  none yet"


def test_a_done_item_says_who_did_it_and_when_in_thai_with_thai_digits(db):
    store = ProgressStore.open(db, user="สมชาย")
    state = store.apply(SetState.tick("2.1", True)).value
    text = _item(store.snapshot(), "2.1", "th", "thai")
    assert "๒.๑ ประชุมชี้แจงบุคลากร" in text.splitlines()
    assert f"สถานะ: ☑ ทำแล้ว โดย สมชาย เมื่อ {when(state.at, 'th', 'thai')}" in text.splitlines()
    assert "พ.ศ." not in text and "256" not in text  # a Buddhist Era year, in Thai digits


def test_notes_are_shown_newest_first_with_their_author(db):
    store = ProgressStore.open(db, user="สมชาย")
    store.apply(AddNote("1.1", "ร่างประกาศแล้ว"))
    store.apply(AddNote("1.1", "ส่งให้ผู้บริหารลงนาม"))
    store.apply(AddNote("1.1", "เผยแพร่บนเว็บไซต์แล้ว"))
    lines = _item(store.snapshot(), "1.1").splitlines()
    notes = lines[lines.index("Progress notes") + 1 :]
    assert [line.strip() for line in notes[1::2]] == [
        "เผยแพร่บนเว็บไซต์แล้ว",
        "ส่งให้ผู้บริหารลงนาม",
        "ร่างประกาศแล้ว",
    ]
    assert all(line.startswith("  • ") and line.endswith("  สมชาย") for line in notes[::2])


def test_links_show_label_address_and_who_added_them(db):
    store = ProgressStore.open(db, user="สมหญิง")
    link = store.apply(AddLink("1.1", "https://example.go.th/ita/o12", "ประกาศ")).value
    lines = _item(store.snapshot(), "1.1").splitlines()
    after = lines[lines.index("Evidence links") + 1]
    assert after == f"  • ประกาศ https://example.go.th/ita/o12  สมหญิง {when(link.at, 'en', 'arabic')}"


def test_a_returned_item_shows_the_reviewers_comment(db):
    store = ProgressStore.open(db, user="หัวหน้า")
    store.apply(AddUser("หัวหน้า", "supervisor"))
    store.apply(SetState.tick("1.3", True))
    store.apply(ReviewItem("1.3", verified=False, comment="แนบภาพถ่ายการประชาสัมพันธ์ด้วย"))
    text = _item(store.snapshot(), "1.3")
    assert "Review: ↩ Returned for correction by หัวหน้า" in text
    assert "\n  แนบภาพถ่ายการประชาสัมพันธ์ด้วย" in text


def test_an_indicator_shows_its_figures_and_the_outcome_written_for_the_report(db):
    store = ProgressStore.open(db, user="สมชาย")
    store.apply(SetState.tick("1.1", True))
    store.apply(SetOutcome(1, "ประชาชนเข้าถึงข้อมูลได้มากขึ้น"))
    snapshot = store.snapshot()
    indicator, completion = indicator_completion(snapshot.checklist, snapshot.progress)[0]
    outcome = snapshot.outcomes.get(1)
    lines = indicator_detail(indicator, completion, words("en"), "en", "arabic", outcome).plain.splitlines()
    assert lines[0] == "Indicator 1 การปฏิบัติหน้าที่"
    assert lines[1] == "Method items 1/4 (25%)"
    assert "  ประชาชนเข้าถึงข้อมูลได้มากขึ้น" in lines


def test_a_corrected_note_shows_its_new_text_and_who_corrected_it_and_a_retracted_one_is_gone(db):
    store = ProgressStore.open(db, user="สมชาย")
    store.apply(AddNote("1.1", "ประชุมวันที่ 5"))
    store.apply(AddNote("1.1", "ข้อความผิด"))
    edited = store.apply(EditNote("1.1", 1, "ประชุมวันที่ 6")).value
    store.apply(RetractNote("1.1", 2))
    lines = _item(store.snapshot(), "1.1").splitlines()
    notes = lines[lines.index("Progress notes") + 1 :]
    assert notes[1:] == [f"    edited by สมชาย at {when(edited.edited_at, 'en', 'arabic')}", "    ประชุมวันที่ 6"]
    assert "ข้อความผิด" not in "\n".join(lines)
