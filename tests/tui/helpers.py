"""Small helpers for pilot tests: what the tree shows, typing full Thai characters."""

from __future__ import annotations

import io

from rich.console import Console
from textual import events
from textual.keys import _character_to_key


def tree_lines(app) -> list[str]:
    """The checklist rows on screen, as text."""
    view = app.screen.query_one("#checklist")
    return [line.text for line in view.render_lines(view.region.reset_offset)]


def cursor_key(app) -> str:
    """The key of the row under the cursor ("item:2.1", "indicator:2", "root")."""
    return app.screen.query_one("#checklist").current_row.key


def detail_text(app, screen_id: str = "#detail-body") -> str:
    """The text of the detail pane (or another Static holding a Rich renderable)."""
    console = Console(width=200, record=True, file=io.StringIO(), legacy_windows=False)
    console.print(app.screen.query_one(screen_id).content)
    return console.export_text()


async def type_text(pilot, text: str) -> None:
    """Type text the way a terminal delivers it: one key event per character, marks included."""
    app = pilot.app
    for char in text:
        app.post_message(events.Key(_character_to_key(char), char))
        await pilot.pause()


async def screen_shows(pilot, text: str, tries: int = 20) -> bool:
    """Whether `text` appears on screen within a few refreshes (notifications arrive late)."""
    from tests.tui.screen_text import screen_text

    for _ in range(tries):
        if text in screen_text(pilot.app):
            return True
        await pilot.pause(0.05)
    return False
