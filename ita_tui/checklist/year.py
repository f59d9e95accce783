"""One fiscal year's checklist and the next: the next year's checklist made from this one, and
what changed between two years' checklists (pure, no I/O).

Items are matched by id first; an item whose id moved (renumbered, or moved to another indicator)
is matched by its words, so a renumbering reads as a move, not as one item removed and another
added. OIT item numbers changed between the ITA's years, so they are never used to match.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from ita_tui.checklist.model import Checklist, Item
from ita_tui.thai import THAI_DIGITS

SIMILAR = 0.8  # SequenceMatcher ratio from which two items' words are the same item reworded
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")


def _next_year_in(text: str, year: int) -> str:
    """`text` with the year written as a whole number, in Thai or Arabic digits, made year + 1."""
    for written, following in (
        (str(year), str(year + 1)),
        (str(year).translate(_TO_THAI), str(year + 1).translate(_TO_THAI)),
    ):
        text = re.sub(rf"(?<![0-9๐-๙]){written}(?![0-9๐-๙])", following, text)
    return text


def next_year(checklist: Checklist) -> Checklist:
    """The same indicators, measures and items (ids kept) for the next fiscal year: the year in the
    title moved on, and last year's report texts (findings, results, outcomes) left behind."""
    year = checklist.fiscal_year
    return replace(
        checklist,
        title=_next_year_in(checklist.title, year),
        fiscal_year=year + 1,
        indicators=tuple(replace(ind, findings=(), results=(), outcomes=()) for ind in checklist.indicators),
    )


@dataclass(frozen=True)
class Change:
    """One difference between two checklists: `kind` is added, removed, reworded or moved; `what` is
    indicator or item; `old` and `new` the ids (an empty one for an added or removed thing)."""

    kind: str
    what: str
    old: str
    new: str
    old_text: str = ""
    new_text: str = ""


def _words(text: str) -> str:
    return " ".join(text.split())


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _words(a), _words(b), autojunk=False).ratio()


def _indicator_changes(old: Checklist, new: Checklist) -> list[Change]:
    before = {ind.number: ind for ind in old.indicators}
    after = {ind.number: ind for ind in new.indicators}
    changes = []
    for number, ind in after.items():
        if number not in before:
            changes.append(Change("added", "indicator", "", str(number), "", ind.title))
        elif _words(before[number].title) != _words(ind.title):
            changes.append(
                Change("reworded", "indicator", str(number), str(number), before[number].title, ind.title)
            )
    changes += [
        Change("removed", "indicator", str(n), "", ind.title, "")
        for n, ind in before.items()
        if n not in after
    ]
    return changes


def _items(checklist: Checklist) -> dict[str, Item]:
    return {item.id: item for item in checklist.items()}


def compare_years(old: Checklist, new: Checklist) -> list[Change]:
    """Indicators and items added, removed, reworded (same id, other words) and moved (another id,
    the same or nearly the same words), indicators first, then items in the new checklist's order."""
    before, after = _items(old), _items(new)
    changes = _indicator_changes(old, new)
    gone = {i: item for i, item in before.items() if i not in after}
    for item_id, item in after.items():
        if item_id in before:
            if _words(before[item_id].text) != _words(item.text):
                changes.append(Change("reworded", "item", item_id, item_id, before[item_id].text, item.text))
            continue
        match = max(gone.values(), key=lambda old_item: _similar(old_item.text, item.text), default=None)
        if match is not None and _similar(match.text, item.text) >= SIMILAR:
            del gone[match.id]
            changes.append(Change("moved", "item", match.id, item_id, match.text, item.text))
        else:
            changes.append(Change("added", "item", "", item_id, "", item.text))
    changes += [Change("removed", "item", i, "", item.text, "") for i, item in gone.items()]
    return changes
