"""The help screen (? or F1): the keys of the screen it was opened on, on the English and the
Thai layout, from the same key table as the bindings; a hint says when it scrolls."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from ita_tui.tui.keys import APP_KEYS, PALETTE_KEY, Key, shown_thai
from ita_tui.tui.screens.base import AppModal


class HelpScreen(AppModal[None]):
    """A table of keys; Escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,ๆ,question_mark,ฦ,f1", "close", show=False)]

    def __init__(self, keys: tuple[Key, ...]) -> None:
        super().__init__()
        self.keys = (*keys, *APP_KEYS, PALETTE_KEY)

    def compose(self):
        """Title, the key table in a scrolling box, and the hint line."""
        words = self.app.words
        table = Table(expand=True, show_edge=False, pad_edge=False)
        table.add_column(words["help_key_en"], no_wrap=True)
        table.add_column(words["help_key_th"], no_wrap=True)
        table.add_column(words["help_action"])
        for key in self.keys:
            table.add_row(Text(key.display), Text(shown_thai(key)), Text(words[key.label]))
        with Vertical(classes="dialog", id="help"):
            yield Label(words["help_title"], classes="dialog-title", markup=False)
            with VerticalScroll(id="help-scroll"):
                yield Static(table, id="help-table")
            yield Label(words["help_close"], id="help-hint", classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        """The arrows scroll the table; say so once it is laid out, if it does not fit."""
        scroll = self.query_one("#help-scroll")
        self.set_focus(scroll)
        self.watch(scroll, "scroll_y", lambda: self._show_hint(), init=False)
        # The table's height is known only once it is laid out at the box's width, which may take
        # more than the first refresh (English at 120x40 kept "Esc or q closes" with keys hidden).
        self.watch(scroll, "virtual_size", lambda: self._show_hint(), init=False)
        self.call_after_refresh(self._show_hint)

    def on_resize(self) -> None:
        """A new size may make the table fit, or not."""
        self.call_after_refresh(self._show_hint)

    def _show_hint(self) -> None:
        """ "↓ PgDn: more keys below · Esc or q closes" while part of the table is hidden below."""
        words = self.app.words
        scroll = self.query_one("#help-scroll", VerticalScroll)
        more = scroll.scroll_y < scroll.max_scroll_y
        hint = words["help_scroll"] + " · " + words["help_close"] if more else words["help_close"]
        self.query_one("#help-hint", Label).update(hint)

    def action_close(self) -> None:
        """Back to where the user was."""
        self.dismiss(None)
