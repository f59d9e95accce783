"""The table changes of one transaction (format 2): item states, reviews, results, outcomes and
users, each with its log entries. ProgressStore runs them under its lock, in one durable write.

Every function takes the transaction's TinyDB, the checklist and the user making the change; user
text arrives already cleaned (validate.py). A verified item that changes falls back to unverified,
and the log says why.
"""

from __future__ import annotations

from typing import Any

from ita_tui.checklist.model import DONE, NOT_APPLICABLE, NOT_STARTED, STATES, Checklist
from ita_tui.errors import StoreError
from ita_tui.limits import NOTES_PER_ITEM_MAX
from ita_tui.locale import Phrase
from ita_tui.store import log_phrases
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import (
    RETURNED,
    ROLES,
    SUPERVISOR,
    VERIFIED,
    ItemState,
    Review,
    User,
    Written,
    now_iso,
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


def log(
    db: Any,
    user: str,
    action: str,
    item: str,
    before: Side,
    after: Side,
    at: str | None = None,
    undo: dict[str, Any] | None = None,
    number: int = 0,
) -> int:
    """Add one entry to the append-only activity log (a side is text, or a code: see log_phrases),
    with how to undo it (undo.py) and the note's or link's number; returns its document id."""
    record = log_record(user, action, item, before, after, at or now_iso())
    if undo:
        record["undo"] = undo
    if number:
        record["number"] = number
    return append(db, "log", record)


def log_record(user: str, action: str, item: str, before: Side, after: Side, at: str) -> dict[str, Any]:
    """One log record as stored."""
    sides = log_phrases.record_sides(before, after)
    return {"at": at, "user": user, "action": action, "item": item, **sides}


def unverify(db: Any, user: str, item_id: str, why: Side, at: str) -> None:
    """A verified item changed: its review is dropped, and the log says why."""
    reviews = db.table("reviews")
    current = find(reviews, "item", item_id)
    if current is not None and current["status"] == VERIFIED:
        reviews.remove(doc_ids=[current.doc_id])
        was = ("was-verified", {"by": current["by"], "at": current["at"]})
        log(db, user, "unverify", item_id, was, why, at)


def set_state(db: Any, user: str, item_id: str, state: str, reason: str = "") -> ItemState:
    """Put the item in `state` (a reason is required for not applicable, and kept only for it)."""
    if state not in STATES:
        raise StoreError("err_unknown_state", state=state, states=", ".join(STATES))
    if state == NOT_APPLICABLE and not reason.strip():
        raise StoreError("err_na_needs_reason")
    reason = reason if state == NOT_APPLICABLE else ""
    states = db.table("states")
    current = find(states, "item", item_id)
    if current is None and state == NOT_STARTED:
        return ItemState(item_id)
    if current is not None and current["state"] == state and current["reason"] == reason:
        return ItemState(item_id, state, current["by"], current["at"], reason)
    at = now_iso()
    record = {"item": item_id, "state": state, "reason": reason, "by": user, "at": at}
    put(states, current, record)
    old = current["state"] if current else NOT_STARTED
    action = "tick" if state == DONE else "untick" if old == DONE and state == NOT_STARTED else "state"
    undo = {"op": "state", "item": item_id, "state": old, "reason": current["reason"] if current else ""}
    log(db, user, action, item_id, log_phrases.state(current), log_phrases.state(record), at, undo)
    unverify(db, user, item_id, ("state-changed", {"from_state": old, "to_state": state}), at)
    return ItemState(item_id, state, user, at, reason)


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


def review(db: Any, user: str, item_id: str, status: str, comment: str = "") -> Review:
    """A supervisor verifies a done item, or returns it with a comment."""
    refuse_non_supervisor(db, user, "doing_review")
    state = find(db.table("states"), "item", item_id)
    if state is None or state["state"] != DONE:
        raise StoreError(
            "err_review_not_done", item=item_id, state=log_phrases.phrase(*log_phrases.state(state))
        )
    if status == RETURNED and not comment.strip():
        raise StoreError("err_return_needs_comment")
    reviews = db.table("reviews")
    current = find(reviews, "item", item_id)
    at = now_iso()
    record = {"item": item_id, "status": status, "comment": comment, "by": user, "at": at}
    put(reviews, current, record)
    before: Side = (
        ("reviewed", {"status": current["status"], "by": current["by"]}) if current else ("not-reviewed", {})
    )
    after: Side = comment or (status, {})
    undo = {"op": "review", "item": item_id, "review": review_fields(current)}
    log(db, user, "verify" if status == VERIFIED else "return", item_id, before, after, at, undo)
    return Review(item_id, status, comment, user, at)


def review_fields(record: Any) -> dict[str, str] | None:
    """A review record as undo keeps it (None: the item had no review)."""
    if record is None:
        return None
    return {k: record[k] for k in ("status", "comment", "by", "at")}


def put_review(db: Any, item_id: str, fields: dict[str, str] | None) -> dict[str, str] | None:
    """Put the item's review back as `fields` (None: no review); returns the review it replaced."""
    reviews = db.table("reviews")
    current = find(reviews, "item", item_id)
    if fields is None:
        if current is not None:
            reviews.remove(doc_ids=[current.doc_id])
    else:
        put(reviews, current, {"item": item_id, **fields})
    return review_fields(current)


def set_written(db: Any, user: str, table: str, key: str, value: Any, text: str) -> Written:
    """Set an item's result or an indicator's outcome text (the old text goes to the log)."""
    records = db.table(table)
    current = find(records, key, value)
    at = now_iso()
    put(records, current, {key: value, "text": text, "by": user, "at": at})
    action = "result" if table == "results" else "outcome"
    log(db, user, action, str(value), current["text"] if current else "", text, at)
    return Written(text, user, at)


def add_user(db: Any, user: str, name: str, role: str, unit: str = "") -> User:
    """Record `name` with `role` (and unit); once a supervisor exists, only supervisors may."""
    if role not in ROLES:
        raise StoreError("err_unknown_role", role=role, roles=", ".join(ROLES))
    if not name.strip():
        raise StoreError("err_user_needs_name")
    if supervisors(db):
        refuse_non_supervisor(db, user, "doing_users")
    users = db.table("users")
    current = find(users, "name", name)
    put(users, current, {"name": name, "role": role, "unit": unit, "by": user, "at": now_iso()})
    before: Side = log_phrases.role(current["role"], current["unit"]) if current else ""
    log(db, user, "user", "", before, log_phrases.user_role(name, role, unit))
    return User(name, role, unit)


def checklist_has(checklist: Checklist, indicator: int) -> bool:
    """Whether the checklist has an indicator numbered `indicator`."""
    return any(ind.number == indicator for ind in checklist.indicators)
