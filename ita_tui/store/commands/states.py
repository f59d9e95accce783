"""Commands on an item's progress: its state (and the inverse that puts a state back), a
supervisor's review, the item's result and the indicator's outcome texts. A verified item that
changes falls back to unverified, and the log says why."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ita_tui.checklist.model import DONE, NOT_APPLICABLE, NOT_STARTED, STATES, Checklist
from ita_tui.errors import StoreError
from ita_tui.store import log_phrases
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import RETURNED, VERIFIED, ItemState, Review, Written
from ita_tui.store.tables import checklist_has, find, put, refuse_non_supervisor
from ita_tui.store.transaction import Command, Inverse, Payload, Transaction
from ita_tui.store.validate import clean_line, clean_text


def unverify(tx: Transaction, item_id: str, why: Side) -> None:
    """A verified item changed: its review is dropped, and the log says why."""
    reviews = tx.db.table("reviews")
    current = find(reviews, "item", item_id)
    if current is not None and current["status"] == VERIFIED:
        reviews.remove(doc_ids=[current.doc_id])
        was = ("was-verified", {"by": current["by"], "at": current["at"]})
        tx.log("unverify", item_id, was, why)


def _put_state(tx: Transaction, item_id: str, current: Any, state: str, reason: str) -> PutState:
    """Write the item's state record; the inverse that puts back the one it replaced."""
    old = current["state"] if current else NOT_STARTED
    record = {"item": item_id, "state": state, "reason": reason, "by": tx.user, "at": tx.now()}
    put(tx.db.table("states"), current, record)
    return PutState(item_id, old, current["reason"] if current else "")


@dataclass(frozen=True)
class SetState(Command[ItemState]):
    """Put the item in one of the four states (not applicable needs a reason, kept only for it)."""

    item_id: str
    state: str
    reason: str = ""

    @classmethod
    def tick(cls, item_id: str, done: bool) -> SetState:
        """Mark the item done, or not started."""
        return cls(item_id, DONE if done else NOT_STARTED)

    def prepared(self, checklist: Checklist) -> SetState:
        return replace(self, reason=clean_line(self.reason.strip()))

    def apply(self, tx: Transaction) -> ItemState:
        state, item_id = self.state, tx.item_id(self.item_id)
        if state not in STATES:
            raise StoreError("err_unknown_state", state=state, states=", ".join(STATES))
        if state == NOT_APPLICABLE and not self.reason.strip():
            raise StoreError("err_na_needs_reason")
        reason = self.reason if state == NOT_APPLICABLE else ""
        current = find(tx.db.table("states"), "item", item_id)
        if current is None and state == NOT_STARTED:
            return ItemState(item_id)
        if current is not None and current["state"] == state and current["reason"] == reason:
            return ItemState(item_id, state, current["by"], current["at"], reason)
        before = log_phrases.state(current)
        inverse = _put_state(tx, item_id, current, state, reason)
        old = inverse.state
        action = "tick" if state == DONE else "untick" if old == DONE and state == NOT_STARTED else "state"
        after = log_phrases.state({"state": state, "reason": reason})
        tx.log(action, item_id, before, after, undo=inverse)
        unverify(tx, item_id, ("state-changed", {"from_state": old, "to_state": state}))
        return ItemState(item_id, state, tx.user, tx.now(), reason)


@dataclass(frozen=True)
class PutState(Inverse):
    """Undo of a state change: the item's state back as it was."""

    item_id: str
    state: str
    reason: str
    op = ("state",)

    def payload(self) -> Payload:
        return {"op": "state", "item": self.item_id, "state": self.state, "reason": self.reason}

    @classmethod
    def from_payload(cls, payload: Payload) -> PutState:
        return cls(payload["item"], payload["state"], payload["reason"])

    def apply(self, tx: Transaction) -> Inverse:
        current = find(tx.db.table("states"), "item", self.item_id)
        inverse = _put_state(tx, self.item_id, current, self.state, self.reason)
        why = ("state-changed", {"from_state": inverse.state, "to_state": self.state})
        unverify(tx, self.item_id, why)
        return inverse


@dataclass(frozen=True)
class ReviewItem(Command[Review]):
    """A supervisor marks a done item verified, or returns it with a comment (StoreError naming
    who may review, for anyone else)."""

    item_id: str
    verified: bool
    comment: str = ""

    def prepared(self, checklist: Checklist) -> ReviewItem:
        return replace(self, comment=clean_text(self.comment.strip()))

    def apply(self, tx: Transaction) -> Review:
        item_id, comment = tx.item_id(self.item_id), self.comment
        status = VERIFIED if self.verified else RETURNED
        refuse_non_supervisor(tx.db, tx.user, "doing_review")
        state = find(tx.db.table("states"), "item", item_id)
        if state is None or state["state"] != DONE:
            raise StoreError(
                "err_review_not_done", item=item_id, state=log_phrases.phrase(*log_phrases.state(state))
            )
        if status == RETURNED and not comment.strip():
            raise StoreError("err_return_needs_comment")
        reviews = tx.db.table("reviews")
        current = find(reviews, "item", item_id)
        record = {"item": item_id, "status": status, "comment": comment, "by": tx.user, "at": tx.now()}
        put(reviews, current, record)
        before: Side = (
            ("reviewed", {"status": current["status"], "by": current["by"]})
            if current
            else ("not-reviewed", {})
        )
        after: Side = comment or (status, {})
        tx.log("verify" if status == VERIFIED else "return", item_id, before, after)
        return Review(item_id, status, comment, tx.user, tx.now())


def _set_written(tx: Transaction, table: str, key: str, value: Any, text: str) -> Written:
    """Set an item's result or an indicator's outcome text (the old text goes to the log)."""
    records = tx.db.table(table)
    current = find(records, key, value)
    put(records, current, {key: value, "text": text, "by": tx.user, "at": tx.now()})
    action = "result" if table == "results" else "outcome"
    tx.log(action, str(value), current["text"] if current else "", text)
    return Written(text, tx.user, tx.now())


@dataclass(frozen=True)
class SetResult(Command[Written]):
    """Set the item's result text (สรุปผลการดำเนินการ) for the results report."""

    item_id: str
    text: str

    def prepared(self, checklist: Checklist) -> SetResult:
        return replace(self, text=clean_text(self.text.strip()))

    def apply(self, tx: Transaction) -> Written:
        return _set_written(tx, "results", "item", tx.item_id(self.item_id), self.text)


@dataclass(frozen=True)
class SetOutcome(Command[Written]):
    """Set the indicator's outcome text (ผลลัพธ์หรือความสำเร็จ) for the results report."""

    indicator: int
    text: str

    def prepared(self, checklist: Checklist) -> SetOutcome:
        return replace(self, text=clean_text(self.text.strip()))

    def apply(self, tx: Transaction) -> Written:
        if not checklist_has(tx.checklist, self.indicator):
            raise StoreError("err_no_indicator", indicator=self.indicator)
        return _set_written(tx, "outcomes", "indicator", self.indicator, self.text)
