"""The edit mode's box for an item's fields: a new item's text, period, follow-up, responsible
unit and OIT codes in one dialog (checklist.fields.ITEM_FIELDS, so a field added to Item shows
here too), and an item's responsible unit changed on its own (t). The unit is typed, or picked
from the agency's units: those defined (`units add`, g) and those the checklist already names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ita_tui.checklist.fields import BY_NAME, DETAIL_FIELDS, ITEM_FIELDS, ItemField
from ita_tui.checklist.model import Item, unit_key
from ita_tui.checklist.units import NO_UNIT, unit_names
from ita_tui.store.commands import AddItem, EditItem
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line
from ita_tui.tui.screens.dialogs import OneLineInput, _Dialog

UNIT = BY_NAME["responsible"]


class ItemDialog(_Dialog):
    """One box per field, its name before it, and the agency's units under them. Tab moves;
    Enter goes on to the next box and in the last one saves, as ctrl+s does anywhere; Esc
    cancels. Enter on a unit adds it to the responsible box ("สำนักปลัด/กองคลัง"). A box left
    empty is a field left empty. `save(values)` gets each field's text by name; with
    `needs_text` (a new item) the dialog stays open, saying so, while the text is empty."""

    BINDINGS = [*_Dialog.BINDINGS, Binding("ctrl+s", "save", show=False)]

    def __init__(
        self,
        title: str,
        fields: tuple[ItemField, ...],
        values: dict[str, str],
        units: list[str],
        save: Callable[[dict[str, str]], None],
        *,
        needs_text: bool = False,
    ) -> None:
        super().__init__()
        self.title_text, self.fields, self.values = title, fields, values
        self.units = units if UNIT in fields else []
        self.save, self.needs_text = save, needs_text

    def compose(self):
        """Title, a named box per field, the units to pick from and a hint."""
        words = self.app.words
        with Vertical(classes="dialog", id="item-form"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            for field in self.fields:
                with Horizontal(classes="item-field"):
                    yield Label(words[field.label], classes="item-field-name", markup=False)
                    yield OneLineInput(self.values.get(field.name, ""), id=f"field-{field.name}")
            if self.units:
                yield Label(words["item_units_hint"], classes="dialog-hint", markup=False)
                options = (Option(Text(one_line(unit)), id=str(n)) for n, unit in enumerate(self.units))
                yield OptionList(*options, id="item-units")
            yield Label(words["item_form_hint"], classes="dialog-hint", markup=False)

    def _box(self, field: ItemField) -> Input:
        return self.query_one(f"#field-{field.name}", Input)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: on to the next box; in the last one, save."""
        event.stop()
        boxes = [self._box(f) for f in self.fields]
        at = boxes.index(event.input)
        if at + 1 < len(boxes):
            self.set_focus(boxes[at + 1])  # before the next key (key_order.py)
        else:
            self.action_save()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a unit: add it to the responsible box (once) and go back to the box."""
        event.stop()
        unit = self.units[int(event.option.id or 0)]
        box = self._box(UNIT)
        now = box.value.strip()
        if unit not in now:
            box.value = f"{now}/{unit}" if now else unit
        self.set_focus(box)
        box.cursor_position = len(box.value)

    def action_save(self) -> None:
        """Hand each field's text over and close (a new item's text is required)."""
        values = {f.name: self._box(f).value for f in self.fields}
        if self.needs_text and not values.get("text", "").strip():
            self.notify(self.app.words["item_needs_text"], severity="warning", markup=False)
            self.set_focus(self._box(BY_NAME["text"]))
            return
        self.dismiss(None)
        self.save(values)


def known_units(snapshot: Snapshot) -> list[str]:
    """The units to pick a responsible unit from: those defined first, then the others the
    checklist names (as written), each once."""
    names = [*snapshot.units]
    names += [shown for key, shown in unit_names(snapshot.checklist, snapshot.unit_model) if key != NO_UNIT]
    return list({unit_key(name): name for name in reversed(names)}.values())[::-1]


def ask_new_item(screen: Any, number: int, after: str | None, values: dict[str, str] | None = None) -> None:
    """The dialog for a new item in indicator `number` (after the item `after`, else last),
    titled with the number it will have; saved through `screen`'s write queue, the cursor then on
    it. When the save fails the dialog opens again with what was typed."""
    app = screen.app
    indicator = next(i for i in app.snapshot.checklist.indicators if i.number == number)
    ids = [i.id for i in indicator.items]
    place = ids.index(after) + 1 if after in ids else len(ids)
    new_id = f"{number}.{place + 1}"
    key = "add_item_title" if place == len(ids) else "add_item_title_between"
    title = app.words(key, item=new_id, number=number)

    def save(typed: dict[str, str]) -> None:
        details: dict[str, Any] = {f.name: f.parsed(typed[f.name]) for f in DETAIL_FIELDS}
        command = AddItem(number, typed["text"], after=after, **details)
        again = lambda: ask_new_item(screen, number, after, typed)  # noqa: E731
        screen._edit_write(command, "saved_item_add", screen._go_to_item, again)

    units = known_units(app.snapshot)
    app.push_screen(ItemDialog(title, ITEM_FIELDS, values or {}, units, save, needs_text=True))


def ask_unit(screen: Any, item: Item) -> None:
    """The dialog for the item's responsible unit alone: typed, or picked from the units."""
    app = screen.app

    def save(typed: dict[str, str]) -> None:
        command = EditItem.one_field(item.id, UNIT.name, UNIT.parsed(typed[UNIT.name]))
        screen._edit_write(command, "saved_item_edit")

    title = app.words("edit_field_title", field=app.words[UNIT.label], item=item.id)
    values = {UNIT.name: item.responsible}
    app.push_screen(ItemDialog(title, (UNIT,), values, known_units(app.snapshot), save))
