"""Edits of a checklist in place (pure): add, change, remove and move items and indicators, and
number an indicator's items. Each returns a new Checklist. An item's id is its place ("6.3": the
third of indicator 6), as the documents print it: adding an item or moving one numbers the
indicators it touches 1, 2 … again, and says which ids moved (old -> new) so the store moves
their progress with them; removing leaves the others' ids as they are (R numbers them again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ita_tui.checklist.model import Checklist, Indicator, Item
from ita_tui.errors import StoreError


def indicator(checklist: Checklist, number: int) -> Indicator:
    """The indicator numbered `number`; StoreError naming the numbers there are."""
    for ind in checklist.indicators:
        if ind.number == number:
            return ind
    numbers = ", ".join(str(i.number) for i in checklist.indicators)
    raise StoreError("err_no_indicator_of", indicator=number, numbers=numbers or "-")


def _with_indicator(checklist: Checklist, changed: Indicator) -> Checklist:
    """The checklist with the indicator of the same number replaced by `changed`."""
    return replace(
        checklist,
        indicators=tuple(changed if i.number == changed.number else i for i in checklist.indicators),
    )


def _refuse_empty(text: str) -> None:
    if not text.strip():
        raise StoreError("err_item_needs_text")


def _position(ind: Indicator, after: str | None) -> int:
    """Where an item goes in `ind`: after the item `after`, else at the end."""
    if after is None:
        return len(ind.items)
    for n, item in enumerate(ind.items):
        if item.id == after:
            return n + 1
    raise StoreError("err_after_not_in_indicator", item=after, indicator=ind.number)


_NEW = "\x00new"  # the id of an item being added until its place numbers it (no stored id holds a control)


def add_item(
    checklist: Checklist, number: int, text: str, *, after: str | None = None, **fields: Any
) -> tuple[Checklist, Item, dict[str, str]]:
    """The checklist with a new item in indicator `number` (after `after`, else last), numbered by
    its place as the items after it are (see `numbered`); also the new item and each moved id."""
    _refuse_empty(text)
    ind = indicator(checklist, number)
    at = _position(ind, after)
    items = (*ind.items[:at], Item(_NEW, at + 1, text, **fields), *ind.items[at:])
    new, moves = numbered(_with_indicator(checklist, replace(ind, items=items)), (number,))
    item = new.find_item(moves.pop(_NEW))
    assert item is not None
    return new, item, moves


def edit_item(checklist: Checklist, item_id: str, **fields: Any) -> tuple[Checklist, Item, Item]:
    """The checklist with the item's fields changed (only those given); also the item before and after."""
    if "text" in fields:
        _refuse_empty(str(fields["text"]))
    ind = checklist.indicator_of(item_id)
    assert ind is not None  # the caller found the id
    old = next(i for i in ind.items if i.id == item_id)
    new = replace(old, **fields)
    items = tuple(new if i.id == item_id else i for i in ind.items)
    return _with_indicator(checklist, replace(ind, items=items)), old, new


def remove_item(checklist: Checklist, item_id: str) -> tuple[Checklist, Item]:
    """The checklist without the item (its progress stays in the database, by id)."""
    ind = checklist.indicator_of(item_id)
    assert ind is not None
    old = next(i for i in ind.items if i.id == item_id)
    return _with_indicator(checklist, replace(ind, items=tuple(i for i in ind.items if i.id != item_id))), old


def move_item(
    checklist: Checklist, item_id: str, number: int, after: str | None = None
) -> tuple[Checklist, dict[str, str]]:
    """The checklist with the item moved to indicator `number` (after `after`, else last), both
    indicators numbered again (see `numbered`): the item takes the number of its new place;
    also each moved id (old -> new)."""
    if after == item_id:
        raise StoreError("err_after_not_in_indicator", item=after, indicator=number)
    was = checklist.indicator_of(item_id)
    assert was is not None
    without, item = remove_item(checklist, item_id)
    target = indicator(without, number)
    at = _position(target, after)
    items = (*target.items[:at], item, *target.items[at:])
    return numbered(_with_indicator(without, replace(target, items=items)), (was.number, number))


def add_indicator(checklist: Checklist, number: int, title: str) -> Checklist:
    """The checklist with a new, empty indicator, in number order."""
    if not title.strip():
        raise StoreError("err_indicator_needs_title")
    if any(i.number == number for i in checklist.indicators):
        raise StoreError("err_indicator_taken", indicator=number)
    indicators = sorted((*checklist.indicators, Indicator(number, title)), key=lambda i: i.number)
    return replace(checklist, indicators=tuple(indicators))


def edit_indicator(checklist: Checklist, number: int, title: str) -> tuple[Checklist, Indicator]:
    """The checklist with the indicator's title changed; also the indicator before."""
    if not title.strip():
        raise StoreError("err_indicator_needs_title")
    old = indicator(checklist, number)
    return _with_indicator(checklist, replace(old, title=title)), old


def remove_indicator(checklist: Checklist, number: int) -> tuple[Checklist, Indicator]:
    """The checklist without the indicator and its items (their progress stays, by id)."""
    old = indicator(checklist, number)
    return replace(checklist, indicators=tuple(i for i in checklist.indicators if i.number != number)), old


def renumber(checklist: Checklist, number: int) -> tuple[Checklist, dict[str, str]]:
    """The checklist with indicator `number`'s items numbered 1, 2 … in their order; also each
    changed id's new id (old -> new)."""
    indicator(checklist, number)
    return numbered(checklist, (number,))


def numbered(checklist: Checklist, numbers: Iterable[int]) -> tuple[Checklist, dict[str, str]]:
    """The checklist with the items of indicators `numbers` numbered 1, 2 … in their order, each
    id "N.k" as the documents print it; also each changed id (old -> new). An indicator holding an
    id wanted here (an item moved before moves renumbered keeps an id of its old place) is
    numbered too, so no two items ever share an id."""
    todo = set(numbers)
    while True:
        moves = {
            item.id: f"{ind.number}.{n}"
            for ind in checklist.indicators
            if ind.number in todo
            for n, item in enumerate(ind.items, 1)
        }
        holders = {
            i.id: ind.number for ind in checklist.indicators if ind.number not in todo for i in ind.items
        }
        clash = {holders[new] for new in moves.values() if new in holders}
        if not clash:
            break
        todo |= clash
    indicators = tuple(
        replace(
            ind,
            items=tuple(replace(item, id=moves[item.id], number=n) for n, item in enumerate(ind.items, 1)),
        )
        if ind.number in todo
        else ind
        for ind in checklist.indicators
    )
    return replace(checklist, indicators=indicators), {old: new for old, new in moves.items() if old != new}
