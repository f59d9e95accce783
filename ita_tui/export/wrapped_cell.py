"""A cell of the terminal's Rich tables whose text wraps only between Thai words (ICU word
boundaries, dates, ids and web addresses whole), or between grapheme clusters when one word is
wider than the column. Rich wraps at spaces and folds the rest anywhere: "การใช้งบประ│มาณ"."""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from ita_tui.thai_breaks import line_segments, wrap_segments

NARROWEST = 16  # cells: a long word asks for no wider a column than this (it is cut instead)


@lru_cache(maxsize=4096)
def _segments(plain: str) -> tuple[str, ...]:
    return tuple(line_segments(plain))


class WrappedCell:
    """One cell's text, wrapped between words to the column's width."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def lines(self, width: int) -> list[str]:
        """The text in lines no wider than `width` cells."""
        if not self.text:
            return [""]
        return wrap_segments(list(_segments(self.text)), max(1, width), cell_len)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The wrapped lines."""
        for line in self.lines(options.max_width):
            yield Text(line, style=self.style, no_wrap=True, end="\n")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """At least its widest word (up to NARROWEST), at most the whole text on one line."""
        widest = max((cell_len(s.rstrip()) for s in _segments(self.text)), default=0) if self.text else 0
        whole = cell_len(self.text)
        return Measurement(min(widest, NARROWEST, whole), whole).clamp(max_width=options.max_width)
