"""The help screen (? or F1): every key on the English and the Thai layout."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from ita_tui.tui.keys import APP_KEYS, MAIN_KEYS, NAVIGATION_KEYS, shown_thai
from ita_tui.tui.screens.base import AppModal


class HelpScreen(AppModal[None]):
    """A table of keys; Escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,ๆ,question_mark,ฦ,f1", "close", show=False)]

    def compose(self):
        """The key table in a scrolling box."""
        words = self.app.words
        table = Table(title=words["help_title"], expand=True, show_edge=False)
        table.add_column(words["help_key_en"], no_wrap=True)
        table.add_column(words["help_key_th"], no_wrap=True)
        table.add_column(words["help_action"])
        for key in (*NAVIGATION_KEYS, *MAIN_KEYS, *APP_KEYS):
            table.add_row(Text(key.display), Text(shown_thai(key)), Text(words[key.label]))
        table.add_row(Text("tab ⇧tab"), Text("-"), Text(words["key_focus"]))
        table.add_row(Text("ctrl+p"), Text("-"), Text(words["key_palette"]))
        table.caption = words["help_close"]
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(table, id="help-table")

    def action_close(self) -> None:
        """Back to where the user was."""
        self.dismiss(None)
