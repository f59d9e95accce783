"""What ProgressStore does beyond ticks, notes and links: the four states, reviews, results and
outcomes, users and units. Each method is one transaction of the store (one locked, durable
write) running a change from changes.py or unit_changes.py."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from ita_tui.checklist.model import DONE, NOT_STARTED
from ita_tui.errors import StoreError
from ita_tui.store import changes, unit_changes
from ita_tui.store.records import RETURNED, VERIFIED, Change, ItemState, Review, User, Written
from ita_tui.store.validate import clean_line, clean_text

if TYPE_CHECKING:
    from ita_tui.store.work import Work


class Workflow:
    """The store's state, review, report-text, user and unit changes (mixed into ProgressStore)."""

    user: str

    if TYPE_CHECKING:  # ProgressStore's: lock, re-read, let the change run, one durable write

        def _transaction(self, *, creating: bool = False) -> AbstractContextManager[Work]: ...

    def set_done(self, item_id: str, done: bool) -> Change[ItemState]:
        """Mark the item done or not started; returns its state once that is durable."""
        return self.set_state(item_id, DONE if done else NOT_STARTED)

    def set_state(self, item_id: str, state: str, reason: str = "") -> Change[ItemState]:
        """Put the item in one of the four states (not applicable needs a reason); returns its
        state once durable. A verified item falls back to unverified, and the log says why."""
        reason = clean_line(reason.strip())
        with self._transaction() as work:
            item_id = work.item_id(item_id)
            result = changes.set_state(work.db, self.user, item_id, state, reason)
        return work.change(result)

    def review(self, item_id: str, *, verified: bool, comment: str = "") -> Change[Review]:
        """A supervisor marks a done item verified, or returns it with a comment (StoreError
        naming who may review, for anyone else)."""
        comment = clean_text(comment.strip())
        with self._transaction() as work:
            item_id = work.item_id(item_id)
            status = VERIFIED if verified else RETURNED
            result = changes.review(work.db, self.user, item_id, status, comment)
        return work.change(result)

    def set_result(self, item_id: str, text: str) -> Change[Written]:
        """Set the item's result text (สรุปผลการดำเนินการ) for the results report."""
        text = clean_text(text.strip())
        with self._transaction() as work:
            item_id = work.item_id(item_id)
            result = changes.set_written(work.db, self.user, "results", "item", item_id, text)
        return work.change(result)

    def set_outcome(self, indicator: int, text: str) -> Change[Written]:
        """Set the indicator's outcome text (ผลลัพธ์หรือความสำเร็จ) for the results report."""
        text = clean_text(text.strip())
        with self._transaction() as work:
            if not changes.checklist_has(work.checklist, indicator):
                raise StoreError("err_no_indicator", indicator=indicator)
            result = changes.set_written(work.db, self.user, "outcomes", "indicator", indicator, text)
        return work.change(result)

    def add_user(self, name: str, role: str, unit: str = "") -> Change[User]:
        """Record a user and their role (supervisor or staff) and unit; once a supervisor is
        recorded, only supervisors may. A workflow rule: anyone who can write the file can edit it."""
        name, unit = clean_line(name.strip()), clean_line(unit.strip())
        with self._transaction() as work:
            result = changes.add_user(work.db, self.user, name, role, unit)
        return work.change(result)

    def add_unit(self, name: str, parent: str = "") -> Change[str]:
        """Add one of the agency's units (a sub-unit of `parent` when given)."""
        with self._transaction() as work:
            result = unit_changes.add_unit(
                work.db, self.user, clean_line(name.strip()), clean_line(parent.strip())
            )
        return work.change(result)

    def rename_unit(self, old: str, new: str) -> Change[str]:
        """Rename a unit wherever it is named (sub-units, confirmed mappings, users)."""
        with self._transaction() as work:
            result = unit_changes.rename_unit(work.db, self.user, old, clean_line(new.strip()))
        return work.change(result)

    def remove_unit(self, name: str) -> Change[str]:
        """Remove a unit; its sub-units become units of their own."""
        with self._transaction() as work:
            result = unit_changes.remove_unit(work.db, self.user, name)
        return work.change(result)

    def map_units(self, responsible: str, units: list[str]) -> Change[tuple[str, ...]]:
        """Confirm which units a responsible text means (the text itself is left as written)."""
        with self._transaction() as work:
            result = unit_changes.map_units(work.db, self.user, responsible, units)
        return work.change(result)
