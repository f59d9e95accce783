"""What staff have done: item states, reviews, notes, links, results, outcomes, users, units and
the activity log, as plain records (pure).

The store (store.py) reads and writes these; the app, the CLI and the exporters read them.
Times are ISO 8601 text with the writer's UTC offset, e.g. "2026-11-26T14:05:09+07:00".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, TypeVar

from ita_tui.checklist.model import (
    DONE,
    NOT_STARTED,
    Checklist,
    Progress,
    State,
    indicator_completion,
    overall_completion,
)
from ita_tui.checklist.scores import Score, shown_scores
from ita_tui.checklist.units import Units, unit_completion
from ita_tui.locale import Phrase
from ita_tui.store.clock import now_iso  # noqa: F401  (the format 1 release's schema.py imports it from here)
from ita_tui.store.log_phrases import phrase
from ita_tui.store.vocabulary import RETURNED, VERIFIED, ReviewStatus, Role

T = TypeVar("T")


@dataclass(frozen=True)
class ItemState:
    """An item's state (not started, in progress, done, not applicable with a reason), and who
    last changed it and when."""

    item_id: str
    state: State = NOT_STARTED
    by: str = ""
    at: str = ""
    reason: str = ""  # why the item does not apply (state "na" only)

    @property
    def done(self) -> bool:
        """Whether the item is done."""
        return self.state == DONE


@dataclass(frozen=True)
class Review:
    """A supervisor's check of a done item: verified, or returned with a comment."""

    item_id: str
    status: ReviewStatus
    comment: str
    by: str
    at: str


@dataclass(frozen=True)
class User:
    """Someone who works on the checklist: a supervisor may review; staff belong to a unit."""

    name: str
    role: Role
    unit: str = ""
    login: str = ""  # the OS login that alone may act as this name ("": any login may)


@dataclass(frozen=True)
class Written:
    """A text someone wrote for the report (an item's result, an indicator's outcome): who, when."""

    text: str
    by: str
    at: str


@dataclass(frozen=True)
class Note:
    """A progress note on an item (append-only)."""

    item_id: str
    author: str
    at: str
    text: str
    number: int = 0  # its number among the item's notes (1, 2 …), kept when others are retracted
    edited_by: str = ""  # who last corrected the text ("" when never); the old text is in the log
    edited_at: str = ""


@dataclass(frozen=True)
class Link:
    """An evidence link for an item: where the agency published it."""

    item_id: str
    url: str
    label: str
    author: str
    at: str
    number: int = 0  # its number among the item's links (1, 2 …)
    edited_by: str = ""
    edited_at: str = ""


@dataclass(frozen=True)
class LogEntry:
    """One change in the append-only activity log: who, when, what, before -> after."""

    at: str
    user: str
    action: str  # "tick", "untick", "state", "review", "note", "link", "checklist-update", "migrate" …
    item_id: str = ""
    before: str = ""  # what a user wrote, or a code when `fields` names the side (see log_phrases)
    after: str = ""
    number: int = 0  # the note's or link's number among the item's (note, link, edit, retract entries)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    login: str = ""  # the OS login of the process that made it ("": an older log did not keep it)
    web: bool = False  # made in a browser session of `ita-tui serve` (then `login` is the server's)

    def who(self) -> Phrase:
        """Who made it, as the log shows it once logins are recorded: the name, and the OS login
        beside it when that is another (or the change came from the browser)."""
        if self.web:
            return Phrase("log_who_web", user=self.user, login=self.login)
        if self.login and self.login != self.user:
            return Phrase("log_who_login", user=self.user, login=self.login)
        return Phrase("log_who", user=self.user)

    def shown(self, side: str) -> Phrase:
        """The entry's "before" or "after" as words, to be said in the reader's language."""
        return phrase(self.before if side == "before" else self.after, self.fields.get(side))


