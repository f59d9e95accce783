"""Completion figures a supervisor reads, and the units an item counts under."""

from ita_tui.checklist.model import (
    Checklist,
    Completion,
    Indicator,
    Item,
    Progress,
    indicator_completion,
    overall_completion,
)
from ita_tui.checklist.units import EVERY_UNIT, Units, means_every_unit, pending_by_unit, unit_completion


def _checklist() -> Checklist:
    return Checklist(
        title="t",
        organization="o",
        fiscal_year=2566,
        indicators=(
            Indicator(
                2,
                "การใช้งบประมาณ",
                items=(
                    Item("2.1", 1, "a", responsible="ทุกๆ กอง/ สำนักฯ"),
                    Item("2.2", 2, "b", responsible="ทุกๆ กอง/สำนักงาน"),
                    Item("2.3", 3, "c", responsible="กองคลัง"),
                ),
            ),
            Indicator(
                3,
                "การใช้อำนาจ",
                items=(
                    Item("3.1", 1, "d", responsible="สำนักปลัด/กองคลัง"),
                    Item("3.2", 2, "e", responsible="กองคลัง (งานพัสดุ)"),
                ),
            ),
        ),
    )


def test_two_of_three_reads_67_percent():
    figures = dict(
        (ind.number, c) for ind, c in indicator_completion(_checklist(), Progress.done({"2.1", "2.2"}))
    )
    assert (figures[2].done, figures[2].applicable, figures[2].percent) == (2, 3, 67)
    assert figures[3].percent == 0


def test_done_in_progress_and_not_applicable():
    progress = Progress({"2.1": "done", "2.2": "in-progress", "2.3": "na"}, verified=frozenset({"2.1"}))
    figures = indicator_completion(_checklist(), progress)[0][1]
    assert figures == Completion(done=1, applicable=2, in_progress=1, not_applicable=1, verified=1)
    assert figures.percent == 50 and figures.bar_cells(20) == 10


def test_percent_and_bar_round_half_up_and_empty_is_zero():
    assert Completion(1, 8).percent == 13  # 12.5
    assert Completion(1, 8).bar_cells(4) == 1  # 0.5 cells
    assert Completion(0, 0).percent == 0 and Completion(0, 0).bar_cells(20) == 0
    assert Completion(0, 0).as_dict() == {
        "done": 0,
        "applicable": 0,
        "percent": 0,
        "in_progress": 0,
        "not_applicable": 0,
        "verified": 0,
    }


def test_every_unit_spellings():
    for text in ("ทุกๆ กอง/ สำนักฯ", "ทุกๆ กอง/สำนักงาน", "ทุกกอง", "ทุก ๆ กอง", "ทุกส่วนราชการ", "ทุกหน่วยงาน"):
        assert means_every_unit(text), text
    assert not means_every_unit("กองคลัง") and not means_every_unit("สำนักปลัด/กองคลัง")


def test_before_any_unit_is_defined_every_unit_is_one_row_and_the_others_split():
    units = unit_completion(_checklist(), Progress.done({"2.1", "3.1"}), Units())
    assert [(name, c.done, c.applicable) for name, c in units] == [
        ("ทุกๆ กอง/ สำนักฯ", 1, 2),  # both spellings, named as first written
        ("กองคลัง", 1, 3),  # 2.3, 3.1 (with สำนักปลัด) and 3.2 (its งานพัสดุ rolls up)
        ("สำนักปลัด", 1, 1),
    ]
    assert Units().of("ทุกกอง") == (EVERY_UNIT,)


def test_defined_units_count_every_unit_items_under_each_and_overall_once():
    checklist = _checklist()
    units = Units(("สำนักปลัด", "กองคลัง", "งานพัสดุ"), {"งานพัสดุ": "กองคลัง"})
    progress = Progress.done({"2.1"})
    rows = [(name, c.done, c.applicable) for name, c in unit_completion(checklist, progress, units)]
    assert rows == [("สำนักปลัด", 1, 3), ("กองคลัง", 1, 5)]
    assert overall_completion(checklist, progress) == Completion(1, 5)
    assert units.of("งานพัสดุ") == ("กองคลัง",)


def test_a_confirmed_mapping_wins_over_the_proposed_one():
    units = Units(("สำนักปลัด", "กองคลัง"), {}, {"ทุกๆกอง/สำนักฯ": ("สำนักปลัด",)})
    assert units.of("ทุกๆ กอง/ สำนักฯ") == ("สำนักปลัด",)
    assert units.of("ทุกๆ กอง/สำนักงาน") == ("สำนักปลัด", "กองคลัง")


def test_pending_lists_each_not_started_and_in_progress_item_once():
    checklist = _checklist()
    progress = Progress({"2.1": "done", "2.2": "in-progress", "2.3": "na", "3.2": "done"})
    pending = pending_by_unit(checklist, progress, Units())
    assert [(u, [i.id for i in items]) for u, items in pending] == [
        ("ทุกๆ กอง/ สำนักฯ", ["2.2"]),
        ("สำนักปลัด / กองคลัง", ["3.1"]),  # each item once: under the units that share it
    ]
