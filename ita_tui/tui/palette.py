"""The command palette (ctrl+p) in the app's language: its search box and its "no matches" line.

Textual writes "No matches found" inline in CommandPalette._start_no_matches_countdown
(textual/command.py, 8.2); this subclass is that method with the words table's line instead.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option


class WordsPalette(CommandPalette):
    """Textual's palette, saying "no matches" in the app's language."""

    def __init__(self, no_matches: str, **options) -> None:
        super().__init__(**options)
        self.no_matches = no_matches

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """After a moment with nothing found, one disabled line saying so (as Textual's own)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(self.no_matches, style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
