"""Keep Thai marks with their base consonant wherever Rich or Textual cut a line of segments.

The fault (upstream, checked in rich 15.0.0 and textual 8.2.8):
- rich/segment.py `Segment._split_cells` (behind `Segment.split_cells`) finds the cut by counting
  cells. A zero-width character (a Thai vowel or tone mark: U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E)
  right after the cut may go into the right-hand piece: "แล" | "้ว".
- rich/segment.py `Segment.divide` cuts exactly at a segment boundary without looking at the next
  segment, which may start with a mark when a style changes inside a cluster.
- rich/segment.py `Segment.adjust_line_length` (behind `split_and_crop_lines`, which Rich uses to
  cut every rendered line to a widget's width) crops the segment at the edge with the
  grapheme-aware `rich.cells.set_cell_size`, but drops every segment after it, a mark that
  starts the next segment too: "เขียนไฟล" + "์" loses the "์".
- textual/strip.py `Strip.divide` (through `Segment.divide`) and `Strip.crop` (through
  `split_cells`) are how textual/_compositor.py `_render_chops` cuts each screen line into "chops"
  at the edges of the widgets over it (a toast, a dialog), and `ChopsUpdate.render_segments` writes
  each chop after a cursor move. A chop that starts with a bare mark puts it on whatever cell is
  before the move: "บันทึกแล้้ว", "เขียนไฟลแล้ว".

`install()` wraps the three so that a zero-width character after a cut always stays on the left, with
its base. Cell counts are unchanged (the moved characters take no cell), so every caller's
arithmetic still holds. Rich's own `rich.cells.split_text` already cuts between grapheme clusters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style

_installed = False


def leading_zero_width(text: str) -> int:
    """How many characters at the start of `text` take no cell (marks that belong before it)."""
    count = 0
    for character in text:
        if character == "\n" or get_character_cell_size(character) != 0:
            break
        count += 1
    return count


Split = Callable[[Segment, int], tuple[Segment, Segment]]
Divide = Callable[[Iterable[Segment], Iterable[int]], Iterable[list[Segment]]]
Adjust = Callable[[list[Segment], int, "Style | None", bool], list[Segment]]


def _wrap_split_cells(original: Split) -> Callable[..., tuple[Segment, Segment]]:
    """`Segment._split_cells` with the right-hand piece's leading marks moved to the left."""

    @lru_cache(1024 * 16)
    def split_cells(cls: type[Segment], segment: Segment, cut: int) -> tuple[Segment, Segment]:
        before, after = original(segment, cut)
        if after.control:
            return before, after
        moved = leading_zero_width(after.text)
        if not moved:
            return before, after
        return (
            Segment(before.text + after.text[:moved], before.style, before.control),
            Segment(after.text[moved:], after.style, after.control),
        )

    return split_cells


def _wrap_divide(original: Divide) -> Callable[..., Iterator[list[Segment]]]:
    """`Segment.divide` with the marks that start a piece moved to the end of the piece before."""

    def divide(
        cls: type[Segment], segments: Iterable[Segment], cuts: Iterable[int]
    ) -> Iterator[list[Segment]]:
        previous: list[Segment] | None = None
        for piece in original(segments, cuts):
            if previous is not None:
                _move_leading_marks(previous, piece)
                yield previous
            previous = piece
        if previous is not None:
            yield previous

    return divide


def _wrap_adjust_line_length(original: Adjust) -> Callable[..., list[Segment]]:
    """`Segment.adjust_line_length` keeping the marks that start the first dropped segment."""

    def adjust_line_length(
        cls: type[Segment], line: list[Segment], length: int, style: Style | None = None, pad: bool = True
    ) -> list[Segment]:
        cropped = original(line, length, style, pad)
        if len(cropped) < len(line) and sum(s.cell_length for s in line) > length:
            _move_leading_marks(cropped, list(line[len(cropped) :]))
        return cropped

    return adjust_line_length


def _move_leading_marks(left: list[Segment], right: list[Segment]) -> None:
    """Move the zero-width characters that start `right` (across empty segments) onto `left`."""
    while right and not right[0].control:
        text, style, control = right[0]
        moved = leading_zero_width(text)
        if moved:
            left.append(Segment(text[:moved], style, control))
        if moved < len(text):
            if moved:
                right[0] = Segment(text[moved:], style, control)
            return
        right.pop(0)


def install() -> None:
    """Patch Rich's segment cutting once per process (Textual's compositor goes through it)."""
    global _installed
    if _installed:
        return
    split_cells = Segment.__dict__["_split_cells"].__func__
    divide = Segment.__dict__["divide"].__func__
    adjust = Segment.__dict__["adjust_line_length"].__func__
    Segment._split_cells = classmethod(_wrap_split_cells(lambda s, c: split_cells(Segment, s, c)))  # type: ignore[method-assign, assignment]
    Segment.divide = classmethod(_wrap_divide(lambda s, c: divide(Segment, s, c)))  # type: ignore[method-assign, assignment]
    Segment.adjust_line_length = classmethod(  # type: ignore[method-assign, assignment]
        _wrap_adjust_line_length(lambda line, n, style, pad: adjust(Segment, line, n, style, pad))
    )
    _installed = True