@dataclass(frozen=True)
class Snapshot:
    """The checklist and all progress as read at one moment."""

    checklist: Checklist
    states: dict[str, ItemState] = field(default_factory=dict)
    notes: dict[str, tuple[Note, ...]] = field(default_factory=dict)  # oldest first, retracted left out
    links: dict[str, tuple[Link, ...]] = field(default_factory=dict)
    reviews: dict[str, Review] = field(default_factory=dict)  # the latest review of each item
    results: dict[str, Written] = field(default_factory=dict)  # item id -> สรุปผลการดำเนินการ
    outcomes: dict[int, Written] = field(default_factory=dict)  # indicator -> ผลลัพธ์หรือความสำเร็จ
    users: dict[str, User] = field(default_factory=dict)  # by name, in the order added
    units: tuple[str, ...] = ()  # the agency's units (กอง/สำนัก), in the order they were added
    unit_parents: dict[str, str] = field(default_factory=dict)  # sub-unit -> its unit
    unit_map: dict[str, tuple[str, ...]] = field(default_factory=dict)  # confirmed: responsible key -> units
    aliases: dict[str, str] = field(default_factory=dict)  # old item id -> the item's id now
    scores: dict[int, dict[str, Score]] = field(default_factory=dict)  # year -> subject -> published score
    issues: dict[int, Written] = field(default_factory=dict)  # indicator -> ประเด็นที่ต้องแก้ไข/ปรับปรุง

    @property
    def done_ids(self) -> frozenset[str]:
        """Ids of the items that are done."""
        return frozenset(i for i, s in self.states.items() if s.done)

    @cached_property
    def progress(self) -> Progress:
        """Each item's state and the verified items, as the figures read them."""
        return Progress(
            {i: s.state for i, s in self.states.items() if s.state != NOT_STARTED},
            frozenset(i for i, r in self.reviews.items() if r.status == VERIFIED),
            {i: self.state(i).by for i, r in self.reviews.items() if r.status == RETURNED},
        )

    @cached_property
    def unit_model(self) -> Units:
        """The agency's units and the confirmed mappings, as the figures read them."""
        return Units(self.units, self.unit_parents, self.unit_map)

    def state(self, item_id: str) -> ItemState:
        """The item's state (not done, by nobody, when no tick was ever made)."""
        return self.states.get(item_id) or ItemState(item_id)

    def review(self, item_id: str) -> Review | None:
        """The item's latest review, or None (never reviewed, or changed since)."""
        return self.reviews.get(item_id)

    @property
    def shown_scores(self) -> Mapping[str, Score]:
        """The published scores shown beside the indicators, by subject (checklist/scores.py)."""
        return shown_scores(self.scores, self.checklist.fiscal_year)

    def status_dict(self) -> dict[str, Any]:
        """The figures of `ita-tui status --json`."""
        progress, checklist = self.progress, self.checklist
        return {
            "organization": checklist.organization,
            "fiscal_year": checklist.fiscal_year,
            "title": checklist.title,
            "overall": overall_completion(checklist, progress).as_dict(),
            "indicators": [
                {
                    "number": ind.number,
                    "title": ind.title,
                    **c.as_dict(),
                    "outcome": _written_dict(self.outcomes.get(ind.number)),
                    "score": _score_dict(self.shown_scores.get(str(ind.number))),
                    "issues": _written_dict(self.issues.get(ind.number)),
                }
                for ind, c in indicator_completion(checklist, progress)
            ],
            "scores": [
                _score_dict(score) for year in sorted(self.scores) for score in self.scores[year].values()
            ],
            "units": [
                {"name": name, **c.as_dict()}
                for name, c in unit_completion(checklist, progress, self.unit_model)
            ],
            "items": [
                {
                    "id": item.id,
                    "done": self.state(item.id).done,
                    "state": self.state(item.id).state,
                    "reason": self.state(item.id).reason or None,
                    "by": self.state(item.id).by or None,
                    "at": self.state(item.id).at or None,
                    "review": _review_dict(self.reviews.get(item.id)),
                    "result": _written_dict(self.results.get(item.id)),
                    "notes": [
                        {
                            "number": n.number,
                            "author": n.author,
                            "at": n.at,
                            "text": n.text,
                            "edited_by": n.edited_by or None,
                            "edited_at": n.edited_at or None,
                        }
                        for n in self.notes.get(item.id, ())
                    ],
                    "links": [
                        {"number": k.number, "url": k.url, "label": k.label, "author": k.author, "at": k.at}
                        for k in self.links.get(item.id, ())
                    ],
                }
                for item in checklist.items()
            ],
        }


def _review_dict(review: Review | None) -> dict[str, str] | None:
    """A review as `status --json` prints it."""
    if review is None:
        return None
    return {"status": review.status, "comment": review.comment, "by": review.by, "at": review.at}


def _written_dict(written: Written | None) -> dict[str, str] | None:
    """A result or outcome text as `status --json` prints it."""
    return None if written is None else {"text": written.text, "by": written.by, "at": written.at}


@dataclass(frozen=True)
class Change(Generic[T]):
    """What a change hands back once it is durable: its record (`value`), the database's new
    version token and the snapshot of that version, so a caller neither rebuilds the snapshot
    nor reads the file again. The snapshot is made on first use (the CLI never asks for it).
    `changed` is False when nothing was written: the change had already been made (by whom and
    when is in `value`)."""

    value: T
    version: object
    make_snapshot: Callable[[], Snapshot] = field(repr=False, compare=False)
    changed: bool = True  # False when the database already held this (another user made the change)

    @cached_property
    def snapshot(self) -> Snapshot:
        """The checklist and all progress right after this change."""
        return self.make_snapshot()


def _score_dict(score: Score | None) -> dict[str, Any] | None:
    if score is None:
        return None
    return {
        "year": score.year,
        "subject": score.subject,
        "score": float(score.score),
        "under_pass_mark": score.under_pass_mark,
        "by": score.by,
        "at": score.at,
    }
