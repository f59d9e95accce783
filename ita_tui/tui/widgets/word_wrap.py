"""Wrap and cut Thai text between words (ICU line breaks), never inside a word as Rich would;
dates, times, ids and web addresses stay whole (an address breaks only after a "/")."""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len
from rich.measure import Measurement
from rich.text import Text

from ita_tui.thai_breaks import breaks_of, line_segments, truncation_point, word_segments

ELLIPSIS = "…"


@lru_cache(maxsize=8192)
def _cut(plain: str, width: int, words: bool) -> int | None:
    """Where a one-line text is cut to fit `width` with a "…" (None: it fits)."""
    return truncation_point(plain, width, cell_len, breaks_of(word_segments(plain)) if words else None)


def fit(text: Text, width: int, *, words: bool = True, pad: bool = False) -> Text:
    """One line no wider than `width`: cut at a word (`words`, ICU) or else between grapheme
    clusters, never inside a date, time, id or URL, and ended with "…"; padded to `width` when asked."""
    text = text.copy()
    text.no_wrap = True
    cut = _cut(text.plain, width, words) if width > 0 else 0
    if cut is not None:
        text = text[:cut]
        text.rstrip()
        text.append(ELLIPSIS)
    if pad:
        text.pad_right(max(0, width - text.cell_len))
    return text


class Fitted:
    """A Rich renderable: one line of text cut with "…" (between words) to the width it is given."""

    def __init__(self, text: Text, *, words: bool = True) -> None:
        self.text = text
        self.words = words

    def __rich_console__(self, console, options):
        """The line, fitted."""
        yield fit(self.text, options.max_width, words=self.words)

    def __rich_measure__(self, console, options) -> Measurement:
        """As wide as the text, at most the available width."""
        return Measurement(1, min(self.text.cell_len, options.max_width))


def wrap_words(text: Text, width: int, console, indent: int = 0) -> list[Text]:
    """One paragraph (no newline) as lines no wider than `width`, broken between words;
    lines after the first are indented by `indent` spaces."""
    breaks: list[int] = []
    used = start = position = 0
    limit = width
    for segment in line_segments(text.plain):
        if position > start and used + cell_len(segment.rstrip()) > limit:
            breaks.append(position)
            used, start, limit = 0, position, width - indent
        used += cell_len(segment)
        position += len(segment)
    lines: list[Text] = []
    for number, line in enumerate(text.divide(breaks)):
        line.rstrip()
        room = width if number == 0 else width - indent
        pieces = line.wrap(console, room) if line.cell_len > room else [line]
        lines.extend(
            piece if number == 0 and n == 0 else Text(" " * indent) + piece for n, piece in enumerate(pieces)
        )
    return lines


def _hanging_indent(plain: str) -> int:
    """Where a paragraph's text starts after its leading spaces and a "• " bullet."""
    stripped = plain.lstrip(" ")
    indent = len(plain) - len(stripped)
    return indent + 2 if stripped.startswith("• ") else indent


class WordWrapped:
    """A Rich renderable: the text's lines wrapped between words at the width it is given."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console, options):
        """Each paragraph wrapped to the available width, continuation lines under its text."""
        width = max(1, options.max_width)
        for paragraph in self.text.split("\n", allow_blank=True):
            indent = _hanging_indent(paragraph.plain)
            if indent >= width // 2:
                indent = 0
            lines = wrap_words(paragraph, width, console, indent) if paragraph.plain else [paragraph]
            for line in lines:
                line.no_wrap = True
                line.end = "\n"
                yield line

    def __rich_measure__(self, console, options) -> Measurement:
        """As wide as the longest paragraph, at most the available width."""
        widest = max((cell_len(p) for p in self.text.plain.split("\n")), default=0)
        return Measurement(1, min(widest, options.max_width))
