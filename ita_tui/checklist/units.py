"""The agency's units (กอง/สำนัก) and which of them an item's responsible text means (pure).

The responsible text stays as written (reports show it); for the figures it is read as units:
"ทุกๆ กอง/ สำนักฯ", "ทุกกอง" and their spellings mean every unit; "สำนักปลัด/กองคลัง" means
both; a sub-unit "กองคลัง (งานพัสดุ)" rolls up into its parent. A mapping someone confirmed
(`ita-tui units map`) wins over the one proposed from the text. Before any unit is defined,
every "every unit" text is one row, named as it is first written. An item with no responsible
text (or only "-") counts under NO_UNIT, a row each screen and document names in its own language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ita_tui.checklist.model import (
    Checklist,
    Completion,
    Item,
    Progress,
    count,
    display_unit,
    is_pending,
    unit_key,
)

EVERY_UNIT = "*"  # the row of "every unit" before any unit is defined
NO_UNIT = "\x00"  # the row of the items no unit is responsible for (no unit name holds a control), shown ""
_SEPARATORS = re.compile(r"\s*(?:/|,|\n)\s*|\s+และ\s+")
_EVERY = re.compile(r"^ทุก(?:ๆ|\s)*(?:กอง|สำนัก|ส่วน|หน่วย)")


def means_every_unit(responsible: str) -> bool:
    """Whether the text means every unit: "ทุกๆ กอง/ สำนักฯ", "ทุกกอง", "ทุก ๆ ส่วนราชการ" …"""
    return bool(_EVERY.match(" ".join(responsible.split())))


def parts_of(responsible: str) -> list[str]:
    """The units a text names, as written: "สำนักปลัด/กองคลัง" -> ["สำนักปลัด", "กองคลัง"]."""
    return [p for p in (display_unit(part) for part in _SEPARATORS.split(responsible)) if p]


def _base(part: str) -> str:
    """A sub-unit's parent as written before it: "กองคลัง (งานพัสดุ)" -> "กองคลัง"."""
    return display_unit(part.split("(", 1)[0]) if "(" in part else part


@dataclass(frozen=True)
class Units:
    """The units defined in the database, their parents, and the mappings people confirmed."""

    names: tuple[str, ...] = ()  # in the order they were added (sub-units too)
    parents: Mapping[str, str] = field(default_factory=dict)  # sub-unit -> its unit
    confirmed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # unit_key(text) -> units

    @property
    def top(self) -> tuple[str, ...]:
        """The units that are no other unit's sub-unit."""
        return tuple(n for n in self.names if n not in self.parents)

    def _known(self, part: str) -> str | None:
        """The defined unit (its top unit) a part of a text names, or None."""
        keys = {unit_key(n): n for n in self.names}
        name = keys.get(unit_key(part)) or keys.get(unit_key(_base(part)))
        while name is not None and name in self.parents:
            name = self.parents[name]
        return name

    def proposed(self, responsible: str) -> tuple[str, ...]:
        """The units the text means, read from the text alone (and the defined units)."""
        if means_every_unit(responsible):
            return self.top or (EVERY_UNIT,)
        found: list[str] = []
        for part in parts_of(responsible) or [NO_UNIT]:
            name = self._known(part) or _base(part)
            if name not in found:
                found.append(name)
        return tuple(found)

    def of(self, responsible: str) -> tuple[str, ...]:
        """The units an item with this responsible text counts under."""
        confirmed = self.confirmed.get(unit_key(responsible))
        if confirmed is not None:
            return tuple(dict.fromkeys(self._known(n) or n for n in confirmed))
        return self.proposed(responsible)


def unit_rows(checklist: Checklist, units: Units, no_unit: str = "") -> dict[str, tuple[str, list[Item]]]:
    """Each unit's name as shown and its items, defined units first, then others as they appear;
    last, the items no unit is responsible for, under `no_unit` (the word "no_unit" in the
    reader's language; "" for JSON)."""
    rows: dict[str, tuple[str, list[Item]]] = {name: (name, []) for name in units.top}
    for item in checklist.items():
        for name in units.of(item.responsible):
            shown = display_unit(item.responsible) if name == EVERY_UNIT else shown_unit(name, no_unit)
            rows.setdefault(name, (shown, []))[1].append(item)
    if NO_UNIT in rows:
        rows[NO_UNIT] = rows.pop(NO_UNIT)  # last
    return rows


def unit_completion(
    checklist: Checklist, progress: Progress, units: Units, no_unit: str = ""
) -> list[tuple[str, Completion]]:
    """Completion per unit; an item counts under each of its units (`no_unit`: see unit_rows)."""
    rows = unit_rows(checklist, units, no_unit).values()
    return [(shown, count(items, progress)) for shown, items in rows]


def pending_by_unit(
    checklist: Checklist, progress: Progress, units: Units, no_unit: str = ""
) -> list[tuple[str, list[Item]]]:
    """The items still to do (not started or in progress), each listed once: the items every unit
    shares first, under the first "every unit" responsible text as written; then each unit's own
    items, and an item a few units share under their names together; last those of no unit.
    Groups with nothing left are left out, so the items listed are exactly the items still to do."""
    every: list[Item] = []
    every_name = ""
    groups: dict[tuple[str, ...], list[Item]] = {(name,): [] for name in units.top}
    for item in checklist.items():
        names = units.of(item.responsible)
        is_every = names == (EVERY_UNIT,) or (len(units.top) > 1 and set(units.top) <= set(names))
        every_name = every_name or (display_unit(item.responsible) if is_every else "")
        if not is_pending(item, progress):
            continue
        if is_every:
            every.append(item)
        else:
            groups.setdefault(names, []).append(item)
    groups[(NO_UNIT,)] = groups.pop((NO_UNIT,), [])  # last
    shown = [(" / ".join(shown_unit(n, no_unit) for n in names), items) for names, items in groups.items()]
    shown = [(name, items) for name, items in shown if items]
    return ([(every_name, every)] if every else []) + shown


def shown_unit(name: str, no_unit: str) -> str:
    """A unit's name as shown: NO_UNIT is `no_unit`."""
    return no_unit if name == NO_UNIT else name


def unit_names(checklist: Checklist, units: Units, no_unit: str = "") -> list[tuple[str, str]]:
    """Each unit's key (a defined name, EVERY_UNIT or NO_UNIT) and name as shown, for pickers."""
    return [(key, shown) for key, (shown, _) in unit_rows(checklist, units, no_unit).items()]


def item_in_unit(item: Item, unit: str, units: Units) -> bool:
    """Whether the item counts under the unit (a key from `unit_names`)."""
    return unit in units.of(item.responsible)


def mapping_table(checklist: Checklist, units: Units) -> list[tuple[str, tuple[str, ...], bool]]:
    """Each responsible text as first written, the units it means, and whether that was confirmed."""
    seen: dict[str, str] = {}
    for item in checklist.items():
        if display_unit(item.responsible):  # no text, nothing to map
            seen.setdefault(unit_key(item.responsible), display_unit(item.responsible))
    return [(text, units.of(text), key in units.confirmed) for key, text in seen.items()]
