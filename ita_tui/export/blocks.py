"""What a block of a published table holds before it is laid out (pure): the results report's
indicators and the measures document's indicators alike.

A block is one indicator: the cells that span all its rows (by column), and its rows, each a cell
per remaining column. A row is never split between pages; the spanning cells flow alongside and
go on under "ตัวชี้วัดที่ N (ต่อ)" on the next page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ita_tui.checklist.model import State


@dataclass(frozen=True)
class Para:
    """One paragraph of a cell: its text, bold or not, and the state mark drawn before it."""

    text: str
    style: str = ""  # "" or "B"
    mark: State | None = None  # the item's state, drawn as its square before the text
    grey: bool = False


Cells = dict[int, tuple[Para, ...]]  # a cell's paragraphs by column


@dataclass(frozen=True)
class TableBlock:
    """One indicator's cells: those spanning its rows, then its rows."""

    number: str  # the indicator's number as printed, for "(ต่อ)" on a continued block
    spans: Cells  # column 0 always spans
    rows: tuple[Cells, ...]
    keep: int = 1  # rows that start the block together on one page


@dataclass(frozen=True)
class Lead:
    """A table of its own before the document's table (the measures document's analysis of last
    year's scores): its column heads, their parts of the width, its blocks."""

    heads: tuple[str, ...]
    shares: tuple[float, ...]
    blocks: tuple[TableBlock, ...]


def shared(texts: list[str], key: Callable[[str], str] = lambda t: " ".join(t.split())) -> str | None:
    """The first of `texts` when all of them are the same (by `key`: spacing aside), else None."""
    return texts[0] if texts and len({key(t) for t in texts}) == 1 else None


def spread(spans: Cells, rows: list[Cells], column: int, texts: list[str], same: str | None) -> None:
    """A column whose text is the same in every row spans the block; else each row (the last
    len(texts) rows: a findings row above the items has none) has its own."""
    if same is not None:
        spans[column] = (Para(same),)
        return
    for row, text in zip(rows[len(rows) - len(texts) :], texts, strict=True):
        row[column] = (Para(text),)
