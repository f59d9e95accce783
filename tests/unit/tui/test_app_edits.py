"""The app's corrections: undo (u, ี) and redo (U, ctrl+r, ๊), a note corrected (c) or a note or
link retracted (x) from the detail pane, and the edit mode (E, ฎ) with its dialogs; each in Thai
and English, with the log entries it leaves."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddLink, AddNote, RetractNote, SetState
from tests.support.app import cursor_key, detail_text, saved, screen_shows, tree_lines
from tests.support.screen_text import screen_text
from tests.waiting import pilot_wait_until

SIZE = (120, 34)
LANGS = pytest.mark.parametrize(
    ("lang", "undone", "edit_title"),
    [
        ("th", "↶ ย้อนกลับแล้ว: ทำเครื่องหมายว่าทำแล้ว 2.1", "โหมดแก้ไขรายการ"),
        ("en", "↶ undone: ticked 2.1", "EDITING"),
    ],
)


def actions(db_path) -> list[tuple[str, str]]:
    return [
        (e.action, e.item_id) for e in ProgressStore.open(db_path, user="x").log() if e.action != "create"
    ]


def row(app, item_id: str) -> str:
    return next((line for line in tree_lines(app) if f" {item_id} " in line), "")


@LANGS
@pytest.mark.parametrize(("undo_key", "redo_key"), [("u", "U"), ("ี", "ctrl+r"), ("u", "๊")])
async def test_undo_and_redo_keys(make_app, db_path, lang, undone, edit_title, undo_key, redo_key):
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert cursor_key(app) == "item:2.1"
        await pilot.press("space")
        await saved(pilot)
        assert "☑" in row(app, "2.1")
        await pilot.press(undo_key)
        await saved(pilot)
        assert await screen_shows(pilot, undone)
        assert "☐" in row(app, "2.1")
        await pilot.press(redo_key)
        await saved(pilot)
        assert "☑" in row(app, "2.1")
    assert actions(db_path) == [("tick", "2.1"), ("undo", "2.1"), ("redo", "2.1")]


@LANGS
async def test_a_note_is_corrected_and_shows_edited_by_whom(
    make_app, store, db_path, lang, undone, edit_title
):
    store.apply(AddNote("2.1", "ส่งหนังสอแล้ว"))
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("c")  # the item's notes to pick from
        await pilot.press("enter")
        area = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(TextArea)), None))
        assert area.text == "ส่งหนังสอแล้ว"
        area.text = "ส่งหนังสือแล้ว"
        await pilot.press("ctrl+s")
        await saved(pilot)
        shown = "แก้ไขแล้ว โดย tester เมื่อ" if lang == "th" else "edited by tester at"
        assert await pilot_wait_until(pilot, lambda: shown in detail_text(app))
        assert "ส่งหนังสือแล้ว" in detail_text(app)
        await pilot.press("u")  # undo brings the old text back
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "ส่งหนังสอแล้ว" in detail_text(app))
    assert actions(db_path)[-3:] == [("note", "2.1"), ("note-edit", "2.1"), ("undo", "2.1")]


@LANGS
async def test_a_note_and_a_link_are_retracted_from_the_detail_pane(
    make_app, store, db_path, lang, undone, edit_title
):
    store.apply(AddNote("2.1", "ผิดข้อ"))
    store.apply(AddLink("2.1", "https://a.go.th/wrong", "ผิด"))
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert "ผิดข้อ" in detail_text(app) and "a.go.th/wrong" in detail_text(app)
        await pilot.press("x", "enter")  # the first choice: note 1
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "ผิดข้อ" not in detail_text(app))
        await pilot.press("ป", "enter")  # the Thai key; now only the link is left
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "a.go.th/wrong" not in detail_text(app))
        store.apply(AddNote("2.1", "อีกฉบับ"))
        assert await pilot_wait_until(pilot, lambda: "อีกฉบับ" in detail_text(app))
        await pilot.press("x")
        ProgressStore.open(db_path, user="bob").apply(RetractNote("2.1", 2))  # bob is quicker
        await pilot.press("enter")
        await saved(pilot)
        said = "ไม่มีอะไรเปลี่ยน" if lang == "th" else "nothing changed"
        assert await screen_shows(pilot, said)
        assert await pilot_wait_until(pilot, lambda: "อีกฉบับ" not in detail_text(app))
    assert actions(db_path)[-4:] == [
        ("note-retract", "2.1"),
        ("link-retract", "2.1"),
        ("note", "2.1"),
        ("note-retract", "2.1"),
    ]


@LANGS
async def test_the_edit_mode_edits_adds_moves_removes_and_undo_brings_back(
    make_app, store, db_path, lang, undone, edit_title
):
    store.apply(SetState.tick("2.2", True))
    store.apply(AddNote("2.2", "บันทึกของข้อสอง"))
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("t")  # not in the edit mode: nothing opens
        assert not app.screen.query(TextArea)
        await pilot.press("E")
        assert edit_title in screen_text(app).splitlines()[0]
        key_bar = app.screen.query_one("#key-bar").render().plain  # under the message saying so
        assert ("แก้ข้อความ" if lang == "th" else "edit text") in key_bar
        await pilot.press("question_mark")  # the help lists the edit mode's keys
        help_text = await pilot_wait_until(pilot, lambda: "ฏ" in screen_text(app) and screen_text(app))
        assert ("ลบข้อ" if lang == "th" else "remove item") in help_text
        await pilot.press("escape")
        await pilot.press("t", "enter")  # the item's fields, its text first
        area = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(TextArea)), None))
        area.text = "เผยแพร่ข้อมูลข่าวสารของหน่วยงาน"
        await pilot.press("ctrl+s")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "2.1 เผยแพร่ข้อมูลข่าวสาร" in row(app, "2.1"))
        await pilot.press("t", "down", "enter")  # its period: one line, as written
        area = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(TextArea)), None))
        area.text = "ภายใน\nธันวาคม 2566"
        await pilot.press("ctrl+s")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "ภายใน ธันวาคม 2566" in detail_text(app))
        await pilot.press("t", "end", "enter")  # its OIT codes, written with commas
        area = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(TextArea)), None))
        area.text = "O12, O13"
        await pilot.press("ctrl+s")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "O12, O13" in detail_text(app))
        await pilot.press("i")  # a new item after 2.1: 2.2, the ticked 2.2 moves on to 2.3
        box = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#field-text")), None))
        box.value = "จัดอบรมบุคลากร"
        await pilot.press("ctrl+s")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "จัดอบรมบุคลากร" in row(app, "2.2"))
        assert cursor_key(app) == "item:2.2"  # the cursor went to the new item
        await pilot.press("j")
        assert cursor_key(app) == "item:2.3" and "☑" in row(app, "2.3")
        await pilot.press("m", "down", "enter")  # to indicator 3, last there: 3.3
        await saved(pilot)
        assert await pilot_wait_until(
            pilot,
            lambda: (
                [line.split()[1] for line in tree_lines(app) if "☑" in line] == ["3.3"]
                and tree_lines(app).index(row(app, "3.3")) > tree_lines(app).index(row(app, "3.2"))
            ),
        )
        await pilot.press("D", "y")  # the cursor stayed on the moved item; y answers the question
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: row(app, "3.3") == "")
        await pilot.press("u")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "☑" in row(app, "3.3"))
        await pilot.press("home")  # on the root: a new indicator
        await pilot.press("i")
        area = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(TextArea)), None))
        area.text = "การป้องกันการทุจริต"
        await pilot.press("ctrl+s")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: any("10 การป้องกันการทุจริต" in r for r in tree_lines(app)))
        await pilot.press("end")  # the new indicator's row, last; D removes it (y: yes)
        await pilot.press("D", "y")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: not any("การป้องกันการทุจริต" in r for r in tree_lines(app)))
        await pilot.press("ฎ")  # the Thai key leaves the mode
        assert edit_title not in screen_text(app).splitlines()[0]
    assert actions(db_path)[-7:] == [
        ("item-edit", "2.1"),
        ("item-add", "2.2"),
        ("item-move", "3.3"),
        ("item-remove", "3.3"),
        ("undo", "3.3"),
        ("indicator-add", ""),
        ("indicator-remove", ""),
    ]
    snapshot = ProgressStore.open(db_path, user="x").snapshot()
    assert [n.text for n in snapshot.notes["3.3"]] == ["บันทึกของข้อสอง"]
