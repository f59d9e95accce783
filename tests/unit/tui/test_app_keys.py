"""Pilot tests: every key of the main screen, on the English and on the Thai layout."""

from __future__ import annotations

from datetime import date

import pytest

from ita_tui.errors import StoreError
from ita_tui.locale import Phrase
from ita_tui.store.commands import AddNote, SetState
from ita_tui.tui.view.rows import RowKey, RowKind
from tests.support.app import cursor_key, detail_text, key_text, saved, screen_shows, tree_lines, type_text
from tests.support.screen_text import screen_text
from tests.waiting import pilot_wait_until

SIZE = (100, 30)


async def test_starts_expanded_with_the_cursor_on_the_first_item(make_app):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        lines = tree_lines(app)
        assert lines[0].startswith("▼ มาตรการการส่งเสริมคุณธรรม")
        assert any("ตัวชี้วัดที่ 2 การใช้งบประมาณ" in line and "0/3" in line for line in lines)
        assert sum("☐" in line for line in lines) == 6
        assert cursor_key(app) == "item:2.1"
        assert "เผยแพร่ข้อมูลของหน่วยงาน" in detail_text(app)
        screen = screen_text(app)
        assert "องค์การบริหารส่วนตำบลชุมแสง" in screen and "2566" in screen and "tester" in screen


@pytest.mark.parametrize("down, up", [("j", "k"), ("่", "า"), ("down", "up")])
async def test_moving_the_cursor(make_app, down, up):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(down, down)
        assert cursor_key(app) == "item:2.3"
        assert "จัดซื้อจัดจ้าง" in detail_text(app)
        await pilot.press(down)
        assert cursor_key(app) == "indicator:3"
        assert "การใช้อำนาจ" in detail_text(app)
        await pilot.press(up, up, up)
        assert cursor_key(app) == "item:2.1"


@pytest.mark.parametrize("close, open_", [("h", "l"), ("้", "ส")])
async def test_closing_and_opening_an_indicator(make_app, close, open_):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(close)  # on an item: go to its indicator
        assert cursor_key(app) == "indicator:2"
        await pilot.press(close)  # close it
        assert not any("เผยแพร่ข้อมูลของหน่วยงาน" in line for line in tree_lines(app))
        assert any("▶ ตัวชี้วัดที่ 2" in line for line in tree_lines(app))
        await pilot.press(open_)
        assert any("เผยแพร่ข้อมูลของหน่วยงาน" in line for line in tree_lines(app))
        await pilot.press("enter")
        assert not any("เผยแพร่ข้อมูลของหน่วยงาน" in line for line in tree_lines(app))


