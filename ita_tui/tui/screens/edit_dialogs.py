"""The dialogs of the corrections and the edit mode: a list to pick a note, link or indicator from,
and the yes/no question asked before a removal."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ita_tui.text import one_line
from ita_tui.tui.screens.dialogs import _Dialog


class ChoicePicker(_Dialog):
    """A titled list of choices (id, text); dismissed with the id chosen, or None on Esc."""

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices

    def compose(self):
        """Title and the list."""
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield OptionList(
                *(Option(Text(one_line(text)[:200]), id=key) for key, text in self.choices), id="choices"
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a choice: that one."""
        event.stop()
        self.dismiss(event.option.id)


class ConfirmDialog(_Dialog):
    """A question asked before something is removed: y (ั on the Thai layout) says yes, n (ื),
    Esc or q says no; dismissed with "yes" or None."""

    BINDINGS = [
        Binding("y,ั", "yes", show=False),
        Binding("n,ื,escape,q,ๆ", "cancel", show=False),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self):
        """The question and the keys that answer it."""
        with Vertical(classes="dialog", id="confirm"):
            yield Label(self.question, classes="dialog-title", markup=False)
            yield Label(self.app.words["confirm_keys"], classes="dialog-hint", markup=False)

    def action_yes(self) -> None:
        """y: go ahead."""
        self.dismiss("yes")
