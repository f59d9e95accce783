"""The main screen's review keys: a supervisor verifies the done item under the cursor (o) or
returns it with a reason (b, a box that will not close empty). Anyone else gets one line saying
who may; nothing is written. Each review is one store write in the app's write queue, and `u`
undoes it as any other change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ita_tui.checklist.model import DONE, Item
from ita_tui.export.figures import STATE_WORDS
from ita_tui.locale import Phrase
from ita_tui.store.commands import ReviewItem
from ita_tui.thai import digits
from ita_tui.tui.screens.checklist_screen import ChecklistScreen
from ita_tui.tui.view.review import supervisors
from ita_tui.tui.writes import Write


class ReviewActions(ChecklistScreen):
    """The main screen's review keys (MainScreen is one)."""

    def action_verify(self) -> None:
        """o: the supervisor has checked the done item's evidence."""
        item = self._reviewable_item()
        if item is not None:
            self._review(item, True, "")

    def action_return_item(self) -> None:
        """b: send the done item back for correction, with a reason."""
        from ita_tui.tui.screens.dialogs import ReturnDialog

        item = self._reviewable_item()
        if item is not None:
            self.app.push_screen(
                ReturnDialog(item, lambda reason, done: self._review(item, False, reason, done))
            )

    def _reviewable_item(self) -> Item | None:
        """The done item under the cursor when this user may review it; else None, with one line
        saying why (who may review, or that the item is not done)."""
        app = self.app
        item = self._writable_item()
        if item is None:
            return None
        user, names = app.store.user, supervisors(app.snapshot)
        if user not in names:
            doing = Phrase("doing_review")
            if names:
                line = app.words("err_not_supervisor", doing=doing, names=", ".join(names), user=user)
            else:
                line = app.words("err_no_supervisor", doing=doing)
            self.notify(line, severity="warning", markup=False)
            return None
        state = app.snapshot.state(item.id)
        if state.state != DONE:
            said = app.words[STATE_WORDS[state.state]]
            line = app.words("err_review_not_done", item=digits(item.id, app.digit_style), state=said)
            self.notify(line, severity="warning", markup=False)
            return None
        return item

    def _review(
        self, item: Item, verified: bool, reason: str, done: Callable[[bool], None] | None = None
    ) -> None:
        """Queue the review; once durable say so in one line (the tree shows ✔ or ↩)."""
        app = self.app
        said = "saved_verified" if verified else "saved_returned"

        def saved(change: Any) -> None:
            self.notify(app.words(said, item=digits(item.id, app.digit_style)), markup=False)
            if done is not None:
                done(True)

        def failed(message: str) -> None:
            self.notify(message, severity="error", markup=False)
            if done is not None:
                done(False)

        app.writes.submit(
            Write(ReviewItem(item.id, verified=verified, comment=reason), saved=saved, failed=failed)
        )
