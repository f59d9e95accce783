"""Lines the command line prints, wrapped to the terminal between Thai words (ICU word boundaries,
dates, ids and addresses whole), the lines after the first indented; a terminal left to wrap them
itself cuts Thai anywhere. Piped output is left as one line each."""

from __future__ import annotations

import shutil
import sys

from rich.cells import cell_len

from ita_tui.thai_breaks import line_segments, wrap_segments


def terminal_width() -> int:
    """The terminal's columns, or 0 when the output is not a terminal."""
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else 0


def wrapped(text: str, width: int, indent: int) -> str:
    """`text` in lines of at most `width` cells broken between words, continuation lines indented
    by `indent` spaces; as it is when `width` is 0 or it fits."""
    if width <= 0 or cell_len(text) <= width:
        return text
    first, *rest = wrap_segments(line_segments(text), width, cell_len)
    if not rest:
        return first
    more = wrap_segments(line_segments(text[len(first) :].lstrip()), max(10, width - indent), cell_len)
    return "\n".join([first, *(" " * indent + line for line in more)])


def say(text: str, indent: int = 4) -> None:
    """Print one line, wrapped to the terminal (see the module's text)."""
    print(wrapped(text, terminal_width(), indent))
