"""Next year's checklist from this year's, and what changed between two years (pure)."""

from __future__ import annotations

from dataclasses import replace

from ita_tui.checklist.edit import edit_item
from ita_tui.checklist.file import load
from ita_tui.checklist.year import compare_years, next_year
from ita_tui.paths import bundled_checklist


def test_next_year_keeps_every_indicator_and_item_and_moves_the_titles_year_on():
    this = load(bundled_checklist())
    following = next_year(this)
    assert following.fiscal_year == this.fiscal_year + 1 == 2567
    assert "๒๕๖๗" in following.title and "๒๕๖๖" not in following.title
    assert following.item_ids() == this.item_ids()
    assert [i.text for i in following.items()] == [i.text for i in this.items()]
    assert following.organization == this.organization
    assert all(not ind.results and not ind.outcomes and not ind.findings for ind in following.indicators)
    assert compare_years(this, following) == []


def test_a_year_in_arabic_digits_moves_on_and_other_numbers_stay():
    this = replace(load(bundled_checklist()), title="มาตรการ ปีงบประมาณ 2566 (25660 ฉบับ ๒๕๖๖)")
    assert next_year(this).title == "มาตรการ ปีงบประมาณ 2567 (25660 ฉบับ ๒๕๖๗)"


def test_exactly_the_edited_item_is_reported_reworded():
    this = next_year(load(bundled_checklist()))
    edited, _, _ = edit_item(this, "2.2", text="เผยแพร่ผลงานของหน่วยงานทางเว็บไซต์ทุกเดือน")
    changes = compare_years(this, edited)
    assert [(c.kind, c.what, c.old, c.new) for c in changes] == [("reworded", "item", "2.2", "2.2")]
    assert changes[0].new_text == "เผยแพร่ผลงานของหน่วยงานทางเว็บไซต์ทุกเดือน"


def test_an_item_renumbered_into_another_indicator_is_a_move_not_a_removal_and_an_addition():
    this = load(bundled_checklist())
    six = next(ind for ind in this.indicators if ind.number == 6)
    eight = next(ind for ind in this.indicators if ind.number == 8)
    item = six.items[-1]
    moved = replace(
        this,
        indicators=tuple(
            replace(ind, items=ind.items[:-1])
            if ind is six
            else replace(ind, items=(*ind.items, replace(item, id="8.7", number=7)))
            if ind is eight
            else ind
            for ind in this.indicators
        ),
    )
    changes = compare_years(this, moved)
    assert [(c.kind, c.what, c.old, c.new) for c in changes] == [("moved", "item", item.id, "8.7")]
