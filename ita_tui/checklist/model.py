"""The checklist of an agency's ITA measures and its completion figures (pure, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class OitItem:
    """An OIT item an indicator lists, e.g. code "O12" written "๐๑๒" in the source."""

    code: str
    title: str
    as_written: str = ""


@dataclass(frozen=True)
class SubIndicator:
    """A sub-indicator such as ตัวชี้วัดย่อยที่ ๙.๒ with the OIT items under it."""

    number: str
    title: str
    oit_items: tuple[OitItem, ...] = ()


@dataclass(frozen=True)
class Item:
    """One numbered method (วิธีการดำเนินการ) that staff carry out and tick."""

    id: str
    number: int
    text: str
    period: str = ""
    follow_up: str = ""
    responsible: str = ""
    oit_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Indicator:
    """A numbered ITA indicator with its measures, report text and method items."""

    number: int
    title: str
    items: tuple[Item, ...] = ()
    measures: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    description: tuple[str, ...] = ()
    sub_indicators: tuple[SubIndicator, ...] = ()

    @property
    def oit_codes(self) -> tuple[str, ...]:
        """Every OIT code the indicator lists, in order."""
        return tuple(o.code for s in self.sub_indicators for o in s.oit_items)


@dataclass(frozen=True)
class Checklist:
    """An agency's measures for one fiscal year (Buddhist Era, e.g. 2566)."""

    title: str
    organization: str
    fiscal_year: int
    indicators: tuple[Indicator, ...] = ()
    location: str = ""
    source: str = ""

    def items(self) -> Iterable[Item]:
        """Every item in checklist order."""
        for indicator in self.indicators:
            yield from indicator.items

    def item_ids(self) -> list[str]:
        """Every item id in checklist order."""
        return [item.id for item in self.items()]

    def find_item(self, item_id: str) -> Item | None:
        """The item with this id, or None."""
        for item in self.items():
            if item.id == item_id:
                return item
        return None

    def indicator_of(self, item_id: str) -> Indicator | None:
        """The indicator holding the item with this id, or None."""
        for indicator in self.indicators:
            if any(item.id == item_id for item in indicator.items):
                return indicator
        return None

    def units(self) -> list[str]:
        """The responsible units, each once, in order of first appearance."""
        seen: dict[str, str] = {}
        for item in self.items():
            seen.setdefault(unit_key(item.responsible), display_unit(item.responsible))
        return list(seen.values())


def unit_key(responsible: str) -> str:
    """Units written with different spacing ("กอง/ สำนักฯ", "กอง/สำนักฯ") count as one."""
    return "".join(display_unit(responsible).split())


def display_unit(responsible: str) -> str:
    """A unit as written, white space collapsed; an empty one reads "-"."""
    return " ".join(responsible.split()) or "-"


@dataclass(frozen=True)
class Completion:
    """Done out of total, with the percent a person reads (2/3 -> 67)."""

    done: int
    total: int

    @property
    def percent(self) -> float:
        """Exact percent done; 0 when there is nothing to do."""
        return 100.0 * self.done / self.total if self.total else 0.0

    @property
    def rounded_percent(self) -> int:
        """Percent rounded half up, as shown on screen and in reports."""
        return (200 * self.done + self.total) // (2 * self.total) if self.total else 0

    def as_dict(self) -> dict[str, float | int]:
        """The figures as JSON-ready numbers (percent to one decimal)."""
        return {"done": self.done, "total": self.total, "percent": round(self.percent, 1)}


def _count(items: Iterable[Item], done_ids: set[str] | frozenset[str]) -> Completion:
    items = list(items)
    return Completion(sum(1 for i in items if i.id in done_ids), len(items))


def overall_completion(checklist: Checklist, done_ids: set[str] | frozenset[str]) -> Completion:
    """Completion of the whole checklist."""
    return _count(checklist.items(), done_ids)


def indicator_completion(
    checklist: Checklist, done_ids: set[str] | frozenset[str]
) -> list[tuple[Indicator, Completion]]:
    """Completion per indicator, in checklist order."""
    return [(ind, _count(ind.items, done_ids)) for ind in checklist.indicators]


def unit_completion(
    checklist: Checklist, done_ids: set[str] | frozenset[str]
) -> list[tuple[str, Completion]]:
    """Completion per responsible unit, in order of first appearance."""
    groups: dict[str, list[Item]] = {}
    names: dict[str, str] = {}
    for item in checklist.items():
        key = unit_key(item.responsible)
        groups.setdefault(key, []).append(item)
        names.setdefault(key, display_unit(item.responsible))
    return [(names[key], _count(items, done_ids)) for key, items in groups.items()]


def pending_by_unit(
    checklist: Checklist, done_ids: set[str] | frozenset[str]
) -> list[tuple[str, list[Item]]]:
    """The items not done, grouped by responsible unit (units with none left are omitted)."""
    groups: dict[str, tuple[str, list[Item]]] = {unit_key(name): (name, []) for name in checklist.units()}
    for item in checklist.items():
        if item.id not in done_ids:
            groups[unit_key(item.responsible)][1].append(item)
    return [(name, items) for name, items in groups.values() if items]
