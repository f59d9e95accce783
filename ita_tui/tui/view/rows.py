"""The rows the checklist view shows: filters and collapsed nodes applied (no Textual)."""

from __future__ import annotations

from typing import NamedTuple

from ita_tui.checklist.model import Checklist, Indicator, Item, unit_key
from ita_tui.thai import to_arabic_digits

STATUS_CYCLE = ("all", "pending", "done")


class Row(NamedTuple):
    """One line of the checklist view: the root, an indicator or a method item."""

    kind: str  # "root" | "indicator" | "item"
    indicator: Indicator | None = None
    item: Item | None = None

    @property
    def key(self) -> str:
        """A name for the row that survives re-reading the database."""
        if self.item is not None:
            return f"item:{self.item.id}"
        if self.indicator is not None:
            return f"indicator:{self.indicator.number}"
        return "root"


class Filters(NamedTuple):
    """What the user narrowed the tree to: search text, done status, responsible unit."""

    query: str = ""
    status: str = "all"  # one of STATUS_CYCLE
    unit: str = ""  # a unit_key, "" for every unit
    unit_name: str = ""  # the unit as written, for the status line

    @property
    def active(self) -> bool:
        """Whether anything is filtered out."""
        return bool(self.query.strip()) or self.status != "all" or bool(self.unit)


def next_status(status: str) -> str:
    """all -> pending (not done) -> done -> all."""
    return STATUS_CYCLE[(STATUS_CYCLE.index(status) + 1) % len(STATUS_CYCLE)]


def item_matches(item: Item, indicator: Indicator, done: bool, filters: Filters) -> bool:
    """Whether the item passes the search text, the status and the unit filter."""
    if filters.status == "pending" and done:
        return False
    if filters.status == "done" and not done:
        return False
    if filters.unit and unit_key(item.responsible) != filters.unit:
        return False
    query = _searchable(filters.query)
    if not query:
        return True
    codes = item.oit_codes or indicator.oit_codes
    haystack = (item.text, indicator.title, item.responsible, *codes)
    return any(query in _searchable(text) for text in haystack)


def _searchable(text: str) -> str:
    """Text compared without case or spaces, in Arabic digits: Thai puts no spaces between
    words, the source PDF's text has stray ones ("ผลการ ปฏิบัติงาน", "ทุกๆ" / "ทุก ๆ"), and
    documents write "ข้อ ๑" or "O๑๒" where people type 1 or O12."""
    return to_arabic_digits("".join(text.split())).casefold()


def visible_rows(
    checklist: Checklist, done_ids: frozenset[str], filters: Filters, collapsed: set[str]
) -> list[Row]:
    """The rows to show, in order; indicators without a matching item vanish under a filter."""
    rows = [Row("root")]
    if "root" in collapsed:
        return rows
    filtering = filters.active
    for indicator in checklist.indicators:
        items = [
            item
            for item in indicator.items
            if not filtering or item_matches(item, indicator, item.id in done_ids, filters)
        ]
        if filtering and not items:
            continue
        row = Row("indicator", indicator)
        rows.append(row)
        if row.key not in collapsed:
            rows.extend(Row("item", indicator, item) for item in items)
    return rows
