"""What the screens use of the running app, as a Protocol: the screens are typed against it, so
they need not import the app module that imports them (tui/app.py ItaApp offers it; mypy checks
that it does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from ita_tui.tui.writes import SavingApp

if TYPE_CHECKING:
    from textual.screen import Screen

    from ita_tui.store.records import Snapshot
    from ita_tui.tui.writes import WriteQueue


class AppHost(SavingApp, Protocol):
    """The app as its screens and dialogs see it."""

    @property
    def pdf_digit_style(self) -> str:
        """The figures of the files it exports."""

    @property
    def read_only_banner(self) -> str:
        """The line above the key bar of a reader's copy: why it is one."""

    @property
    def writes(self) -> WriteQueue:
        """The changes being saved, in order."""

    @property
    def snapshot(self) -> Snapshot:
        """The database as last read or saved (a reactive: screens watch it)."""

    @property
    def title(self) -> str:
        """The agency, shown in the title bar."""

    @property
    def sub_title(self) -> str:
        """The fiscal year and the user, beside the title."""

    @property
    def is_web(self) -> bool:
        """Whether it is served to a browser (ita-tui serve), not drawn on a terminal."""

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        """Open `url` in the browser it is served to (Textual's App.open_url)."""

    def copy_to_clipboard(self, text: str) -> None:
        """Put `text` on the terminal's clipboard (OSC 52; Textual's App.copy_to_clipboard)."""

    def check_for_changes(self, *, always: bool = False) -> None:
        """Re-read the database when it changed (or `always`)."""

    def push_screen(self, screen: Screen[Any], callback: Callable[[Any], Any] | None = None) -> Any:
        """Show a screen over the current one; `callback` hears what it is dismissed with."""

    def pop_screen(self) -> Any:
        """Close the current screen."""
