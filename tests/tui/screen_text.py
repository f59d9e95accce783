"""Read what a running app shows, as plain text lines (what a user would see)."""

from __future__ import annotations

import io

from rich.console import Console


def screen_lines(app) -> list[str]:
    """The screen's rows as text, the way export_screenshot renders them."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False).split("\n")[:height]


def screen_text(app) -> str:
    """The whole screen as one text."""
    return "\n".join(screen_lines(app))
