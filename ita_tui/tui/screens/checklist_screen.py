"""What the main screen's key actions stand on: the checklist tree and the item under its cursor
(the recording keys in progress_actions.py and the corrections in edit_actions.py use it)."""

from __future__ import annotations

from ita_tui.checklist.model import Item
from ita_tui.tui.screens.base import AppScreen
from ita_tui.tui.view.rows import RowKind
from ita_tui.tui.widgets.checklist_view import ChecklistView


class ChecklistScreen(AppScreen[None]):
    """A screen showing the checklist tree (#checklist)."""

    @property
    def view(self) -> ChecklistView:
        """The checklist tree."""
        return self.query_one("#checklist", ChecklistView)

    def _current_item(self) -> Item | None:
        """The item under the cursor, or None (with a hint) on a node."""
        row = self.view.current_row
        if row is None or row.kind != RowKind.ITEM:
            self.notify(self.app.words["pick_item"], severity="warning", markup=False)
            return None
        return row.item

    def _writable_item(self) -> Item | None:
        """The item under the cursor when this app may change it, else None (with the reason)."""
        if self.app.read_only:
            self.notify(self.app.read_only_said, severity="warning", markup=False)
            return None
        return self._current_item()
