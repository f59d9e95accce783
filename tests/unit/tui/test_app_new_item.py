"""An item added in the app (issue 20, item 12): one dialog asks for its text, period, follow-up,
responsible unit (typed, or picked from the agency's units) and OIT codes; an empty box stays
empty, is shown as "not set" and never as a unit named "-"; the item is numbered where it
stands, the cursor goes to it, and u takes it back. Thai and English."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddUnit, SetState
from tests.support.app import cursor_key, detail_text, saved, tree_lines, type_text
from tests.support.screen_text import screen_text
from tests.waiting import pilot_wait_until

SIZE = (120, 34)
LANGS = pytest.mark.parametrize(
    ("lang", "not_set", "no_unit", "title"),
    [
        ("th", "ยังไม่ระบุ", "ไม่ระบุหน่วยงาน", "ข้อใหม่ 2.2 ในตัวชี้วัดที่ 2"),
        ("en", "not set", "no unit given", "New item 2.2 in indicator 2"),
    ],
)


def row(app, item_id: str) -> str:
    return next((line for line in tree_lines(app) if f" {item_id} " in line), "")


def stored(db_path, item_id: str):
    return ProgressStore.open(db_path, user="x").checklist.find_item(item_id)


async def unit_choices(pilot) -> list[str]:
    """The unit filter's list (r), closed again."""
    app = pilot.app
    await pilot.press("r")
    picker = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#units")), None))
    choices = [str(picker.get_option_at_index(n).prompt) for n in range(picker.option_count)]
    await pilot.press("escape")
    return choices


@pytest.fixture
def office(store):
    """The small checklist with 2.2 ticked and the agency's units defined."""
    store.apply(AddUnit("กองคลัง"))
    store.apply(AddUnit("สำนักปลัด"))
    store.apply(SetState.tick("2.2", True))
    return store


@LANGS
async def test_a_new_item_asks_its_fields_and_is_numbered_where_it_stands(
    make_app, office, db_path, lang, not_set, no_unit, title
):
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("E", "i")  # on 2.1: a new item after it
        box = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(Input)), None))
        assert title in screen_text(app) and box.id == "field-text"
        await type_text(pilot, "จัดอบรมบุคลากร")
        await pilot.press("enter")  # Enter goes on to the next box
        await type_text(pilot, "ม.ค. 2566")
        await pilot.press("tab", "tab", "tab", "tab")  # follow-up left empty; past the unit and OIT boxes
        assert app.screen.focused.id == "item-units"
        await pilot.press("down", "enter")  # สำนักปลัด, into the responsible box
        assert app.screen.query_one("#field-responsible", Input).value == "สำนักปลัด"
        await pilot.press("ctrl+s")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "จัดอบรมบุคลากร" in row(app, "2.2"))
        lines = tree_lines(app)
        assert lines.index(row(app, "2.1")) < lines.index(row(app, "2.2")) < lines.index(row(app, "2.3"))
        assert "☑" in row(app, "2.3") and "☐" in row(app, "2.2")  # the tick stayed with its item
        assert cursor_key(app) == "item:2.2"
        detail = detail_text(app)
        assert "ม.ค. 2566" in detail and "สำนักปลัด" in detail and not_set in detail
        assert not any(line.rstrip().endswith(": -") for line in detail.splitlines())
        await pilot.press("u")  # undo takes the new item back, and the numbers with it
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "จัดอบรมบุคลากร" not in "\n".join(tree_lines(app)))
        assert "☑" in row(app, "2.2")
    item = stored(db_path, "2.2")
    assert item.text != "จัดอบรมบุคลากร" and ProgressStore.open(db_path, user="x").snapshot().state("2.2").done


@LANGS
async def test_an_item_with_no_unit_is_under_no_unit_given_never_a_unit_named_dash(
    make_app, office, db_path, lang, not_set, no_unit, title
):
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("E", "end", "i")  # on 9.1, the last item: a new 9.2
        await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(Input)), None))
        await type_text(pilot, "ประชุมชี้แจง")
        await pilot.press("enter", "enter", "enter", "enter", "enter")  # every other box empty: saved
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: "ประชุมชี้แจง" in row(app, "9.2"))
        assert detail_text(app).count(not_set) == 3  # period, follow-up, unit (OIT: the indicator's)
        choices = await unit_choices(pilot)
        assert no_unit in choices and "-" not in choices
        await pilot.press("E", "d")  # the dashboard: a row for the items no unit is responsible for
        body = await pilot_wait_until(pilot, lambda: detail_text(app, "#dashboard-body"))
        assert no_unit in body and not any(line.strip().startswith("- ") for line in body.splitlines())
    item = stored(db_path, "9.2")
    assert (item.period, item.follow_up, item.responsible, item.oit_codes) == ("", "", "", ())


async def test_the_new_item_needs_its_text_and_keeps_what_was_typed(make_app, office, db_path):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("E", "i")
        await pilot_wait_until(pilot, lambda: next(iter(app.screen.query(Input)), None))
        await pilot.press("tab")
        await type_text(pilot, "ตลอดปี")
        await pilot.press("ctrl+s")  # no text: the dialog stays, saying so, on the text box
        assert await pilot_wait_until(pilot, lambda: "พิมพ์ข้อความของข้อก่อน" in screen_text(app))
        assert app.screen.focused.id == "field-text"
        assert app.screen.query_one("#field-period", Input).value == "ตลอดปี"


@LANGS
async def test_t_sets_the_responsible_unit_typed_or_picked(
    make_app, office, db_path, lang, not_set, no_unit, title
):
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("E", "j", "j")  # 2.3 (กองคลัง)
        await pilot.press("t")
        picker = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#choices")), None))
        picker.highlighted = 3  # the fields in order: text, period, follow-up, responsible
        await pilot.press("enter")
        box = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#field-responsible")), None))
        assert box.value == "กองคลัง" and len(app.screen.query(Input)) == 1
        assert isinstance(app.screen.query_one("#item-units"), OptionList)
        await pilot.press("tab", "down", "enter")  # สำนักปลัด added: both units
        assert box.value == "กองคลัง/สำนักปลัด"
        await pilot.press("enter")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: stored(db_path, "2.3").responsible == "กองคลัง/สำนักปลัด")
        await pilot.press("t")
        picker = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#choices")), None))
        picker.highlighted = 3
        await pilot.press("enter")
        box = await pilot_wait_until(pilot, lambda: next(iter(app.screen.query("#field-responsible")), None))
        box.value = "-"  # a dash is no unit: the field is emptied
        await pilot.press("enter")
        await saved(pilot)
        assert await pilot_wait_until(pilot, lambda: stored(db_path, "2.3").responsible == "")
        assert "-" not in await unit_choices(pilot)
