"""The main screen's recording keys: space (done / not started), the state picker, a note and an
evidence link for the item under the cursor. Every change is one store write in the app's write
queue (tui/writes.py); the tree shows it once the store has saved it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ita_tui.checklist.model import NOT_APPLICABLE, State
from ita_tui.store.commands import AddLink, AddNote, SetState
from ita_tui.store.transaction import Command
from ita_tui.tui.screens.checklist_screen import ChecklistScreen
from ita_tui.tui.writes import Write, say_if_already


class ProgressActions(ChecklistScreen):
    """The main screen's recording keys (MainScreen is one)."""

    def action_tick(self) -> None:
        """Done <-> not started, in a worker; the box changes once the store has saved it.
        A second press while the first is being saved toggles what the first will leave."""
        item = self._writable_item()
        if item is None:
            return
        app = self.app
        key = ("done", item.id)
        want = not app.writes.expected(key, app.snapshot.state(item.id).done)
        app.writes.submit(
            Write(
                SetState.tick(item.id, want),
                saved=say_if_already(app),
                failed=self._failed,
                key=key,
                intent=want,
            )
        )

    def action_state(self) -> None:
        """Pick one of the four states; not applicable asks for the reason."""
        from ita_tui.tui.screens.dialogs import ReasonDialog, StatePicker

        item = self._writable_item()
        if item is None:
            return

        def picked(state: str | None) -> None:
            if state == NOT_APPLICABLE:
                self.app.push_screen(
                    ReasonDialog(
                        item, lambda reason, done: self._set_state(item, NOT_APPLICABLE, reason, done)
                    )
                )
            elif state is not None:
                self._set_state(item, State(state))

        self.app.push_screen(StatePicker(item, self.app.snapshot.state(item.id).state), picked)

    def _set_state(
        self, item, state: State, reason: str = "", done: Callable[[bool], None] | None = None
    ) -> None:
        """Queue the item's new state; it is shown once durable (a verified item then shows
        unverified, as the store made it). `done` hears whether it was saved."""
        app = self.app

        def saved(change) -> None:
            say_if_already(app)(change)
            if done is not None:
                done(True)

        def failed(message: str) -> None:
            self._failed(message)
            if done is not None:
                done(False)

        app.writes.submit(Write(SetState(item.id, state, reason), saved=saved, failed=failed))

    def _failed(self, message: str) -> None:
        """A change could not be saved: say why, and show what is really stored."""
        self.notify(message, severity="error", markup=False)
        self.app.check_for_changes(always=True)

    def action_note(self) -> None:
        """Open the one-line note box for the item."""
        from ita_tui.tui.screens.dialogs import NoteDialog

        item = self._writable_item()
        if item is not None:
            self.app.push_screen(NoteDialog(item, lambda text, done: self._save_note(item, text, done)))

    def _save_note(self, item, text: str, done: Callable[[bool], None]) -> None:
        """Store the note written in the box; `done(False)` (and the error shown) when it failed."""
        self._append(AddNote(item.id, text), "saved_note", done)

    def action_link(self) -> None:
        """Open the evidence link dialog for the item."""
        from ita_tui.tui.screens.dialogs import LinkDialog

        item = self._writable_item()
        if item is not None:
            self.app.push_screen(
                LinkDialog(item, lambda url, label, done: self._save_link(item, url, label, done))
            )

    def _save_link(self, item, url: str, label: str, done: Callable[[bool], None]) -> None:
        """Store the link given in the dialog; `done(False)` (and the error shown) when it failed."""
        self._append(AddLink(item.id, url, label), "saved_link", done)

    def _append(self, command: Command[Any], saved_word: str, done: Callable[[bool], None]) -> None:
        """Queue one store write that adds a note or link; once durable it is shown (the app
        takes the snapshot the store hands back) and `done(True)` is called."""
        app = self.app

        def saved(change) -> None:
            self.notify(app.words[saved_word], markup=False)
            done(True)

        def failed(message: str) -> None:
            self.notify(message, severity="error", markup=False)
            done(False)

        app.writes.submit(Write(command, saved=saved, failed=failed))
