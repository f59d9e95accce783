"""A snapshot as the database stood at the end of a past day, rebuilt from the activity log (pure).

Every state change, review, result and outcome is in the log with its time; notes and links carry
their own. The end of a day is read on the writer's clock (the date in each time stamp), which
for an office is its own day. What the log does not hold is taken as it is now: the checklist's
wording, and a note or link's text after a correction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TypeVar

from ita_tui.checklist.model import NOT_APPLICABLE, NOT_STARTED, STATES, State
from ita_tui.store.records import ItemState, Link, LogEntry, Note, Review, Snapshot, Written
from ita_tui.store.vocabulary import RETURNED, VERIFIED


def on_or_before(at: str, day: date) -> bool:
    """Whether time stamp `at` falls on `day` or earlier, on the clock that wrote it."""
    try:
        return datetime.fromisoformat(at).date() <= day
    except ValueError:
        return False


def _state_of(entry: LogEntry) -> tuple[State, str]:
    """The state (and reason) a state change's log entry left the item in, from its code."""
    if entry.after == "na-because":
        return NOT_APPLICABLE, str(entry.fields.get("after", {}).get("reason", ""))
    return (State(entry.after) if entry.after in STATES else NOT_STARTED), ""


def snapshot_as_of(snapshot: Snapshot, log: list[LogEntry], day: date) -> Snapshot:
    """`snapshot` with states, reviews, results, outcomes, notes and links as at the end of `day`."""
    entries = [e for e in log if on_or_before(e.at, day)]
    entries.sort(key=lambda e: datetime.fromisoformat(e.at))
    states: dict[str, ItemState] = {}
    reviews: dict[str, Review] = {}
    results: dict[str, Written] = {}
    outcomes: dict[int, Written] = {}
    for entry in entries:
        item = snapshot.aliases.get(entry.item_id, entry.item_id)
        if entry.action in ("tick", "untick", "state"):
            state, reason = _state_of(entry)
            states[item] = ItemState(item, state, entry.user, entry.at, reason)
        elif entry.action in ("verify", "return"):
            status = VERIFIED if entry.action == "verify" else RETURNED
            comment = "" if "after" in entry.fields else entry.after  # a code ("verified"), or the comment
            reviews[item] = Review(item, status, comment, entry.user, entry.at)
        elif entry.action == "unverify":
            reviews.pop(item, None)
        elif entry.action == "result":
            results[item] = Written(entry.after, entry.user, entry.at)
        elif entry.action == "outcome" and entry.item_id.isdigit():
            outcomes[int(entry.item_id)] = Written(entry.after, entry.user, entry.at)
    return replace(
        snapshot,
        states={k: s for k, s in states.items() if s.state != NOT_STARTED or s.by},
        reviews=reviews,
        results={k: w for k, w in results.items() if w.text},
        outcomes={k: w for k, w in outcomes.items() if w.text},
        notes=_kept(snapshot.notes, day),
        links=_kept(snapshot.links, day),
    )


_Kept = TypeVar("_Kept", Note, Link)


def _kept(table: dict[str, tuple[_Kept, ...]], day: date) -> dict[str, tuple[_Kept, ...]]:
    """Per item, the records written by the end of `day` (items left with none dropped)."""
    kept = {item: tuple(r for r in records if on_or_before(r.at, day)) for item, records in table.items()}
    return {item: records for item, records in kept.items() if records}
