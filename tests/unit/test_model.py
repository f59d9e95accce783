"""Completion figures a supervisor reads."""

from ita_tui.checklist.model import (
    Checklist,
    Completion,
    Indicator,
    Item,
    indicator_completion,
    overall_completion,
    pending_by_unit,
    unit_completion,
)


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
                    Item("2.2", 2, "b", responsible="ทุกๆ กอง/สำนักฯ"),
                    Item("2.3", 3, "c", responsible="กองคลัง"),
                ),
            ),
            Indicator(3, "การใช้อำนาจ", items=(Item("3.1", 1, "d", responsible="กองคลัง"),)),
        ),
    )


def test_two_of_three_reads_67_percent():
    figures = dict((ind.number, c) for ind, c in indicator_completion(_checklist(), {"2.1", "2.2"}))
    assert (figures[2].done, figures[2].total, figures[2].rounded_percent) == (2, 3, 67)
    assert figures[3].rounded_percent == 0


def test_percent_rounds_half_up_and_empty_is_zero():
    assert Completion(1, 8).rounded_percent == 13  # 12.5
    assert Completion(0, 0).rounded_percent == 0
    assert Completion(0, 0).as_dict() == {"done": 0, "total": 0, "percent": 0.0}


def test_units_written_with_different_spacing_are_one_unit():
    units = unit_completion(_checklist(), {"2.1"})
    assert [(name, c.done, c.total) for name, c in units] == [("ทุกๆ กอง/ สำนักฯ", 1, 2), ("กองคลัง", 0, 2)]


def test_overall_and_pending():
    checklist = _checklist()
    assert overall_completion(checklist, {"2.1", "3.1"}) == Completion(2, 4)
    pending = pending_by_unit(checklist, {"2.1", "3.1"})
    assert [(u, [i.id for i in items]) for u, items in pending] == [
        ("ทุกๆ กอง/ สำนักฯ", ["2.2"]),
        ("กองคลัง", ["2.3"]),
    ]
