"""Undo and redo as new log entries (format 2, no history ever deleted).

A change that can be undone writes, in its log record, an `undo` field: how to put back what it
replaced, e.g. {"op": "state", "item": "2.1", "state": "not-started", "reason": ""}. Undoing it
applies that, and logs one entry (action "undo", `undoes`: the undone entry's document id) whose
own `undo` field puts the change back again: redo applies that one (action "redo", `redoes`).
Only the user's own changes are undone: the newest not undone yet, then the one before; redo
takes back the newest undo unless the user has made a new change since. Older files without the
field simply have nothing to undo.

The ops: `state` (an item's state), `review` (an item's review as it was, or none), `note-text`
(a note's text), `note-retract`/`note-restore` and `link-retract`/`link-restore` (a note or link
taken out of the views or put back) and `checklist` (the whole checklist as it was, with `rekey`
for renumbered ids).
"""

from __future__ import annotations

from typing import Any

from ita_tui.errors import StoreError
from ita_tui.store import changes, log_phrases
from ita_tui.store.records import now_iso

Payload = dict[str, Any]
ITEM_TABLES = ("states", "reviews", "notes", "links", "results")  # the tables keyed by item id


def target(log: dict[str, Any], user: str, redo: bool) -> tuple[str, dict[str, Any]] | None:
    """The log entry (document id, record) that undo (or redo) would take back, or None."""
    undone = {r["undoes"] for r in log.values() if "undoes" in r}
    redone = {r["redoes"] for r in log.values() if "redoes" in r}
    for doc_id in sorted(log, key=int, reverse=True):
        record = log[doc_id]
        if record["user"] != user or not isinstance(record.get("undo"), dict):
            continue
        if redo:
            if "redoes" in record:
                continue
            if "undoes" not in record:
                return None  # a new change since the last undo: nothing to redo
            if doc_id not in redone:
                return doc_id, record
        elif "undoes" not in record and doc_id not in undone:
            return doc_id, record
    return None


def original(log: dict[str, Any], doc_id: str) -> str:
    """The action an undo or redo entry takes back in the end ("tick", "item-remove" …)."""
    record = log[doc_id]
    while "undoes" in record or "redoes" in record:
        record = log[str(record.get("undoes", record.get("redoes")))]
    action: str = record["action"]
    return action


def apply(db: Any, user: str, payload: Payload) -> Payload:
    """Put back what `payload` says; returns the payload that puts it back again."""
    op, at = payload["op"], now_iso()
    if op == "state":
        return _state(db, user, payload, at)
    if op == "note-text":
        record = _record(db, "notes", payload["doc"])
        inverse = {"op": "note-text", "doc": payload["doc"], "text": record["text"]}
        _update(db, "notes", payload["doc"], {"text": payload["text"], "edited_by": user, "edited_at": at})
        return inverse
    if op in ("note-retract", "link-retract", "note-restore", "link-restore"):
        table, action = op.split("-")
        retract = action == "retract"
        _update(
            db,
            f"{table}s",
            payload["doc"],
            {"retracted_by": user if retract else "", "retracted_at": at if retract else ""},
        )
        return {"op": f"{table}-{'restore' if retract else 'retract'}", "doc": payload["doc"]}
    if op == "review":
        replaced = changes.put_review(db, payload["item"], payload["review"])
        return {"op": "review", "item": payload["item"], "review": replaced}
    if op == "checklist":
        return _checklist(db, payload)
    raise StoreError("err_nothing_to_undo")


def _state(db: Any, user: str, payload: Payload, at: str) -> Payload:
    """Put the item's state back as it was (removing the record when it never had one)."""
    states = db.table("states")
    current = changes.find(states, "item", payload["item"])
    inverse = {
        "op": "state",
        "item": payload["item"],
        "state": current["state"] if current else "not-started",
        "reason": current["reason"] if current else "",
    }
    record = {
        "item": payload["item"],
        "state": payload["state"],
        "reason": payload["reason"],
        "by": user,
        "at": at,
    }
    changes.put(states, current, record)
    old = current["state"] if current else "not-started"
    why = ("state-changed", {"from_state": old, "to_state": payload["state"]})
    changes.unverify(db, user, payload["item"], why, at)
    return inverse


def _checklist(db: Any, payload: Payload) -> Payload:
    """Put the checklist back (and renumbered ids' records back under their ids)."""
    meta = db.table("meta")
    doc = meta.all()[0]
    inverse: Payload = {"op": "checklist", "checklist": doc["checklist"]}
    rekey = payload.get("rekey") or {}
    if rekey:
        rekey_items(db, rekey)
        inverse["rekey"] = {new: old for old, new in rekey.items()}
    meta.update({"checklist": payload["checklist"]}, doc_ids=[doc.doc_id])
    return inverse


def rekey_items(db: Any, moves: dict[str, str]) -> None:
    """Records of item `old` become records of item `new`, for every old -> new in `moves`."""
    for name in ITEM_TABLES:
        table = db.table(name)
        found = [r for r in table.all() if r["item"] in moves]
        for record in found:
            table.update({"item": moves[record["item"]]}, doc_ids=[record.doc_id])


def _record(db: Any, name: str, doc: int) -> Any:
    """The record `doc` of table `name` (StoreError when the file lost it)."""
    record = db.table(name).get(doc_id=doc)
    if record is None:
        raise StoreError("err_nothing_to_undo")
    return record


def _update(db: Any, name: str, doc: int, fields: dict[str, Any]) -> None:
    _record(db, name, doc)
    db.table(name).update(fields, doc_ids=[doc])


def sides_swapped(record: dict[str, Any]) -> tuple[log_phrases.Side, log_phrases.Side]:
    """A log record's after and before (codes kept as codes), for the entry that takes it back."""
    fields = record.get("fields") or {}

    def side(name: str) -> log_phrases.Side:
        return (record[name], fields[name]) if name in fields else record[name]

    return side("after"), side("before")
