"""The main screen's corrections: undo and redo, a note corrected or a note or link retracted from
the detail pane, and the edit mode (E) that adds, changes, removes, moves and renumbers items and
indicators in dialogs. Every change is one store write in the app's write queue (tui/writes.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ita_tui.checklist.fields import BY_NAME, ITEM_FIELDS
from ita_tui.locale import Words
from ita_tui.store.commands import (
    AddIndicator,
    EditIndicator,
    EditItem,
    EditNote,
    MoveItem,
    Redo,
    RemoveIndicator,
    RemoveItem,
    Renumber,
    RetractLink,
    RetractNote,
    Undo,
)
from ita_tui.store.log_phrases import action_words
from ita_tui.store.records import Change
from ita_tui.store.transaction import Command
from ita_tui.tui.keys import APP_KEYS, EDIT_HELP, EDIT_KEYS, MAIN_HELP, MAIN_KEYS
from ita_tui.tui.screens.checklist_screen import ChecklistScreen
from ita_tui.tui.view.rows import Row, RowKey, RowKind
from ita_tui.tui.writes import Write

EDIT_ACTIONS = frozenset(k.action for k in EDIT_KEYS[:5])  # undo and E work in both modes


class EditActions(ChecklistScreen):
    """The main screen's corrections and edit mode (MainScreen is one)."""

    edit_mode = False

    # ----- undo ----------------------------------------------------------------------------

    def action_undo(self) -> None:
        """u: undo this user's last change (a new log entry)."""
        self._edit_write(Undo(), "undone")

    def action_redo(self) -> None:
        """U or ctrl+r: redo what the last undo took back."""
        self._edit_write(Redo(), "redone")

    def _edit_write(
        self,
        command: Command[Any],
        said: str | None,
        then: Callable[[Any], None] | None = None,
        again: Callable[[], None] | None = None,
    ) -> None:
        """Queue one store write; once durable say `said` (filled in with the change), show it and
        hand `then` the change's value; when it fails, say why and call `again` (a dialog opened
        again with what was typed)."""
        app = self.app
        if app.read_only:
            self.notify(app.read_only_said, severity="warning", markup=False)
            return

        def saved(change: Change[Any]) -> None:
            if not change.changed:  # someone had made this change already: the view shows the file
                self.notify(app.words["nothing_changed"], markup=False)
            elif said:
                self.notify(_said(app.words, said, change.value), markup=False)
            if then is not None:
                then(change.value)

        def failed(message: str) -> None:
            self.notify(message, severity="error", markup=False)
            if again is not None:
                again()

        app.writes.submit(Write(command, saved=saved, failed=failed))

    # ----- notes and links on the detail pane ----------------------------------------------

    def action_edit_note(self) -> None:
        """c: pick one of the item's notes and correct it in a text box."""
        from ita_tui.tui.screens.edit_dialogs import ChoicePicker
        from ita_tui.tui.screens.report_dialogs import WrittenDialog

        item = self._writable_item()
        if item is None:
            return
        app, words = self.app, self.app.words
        notes = {str(n.number): n for n in app.snapshot.notes.get(item.id, ())}
        if not notes:
            self.notify(words["no_notes_to_edit"], severity="warning", markup=False)
            return

        def picked(number: str | None) -> None:
            if number is None:
                return
            note = notes[number]

            def save(text: str) -> None:
                self._edit_write(EditNote(item.id, note.number, text), "saved_note_edit")

            title = words["edit_note_title"].format(number=number, item=item.id)
            if note.author != app.store.user:  # someone else's words: say whose, before and in the box
                title += " · " + words("edit_note_of", author=note.author)
                self.notify(
                    words("edit_note_of_warning", author=note.author), severity="warning", markup=False
                )
            app.push_screen(WrittenDialog(title, note.text, save, keep_lines=True, at_end=True))

        choices = [(k, f"{k}. {n.text}") for k, n in notes.items()]
        app.push_screen(ChoicePicker(words["pick_note"].format(item=item.id), choices), picked)

    def action_retract(self) -> None:
        """x: pick one of the item's notes or links and take it out of the views (kept in the log)."""
        from ita_tui.tui.screens.edit_dialogs import ChoicePicker

        item = self._writable_item()
        if item is None:
            return
        app, words = self.app, self.app.words
        # each choice: what it retracts and the line said once it is saved
        targets: dict[str, tuple[Command[Any], str]] = {}
        choices = []
        for n in app.snapshot.notes.get(item.id, ()):
            targets[f"note-{n.number}"] = (RetractNote(item.id, n.number), "saved_note_retract")
            choices.append((f"note-{n.number}", f"{words['note_word']} {n.number}. {n.text}"))
        for k in app.snapshot.links.get(item.id, ()):
            targets[f"link-{k.number}"] = (RetractLink(item.id, k.number), "saved_link_retract")
            choices.append((f"link-{k.number}", f"{words['link_word']} {k.number}. {k.url} {k.label}"))
        if not choices:
            self.notify(words["nothing_to_retract"], severity="warning", markup=False)
            return

        def picked(choice: str | None) -> None:
            if choice is not None:
                self._edit_write(*targets[choice])

        app.push_screen(ChoicePicker(words["pick_retract"].format(item=item.id), choices), picked)

    # ----- edit mode -----------------------------------------------------------------------

    def action_edit_mode(self) -> None:
        """E: enter or leave the edit mode; the title bar says so, the key bar shows its keys."""
        from ita_tui.tui.widgets.bars import KeyBar, TitleBar

        app = self.app
        if app.read_only and not self.edit_mode:
            self.notify(app.read_only_said, severity="warning", markup=False)
            return
        self.edit_mode = not self.edit_mode
        words = app.words
        title = f"{app.title}  ·  {words['edit_mode_title']}" if self.edit_mode else app.title
        keys = (*EDIT_KEYS, *APP_KEYS) if self.edit_mode else (*MAIN_KEYS, *APP_KEYS)
        # the help screen (?) lists the keys of the mode it is opened in
        self.HELP_KEYS = EDIT_HELP if self.edit_mode else MAIN_HELP
        self.query_one("#title-bar", TitleBar).show(title, app.sub_title)
        self.query_one("#key-bar", KeyBar).show_keys(keys, words)
        self.notify(words["edit_mode_on" if self.edit_mode else "edit_mode_off"], markup=False)

    def _row(self) -> Row | None:
        return self.view.current_row

    def _indicator_number(self) -> int | None:
        """The indicator of the row under the cursor (an item's own), or None on the root."""
        row = self._row()
        return row.indicator.number if row is not None and row.indicator is not None else None

    def action_edit_text(self) -> None:
        """t: change a field of the item (its text, period, follow-up, unit or OIT codes: picked
        first) or the title of the indicator under the cursor."""
        from ita_tui.tui.screens.edit_dialogs import ChoicePicker
        from ita_tui.tui.screens.item_dialog import ask_unit
        from ita_tui.tui.screens.report_dialogs import WrittenDialog

        row, app, words = self._row(), self.app, self.app.words
        if row is None or row.indicator is None:
            return
        if row.item is not None:
            item = row.item
            choices = [(f.name, f"{words[f.label]}: {f.written(item)}") for f in ITEM_FIELDS]

            def picked(name: str | None) -> None:
                if name is None:
                    return
                field = BY_NAME[name]
                if name == "responsible":  # typed, or picked from the agency's units
                    ask_unit(self, item)
                    return

                def save_field(text: str) -> None:
                    value = field.parsed(text)
                    self._edit_write(EditItem.one_field(item.id, name, value), "saved_item_edit")

                title = words("edit_field_title", field=words[field.label], item=item.id)
                app.push_screen(WrittenDialog(title, field.written(item), save_field))

            app.push_screen(ChoicePicker(words("pick_field", item=item.id), choices), picked)
            return
        indicator = row.indicator
        number = indicator.number

        def save_title(text: str) -> None:
            self._edit_write(EditIndicator(indicator.number, text), "saved_indicator_edit")

        app.push_screen(
            WrittenDialog(words["edit_indicator_title"].format(number=number), indicator.title, save_title)
        )

    def action_add_item(self) -> None:
        """i: a new item after the one under the cursor (or last in the indicator on its row), its
        fields in one dialog, numbered by its place; on the root, a new indicator (numbered after
        the last), its title in a box."""
        from ita_tui.tui.screens.item_dialog import ask_new_item
        from ita_tui.tui.screens.report_dialogs import WrittenDialog

        number, row, app = self._indicator_number(), self._row(), self.app
        if number is None:
            new = max((i.number for i in app.snapshot.checklist.indicators), default=0) + 1

            def save_indicator(title: str) -> None:
                self._edit_write(AddIndicator(new, title), "saved_indicator_add")

            app.push_screen(
                WrittenDialog(app.words["add_indicator_title"].format(number=new), "", save_indicator)
            )
            return
        ask_new_item(self, number, row.item.id if row is not None and row.item is not None else None)

    def action_remove_item(self) -> None:
        """D: remove the item (or the indicator and its items) under the cursor once y answers the
        question; the progress is kept, u brings it back, the cursor stays where it was."""
        from ita_tui.tui.screens.edit_dialogs import ConfirmDialog

        row, app, words = self._row(), self.app, self.app.words
        if row is None or row.indicator is None:
            return
        view = self.view
        rows = view.rows
        near = [r.key for r in rows[view.cursor + 1 :] if r.kind == row.kind]
        near += [r.key for r in reversed(rows[: view.cursor]) if r.kind != RowKind.ROOT]

        def stay(_: object) -> None:  # on the next row of its kind (else the one before), not the top
            if near:
                view.move_to(near[0])

        if row.item is None:
            number = row.indicator.number
            question = words("confirm_remove_indicator", number=number, count=len(row.indicator.items))
            command: Command[Any] = RemoveIndicator(number)
            said = "saved_indicator_remove"
        else:
            item_id = row.item.id
            question = words("confirm_remove_item", item=item_id)
            command = RemoveItem(item_id)
            said = "saved_item_remove"

        def answered(answer: str | None) -> None:
            if answer == "yes":
                self._edit_write(command, said, stay)

        app.push_screen(ConfirmDialog(question), answered)

    def action_move_item(self) -> None:
        """m: move the item under the cursor to another indicator (last there); it takes the number
        of its new place, its progress with it."""
        from ita_tui.tui.screens.edit_dialogs import ChoicePicker

        row, app, words = self._row(), self.app, self.app.words
        if row is None or row.item is None:
            return
        item_id = row.item.id
        choices = [(str(i.number), f"{i.number} {i.title}") for i in app.snapshot.checklist.indicators]

        def picked(number: str | None) -> None:
            if number is not None:
                self._edit_write(MoveItem(item_id, int(number)), "saved_item_move", self._go_to_item)

        app.push_screen(ChoicePicker(words["move_item_title"].format(item=item_id), choices), picked)

    def _go_to_item(self, item_id: object) -> None:
        """The cursor on the item (its id now: added, or moved to its new place)."""
        self.call_after_refresh(self.view.move_to, RowKey(RowKind.ITEM, str(item_id)))

    def action_renumber(self) -> None:
        """R: number the indicator's items 1, 2 … again (old ids stay aliases)."""
        number = self._indicator_number()
        if number is not None:
            self._edit_write(Renumber(number), "saved_renumber")


def _said(words: Words, key: str, value: Any) -> str:
    """The one line a saved correction shows."""
    if key in ("undone", "redone"):
        action = action_words(value.action, words)
        return words(key, action=action, item=value.item_id)
    if key in ("saved_item_add", "saved_item_move"):  # the item's id now
        return words(key, item=value)
    return words[key]