async def test_space_ticks_and_unticks_durably(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("space")
        await saved(pilot)
        assert store.snapshot().state("2.1").done
        assert any("☑ 2.1 เผยแพร่ข้อมูลของหน่วยงาน" in line for line in tree_lines(app))
        assert any("1/3  33%" in line for line in tree_lines(app))
        assert "tester" in detail_text(app)
        await pilot.press("space")
        await saved(pilot)
        assert not store.snapshot().state("2.1").done
        assert any("☐ 2.1 เผยแพร่ข้อมูลของหน่วยงาน" in line for line in tree_lines(app))


async def test_space_on_an_indicator_asks_for_an_item(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("k", "space")
        await pilot.pause()
        assert store.snapshot().done_ids == frozenset()
        assert await screen_shows(pilot, "วิธีการดำเนินการก่อน")


async def test_a_failed_save_shows_an_error_and_the_box_stays_empty(make_app, store, monkeypatch):
    def refuse(command):
        raise StoreError(
            "err_io",
            doing=Phrase("io_save", path="db.json"),
            reason=Phrase("os_permission_denied"),
            where="",
            outcome=Phrase("io_unchanged"),
        )

    monkeypatch.setattr(store, "apply", refuse)
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("space")
        await pilot.pause()
        assert await screen_shows(pilot, "ไม่มีสิทธิ์")  # in the app's language
        assert any("☐ 2.1 เผยแพร่ข้อมูลของหน่วยงาน" in line for line in tree_lines(app))
        assert not any("☑" in line for line in tree_lines(app))


@pytest.mark.parametrize("key", ["n", "ื"])
async def test_note_box_saves_thai_text_with_every_mark(make_app, store, key):
    app = make_app()
    text = "ประชุมชี้แจงผู้ใต้บังคับบัญชาแล้ว ที่ห้องประชุม เรื่องต่างๆ"  # ๆ is q on this layout
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(key)
        await type_text(pilot, text)
        await pilot.press("enter")
        await pilot.pause()
        notes = store.snapshot().notes["2.1"]
        assert [n.text for n in notes] == [text]
        assert await pilot_wait_until(pilot, lambda: text in detail_text(app))  # shown once durable
        assert "tester" in detail_text(app)
        assert str(date.today().year + 543) in detail_text(app)  # Buddhist Era


async def test_escape_cancels_the_note(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("n")
        await type_text(pilot, "ไม่บันทึก")
        await pilot.press("escape")
        await pilot.pause()
        assert store.snapshot().notes.get("2.1", ()) == ()
        assert cursor_key(app) == "item:2.1"


async def test_notes_show_newest_first(make_app, store):
    store.apply(AddNote("2.1", "บันทึกแรก"))
    store.apply(AddNote("2.1", "บันทึกที่สอง"))
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        text = detail_text(app)
        assert text.index("บันทึกที่สอง") < text.index("บันทึกแรก")


@pytest.mark.parametrize("key", ["a", "ฟ"])
async def test_link_dialog_adds_url_and_label(make_app, store, key):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(key)
        await pilot.pause()
        app.screen.query_one("#link-url").value = "https://chumsaeng.go.th/ita/o12"
        app.screen.query_one("#link-label").value = "ประกาศจัดซื้อ"
        await pilot.press("enter")
        await saved(pilot)
        links = store.snapshot().links["2.1"]
        assert [(k.url, k.label) for k in links] == [("https://chumsaeng.go.th/ita/o12", "ประกาศจัดซื้อ")]
        # shown once durable: the detail is drawn again after the write worker's answer
        assert await pilot_wait_until(pilot, lambda: "https://chumsaeng.go.th/ita/o12" in detail_text(app))


async def test_link_dialog_needs_a_url(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("a", "enter")
        await pilot.pause()
        assert store.snapshot().links == {}
        assert await screen_shows(pilot, "ใส่ URL")
        await pilot.press("escape")
        await pilot.pause()
        assert store.snapshot().links == {}


@pytest.mark.parametrize("key", ["slash", "ฝ"])
async def test_search_filters_live_and_escape_clears(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(key)
        search = app.screen.query_one("#search")
        assert search.has_focus
        search.value = "จัดซื้อ"  # item text
        await pilot.pause()
        lines = tree_lines(app)
        assert any("2.3 เปิดเผยให้ทราบถึงข้อมูลการจัดซื้อจัดจ้าง" in line for line in lines)
        assert sum("☐" in line for line in lines) == 1
        assert not any("ตัวชี้วัดที่ 3" in line for line in lines)
        assert cursor_key(app) == "item:2.3"
        search.value = "เผยแพร่"
        await pilot.pause()
        await pilot.press("down")  # arrows move in the tree while typing
        assert cursor_key(app) == "item:2.2" and search.has_focus
        await pilot.press("escape")
        assert sum("☐" in line for line in tree_lines(app)) == 6
        assert not search.display


@pytest.mark.parametrize(
    "query, expected",
    [
        ("การใช้อำนาจ", {"3.1", "3.2"}),  # indicator title
        ("สำนักปลัด", {"3.1", "3.2", "9.1"}),  # responsible unit
        ("o2", {"9.1"}),  # the indicator's OIT code
        ("O12", {"2.3"}),  # the item's own OIT code
    ],
)
async def test_search_matches_title_unit_and_oit_code(make_app, query, expected):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("slash")
        app.screen.query_one("#search").value = query
        await pilot.pause()
        view = app.screen.query_one("#checklist")
        assert {row.item.id for row in view.rows if row.kind == "item"} == expected


async def test_typing_in_search_does_not_trigger_keys(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("slash", "d", "n", "q", "space")
        await pilot.pause()
        assert app.screen.query_one("#search").value == "dnq "
        assert store.snapshot().done_ids == frozenset()
        assert app.is_running


@pytest.mark.parametrize("key", ["f", "ด"])
async def test_filter_cycles_all_pending_done(make_app, store, key):
    store.apply(SetState.tick("2.1", True))
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        view = app.screen.query_one("#checklist")

        def shown():
            return {row.item.id for row in view.rows if row.kind == "item"}

        assert len(shown()) == 6
        await pilot.press(key)
        assert shown() == {"2.2", "2.3", "3.1", "3.2", "9.1"}
        assert "ยังไม่ทำ" in screen_text(app)
        await pilot.press(key)
        assert shown() == {"2.1"}
        await pilot.press(key)  # waiting for review: done, not yet reviewed
        assert shown() == {"2.1"}
        assert "รอตรวจสอบ" in screen_text(app)
        await pilot.press(key)  # returned to me / my unit: none
        assert shown() == set()
        await pilot.press(key)  # indicators under the pass mark: none without scores
        assert shown() == set()
        assert "ตัวชี้วัดที่ต่ำกว่าเกณฑ์" in screen_text(app)
        await pilot.press(key)
        assert len(shown()) == 6


@pytest.mark.parametrize("key", ["r", "พ"])
async def test_unit_picker_shows_one_units_items(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        view = app.screen.query_one("#checklist")
        await pilot.press(key)
        await pilot.pause()
        assert "ทุกหน่วยงาน" in screen_text(app)
        await pilot.press("down", "down", "enter")  # all units, ทุกๆ กอง/ สำนักฯ, กองคลัง
        await pilot.pause()
        assert {row.item.id for row in view.rows if row.kind == "item"} == {"2.3"}
        assert "กองคลัง" in screen_text(app)
        await pilot.press(key)
        await pilot.pause()
        await pilot.press("enter")  # all units
        await pilot.pause()
        assert len([row for row in view.rows if row.kind == "item"]) == 6


@pytest.mark.parametrize("key", ["q", "ๆ"])
async def test_q_quits(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running


@pytest.mark.parametrize("key", ["question_mark", "f1", "ฦ"])  # ฦ: shift+/ on the Thai layout
async def test_help_lists_every_key_on_both_layouts(make_app, key):
    app = make_app()
    async with app.run_test(size=(100, 50), notifications=True) as pilot:
        await pilot.press(key)
        await pilot.pause()
        text = screen_text(app)
        for thai in "ๆืดกำ่าฟพฝ้สฦ":
            assert thai in text
        assert "ปุ่มลัด" in text
        await pilot.press("escape")
        await pilot.pause()
        assert "ปุ่มลัด" not in screen_text(app)


async def test_command_palette_runs_a_key_action(make_app):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"dashboard")
        assert await pilot_wait_until(pilot, lambda: "ภาพรวม (d" in screen_text(app))  # the match is listed
        await pilot.press("enter")
        assert await pilot_wait_until(pilot, lambda: app.screen.query("#dashboard-body"))
        assert "ภาพรวมสำหรับผู้บังคับบัญชา" in detail_text(app, "#dashboard-body")


async def test_ticking_under_the_not_done_filter_moves_to_the_next_item(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "j", "space")  # not done only; tick 2.2 (saved by the write worker)
        view = app.screen.query_one("#checklist")
        assert await pilot_wait_until(
            pilot, lambda: "item:2.2" not in {key_text(row.key) for row in view.rows}
        )
        assert store.snapshot().state("2.2").done
        assert cursor_key(app) == "item:2.3"


async def test_a_filter_that_hides_the_cursor_item_moves_to_the_next_one_in_order(make_app, store):
    store.apply(SetState.tick("2.1", True))
    store.apply(SetState.tick("3.1", True))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#checklist").move_to(RowKey(RowKind.ITEM, "3.1"))
        await pilot.press("f")  # not done: 2.1 and 3.1 go; 3.2 follows 3.1 (9.1 came next)
        assert cursor_key(app) == "item:3.2"


async def test_after_a_search_that_matched_nothing_the_cursor_returns_to_an_item(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "slash")  # on 2.2
        search = app.screen.query_one("#search")
        search.value = "ไม่มีคำนี้"
        await pilot.pause()
        assert cursor_key(app) == "root"  # nothing matches: only the root is left
        search.value = "เผยแพร่"  # the typo fixed: the first match
        await pilot.pause()
        assert cursor_key(app) == "item:2.1"
        search.value = "ไม่มีคำนี้"
        await pilot.pause()
        await pilot.press("escape")  # back where the user was before searching
        assert cursor_key(app) == "item:2.1"


async def test_emptying_the_done_filter_then_showing_all_returns_to_the_item(make_app, store):
    store.apply(SetState.tick("2.2", True))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "f")  # done only: 2.2
        assert cursor_key(app) == "item:2.2"
        await pilot.press("space")  # untick: nothing is left to show
        await saved(pilot)
        assert cursor_key(app) == "root"
        await pilot.press("f", "f", "f", "f")  # waiting, returned to me, under the pass mark (none), all
        assert cursor_key(app) == "item:2.2"


async def test_a_note_that_cannot_be_saved_stays_in_its_box(make_app, store, monkeypatch):
    def refuse(command):
        raise StoreError("err_read_only", path="db.json")

    monkeypatch.setattr(store, "apply", refuse)
    app = make_app()
    text = "บันทึกยาวที่พิมพ์ไว้นาน"
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("n")
        await type_text(pilot, text)
        await pilot.press("enter")
        await pilot.pause()
        assert await screen_shows(pilot, "อ่านอย่างเดียว")
        assert app.screen.query_one("#note-text").value == text  # not thrown away
        monkeypatch.undo()  # the disk is writable again: Enter saves it
        await pilot.press("enter")
        await pilot.pause()
        assert [n.text for n in store.snapshot().notes["2.1"]] == [text]
        assert text in detail_text(app)


async def test_a_refused_link_keeps_the_dialog_open_with_what_was_typed(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#link-url").value = "ประกาศ จัดซื้อ"  # words, not a URL
        await pilot.press("enter")
        await pilot.pause()
        assert await screen_shows(pilot, "ไม่ใช่ที่อยู่เว็บ")  # in the app's language
        assert app.screen.query_one("#link-url").value == "ประกาศ จัดซื้อ"
        assert store.snapshot().links == {}


@pytest.mark.parametrize(
    "lang, words, english",
    [
        ("th", ["ค้นหาคำสั่ง", "บันทึก (n ◌ื)", "ออก (q ๆ)", "ช่วยเหลือ"], ["Search for commands", "Theme"]),
        ("en", ["Search for commands", "Note (n ◌ื)", "Quit (q ๆ)", "Help"], ["Theme", "Screenshot"]),
    ],
)
async def test_the_command_palette_speaks_the_apps_language(make_app, lang, words, english):
    app = make_app(lang=lang)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p")
        assert await pilot_wait_until(pilot, lambda: all(word in screen_text(app) for word in words))
        lines = [line.strip() for line in screen_text(app).splitlines()]
        for word in words:
            assert any(word in line for line in lines), word
        for word in english:  # Textual's own commands, untranslated
            assert not any(line.startswith(word) for line in lines), word
        assert "tick" not in lines and "note" not in lines  # internal action names as help


async def test_a_note_pasted_on_several_lines_keeps_every_line(make_app, store):
    from textual import events

    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#note-text").post_message(
            events.Paste("ประชุมวันที่ 5\r\nมีผู้เข้าร่วม 20 คน\n\nส่งรายงานแล้ว")
        )
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert [n.text for n in store.snapshot().notes["2.1"]] == ["ประชุมวันที่ 5 มีผู้เข้าร่วม 20 คน ส่งรายงานแล้ว"]


async def test_the_palette_on_the_dashboard_offers_only_what_works_there(make_app):
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("d", "ctrl+p")
        assert await pilot_wait_until(pilot, lambda: "ออก (q ๆ)" in screen_text(app))
        text = screen_text(app)
        top = text[: text.index("▁▁▁")]  # the palette's list, above the dashboard
        assert "กลับ (esc)" in top and "ออก (q ๆ)" in top
        assert "ทำแล้ว/ยังไม่ทำ" not in top and "บันทึก (n" not in top  # did nothing here
        await type_text(pilot, "กลับ")
        await pilot.press("enter")
        assert await pilot_wait_until(pilot, lambda: app.screen.query("#checklist"))  # back on the checklist
        assert cursor_key(app) == "item:2.1"


@pytest.mark.parametrize("lang, hint", [("th", "กด q"), ("en", "press q")])
async def test_ctrl_c_says_how_to_quit_in_the_apps_language(make_app, lang, hint):
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("ctrl+c")
        assert await screen_shows(pilot, hint)
        assert "Do you want to quit" not in screen_text(app)
        assert app.is_running


@pytest.mark.parametrize(
    "query, expected",
    [
        ("ผลการปฏิบัติงาน", "3.1"),  # the text reads "ผลการ ปฏิบัติงาน": a stray space from the PDF
        ("ทุก ๆ กอง/สำนักงาน", "6.1"),  # the unit is written "ทุกๆ กอง/สำนักงาน"
        ("จากข้อ 1", "6.4"),  # the text reads "จากข้อ ๑": digits of either script match
        ("O๑๒", "9.1"),  # the OIT code as the document writes it
    ],
)
async def test_search_ignores_spaces_and_the_digits_script(bundled_app, query, expected):
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        app.screen.query_one("#search").value = query
        await pilot.pause()
        view = app.screen.query_one("#checklist")
        assert expected in {row.item.id for row in view.rows if row.kind == "item"}


@pytest.mark.parametrize("key", ["q", "ๆ"])
async def test_q_closes_the_unit_picker_instead_of_quitting_the_app(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press(key)  # as on the help screen: q closes what is on top
        await pilot.pause()
        assert app.is_running
        assert cursor_key(app) == "item:2.1"
        assert "เลือกหน่วยงานที่รับผิดชอบ" not in screen_text(app)
