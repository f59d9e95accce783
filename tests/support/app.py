"""Small helpers for pilot tests: what the tree shows, typing full Thai characters."""

from __future__ import annotations

import io

from rich.console import Console
from textual import events
from textual.keys import _character_to_key

from tests.waiting import pilot_wait_until


def tree_lines(app) -> list[str]:
    """The checklist rows on screen, as text."""
    view = app.screen.query_one("#checklist")
    return [line.text for line in view.render_lines(view.region.reset_offset)]


def cursor_key(app) -> str:
    """The key of the row under the cursor ("item:2.1", "indicator:2", "root")."""
    return key_text(app.screen.query_one("#checklist").current_row.key)


def key_text(key) -> str:
    """A row key as the tests write it: "item:2.1", "indicator:2", "root"."""
    return str(key.kind) if key.id is None else f"{key.kind}:{key.id}"


def detail_text(app, screen_id: str = "#detail-body") -> str:
    """The text of the detail pane (or another Static holding a Rich renderable)."""
    console = Console(width=200, record=True, file=io.StringIO(), legacy_windows=False)
    console.print(app.screen.query_one(screen_id).content)
    return console.export_text()


async def type_text(pilot, text: str) -> None:
    """Type text the way a terminal delivers it: one key event per character, marks included.

    Not `pilot.press(*text)`: Pilot looks a mark's character up again from its key name
    ("thai_character_sara_u") and finds none, so the Input drops every vowel and tone mark. The key
    name comes from Textual's own `_character_to_key`, as the app's bindings do (version pinned)."""
    app = pilot.app
    for char in text:
        app.post_message(events.Key(_character_to_key(char), char))
        await pilot.pause()


async def screen_shows(pilot, text: str) -> bool:
    """Whether `text` appears on screen before the deadline (notifications arrive late)."""
    from tests.support.screen_text import screen_text

    return await pilot_wait_until(pilot, lambda: text in screen_text(pilot.app))


async def saved(pilot) -> None:
    """Let the app's write worker save everything asked for so far, and the screen show it."""
    from tests.waiting import pilot_wait_until

    assert await pilot_wait_until(pilot, lambda: not pilot.app.writes.busy)
    await pilot.pause()
