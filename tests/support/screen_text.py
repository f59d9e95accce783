"""Read what a running app shows, as plain text lines (what a user would see).

The text comes from `App.export_screenshot()`, Textual's public screenshot (an SVG whose every
run of text sits at its column on its line), not from the compositor behind it."""

from __future__ import annotations

import html
import re

from rich.cells import cell_len

# Rich's SVG: one <text> per run of styled text, at x = column × cell width, clipped to its line.
_RUN = re.compile(r'<text [^>]*\bx="([0-9.]+)"[^>]*clip-path="url\(#[^)]*-line-([0-9]+)\)">([^<]*)</text>')
_CELL_WIDTH = 20 * 0.61  # Rich's export_svg: char_height × font_aspect_ratio


def screen_lines(app) -> list[str]:
    """The screen's rows as text (background screens under a dialog included)."""
    width, height = app.size
    lines = [""] * height
    for x, line, content in _RUN.findall(app.export_screenshot()):
        row, column = int(line), round(float(x) / _CELL_WIDTH)
        if row >= height:
            continue
        text = html.unescape(content).replace("\xa0", " ").replace("\n", "")
        shown = lines[row]
        lines[row] = shown + " " * (column - cell_len(shown)) + text
    return [line.ljust(width - cell_len(line) + len(line)) for line in lines]


def screen_text(app) -> str:
    """The whole screen as one text."""
    return "\n".join(screen_lines(app))
