"""One way to write a completion figure, for every place that shows one (the tree, the dashboard,
the summaries, the PDF, the CLI): "1/2", "50%", a bar, and the counts beside them ("อยู่ระหว่าง
ดำเนินการ 1 · ไม่เกี่ยวข้อง 1 · ตรวจสอบแล้ว 1"). Percent and bar both round half up
(checklist.model.Completion); counts that are zero are left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ita_tui.checklist.model import Completion, State
from ita_tui.locale import words
from ita_tui.thai import digits

if TYPE_CHECKING:
    from ita_tui.store.records import ItemState

FILLED, EMPTY = "█", "░"  # a bar readable without colour
STATE_MARKS = {State.NOT_STARTED: "☐", State.IN_PROGRESS: "◐", State.DONE: "☑", State.NOT_APPLICABLE: "⊘"}
STATE_WORDS = {  # each state's name in words
    State.NOT_STARTED: "state_not-started",
    State.IN_PROGRESS: "state_in-progress",
    State.DONE: "state_done",
    State.NOT_APPLICABLE: "state_na",
}
_ALREADY = {  # the line saying an item was already put in this state
    State.NOT_STARTED: "already_not-started",
    State.IN_PROGRESS: "already_in-progress",
    State.DONE: "already_done",
    State.NOT_APPLICABLE: "already_na",
}
VERIFIED_MARK, RETURNED_MARK = "✔", "↩"
FIGURE_HEADS = (  # the words heading a figure's six counts in the CSV and the spreadsheet, in order
    "csv_done",
    "csv_applicable",
    "csv_percent",
    "csv_in_progress",
    "csv_not_applicable",
    "csv_verified",
)


def fraction(c: Completion, digit_style: str = "arabic") -> str:
    """Done out of the applicable items: "1/2"."""
    return digits(f"{c.done}/{c.applicable}", digit_style)


def percent(c: Completion, digit_style: str = "arabic") -> str:
    """The percent, rounded half up: "50%"."""
    return digits(f"{c.percent}%", digit_style)


def bar(c: Completion, width: int) -> tuple[str, str]:
    """A bar `width` cells long as its filled and empty parts."""
    filled = c.bar_cells(width)
    return FILLED * filled, EMPTY * (width - filled)


def beside(c: Completion, lang: str, digit_style: str = "arabic") -> str:
    """The counts beside the figure, in words: "อยู่ระหว่างดำเนินการ 1 · ไม่เกี่ยวข้อง 1"."""
    say = words(lang)
    parts = [
        say(key, n=digits(n, digit_style))
        for key, n in (
            ("fig_in_progress", c.in_progress),
            ("fig_not_applicable", c.not_applicable),
            ("fig_verified", c.verified),
        )
        if n
    ]
    return " · ".join(parts)


def beside_marks(c: Completion, digit_style: str = "arabic") -> str:
    """The same counts as marks, for narrow places: "◐1 ⊘1 ✔1"."""
    parts = [
        f"{mark}{digits(n, digit_style)}"
        for mark, n in (
            (STATE_MARKS[State.IN_PROGRESS], c.in_progress),
            (STATE_MARKS[State.NOT_APPLICABLE], c.not_applicable),
            (VERIFIED_MARK, c.verified),
        )
        if n
    ]
    return " ".join(parts)


def already(state: ItemState, lang: str = "th", digit_style: str = "arabic") -> str:
    """The one line saying a change was already made, by whom and when (an ItemState): "ข้อ 9.6
    ถูกยกเลิกไว้แล้วโดย bob เมื่อ 10:02"."""
    from ita_tui.thai import short_datetime_of

    say = words(lang)
    return say(
        _ALREADY[state.state],
        item=digits(state.item_id, digit_style),
        state=say[STATE_WORDS[state.state]],
        reason=state.reason,
        by=state.by or "-",
        at=short_datetime_of(state.at, lang, digit_style) if state.at else "-",
    )
