"""The agency's units in the app: a list to add, rename and remove them, and a box for a name.

What the user picks is handed back to the main screen, which saves it through the write queue.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ita_tui.store.commands import AddUnit, RemoveUnit, RenameUnit
from ita_tui.store.transaction import Command
from ita_tui.text import one_line
from ita_tui.tui.screens.dialogs import OneLineInput, _Dialog
from ita_tui.tui.writes import Write

ADD = "add:"


class UnitsDialog(_Dialog):
    """The defined units, "add a unit" first. Enter on a unit renames it, x / Delete removes it;
    dismissed with "add:", "rename:NAME" or "remove:NAME" (None: closed)."""

    BINDINGS = [*_Dialog.BINDINGS, Binding("x,delete,ป", "remove", show=False)]

    def __init__(self, units: tuple[str, ...], parents: dict[str, str]) -> None:
        super().__init__()
        self.units = units
        self.parents = parents

    def compose(self):
        """Title, the list and a hint."""
        words = self.app.words
        options = [Option(words["units_add"], id=ADD)]
        for name in self.units:
            shown = f"{name} ⊂ {self.parents[name]}" if name in self.parents else name
            options.append(Option(Text(one_line(shown)), id=f"rename:{name}"))
        with Vertical(classes="dialog"):
            yield Label(words["units_title"], classes="dialog-title", markup=False)
            yield OptionList(*options, id="unit-list")
            yield Label(words["units_hint"], classes="dialog-hint", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter: add a unit, or rename the one under the cursor."""
        event.stop()
        self.dismiss(event.option.id)

    def action_remove(self) -> None:
        """Remove the unit under the cursor."""
        units = self.query_one("#unit-list", OptionList)
        option = units.highlighted_option
        if option is not None and option.id and option.id != ADD:
            self.dismiss("remove:" + option.id.split(":", 1)[1])


class UnitNameDialog(_Dialog):
    """A unit's name: Enter hands it back, Escape cancels."""

    def __init__(self, title: str, name: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.name_now = name

    def compose(self):
        """Title and the box."""
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield OneLineInput(self.name_now, id="unit-name")
            yield Label(self.app.words["name_hint"], classes="dialog-hint", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: the name typed (an empty box is the same as cancel)."""
        event.stop()
        self.dismiss(event.value.strip() or None)


def edit_units(screen: Any) -> None:
    """The units list over `screen` (the main screen): each change is saved through the app's
    write queue, and said once durable."""
    app = screen.app
    if app.read_only:
        screen.notify(app.read_only_said, severity="warning", markup=False)
        return
    words = app.words
    snapshot = app.snapshot

    def change(command: Command[str]) -> None:
        app.writes.submit(
            Write(
                command,
                saved=lambda _: screen.notify(words["unit_saved"], markup=False),
                failed=screen._failed,
            )
        )

    def named(new: str | None, old: str = "") -> None:
        if new is not None:
            change(RenameUnit(old, new) if old else AddUnit(new))

    def picked(choice: str | None) -> None:
        if choice is None:
            return
        what, _, name = choice.partition(":")
        if what == "remove":
            change(RemoveUnit(name))
        elif what == "rename":
            title = words["unit_name_rename"].format(unit=name)
            app.push_screen(UnitNameDialog(title, name), lambda new: named(new, name))
        else:
            app.push_screen(UnitNameDialog(words["unit_name_new"]), named)

    app.push_screen(UnitsDialog(snapshot.units, dict(snapshot.unit_parents)), picked)
