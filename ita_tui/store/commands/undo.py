"""Undo and redo as new log entries (format 2, no history ever deleted).

A command that can be undone logs, in its log record's `undo` field, its inverse: a command that
puts back what it replaced, e.g. {"op": "state", "item": "2.1", "state": "not-started",
"reason": ""}, or {"op": "review", "item": "2.1", "review": null} (each inverse says how it is
kept and read back). Undoing applies that inverse and
logs one entry (action "undo", `undoes`: the undone entry's document id) whose own `undo` field
is the inverse the inverse gave: redo applies that one (action "redo", `redoes`). Only the
user's own changes are undone: the newest not undone yet, then the one before; redo takes back
the newest undo unless the user has made a new change since. Older files without the field
simply have nothing to undo.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.errors import StoreError
from ita_tui.store.commands.checklist_edits import PutChecklist
from ita_tui.store.commands.notes import PutNoteText, PutRetracted
from ita_tui.store.commands.states import PutReview, PutState
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import LogEntry
from ita_tui.store.rows import LOG, LogRow
from ita_tui.store.tables import refuse_other_login
from ita_tui.store.transaction import Command, Inverse, Payload, Transaction

INVERSES: dict[str, type[Inverse]] = {
    op: kind for kind in (PutState, PutReview, PutNoteText, PutRetracted, PutChecklist) for op in kind.op
}


def inverse_of(payload: Payload) -> Inverse:
    """The inverse a log entry's `undo` field keeps (StoreError when it is none this version knows,
    or holds a state or review status no version writes)."""
    kind = INVERSES.get(payload.get("op", ""))
    if kind is None:
        raise StoreError("err_nothing_to_undo")
    try:
        return kind.from_payload(payload)
    except ValueError:  # State(...) or ReviewStatus(...) of a value that is none of theirs
        raise StoreError("err_nothing_to_undo") from None


@dataclass(frozen=True)
class Undo(Command[LogEntry]):
    """Undo this user's newest change not undone yet (a new log entry; nothing is deleted)."""

    redo = False

    def apply(self, tx: Transaction) -> LogEntry:
        log = dict(tx.table(LOG).rows())
        found = target(log, tx.user, self.redo)
        if found is None:
            raise StoreError("err_nothing_to_redo" if self.redo else "err_nothing_to_undo")
        doc, row = found
        assert row.undo is not None  # target() finds only entries that can be undone
        taking_back = inverse_of(row.undo)
        if isinstance(taking_back, PutReview):  # a review taken back or made again is a review
            refuse_other_login(tx.db, tx.user, tx.login, tx.web, "doing_review")
        inverse = taking_back.apply(tx)
        before, after = sides_swapped(row)
        took_back = {"redoes": str(doc)} if self.redo else {"undoes": str(doc)}
        tx.log("redo" if self.redo else "undo", row.item, before, after, undo=inverse, **took_back)
        return LogEntry(tx.now(), tx.user, original(log, doc), row.item, row.after, row.before)


@dataclass(frozen=True)
class Redo(Undo):
    """Make again the change this user's newest undo took back."""

    redo = True


def target(log: dict[int, LogRow], user: str, redo: bool) -> tuple[int, LogRow] | None:
    """The log entry (document id, row) that undo (or redo) would take back, or None."""
    undone = {int(r.undoes) for r in log.values() if r.undoes is not None}
    redone = {int(r.redoes) for r in log.values() if r.redoes is not None}
    for doc in sorted(log, reverse=True):
        row = log[doc]
        if row.user != user or not isinstance(row.undo, dict):
            continue
        if redo:
            if row.redoes is not None:
                continue
            if row.undoes is None:
                return None  # a new change since the last undo: nothing to redo
            if doc not in redone:
                return doc, row
        elif row.undoes is None and doc not in undone:
            return doc, row
    return None


def original(log: dict[int, LogRow], doc: int) -> str:
    """The action an undo or redo entry takes back in the end ("tick", "item-remove" …)."""
    row = log[doc]
    while row.undoes is not None or row.redoes is not None:
        row = log[int(row.undoes if row.undoes is not None else str(row.redoes))]
    return row.action


def sides_swapped(row: LogRow) -> tuple[Side, Side]:
    """A log row's after and before (codes kept as codes), for the entry that takes it back."""
    before, after = row.sides()
    return after, before
