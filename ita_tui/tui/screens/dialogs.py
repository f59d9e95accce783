"""Small modal dialogs: a progress note, an evidence link, a responsible unit, an item's state,
the reason it does not apply and the reason a supervisor returns it."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ita_tui.checklist.model import STATES, Item
from ita_tui.export.figures import STATE_MARKS, STATE_WORDS
from ita_tui.text import one_line
from ita_tui.thai import digits
from ita_tui.tui.screens.base import AppModal
from ita_tui.tui.widgets.word_wrap import Fitted


class OneLineInput(Input):
    """An input box that keeps every line of pasted text, joined by spaces (Textual's Input
    keeps the first line only)."""

    def _on_paste(self, event: events.Paste) -> None:
        """Paste all the lines as one (in place of Input's own paste handler)."""
        event.prevent_default()
        event.stop()
        text = " ".join(filter(None, map(str.strip, event.text.splitlines())))
        if text and self.selection.is_empty:
            self.insert_text_at_cursor(text)
        elif text:
            self.replace(text, *self.selection)


class _Dialog(AppModal[str | None]):
    """A modal box that Escape cancels (dismissed with None); so does q / ๆ outside a text box,
    as on the help screen, instead of quitting the app."""

    BINDINGS = [Binding("escape", "cancel", show=False), Binding("q,ๆ", "cancel", show=False)]

    def action_cancel(self) -> None:
        """Close without saving anything."""
        self.dismiss(None)

    def _item_label(self, item: Item) -> str:
        """The item's number in the chosen digits."""
        return digits(one_line(item.id), self.app.digit_style)


class _SavingDialog(_Dialog):
    """A dialog whose Enter closes it and hands what was typed to a save that runs in a worker
    (the screen behind answers keys meanwhile); when the save fails, the box opens again with
    what was typed, so nothing typed is lost."""

    HINT = ""  # the words-table key of the hint line

    def __init__(self, item: Item, save: Callable[..., None], values: tuple[str, ...]) -> None:
        super().__init__()
        self.item = item
        self.save = save  # save(*values, done): done(True) once durable, done(False) when not
        self.values = values

    def _hint_line(self) -> Label:
        """The hint under the boxes."""
        return Label(self.app.words[self.HINT], classes="dialog-hint", markup=False)

    def _start_save(self, *values: str) -> None:
        """Close the box and save `values`."""
        self.values = values
        app = self.app
        self.dismiss(None)
        self.save(*values, lambda ok: ok or app.push_screen(type(self)(self.item, self.save, values)))


class NoteDialog(_SavingDialog):
    """A one-line note box: Enter saves, Escape cancels; it stays open (text kept) when the
    save fails."""

    TITLE = "note_title"  # the words-table keys of the title line, ...
    HINT = "note_hint"
    INPUT_ID = "note-text"
    REQUIRED = ""  # ... and of the warning when Enter finds the box empty ("": empty cancels)

    def __init__(self, item: Item, save: Callable[..., None], values: tuple[str, ...] = ("",)) -> None:
        super().__init__(item, save, values)

    def compose(self):
        """Title, the item's text, the input and a hint."""
        words = self.app.words
        with Vertical(classes="dialog"):
            yield Label(
                words[self.TITLE].format(item=self._item_label(self.item)),
                classes="dialog-title",
                markup=False,
            )
            yield Label(Fitted(Text(one_line(self.item.text))), classes="dialog-item")
            yield OneLineInput(self.values[0], id=self.INPUT_ID)
            yield self._hint_line()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: save the text and close; an empty box cancels, or stays open saying what it
        needs when the text is required."""
        event.stop()
        text = event.value.strip()
        if text:
            self._start_save(text)
        elif self.REQUIRED:  # said in the box's own hint line: it goes with the box once saved
            hint = self.query_one(".dialog-hint", Label)
            hint.update(self.app.words[self.REQUIRED] + " · " + self.app.words[self.HINT])
            hint.add_class("needed")
        else:
            self.dismiss(None)


class ReasonDialog(NoteDialog):
    """Why an item does not apply: Enter saves it as not applicable (never empty), Escape cancels."""

    TITLE, HINT, INPUT_ID, REQUIRED = "reason_title", "reason_hint", "reason-text", "reason_needs_text"


class ReturnDialog(NoteDialog):
    """Why a supervisor returns a done item: Enter returns it (never empty), Escape cancels."""

    TITLE, HINT, INPUT_ID, REQUIRED = "return_title", "return_hint", "return-text", "return_needs_reason"


class LinkDialog(_SavingDialog):
    """URL and an optional label; Enter saves, Tab moves between the two, Escape cancels; it
    stays open (fields kept) when the link is refused or cannot be saved."""

    HINT = "link_hint"

    def __init__(self, item: Item, save: Callable[..., None], values: tuple[str, ...] = ("", "")) -> None:
        super().__init__(item, save, values)

    def compose(self):
        """Title, URL input, label input and a hint."""
        words = self.app.words
        with Vertical(classes="dialog"):
            yield Label(
                words["link_title"].format(item=self._item_label(self.item)),
                classes="dialog-title",
                markup=False,
            )
            yield OneLineInput(self.values[0], placeholder=words["link_url"], id="link-url")
            yield OneLineInput(self.values[1], placeholder=words["link_label"], id="link-label")
            yield self._hint_line()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in either box saves when there is a URL."""
        event.stop()
        url = self.query_one("#link-url", Input).value.strip()
        if not url:
            self.notify(self.app.words["link_needs_url"], severity="warning", markup=False)
            self.set_focus(self.query_one("#link-url", Input))  # before the next key (key_order.py)
            return
        self._start_save(url, self.query_one("#link-label", Input).value.strip())


class StatePicker(_Dialog):
    """The four states, the item's own highlighted; dismissed with the state chosen."""

    def __init__(self, item: Item, current: str) -> None:
        super().__init__()
        self.item = item
        self.current = current

    def compose(self):
        """Title and the four states with their marks."""
        words = self.app.words
        options = [Option(f"{STATE_MARKS[s]} {words[STATE_WORDS[s]]}", id=s) for s in STATES]
        picker = OptionList(*options, id="states")
        picker.highlighted = STATES.index(self.current)
        with Vertical(classes="dialog"):
            yield Label(
                words["state_title"].format(item=self._item_label(self.item)),
                classes="dialog-title",
                markup=False,
            )
            yield picker

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a state: that state."""
        event.stop()
        self.dismiss(event.option.id)


class UnitPicker(_Dialog):
    """A list of the responsible units, with "all units" first; dismissed with the unit or ""."""

    def __init__(self, units: list[str], current: str = "") -> None:
        super().__init__()
        self.units = units
        self.current = current  # highlighted at first (the user's own unit)

    def compose(self):
        """Title and the list."""
        words = self.app.words
        options = [Option(words["all_units"], id="")]
        options += [Option(Text(one_line(unit)), id=str(n)) for n, unit in enumerate(self.units)]
        with Vertical(classes="dialog"):
            yield Label(words["pick_unit"], classes="dialog-title", markup=False)
            picker = OptionList(*options, id="units")
            picker.highlighted = self.units.index(self.current) + 1 if self.current in self.units else 0
            yield picker

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a unit: show only its items."""
        event.stop()
        option_id = event.option.id
        self.dismiss(self.units[int(option_id)] if option_id else "")
