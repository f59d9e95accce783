"""The rows the checklist view shows: filters and collapsed nodes applied (no Textual)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import NamedTuple

from ita_tui.checklist.model import DONE, Checklist, Indicator, Item, Progress, is_pending
from ita_tui.checklist.scores import Score
from ita_tui.checklist.units import Units, item_in_unit
from ita_tui.tui.view.search import NO_EXTRAS, Extras, Hit, find, parse_query

STATUS_WORDS = {  # the status filter's steps, in the order f cycles through them, and their words
    "all": "filter_all",
    "pending": "filter_pending",
    "done": "filter_done",
    "waiting": "filter_waiting",
    "returned": "filter_returned",
    "under_pass": "filter_under_pass",
}
STATUS_CYCLE = tuple(STATUS_WORDS)


class RowKind(StrEnum):
    """What a row of the checklist view shows."""

    ROOT = "root"
    INDICATOR = "indicator"
    ITEM = "item"


class RowKey(NamedTuple):
    """A name for a row that survives re-reading the database: its kind and the item's id or the
    indicator's number."""

    kind: RowKind
    id: str | int | None = None  # None for the root


ROOT_KEY = RowKey(RowKind.ROOT)


class Row(NamedTuple):
    """One line of the checklist view: the root, an indicator or a method item."""

    kind: RowKind
    indicator: Indicator | None = None
    item: Item | None = None
    hit: Hit | None = None  # where the search text was found in the item

    @property
    def key(self) -> RowKey:
        """A name for the row that survives re-reading the database."""
        if self.item is not None:
            return RowKey(RowKind.ITEM, self.item.id)
        if self.indicator is not None:
            return RowKey(RowKind.INDICATOR, self.indicator.number)
        return ROOT_KEY


class Filters(NamedTuple):
    """What the user narrowed the tree to: search text, done status, responsible unit."""

    query: str = ""
    status: str = "all"  # one of STATUS_CYCLE
    unit: str = ""  # a unit as units.unit_names gives it, "" for every unit
    unit_name: str = ""  # the unit as written, for the status line
    me: str = ""  # status "returned": items returned to this user ...
    my_unit: str = ""  # ... or to this unit (the user's, from the users table)
    everyone: bool = False  # ... or every returned item (a supervisor's view)
    under_pass: frozenset[int] = frozenset()  # status "under_pass": the indicators scored under 85

    @property
    def active(self) -> bool:
        """Whether anything is filtered out."""
        return bool(self.query.strip()) or self.status != "all" or bool(self.unit)


def filter_labels(filters: Filters, words: Mapping[str, str]) -> list[str]:
    """What is filtered, each with its label: ["ค้นหา: O12", "หน่วยงาน: กองคลัง", "แสดง: ยังไม่ทำ"]."""
    parts = []
    if filters.query.strip():
        parts.append(words["filter_search"].format(text=" ".join(filters.query.split())))
    if filters.unit:
        parts.append(words["filter_unit"].format(unit=" ".join(filters.unit_name.split())))
    if filters.status != "all":
        parts.append(words["filter_status"].format(which=status_word(filters, words)))
    return parts


def status_word(filters: Filters, words: Mapping[str, str]) -> str:
    """What the status filter shows, in words ("returned" says whose)."""
    if filters.status == "returned" and filters.everyone:
        return words["filter_returned_all"]
    return words[STATUS_WORDS[filters.status]]


def next_status(status: str) -> str:
    """all -> pending (not done) -> done -> waiting for review -> returned -> indicators under the
    pass mark -> all."""
    return STATUS_CYCLE[(STATUS_CYCLE.index(status) + 1) % len(STATUS_CYCLE)]


def passes(item: Item, progress: Progress, units: Units, filters: Filters) -> bool:
    """Whether the item passes the status ("pending" is not started or in progress) and the unit filter."""
    if filters.status == "pending" and not is_pending(item, progress):
        return False
    if filters.status == "done" and progress.state(item.id) != DONE:
        return False
    if filters.status == "waiting" and not waits_for_review(item, progress):
        return False
    if filters.status == "returned" and not (
        item.id in progress.returned
        if filters.everyone
        else returned_to(item, progress, units, filters.me, filters.my_unit)
    ):
        return False
    return not filters.unit or item_in_unit(item, filters.unit, units)


def under_pass_mark(scores: Mapping[str, Score]) -> frozenset[int]:
    """The numbers of the indicators whose shown ITA score is under the pass mark."""
    return frozenset(int(s) for s, score in scores.items() if s.isdigit() and score.under_pass_mark)


def waits_for_review(item: Item, progress: Progress) -> bool:
    """Whether the item is done and no supervisor has verified or returned it yet."""
    return (
        progress.state(item.id) == DONE
        and item.id not in progress.verified
        and item.id not in progress.returned
    )


def in_unit(items: Iterable[Item], unit: str, units: Units) -> list[Item]:
    """The items of `unit` ("": every item), for figures that match a unit filter."""
    return [item for item in items if not unit or item_in_unit(item, unit, units)]


def returned_to(item: Item, progress: Progress, units: Units, me: str, my_unit: str) -> bool:
    """Whether a supervisor returned the item to `me` (who last set its state) or to `my_unit`."""
    if item.id not in progress.returned:
        return False
    return progress.returned[item.id] == me or bool(my_unit and item_in_unit(item, my_unit, units))


def visible_rows(
    checklist: Checklist,
    progress: Progress,
    units: Units,
    filters: Filters,
    collapsed: set[RowKey],
    extras: Mapping[str, Extras] | None = None,
) -> list[Row]:
    """The rows to show, in order; indicators without a matching item vanish under a filter.
    `extras`: each item's notes and link labels, searched too."""
    rows = [Row(RowKind.ROOT)]
    if ROOT_KEY in collapsed:
        return rows
    filtering = filters.active
    query = parse_query(filters.query)
    extras = extras or {}
    for indicator in checklist.indicators:
        if filters.status == "under_pass" and indicator.number not in filters.under_pass:
            continue
        items: list[Row] = []
        for item in indicator.items:
            if filtering and not passes(item, progress, units, filters):
                continue
            hit = find(query, item, indicator, extras.get(item.id, NO_EXTRAS)) if query.folded else None
            if hit or not query.folded:
                items.append(Row(RowKind.ITEM, indicator, item, hit))
        if filtering and not items:
            continue
        row = Row(RowKind.INDICATOR, indicator)
        rows.append(row)
        if row.key not in collapsed:
            rows.extend(items)
    return rows
