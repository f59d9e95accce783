"""Edits of a checklist in place (pure): add, change, remove and move items and indicators, and
renumber an indicator's items. Each returns a new Checklist; ids never change but by renumbering,
so progress, which the store keeps by item id, follows a moved item."""

from __future__ import annotations

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


def new_item_id(checklist: Checklist, number: int) -> str:
    """A new id in indicator `number` that no item has nor had: "2.4" after 2.1 … 2.3."""
    taken = set(checklist.item_ids())
    n = len(indicator(checklist, number).items) + 1
    while f"{number}.{n}" in taken:
        n += 1
    return f"{number}.{n}"


def _position(ind: Indicator, after: str | None) -> int:
    """Where an item goes in `ind`: after the item `after`, else at the end."""
    if after is None:
        return len(ind.items)
    for n, item in enumerate(ind.items):
        if item.id == after:
            return n + 1
    raise StoreError("err_after_not_in_indicator", item=after, indicator=ind.number)


def add_item(
    checklist: Checklist,
    number: int,
    text: str,
    *,
    after: str | None = None,
    item_id: str = "",
    **fields: Any,
) -> tuple[Checklist, Item]:
    """The checklist with a new item in indicator `number` (after `after`, else last)."""
    _refuse_empty(text)
    ind = indicator(checklist, number)
    item_id = item_id or new_item_id(checklist, number)
    if item_id in checklist.item_ids():
        raise StoreError("err_item_id_taken", item=item_id)
    at = _position(ind, after)
    item = Item(item_id, at + 1, text, **fields)
    items = (*ind.items[:at], item, *ind.items[at:])
    return _with_indicator(checklist, replace(ind, items=items)), item


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


def move_item(checklist: Checklist, item_id: str, number: int, after: str | None = None) -> Checklist:
    """The checklist with the item moved to indicator `number` (after `after`, else last); it keeps its id."""
    if after == item_id:
        raise StoreError("err_after_not_in_indicator", item=after, indicator=number)
    without, item = remove_item(checklist, item_id)
    target = indicator(without, number)
    at = _position(target, after)
    items = (*target.items[:at], item, *target.items[at:])
    return _with_indicator(without, replace(target, items=items))


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
    changed id's new id (old -> new). No new id may be another item's id elsewhere."""
    ind = indicator(checklist, number)
    moves = {item.id: f"{number}.{n}" for n, item in enumerate(ind.items, 1)}
    moves = {old: new for old, new in moves.items() if old != new}
    others = set(checklist.item_ids()) - {i.id for i in ind.items}
    clash = sorted(set(moves.values()) & others)
    if clash:
        raise StoreError("err_item_id_taken", item=clash[0])
    items = tuple(
        replace(item, id=moves.get(item.id, item.id), number=n) for n, item in enumerate(ind.items, 1)
    )
    return _with_indicator(checklist, replace(ind, items=items)), moves
