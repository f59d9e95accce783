"""Undo covers a supervisor's review: a verify or a return is taken back, and redone, as any change."""

from __future__ import annotations

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddUser, Redo, ReviewItem, SetState, Undo


def _open(db, user: str) -> ProgressStore:
    return ProgressStore.open(db, user=user)


def _setup(db) -> None:
    boss = _open(db, "boss")
    boss.apply(AddUser("boss", "supervisor"))
    boss.apply(AddUser("staff", "staff"))
    _open(db, "staff").apply(SetState.tick("2.1", True))


def test_undo_takes_back_a_verify_and_redo_makes_it_again(db):
    _setup(db)
    boss = _open(db, "boss")
    boss.apply(ReviewItem("2.1", verified=True))
    assert boss.apply(Undo()).value.action == "verify"
    assert _open(db, "staff").snapshot().review("2.1") is None
    boss.apply(Redo())
    review = _open(db, "staff").snapshot().review("2.1")
    assert review is not None and (review.status, review.by) == ("verified", "boss")


def test_undo_of_a_return_brings_back_the_review_it_replaced(db):
    _setup(db)
    boss = _open(db, "boss")
    boss.apply(ReviewItem("2.1", verified=True))
    boss.apply(ReviewItem("2.1", verified=False, comment="ลิงก์เสีย"))
    boss.apply(Undo())
    review = _open(db, "staff").snapshot().review("2.1")
    assert review is not None and (review.status, review.comment) == ("verified", "")
    boss.apply(Undo())
    assert _open(db, "staff").snapshot().review("2.1") is None
