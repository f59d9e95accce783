"""What the store's commands share in a transaction's TinyDB (format 2): append to the
append-only tables, find and replace a keyed record, the log record, and the rules on who may
review and how many notes an item may hold."""

from __future__ import annotations

from typing import Any

from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.limits import NOTES_PER_ITEM_MAX
from ita_tui.locale import Phrase
from ita_tui.store import log_phrases
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import (
    SUPERVISOR,
)


def append(db: Any, name: str, record: dict[str, Any]) -> int:
    """Insert a record into an append-only table under the next document id; returns that id."""
    return append_many(db, name, [record])


def append_many(db: Any, name: str, records: list[dict[str, Any]]) -> int:
    """Insert records into an append-only table under the next document ids, in one TinyDB
    update (TinyDB rebuilds the whole table on each: one per record made `checklist update`
    quadratic); returns the first id.

    Ids there run 1, 2, 3 …, so the next is the count plus one, and the last key (the file keeps
    insertion order) is the count; checking that spares a scan of the whole table (20,000 notes)
    for the highest id on every insert."""
    from tinydb.table import Document

    table = db.storage.read().get(name, {})
    first = len(table) + 1
    if table and (next(reversed(table)) != str(len(table)) or str(first) in table):  # edited by hand
        first = max(map(int, table)) + 1
    db.table(name).insert_multiple(Document(r, doc_id=first + n) for n, r in enumerate(records))
    return first


def refuse_past_limit(db: Any, name: str, item_id: str) -> int:
    """StoreError when the item already has as many notes (or links) as the limit allows; else
    the number the next one gets."""
    count = sum(1 for r in db.storage.read().get(name, {}).values() if r["item"] == item_id)
    if count >= NOTES_PER_ITEM_MAX:
        raise StoreError(
            "err_notes_limit", item=item_id, count=f"{count:,}", table=name, limit=f"{NOTES_PER_ITEM_MAX:,}"
        )
    return count + 1


def find(table: Any, key: str, value: Any) -> Any:
    """The one record of `table` whose `key` is `value`, or None."""
    from tinydb import where

    found = table.search(where(key) == value)
    return found[0] if found else None


def put(table: Any, current: Any, record: dict[str, Any]) -> None:
    """Replace `current` (a record of `table`, or None) with `record`."""
    if current is None:
        table.insert(record)
    else:
        table.update(record, doc_ids=[current.doc_id])


def log_record(user: str, action: str, item: str, before: Side, after: Side, at: str) -> dict[str, Any]:
    """One log record as stored."""
    sides = log_phrases.record_sides(before, after)
    return {"at": at, "user": user, "action": action, "item": item, **sides}


def supervisors(db: Any) -> list[str]:
    """The names of the users who may review, in the order added."""
    return [r["name"] for r in db.table("users").all() if r["role"] == SUPERVISOR]


def refuse_non_supervisor(db: Any, user: str, doing: str) -> None:
    """StoreError naming who may do this unless `user` is a supervisor (`doing`: a key, "doing_…")."""
    names = supervisors(db)
    if user in names:
        return
    if not names:
        raise StoreError("err_no_supervisor", doing=Phrase(doing))
    raise StoreError("err_not_supervisor", doing=Phrase(doing), names=", ".join(names), user=user)


def checklist_has(checklist: Checklist, indicator: int) -> bool:
    """Whether the checklist has an indicator numbered `indicator`."""
    return any(ind.number == indicator for ind in checklist.indicators)
