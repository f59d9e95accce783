"""Commands on an item's progress: its state (and the inverse that puts a state back), a
supervisor's review, the item's result and the indicator's outcome texts. A verified item that
changes falls back to unverified, and the log says why."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ita_tui.checklist.model import DONE, NOT_APPLICABLE, NOT_STARTED, STATES, Checklist, State
from ita_tui.errors import StoreError
from ita_tui.store import log_phrases
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import ItemState, Review, Written
from ita_tui.store.rows import OUTCOMES, RESULTS, REVIEWS, OutcomeRow, ResultRow, ReviewRow, StateRow
from ita_tui.store.rows import STATES as STATE_ROWS
from ita_tui.store.tables import Found, refuse_non_supervisor, refuse_other_login
from ita_tui.store.transaction import Command, Inverse, Payload, Transaction
from ita_tui.store.validate import clean_line, clean_text
from ita_tui.store.vocabulary import RETURNED, VERIFIED, ReviewStatus


def unverify(tx: Transaction, item_id: str, why: Side) -> None:
    """A verified item changed: its review is dropped, and the log says why."""
    reviews = tx.table(REVIEWS)
    current = reviews.find(lambda r: r.item == item_id)
    if current is not None and current[1].status == VERIFIED:
        doc, review = current
        reviews.remove(doc)
        tx.log("unverify", item_id, ("was-verified", {"by": review.by, "at": review.at}), why)


def _state_of(tx: Transaction, item_id: str) -> Found[StateRow] | None:
    return tx.table(STATE_ROWS).find(lambda r: r.item == item_id)


def _put_state(tx: Transaction, item_id: str, current: Found[StateRow] | None, row: StateRow) -> PutState:
    """Write the item's state row; the inverse that puts back the one it replaced."""
    tx.table(STATE_ROWS).put(current, row)
    if current is None:
        return PutState(item_id, NOT_STARTED, "")
    return PutState(item_id, current[1].state, current[1].reason)


@dataclass(frozen=True)
class SetState(Command[ItemState]):
    """Put the item in one of the four states (not applicable needs a reason, kept only for it)."""

    item_id: str
    state: State | str  # a State, or its value as the CLI writes it ("done")
    reason: str = ""

    @classmethod
    def tick(cls, item_id: str, done: bool) -> SetState:
        """Mark the item done, or not started."""
        return cls(item_id, DONE if done else NOT_STARTED)

    def prepared(self, checklist: Checklist) -> SetState:
        return replace(self, reason=clean_line(self.reason.strip()))

    def apply(self, tx: Transaction) -> ItemState:
        item_id = tx.item_id(self.item_id)
        if self.state not in STATES:
            raise StoreError("err_unknown_state", state=self.state, states=", ".join(STATES))
        state = State(self.state)
        if state == NOT_APPLICABLE and not self.reason.strip():
            raise StoreError("err_na_needs_reason")
        reason = self.reason if state == NOT_APPLICABLE else ""
        current = _state_of(tx, item_id)
        if current is None and state == NOT_STARTED:
            return ItemState(item_id)
        if current is not None and current[1].state == state and current[1].reason == reason:
            return ItemState(item_id, state, current[1].by, current[1].at, reason)
        row = StateRow(item_id, state, reason, tx.user, tx.now())
        before = log_phrases.state(current[1] if current else None)
        inverse = _put_state(tx, item_id, current, row)
        old = inverse.state
        action = "tick" if state == DONE else "untick" if old == DONE and state == NOT_STARTED else "state"
        tx.log(action, item_id, before, log_phrases.state(row), undo=inverse)
        unverify(tx, item_id, ("state-changed", {"from_state": old, "to_state": state}))
        return ItemState(item_id, state, tx.user, tx.now(), reason)


