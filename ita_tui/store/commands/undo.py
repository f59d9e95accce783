"""Undo and redo as new log entries (format 2, no history ever deleted).

A command that can be undone logs, in its log record's `undo` field, its inverse: a command that
puts back what it replaced, e.g. {"op": "state", "item": "2.1", "state": "not-started",
"reason": ""} (each inverse says how it is kept and read back). Undoing applies that inverse and
logs one entry (action "undo", `undoes`: the undone entry's document id) whose own `undo` field
is the inverse the inverse gave: redo applies that one (action "redo", `redoes`). Only the
user's own changes are undone: the newest not undone yet, then the one before; redo takes back
the newest undo unless the user has made a new change since. Older files without the field
simply have nothing to undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ita_tui.errors import StoreError
from ita_tui.store.commands.checklist_edits import PutChecklist
from ita_tui.store.commands.notes import PutNoteText, PutRetracted
from ita_tui.store.commands.states import PutState
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import LogEntry
from ita_tui.store.transaction import Command, Inverse, Payload, Transaction

INVERSES: dict[str, type[Inverse]] = {
    op: kind for kind in (PutState, PutNoteText, PutRetracted, PutChecklist) for op in kind.op
}


def inverse_of(payload: Payload) -> Inverse:
    """The inverse a log entry's `undo` field keeps (StoreError when it is none this version knows)."""
    kind = INVERSES.get(payload.get("op", ""))
    if kind is None:
        raise StoreError("err_nothing_to_undo")
    return kind.from_payload(payload)


@dataclass(frozen=True)
class Undo(Command[LogEntry]):
    """Undo this user's newest change not undone yet (a new log entry; nothing is deleted)."""

    redo = False

    def apply(self, tx: Transaction) -> LogEntry:
        log = tx.tables()["log"]
        found = target(log, tx.user, self.redo)
        if found is None:
            raise StoreError("err_nothing_to_redo" if self.redo else "err_nothing_to_undo")
        doc_id, record = found
        inverse = inverse_of(record["undo"]).apply(tx)
        before, after = sides_swapped(record)
        new_doc = tx.log("redo" if self.redo else "undo", record["item"], before, after, undo=inverse)
        tx.db.table("log").update({"redoes" if self.redo else "undoes": doc_id}, doc_ids=[new_doc])
        took_back = original(log, doc_id)
        return LogEntry(tx.now(), tx.user, took_back, record["item"], record["after"], record["before"])


@dataclass(frozen=True)
class Redo(Undo):
    """Make again the change this user's newest undo took back."""

    redo = True


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


def sides_swapped(record: dict[str, Any]) -> tuple[Side, Side]:
    """A log record's after and before (codes kept as codes), for the entry that takes it back."""
    fields = record.get("fields") or {}

    def side(name: str) -> Side:
        return (record[name], fields[name]) if name in fields else record[name]

    return side("after"), side("before")
