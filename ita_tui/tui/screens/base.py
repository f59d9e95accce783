"""The app's screens and dialogs, whose `self.app` is typed as the AppHost they run in.

Textual types `app` as a plain `App`, so the store, words and snapshot a screen reads would be
unknown to the type checker. The lookup stays Textual's (`getters.app(App)`); only its type is
narrowed, to the Protocol of tui/host.py, so no screen imports the app module that imports it.

A full screen (AppScreen) translates its key bindings into the app's language, lists its keys for
the command palette (KEYS) and the help screen (HELP_KEYS), and follows the app's snapshot: once
mounted, `show_snapshot` hears every new state of the database."""

from __future__ import annotations

from typing import TypeVar, cast

from textual import getters
from textual.app import App
from textual.message_pump import MessagePump
from textual.screen import ModalScreen, Screen

from ita_tui.store.records import Snapshot
from ita_tui.tui.host import AppHost
from ita_tui.tui.keys import Key, translate_bindings

ResultT = TypeVar("ResultT")

_ANY_APP = getters.app(App)


class _Host:
    """The `app` attribute: the running app, typed as AppHost."""

    def __get__(self, node: MessagePump, owner: type[MessagePump]) -> AppHost:
        return cast(AppHost, _ANY_APP.__get__(node, owner))


class AppScreen(Screen[ResultT]):
    """A full screen of the app (main, dashboard)."""

    app = _Host()  # type: ignore[assignment]  # Textual's App narrowed to the Protocol, not a subclass of it
    KEYS: tuple[Key, ...] = ()  # offered in the command palette
    HELP_KEYS: tuple[Key, ...] = ()  # listed on the help screen opened here

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.words)

    def on_mount(self) -> None:
        """Follow the app's snapshot from now on (Textual calls a subclass's on_mount too)."""
        self.watch(_ANY_APP.__get__(self, type(self)), "snapshot", self.show_snapshot, init=False)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show this state of the database (a screen that shows progress redraws)."""


class AppModal(ModalScreen[ResultT]):
    """A screen shown over another (help, the dialogs)."""

    app = _Host()  # type: ignore[assignment]  # as AppScreen's
