"""Signature blocks: ลงชื่อ … role, (name), position and a date line, in level columns.

The first two signers sit side by side and a third (ผู้อนุมัติ) is centred below them, as Thai
office documents place an approver. Each block's rows (sign, name, position, date) start at the
same height in both columns, however many lines a long position wraps to; names and positions
break only between words, and a place name after ตำบล/อำเภอ/จังหวัด is never split.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.export.pdf_page import Page
from ita_tui.locale import Words
from ita_tui.text import one_line

SIGNER_LINES = 3  # lines a name or position may take before it is cut with "…"
GAP = 6.0  # mm between the two columns


@dataclass(frozen=True)
class Signer:
    """One person who signs: their name and position as typed (blank leaves dots), and the role."""

    name: str
    position: str
    role: str  # ผู้รายงาน, ผู้ตรวจสอบ, ผู้อนุมัติ


def _dots(page: Page, size: float, room: float) -> str:
    """As many dots as fill `room` mm (at least three)."""
    per_dot = page.widths.width(".", "", size)
    return "." * max(3, int(room / per_dot))


def _block(page: Page, words: Words, signer: Signer, width: float) -> list[list[str]]:
    """A signer's rows, each a list of wrapped lines: sign, name, position, date."""
    size = page.size
    wrap = page.widths.wrap_at_most

    def filled(*texts: str) -> float:
        """Width left for dots in a line that also holds `texts`."""
        return width - sum(page.widths.width(t + " ", "", size) for t in texts) - 1.0

    sign = f"{words['sign']} {_dots(page, size, filled(words['sign'], signer.role))} {signer.role}"
    name = one_line(signer.name)
    name_line = f"({name})" if name.strip() else f"({_dots(page, size, width * 0.8)})"
    position = one_line(signer.position)
    position_line = (
        f"{words['position']} {position}"
        if position.strip()
        else f"{words['position']} {_dots(page, size, filled(words['position']))}"
    )
    short, long = _dots(page, size, width * 0.12), _dots(page, size, width * 0.3)
    date_line = words("date_line", day=short, month=long, year=short)
    return [
        wrap(sign, "", size, width, 1),
        wrap(name_line, "", size, width, SIGNER_LINES),
        wrap(position_line, "", size, width, SIGNER_LINES),
        wrap(date_line, "", size, width, 2),
    ]


_Placed = list[tuple[float, float, list[list[str]]]]  # x, column width, rows of lines


def _rows(
    page: Page, words: Words, signers: tuple[Signer, ...], x0: float, width: float
) -> tuple[_Placed, list[int], _Placed]:
    """(x, column width, block) per signer and the pair's row heights in lines; the third below."""
    column = (width - GAP) / 2
    pair = [_block(page, words, s, column) for s in signers[:2]]
    heights = [max(len(block[row]) for block in pair) for row in range(4)]
    placed = [(x0 + n * (column + GAP), column, block) for n, block in enumerate(pair)]
    third = [(x0 + (width - column) / 2, column, _block(page, words, s, column)) for s in signers[2:3]]
    return placed, heights, third


def signatures_height(
    page: Page, words: Words, signers: tuple[Signer, ...], x0: float, width: float
) -> float:
    """Height of the signature blocks, with room to sign above each row of them."""
    if not signers:
        return 0.0
    lh = page.line_height(page.size)
    _, heights, third = _rows(page, words, signers, x0, width)
    height: float = (2 + sum(heights)) * lh
    if third:
        height += (2 + sum(len(row) for row in third[0][2])) * lh
    return height


def draw_signatures(page: Page, words: Words, signers: tuple[Signer, ...], x0: float, width: float) -> None:
    """Lay the blocks out at the cursor: two level columns, then the third centred below."""
    if not signers:
        return
    lh = page.line_height(page.size)
    page.need(signatures_height(page, words, signers, x0, width))
    placed, heights, third = _rows(page, words, signers, x0, width)
    page.y += 2 * lh
    for x, column, block in placed:
        y = page.y
        for row, lines in enumerate(block):
            for n, line in enumerate(lines):
                page.text(x, y + n * lh, column, page.size, line, "", "C")
            y += heights[row] * lh
    page.y += sum(heights) * lh
    for x, column, block in third:
        page.y += 2 * lh
        for lines in block:
            for line in lines:
                page.text(x, page.y, column, page.size, line, "", "C")
                page.y += lh
