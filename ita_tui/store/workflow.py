"""What ProgressStore does beyond ticks, notes and links: the four states, reviews, results and
outcomes, users and units. Each method is one transaction of the store (one locked, durable
write) running a change from changes.py or unit_changes.py."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ita_tui.checklist.ids import find_item_id
from ita_tui.checklist.model import DONE, NOT_STARTED, Checklist
from ita_tui.errors import StoreError
from ita_tui.store import changes, unit_changes
from ita_tui.store.records import RETURNED, VERIFIED, ItemState, Review, User, Written
from ita_tui.store.validate import clean_line, clean_text


class Workflow:
    """The store's state, review, report-text, user and unit changes (mixed into ProgressStore)."""

    user: str

    if TYPE_CHECKING:  # ProgressStore's: lock, re-read, let the change run, one durable write

        def _transaction(
            self, *, creating: bool = False
        ) -> AbstractContextManager[tuple[Any, Checklist]]: ...

    def set_done(self, item_id: str, done: bool) -> ItemState:
        """Mark the item done or not started; returns its state once that is durable."""
        return self.set_state(item_id, DONE if done else NOT_STARTED)

    def set_state(self, item_id: str, state: str, reason: str = "") -> ItemState:
        """Put the item in one of the four states (not applicable needs a reason); returns its
        state once durable. A verified item falls back to unverified, and the log says why."""
        reason = clean_line(reason.strip())
        with self._transaction() as (db, checklist):
            return changes.set_state(db, self.user, find_item_id(checklist, item_id), state, reason)

    def review(self, item_id: str, *, verified: bool, comment: str = "") -> Review:
        """A supervisor marks a done item verified, or returns it with a comment (StoreError
        naming who may review, for anyone else)."""
        comment = clean_text(comment.strip())
        with self._transaction() as (db, checklist):
            item_id = find_item_id(checklist, item_id)
            return changes.review(db, self.user, item_id, VERIFIED if verified else RETURNED, comment)

    def set_result(self, item_id: str, text: str) -> Written:
        """Set the item's result text (สรุปผลการดำเนินการ) for the results report."""
        text = clean_text(text.strip())
        with self._transaction() as (db, checklist):
            item_id = find_item_id(checklist, item_id)
            return changes.set_written(db, self.user, "results", "item", item_id, text)

    def set_outcome(self, indicator: int, text: str) -> Written:
        """Set the indicator's outcome text (ผลลัพธ์หรือความสำเร็จ) for the results report."""
        text = clean_text(text.strip())
        with self._transaction() as (db, checklist):
            if not changes.checklist_has(checklist, indicator):
                raise StoreError("err_no_indicator", indicator=indicator)
            return changes.set_written(db, self.user, "outcomes", "indicator", indicator, text)

    def add_user(self, name: str, role: str, unit: str = "") -> User:
        """Record a user and their role (supervisor or staff) and unit; once a supervisor is
        recorded, only supervisors may. A workflow rule: anyone who can write the file can edit it."""
        name, unit = clean_line(name.strip()), clean_line(unit.strip())
        with self._transaction() as (db, _):
            return changes.add_user(db, self.user, name, role, unit)

    def add_unit(self, name: str, parent: str = "") -> str:
        """Add one of the agency's units (a sub-unit of `parent` when given)."""
        with self._transaction() as (db, _):
            return unit_changes.add_unit(db, self.user, clean_line(name.strip()), clean_line(parent.strip()))

    def rename_unit(self, old: str, new: str) -> str:
        """Rename a unit wherever it is named (sub-units, confirmed mappings, users)."""
        with self._transaction() as (db, _):
            return unit_changes.rename_unit(db, self.user, old, clean_line(new.strip()))

    def remove_unit(self, name: str) -> str:
        """Remove a unit; its sub-units become units of their own."""
        with self._transaction() as (db, _):
            return unit_changes.remove_unit(db, self.user, name)

    def map_units(self, responsible: str, units: list[str]) -> tuple[str, ...]:
        """Confirm which units a responsible text means (the text itself is left as written)."""
        with self._transaction() as (db, _):
            return unit_changes.map_units(db, self.user, responsible, units)
