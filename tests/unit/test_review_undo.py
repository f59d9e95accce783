"""Undo covers a supervisor's review: a verify or a return is taken back, and redone, as any change."""

from __future__ import annotations

from ita_tui.store import ProgressStore


def _open(db, user: str) -> ProgressStore:
    return ProgressStore.open(db, user=user)


def _setup(db) -> None:
    boss = _open(db, "boss")
    boss.add_user("boss", "supervisor")
    boss.add_user("staff", "staff")
    _open(db, "staff").set_done("2.1", True)


def test_undo_takes_back_a_verify_and_redo_makes_it_again(db):
    _setup(db)
    boss = _open(db, "boss")
    boss.review("2.1", verified=True)
    assert boss.undo().value.action == "verify"
    assert _open(db, "staff").snapshot().review("2.1") is None
    boss.redo()
    review = _open(db, "staff").snapshot().review("2.1")
    assert review is not None and (review.status, review.by) == ("verified", "boss")


def test_undo_of_a_return_brings_back_the_review_it_replaced(db):
    _setup(db)
    boss = _open(db, "boss")
    boss.review("2.1", verified=True)
    boss.review("2.1", verified=False, comment="ลิงก์เสีย")
    boss.undo()
    review = _open(db, "staff").snapshot().review("2.1")
    assert review is not None and (review.status, review.comment) == ("verified", "")
    boss.undo()
    assert _open(db, "staff").snapshot().review("2.1") is None
