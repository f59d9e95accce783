"""The app's screens and dialogs, whose `self.app` is typed as the ItaApp they run in.

Textual types `app` as a plain `App`, so the store, words and snapshot a screen reads would be
unknown to the type checker. Textual's `getters.app(ItaApp)` is the usual remedy, but it needs the
app class when a screen class is made, and the app module imports the screens; so the lookup is
Textual's (`getters.app(App)`) and only its type is narrowed here."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual import getters
from textual.app import App
from textual.message_pump import MessagePump
from textual.screen import ModalScreen, Screen

if TYPE_CHECKING:
    from ita_tui.tui.app import ItaApp

ResultT = TypeVar("ResultT")

_ANY_APP = getters.app(App)


class _ItaApp:
    """The `app` attribute: the running app, typed as ItaApp."""

    def __get__(self, node: MessagePump, owner: type[MessagePump]) -> ItaApp:
        return cast("ItaApp", _ANY_APP.__get__(node, owner))


class AppScreen(Screen[ResultT]):
    """A full screen of the app (main, dashboard)."""

    app = _ItaApp()


class AppModal(ModalScreen[ResultT]):
    """A screen shown over another (help, the dialogs)."""

    app = _ItaApp()
