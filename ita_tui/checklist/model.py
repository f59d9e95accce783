"""The checklist of an agency's ITA measures and its completion figures (pure, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import StrEnum


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


def unit_key(responsible: str) -> str:
    """Units written with different spacing ("กอง/ สำนักฯ", "กอง/สำนักฯ") count as one."""
    return "".join(display_unit(responsible).split())


def display_unit(responsible: str) -> str:
    """A unit as written, white space collapsed; "" when none is written (see `no_dash`)."""
    return no_dash(" ".join(responsible.split()))


DASHES = frozenset({"-", "–", "—"})  # what a document writes in a cell that holds nothing


def no_dash(text: str) -> str:
    """A one-line field's text, "" when it is only a dash: a period, follow-up or unit written
    "-" (a document's empty cell) holds nothing, so no unit row is ever named "-"."""
    return "" if text.strip() in DASHES else text


class State(StrEnum):
    """The four states of an item, as the database, the log and the CLI write them."""

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NOT_APPLICABLE = "na"


NOT_STARTED, IN_PROGRESS, DONE, NOT_APPLICABLE = State  # the names the domain has always used
STATES = tuple(State)


@dataclass(frozen=True)
class Progress:
    """What the figures need of the work done: each item's state and the verified items."""

    states: Mapping[str, State] = field(default_factory=dict)  # item id -> state; absent: not started
    verified: AbstractSet[str] = frozenset()
    returned: Mapping[str, str] = field(default_factory=dict)  # item returned -> who it goes back to

    @classmethod
    def done(cls, ids: Iterable[str]) -> Progress:
        """These items done, every other one not started."""
        return cls({i: DONE for i in ids})

    def state(self, item_id: str) -> State:
        """The item's state: not-started, in-progress, done or na."""
        return self.states.get(item_id, NOT_STARTED)


@dataclass(frozen=True)
class Completion:
    """Done out of the items that apply, with in-progress, not-applicable and verified counts
    beside it: 1 done, 1 in progress and 1 not applicable read 1/2 (50%), 1 in progress, 1 N/A."""

    done: int = 0
    applicable: int = 0  # items that apply: every item but the not applicable ones
    in_progress: int = 0
    not_applicable: int = 0
    verified: int = 0

    @property
    def percent(self) -> int:
        """Percent done of the applicable items, rounded half up (2/3 -> 67, 1/8 -> 13); 0 of 0 is 0.
        The one rounding every figure uses: tree, dashboard, summaries, PDF, JSON, CSV."""
        return (200 * self.done + self.applicable) // (2 * self.applicable) if self.applicable else 0

    def bar_cells(self, width: int) -> int:
        """How many of a bar's `width` cells are filled, rounded half up as the percent is."""
        if not self.applicable:
            return 0
        return (2 * self.done * width + self.applicable) // (2 * self.applicable)

    @property
    def share(self) -> float:
        """Done as a fraction of the applicable items (for a bar drawn to any length)."""
        return self.done / self.applicable if self.applicable else 0.0

    def as_dict(self) -> dict[str, int]:
        """The figures as JSON-ready numbers."""
        return {
            "done": self.done,
            "applicable": self.applicable,
            "percent": self.percent,
            "in_progress": self.in_progress,
            "not_applicable": self.not_applicable,
            "verified": self.verified,
        }


def count(items: Iterable[Item], progress: Progress) -> Completion:
    """The completion of these items."""
    done = applicable = in_progress = na = verified = 0
    for item in items:
        state = progress.states.get(item.id, NOT_STARTED)
        if state == NOT_APPLICABLE:
            na += 1
            continue
        applicable += 1
        if state == DONE:
            done += 1
            verified += item.id in progress.verified
        elif state == IN_PROGRESS:
            in_progress += 1
    return Completion(done, applicable, in_progress, na, verified)


def overall_completion(checklist: Checklist, progress: Progress) -> Completion:
    """Completion of the whole checklist (an item with several units counts once)."""
    return count(checklist.items(), progress)


def indicator_completion(checklist: Checklist, progress: Progress) -> list[tuple[Indicator, Completion]]:
    """Completion per indicator, in checklist order."""
    return [(ind, count(ind.items, progress)) for ind in checklist.indicators]


def is_pending(item: Item, progress: Progress) -> bool:
    """Whether the item still has to be done (not started or in progress)."""
    return progress.state(item.id) in (NOT_STARTED, IN_PROGRESS)
