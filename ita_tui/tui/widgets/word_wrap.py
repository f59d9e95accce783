"""Wrap Thai text between words (ICU line breaks), never inside a word as Rich would."""

from __future__ import annotations

from rich.cells import cell_len
from rich.measure import Measurement
from rich.text import Text


def word_segments(text: str) -> list[str]:
    """`text` cut at every line-break opportunity (a segment keeps its trailing spaces)."""
    from icu4py.breakers import LineBreaker

    return list(LineBreaker(text, "th"))


def wrap_words(text: Text, width: int, console) -> list[Text]:
    """One paragraph (no newline) as lines no wider than `width`, broken between words."""
    breaks: list[int] = []
    used = start = position = 0
    for segment in word_segments(text.plain):
        if position > start and used + cell_len(segment.rstrip()) > width:
            breaks.append(position)
            used, start = 0, position
        used += cell_len(segment)
        position += len(segment)
    lines = []
    for line in text.divide(breaks):
        line.rstrip()
        lines.extend(line.wrap(console, width) if line.cell_len > width else [line])
    return lines


class WordWrapped:
    """A Rich renderable: the text's lines wrapped between words at the width it is given."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console, options):
        """Each paragraph wrapped to the available width."""
        width = max(1, options.max_width)
        for paragraph in self.text.split("\n", allow_blank=True):
            for line in wrap_words(paragraph, width, console) if paragraph.plain else [paragraph]:
                line.no_wrap = True
                line.end = "\n"
                yield line

    def __rich_measure__(self, console, options) -> Measurement:
        """As wide as the longest paragraph, at most the available width."""
        widest = max((cell_len(p) for p in self.text.plain.split("\n")), default=0)
        return Measurement(1, min(widest, options.max_width))

