"""The results report laid out on A4 landscape pages: title block, the six-column table with its
header row on every page, rows split between pages at line boundaries, signatures at the end.

Every cell is wrapped between Thai words first (pdf_measure.py); a row that does not fit the rest
of a page is cut after a whole line, the same number of lines in every column, and goes on under
the next page's header row with "ตัวชี้วัดที่ N (ต่อ)" at the top of its first cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.checklist.model import State
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.pdf_page import DoesNotFit, Page
from ita_tui.export.pdf_signatures import Signer, draw_signatures
from ita_tui.export.report_content import Para, Row
from ita_tui.locale import Words

PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
LEFT, RIGHT, TOP, BOTTOM = 15.0, 15.0, 16.0, 14.0
WIDTH = PAGE_W - LEFT - RIGHT
SHARES = (0.17, 0.27, 0.10, 0.22, 0.14, 0.10)  # the six columns' parts of the width
SIZE = 11.0  # body type, pt
PAD = 2.5  # mm inside a cell (poppler reads columns closer than about 4 mm as one)
MARK = 3.0  # mm side of a state square
SIGNATURES_W = 200.0  # mm the signature blocks take, centred
MIN_LINES = 3  # a row starts on a new page rather than with fewer lines at the bottom
HEADER_FILL = (235, 235, 235)
GREY = (90, 90, 90)


@dataclass(frozen=True)
class Line:
    """One wrapped line of a cell."""

    text: str
    style: str = ""
    mark: State | None = None  # the state square drawn before the line (an item's first line)
    indent: float = 0.0
    grey: bool = False
    first: bool = True  # the first line of its paragraph


@dataclass
class Report:
    """What the layout needs: title lines, the column heads, the rows and the signers."""

    title_lines: list[str]
    heads: list[str]
    rows: list[Row]
    signers: tuple[Signer, ...]
    words: Words
    digit_style: str


def _columns() -> list[tuple[float, float]]:
    """Each column's left edge and width."""
    xs, x = [], LEFT
    for share in SHARES:
        xs.append((x, WIDTH * share))
        x += WIDTH * share
    return xs


def _wrap_cell(widths: Widths, paras: tuple[Para, ...], width: float) -> list[Line]:
    """A cell's paragraphs as lines; an item with a state square hangs its lines after the square."""
    lines: list[Line] = []
    for para in paras:
        indent = MARK + 1.2 if para.mark else 0.0
        wrapped = widths.wrap(para.text, para.style, SIZE, width - 2 * PAD - indent)
        for n, text in enumerate(wrapped):
            lines.append(Line(text, para.style, para.mark if n == 0 else None, indent, para.grey, n == 0))
    return lines


def lay_out(report: Report, widths: Widths) -> list[Page]:
    """Every page of the report, drawn as operations."""
    columns = _columns()
    pages: list[Page] = []
    page = _new_page(report, widths, pages, columns, first=True)
    lh = page.line_height(SIZE)
    top_of_rows = page.y
    for row in report.rows:
        cells = [_wrap_cell(widths, row.cells[c], w) for c, (_, w) in enumerate(columns)]
        done = [0] * len(cells)
        continued = False
        while True:
            label = [Line(report.words("report_continued", number=row.number), "B")] if continued else []
            left = [label + cells[0][done[0] :]] + [cells[c][done[c] :] for c in range(1, len(cells))]
            need = max(len(lines) for lines in left)
            room = int((page.bottom - page.y - 2 * PAD) / lh + 1e-6)
            if room < min(need, MIN_LINES):
                page = _new_page(report, widths, pages, columns)
                top_of_rows = page.y
                continue
            take = min(room, need)
            kept = [_kept_together(lines, take) for lines in left]
            if not all(whole for _, whole in kept) and page.y > top_of_rows + 1e-6:
                page = _new_page(report, widths, pages, columns)  # a paragraph would be cut: it goes over
                top_of_rows = page.y
                continue
            shown = [n for n, _ in kept]
            _chunk(page, columns, [lines[:n] for lines, n in zip(left, shown, strict=True)], take, lh)
            for c, n in enumerate(shown):
                done[c] += n - (len(label) if c == 0 else 0)
            if take >= need:
                break
            continued = True
            page = _new_page(report, widths, pages, columns)
            top_of_rows = page.y
    page.y += 2.0
    x0 = LEFT + (WIDTH - SIGNATURES_W) / 2
    try:
        draw_signatures(page, report.words, report.signers, x0, SIGNATURES_W)
    except DoesNotFit:
        page = _new_page(report, widths, pages, columns, header=False)
        draw_signatures(page, report.words, report.signers, x0, SIGNATURES_W)
    return pages


def _kept_together(lines: list[Line], room: int) -> tuple[int, bool]:
    """How many of a column's lines go on this page, and whether no paragraph is cut: all that fit,
    cut before a paragraph that would not fit whole; else (a paragraph longer than the room) after
    its last line that fits."""
    if len(lines) <= room:
        return len(lines), True
    cut = max((n for n in range(1, room + 1) if lines[n].first), default=0)
    return (cut, True) if cut else (room, False)


def _new_page(
    report: Report,
    widths: Widths,
    pages: list[Page],
    columns: list[tuple[float, float]],
    *,
    first: bool = False,
    header: bool = True,
) -> Page:
    """A fresh page: the title block on the first, "- N -" at the top of the others, the header row."""
    page = Page(widths, SIZE, bottom=PAGE_H - BOTTOM, y=TOP)
    pages.append(page)
    if first:
        for n, line in enumerate(report.title_lines):
            page.paragraph(LEFT, WIDTH, SIZE + (3 if n == 0 else 1), line, "B" if n < 2 else "", align="C")
        page.y += 3.0
    else:
        number = report.words("page_number", n=_fig(report, len(pages)))
        page.text(LEFT, TOP - 9.0, WIDTH, SIZE, number, "", "C")
    if header:
        _header(page, report, columns)
    return page


def _fig(report: Report, value: object) -> str:
    """A figure in the report's digits."""
    from ita_tui.thai import digits

    return digits(value, report.digit_style)


def _header(page: Page, report: Report, columns: list[tuple[float, float]]) -> None:
    """The six column heads, bold on grey, boxed."""
    lh = page.line_height(SIZE)
    heads = [
        page.widths.wrap(h, "B", SIZE, w - 2 * PAD) for h, (_, w) in zip(report.heads, columns, strict=True)
    ]
    height = max(len(lines) for lines in heads) * lh + 2 * PAD
    for (x, w), lines in zip(columns, heads, strict=True):
        page.fill(x, page.y, w, height, HEADER_FILL)
        page.box(x, page.y, w, height)
        top = page.y + (height - len(lines) * lh) / 2
        for n, line in enumerate(lines):
            page.text(x + PAD, top + n * lh, w - 2 * PAD, SIZE, line, "B", "C")
    page.y += height


def _chunk(
    page: Page, columns: list[tuple[float, float]], cells: list[list[Line]], lines: int, lh: float
) -> None:
    """`lines` lines of one row, boxed in every column, the cursor moved below them."""
    height = lines * lh + 2 * PAD
    for (x, w), cell in zip(columns, cells, strict=True):
        page.box(x, page.y, w, height)
        for n, line in enumerate(cell):
            y = page.y + PAD + n * lh
            if line.mark is not None:
                page.mark(x + PAD, y + (lh - MARK) / 2, MARK, line.mark)
            color = GREY if line.grey else (0, 0, 0)
            page.text(
                x + PAD + line.indent, y, w - 2 * PAD - line.indent, SIZE, line.text, line.style, "L", color
            )
    page.y += height
