"""What staff have done: ticks, notes, links and the activity log, as plain records (pure).

The store (store.py) reads and writes these; the app, the CLI and the exporters read them.
Times are ISO 8601 text with the writer's UTC offset, e.g. "2026-11-26T14:05:09+07:00".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, Generic, TypeVar

from ita_tui.checklist.model import (
    Checklist,
    indicator_completion,
    overall_completion,
    unit_completion,
)

T = TypeVar("T")


def now_iso() -> str:
    """The current local time as ISO 8601 text with offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class ItemState:
    """Whether an item is done, and who last changed that and when."""

    item_id: str
    done: bool
    by: str = ""
    at: str = ""


@dataclass(frozen=True)
class Note:
    """A progress note on an item (append-only)."""

    item_id: str
    author: str
    at: str
    text: str


@dataclass(frozen=True)
class Link:
    """An evidence link for an item: where the agency published it."""

    item_id: str
    url: str
    label: str
    author: str
    at: str


@dataclass(frozen=True)
class LogEntry:
    """One change in the append-only activity log: who, when, what, before -> after."""

    at: str
    user: str
    action: str  # "tick", "untick", "note", "link", "checklist-update"
    item_id: str = ""
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Snapshot:
    """The checklist and all progress as read at one moment."""

    checklist: Checklist
    states: dict[str, ItemState] = field(default_factory=dict)
    notes: dict[str, tuple[Note, ...]] = field(default_factory=dict)  # oldest first
    links: dict[str, tuple[Link, ...]] = field(default_factory=dict)

    @property
    def done_ids(self) -> frozenset[str]:
        """Ids of the items that are done."""
        return frozenset(i for i, s in self.states.items() if s.done)

    def state(self, item_id: str) -> ItemState:
        """The item's state (not done, by nobody, when no tick was ever made)."""
        return self.states.get(item_id) or ItemState(item_id, False)

    def status_dict(self) -> dict[str, Any]:
        """The figures of `ita-tui status --json`."""
        done = self.done_ids
        checklist = self.checklist
        return {
            "organization": checklist.organization,
            "fiscal_year": checklist.fiscal_year,
            "title": checklist.title,
            "overall": overall_completion(checklist, done).as_dict(),
            "indicators": [
                {"number": ind.number, "title": ind.title, **c.as_dict()}
                for ind, c in indicator_completion(checklist, done)
            ],
            "units": [{"name": name, **c.as_dict()} for name, c in unit_completion(checklist, done)],
            "items": [
                {
                    "id": item.id,
                    "done": self.state(item.id).done,
                    "by": self.state(item.id).by or None,
                    "at": self.state(item.id).at or None,
                    "notes": [
                        {"author": n.author, "at": n.at, "text": n.text} for n in self.notes.get(item.id, ())
                    ],
                    "links": [
                        {"url": k.url, "label": k.label, "author": k.author, "at": k.at}
                        for k in self.links.get(item.id, ())
                    ],
                }
                for item in checklist.items()
            ],
        }


@dataclass(frozen=True)
class Change(Generic[T]):
    """What a change hands back once it is durable: its record (`value`), the database's new
    version token and the snapshot of that version, so a caller neither rebuilds the snapshot
    nor reads the file again. The snapshot is made on first use (the CLI never asks for it)."""

    value: T
    version: object
    make_snapshot: Callable[[], Snapshot] = field(repr=False, compare=False)

    @cached_property
    def snapshot(self) -> Snapshot:
        """The checklist and all progress right after this change."""
        return self.make_snapshot()
