"""Keys handled in the order they were typed, even in a burst (a paste, a fast typist, SSH).

Textual's App.on_event (textual/app.py 8.2, the `isinstance(event, events.Key)` branch) forwards
each key to the widget focused at that moment and goes straight on to the next key. The widget
handles it later in its own task; a key it does not take (Tab, Enter, n, a …) bubbles back up and
joins the end of the app's queue, where App._on_key runs its binding, behind the keys typed after
it. By then those keys have gone to the old widget: a link's label lands at the end of its URL,
text typed right after `n` reaches the tree as commands.

So the app here forwards one key at a time: it waits until the widget and its ancestors up to the
screen have handled the key, runs the binding of a key that came back up at once (not behind the
others), lets the messages that made (Enter's Submitted) be handled, and lets a dialog it opened
be composed and focused; each wait at most SETTLE_SECONDS, so a handler that waits on the app
itself only slows the key down.

A handler that gives the keyboard to another box uses Screen.set_focus, which does it at once;
Widget.focus (textual/widget.py) asks the app to do it later (App.call_later), behind the keys
already typed, which then reach the old box ("/ 2.3 Enter space" searched nothing).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from textual import events
from textual.app import App
from textual.dom import NoScreen
from textual.message import Message
from textual.screen import Screen

SETTLE_SECONDS = 1.0
PASSES = 6  # rounds of waiting for what the key caused (its binding, Submitted, a dialog opening)


class KeysInOrder(App):
    """An App whose keys are handled one after the other, in the order typed."""

    _settling = False
    _holding = False  # keys wait in _held until the app's pending callbacks have run
    _came_back: list[events.Key]
    _held: list[events.Key]

    async def on_event(self, event: events.Event) -> None:
        """Forward a typed key, then wait until it has been handled (see the module's text)."""
        if not isinstance(event, events.Key) or event.is_forwarded or self._settling:
            await super().on_event(event)
        elif self._holding:
            self._held.append(event)
        else:
            await self._type(event)

    async def _type(self, key: events.Key) -> None:
        """Forward one key to the focused widget and wait until it and what it caused are handled."""
        try:
            await _drained(self.screen)  # a dialog just opened: composed, its box focused
            target = self.focused or self.screen
        except NoScreen:
            await super().on_event(key)
            return
        self._settling, self._came_back = True, []
        try:
            await super().on_event(key)
            await self._settle(target)
        finally:
            self._settling = False
        for late in self._came_back:  # not handled while settling (a wait ran out): as Textual would
            await super().on_event(late)
        # A dialog's result callback (textual/screen.py ResultCallback: requester.call_next) runs on
        # the app after this key: the next keys wait for it (it may open the next dialog).
        if self._next_callbacks:
            self._holding, self._held = True, getattr(self, "_held", [])
            self.call_next(self._release)

    async def _release(self) -> None:
        """Type the keys that waited, in order, until one of them makes them wait again."""
        self._holding = False
        while self._held and not self._holding:
            await self._type(self._held.pop(0))

    def post_message(self, message: Message) -> bool:
        """A key coming back up while it is being settled is kept to be handled at once."""
        if self._settling and isinstance(message, events.Key) and message.is_forwarded:
            self._came_back.append(message)
            return True
        return super().post_message(message)

    async def _settle(self, target: Any) -> None:
        """Wait until the key forwarded to `target` and all it caused have been handled: its
        widget and their ancestors, its binding when it came back up, what those posted, the
        dialog it opened or closed (and the result callback that opens the next one)."""
        for _ in range(PASSES):
            for node in _up_to_screen(target):
                await _drained(node)
            ran = bool(self._came_back)
            while self._came_back:
                await super().on_event(self._came_back.pop(0))  # App._on_key: the key's binding
            now = self.focused or self.screen
            if now is target and not ran:
                return
            target = now


async def _drained(node: Any) -> None:
    """Once `node` has handled every message it holds now (at once if it is closed)."""
    done = asyncio.Event()
    if node.call_later(done.set):
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), SETTLE_SECONDS)


def _up_to_screen(node: Any) -> list[Any]:
    """`node` and its ancestors up to and with its screen (never the app, whose task waits here)."""
    chain = []
    while node is not None and not isinstance(node, App):
        chain.append(node)
        if isinstance(node, Screen):
            break
        node = node.parent
    return chain