@dataclass(frozen=True)
class PutState(Inverse):
    """Undo of a state change: the item's state back as it was."""

    item_id: str
    state: State
    reason: str
    op = ("state",)

    def payload(self) -> Payload:
        return {"op": self.op[0], "item": self.item_id, "state": self.state, "reason": self.reason}

    @classmethod
    def from_payload(cls, payload: Payload) -> PutState:
        return cls(payload["item"], State(payload["state"]), payload["reason"])

    def apply(self, tx: Transaction) -> Inverse:
        row = StateRow(self.item_id, self.state, self.reason, tx.user, tx.now())
        inverse = _put_state(tx, self.item_id, _state_of(tx, self.item_id), row)
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
        refuse_other_login(tx.db, tx.user, tx.login, tx.web, "doing_review")
        refuse_non_supervisor(tx.db, tx.user, "doing_review")
        found = _state_of(tx, item_id)
        state = found[1] if found else None
        if state is None or state.state != DONE:
            raise StoreError(
                "err_review_not_done", item=item_id, state=log_phrases.phrase(*log_phrases.state(state))
            )
        if status == RETURNED and not comment.strip():
            raise StoreError("err_return_needs_comment")
        inverse = PutReview(item_id, ReviewRow(item_id, status, comment, tx.user, tx.now())).apply(tx)
        before: Side = ("not-reviewed", {})
        if inverse.row is not None:
            before = ("reviewed", {"status": inverse.row.status, "by": inverse.row.by})
        after: Side = comment or (status, {})
        tx.log("verify" if status == VERIFIED else "return", item_id, before, after, undo=inverse)
        return Review(item_id, status, comment, tx.user, tx.now())


@dataclass(frozen=True)
class PutReview(Inverse):
    """Undo of a review: the item's review back as it was (`row` None: the item had none)."""

    item_id: str
    row: ReviewRow | None
    op = ("review",)

    def payload(self) -> Payload:
        kept = (
            None if self.row is None else {k: getattr(self.row, k) for k in ("status", "comment", "by", "at")}
        )
        return {"op": self.op[0], "item": self.item_id, "review": kept}

    @classmethod
    def from_payload(cls, payload: Payload) -> PutReview:
        kept = payload["review"]
        item_id = payload["item"]
        if kept is None:
            return cls(item_id, None)
        return cls(
            item_id, ReviewRow(item_id, ReviewStatus(kept["status"]), kept["comment"], kept["by"], kept["at"])
        )

    def apply(self, tx: Transaction) -> PutReview:
        reviews = tx.table(REVIEWS)
        current = reviews.find(lambda r: r.item == self.item_id)
        if self.row is None:
            if current is not None:
                reviews.remove(current[0])
        else:
            reviews.put(current, self.row)
        return PutReview(self.item_id, current[1] if current else None)


@dataclass(frozen=True)
class SetResult(Command[Written]):
    """Set the item's result text (สรุปผลการดำเนินการ) for the results report."""

    item_id: str
    text: str

    def prepared(self, checklist: Checklist) -> SetResult:
        return replace(self, text=clean_text(self.text.strip()))

    def apply(self, tx: Transaction) -> Written:
        item_id, results = tx.item_id(self.item_id), tx.table(RESULTS)
        current = results.find(lambda r: r.item == item_id)
        results.put(current, ResultRow(item_id, self.text, tx.user, tx.now()))
        tx.log("result", item_id, current[1].text if current else "", self.text)
        return Written(self.text, tx.user, tx.now())


@dataclass(frozen=True)
class SetOutcome(Command[Written]):
    """Set the indicator's outcome text (ผลลัพธ์หรือความสำเร็จ) for the results report."""

    indicator: int
    text: str

    def prepared(self, checklist: Checklist) -> SetOutcome:
        return replace(self, text=clean_text(self.text.strip()))

    def apply(self, tx: Transaction) -> Written:
        number, outcomes = self.indicator, tx.table(OUTCOMES)
        if not any(ind.number == number for ind in tx.checklist.indicators):
            raise StoreError("err_no_indicator", indicator=number)
        current = outcomes.find(lambda r: r.indicator == number)
        outcomes.put(current, OutcomeRow(number, self.text, tx.user, tx.now()))
        tx.log("outcome", str(number), current[1].text if current else "", self.text)
        return Written(self.text, tx.user, tx.now())
