"""A published table on A4 landscape pages (the results report, the measures document): title
block, the table with its header row on every page, one block per indicator, signatures at the end.

In a block (blocks.py) some cells span the block's rows (the indicator, its measures, a period every
item shares); each method item is a row of its own, and a row never splits between pages. When a
block goes on to the next page, its spanning cells go on under "ตัวชี้วัดที่ N (ต่อ)". Every cell
is wrapped between Thai words (pdf_measure.py); a cell with a word wider than its column is set in
a smaller type until the word fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ita_tui.checklist.model import State
from ita_tui.export.blocks import Lead, Para, TableBlock
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.pdf_page import DoesNotFit, Page
from ita_tui.export.pdf_signatures import Signer, draw_signatures
from ita_tui.locale import Words

PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
LEFT, RIGHT, TOP, BOTTOM = 15.0, 15.0, 16.0, 14.0
WIDTH = PAGE_W - LEFT - RIGHT
SIZE = 11.0  # body type, pt
SMALLEST = 8.0  # pt: a cell is never set smaller to keep its longest word whole
PAD = 2.5  # mm inside a cell (poppler reads columns closer than about 4 mm as one)
MARK = 3.0  # mm side of a state square
SIGNATURES_W = 200.0  # mm the signature blocks take, centred
HEADER_FILL = (235, 235, 235)
GREY = (90, 90, 90)
EPS = 1e-6


@dataclass(frozen=True)
class Line:
    """One wrapped line of a cell."""

    text: str
    style: str = ""
    mark: State | None = None  # the state square drawn before the line (an item's first line)
    indent: float = 0.0
    grey: bool = False


@dataclass
class Cell:
    """A cell's wrapped lines at the cell's one type size."""

    lines: list[Line] = field(default_factory=list)
    size: float = SIZE

    @property
    def lh(self) -> float:
        """One line's height, mm."""
        return self.size * 25.4 / 72 * 1.5

    @property
    def height(self) -> float:
        """The cell's height with its padding, mm."""
        return len(self.lines) * self.lh + 2 * PAD


Band = dict[int, Cell]  # one row of a block: its cells by column


@dataclass
class Report:
    """What the layout needs: title lines, the column heads and widths, the blocks and the signers."""

    title_lines: list[str]
    heads: list[str]
    shares: tuple[float, ...]  # each column's part of the width
    blocks: list[TableBlock]
    signers: tuple[Signer, ...]
    words: Words
    digit_style: str
    lead: Lead | None = None  # a table of its own first, under the title block


def columns(shares: tuple[float, ...]) -> list[tuple[float, float]]:
    """Each column's left edge and width."""
    xs, x = [], LEFT
    for share in shares:
        xs.append((x, WIDTH * share))
        x += WIDTH * share
    return xs


def wrap_cell(widths: Widths, paras: tuple[Para, ...], width: float, size: float = SIZE) -> Cell:
    """A cell's paragraphs as lines, at the largest size (up to `size`) that keeps every word whole;
    an item with a state square hangs its lines after the square."""
    for para in paras:
        room = width - 2 * PAD - (MARK + 1.2 if para.mark is not None else 0.0)
        size = widths.fitting_size([para.text], para.style, size, room, SMALLEST)
    cell = Cell(size=size)
    for para in paras:
        indent = MARK + 1.2 if para.mark is not None else 0.0
        for n, text in enumerate(widths.wrap(para.text, para.style, size, width - 2 * PAD - indent)):
            cell.lines.append(Line(text, para.style, para.mark if n == 0 else None, indent, para.grey))
    return cell


class _Layout:
    """The pages being filled, and where the next row goes."""

    def __init__(self, report: Report, widths: Widths) -> None:
        self.report, self.widths = report, widths
        table = report.lead or report  # the table being placed: the lead's first, when there is one
        self.heads, self.columns = list(table.heads), columns(table.shares)
        self.pages: list[Page] = []
        self.page = self.new_page(first=True)
        self.header_h = self.page.y - self.top_of_rows

    def new_page(self, *, first: bool = False, header: bool = True) -> Page:
        """A fresh page: the title block on the first, "- N -" at the top of the others, the header row."""
        page = Page(self.widths, SIZE, bottom=PAGE_H - BOTTOM, y=TOP)
        self.pages.append(page)
        report = self.report
        if first:
            for n, line in enumerate(report.title_lines):
                page.paragraph(
                    LEFT, WIDTH, SIZE + (3 if n == 0 else 1), line, "B" if n < 2 else "", align="C"
                )
            page.y += 3.0
        else:
            from ita_tui.thai import digits

            number = report.words("page_number", n=digits(len(self.pages), report.digit_style))
            page.text(LEFT, TOP - 9.0, WIDTH, SIZE, number, "", "C")
        self.top_of_rows = page.y
        if header:
            self._header(page)
        self.page = page
        return page

    def _header(self, page: Page) -> None:
        """The column heads, bold on grey, boxed, each in lines of even length."""
        heads = []
        for head, (_, w) in zip(self.heads, self.columns, strict=True):
            cell = wrap_cell(self.widths, (Para(head, "B"),), w)
            lines = self.widths.wrap_balanced(head, "B", cell.size, w - 2 * PAD)
            heads.append(Cell([Line(line, "B") for line in lines], cell.size))
        height = max(cell.height for cell in heads)
        for (x, w), cell in zip(self.columns, heads, strict=True):
            page.fill(x, page.y, w, height, HEADER_FILL)
            page.box(x, page.y, w, height)
            top = page.y + (height - len(cell.lines) * cell.lh) / 2
            for n, line in enumerate(cell.lines):
                page.text(x + PAD, top + n * cell.lh, w - 2 * PAD, cell.size, line.text, "B", "C")
        page.y += height

    @property
    def fresh(self) -> bool:
        """Whether nothing has been placed under this page's header row yet."""
        return self.page.y <= self.top_of_rows + self.header_h + EPS

    def next_table(self, heads: list[str], shares: tuple[float, ...]) -> None:
        """The lead table is placed: the document's own table starts under it, with its header
        row (on the next page when a header and a row would not fit)."""
        self.heads, self.columns = heads, columns(shares)
        self.page.y += 6.0
        if self.page.bottom - self.page.y < self.header_h + 30.0:
            self.new_page()
            return
        self.top_of_rows = self.page.y
        self._header(self.page)
        self.header_h = self.page.y - self.top_of_rows

    def place(self, block: TableBlock) -> None:
        """One indicator's block: its bands whole on a page, its spanning cells flowing alongside."""
        spans, bands = self._cells(block)
        most = self.page.bottom - TOP - self.header_h  # the room on a page after the first
        bands = [piece for band in bands for piece in _split(band, most)]
        done = {c: 0 for c in spans}
        at, continued = 0, False
        while True:
            room = self.page.bottom - self.page.y
            take, used = 0, 0.0
            while at + take < len(bands) and used + _height(bands[at + take]) <= room + EPS:
                used += _height(bands[at + take])
                take += 1
            last = at + take == len(bands)
            label = (
                [Line(self.report.words("report_continued", number=block.number), "B")] if continued else []
            )
            left = {c: (label if c == 0 else []) + cell.lines[done[c] :] for c, cell in spans.items()}
            need = min(block.keep if at == 0 and not continued else 1, len(bands) - at)
            height = used
            if last:
                height = min(room, max(used, *(len(ls) * spans[c].lh + 2 * PAD for c, ls in left.items())))
            if (take < need or height < 2 * PAD + spans[0].lh) and not self.fresh:
                self.new_page()
                continue
            shown = {c: min(len(ls), int((height - 2 * PAD) / spans[c].lh + EPS)) for c, ls in left.items()}
            self._chunk(spans, {c: ls[: shown[c]] for c, ls in left.items()}, bands[at : at + take], height)
            at += take
            for c in spans:
                done[c] += shown[c] - (len(label) if c == 0 else 0)
            if at == len(bands) and all(done[c] >= len(cell.lines) for c, cell in spans.items()):
                return
            continued = True
            self.new_page()

    def _cells(self, block: TableBlock) -> tuple[dict[int, Cell], list[Band]]:
        """The spanning cells and the bands (one per row) of a block."""
        width = [w for _, w in self.columns]
        spans = {c: wrap_cell(self.widths, paras, width[c]) for c, paras in block.spans.items()}
        banded = [c for c in range(len(width)) if c not in spans]
        bands = [{c: wrap_cell(self.widths, row.get(c, ()), width[c]) for c in banded} for row in block.rows]
        return spans, bands

    def _chunk(
        self, spans: dict[int, Cell], lines: dict[int, list[Line]], bands: list[Band], height: float
    ) -> None:
        """The part of a block on this page: spanning cells `height` tall, the bands stacked beside."""
        page, y0 = self.page, self.page.y
        for c, cell in spans.items():
            x, w = self.columns[c]
            page.box(x, y0, w, height)
            self._lines(x, y0, w, lines[c], cell)
        y = y0
        for band in bands:
            for c, cell in band.items():
                x, w = self.columns[c]
                page.box(x, y, w, _height(band))
                self._lines(x, y, w, cell.lines, cell)
            y += _height(band)
        if bands and y0 + height > y + EPS:
            for c in bands[0]:
                x, w = self.columns[c]
                page.box(x, y, w, y0 + height - y)
        page.y = y0 + height

    def _lines(self, x: float, top: float, w: float, lines: list[Line], cell: Cell) -> None:
        """A cell's lines from `top`, each state square before its item."""
        for n, line in enumerate(lines):
            y = top + PAD + n * cell.lh
            if line.mark is not None:
                self.page.mark(x + PAD, y + (cell.lh - MARK) / 2, MARK, line.mark)
            color = GREY if line.grey else (0, 0, 0)
            room = w - 2 * PAD - line.indent
            self.page.text(x + PAD + line.indent, y, room, cell.size, line.text, line.style, "L", color)


def _height(band: Band) -> float:
    """A band's height: its tallest cell."""
    return max((cell.height for cell in band.values()), default=2 * PAD)


def _split(band: Band, most: float) -> list[Band]:
    """A band taller than a whole page, cut between lines into bands that fit (else the band)."""
    if _height(band) <= most + EPS:
        return [band]
    head, rest = {}, {}
    for c, cell in band.items():
        fit = max(1, int((most - 2 * PAD) / cell.lh + EPS))
        head[c] = Cell(cell.lines[:fit], cell.size)
        rest[c] = Cell(cell.lines[fit:], cell.size)
    return [head, *_split(rest, most)]


def lay_out(report: Report, widths: Widths) -> list[Page]:
    """Every page of the report, drawn as operations."""
    layout = _Layout(report, widths)
    if report.lead is not None:
        for block in report.lead.blocks:
            layout.place(block)
        layout.next_table(report.heads, report.shares)
    for block in report.blocks:
        layout.place(block)
    page = layout.page
    page.y += 2.0
    x0 = LEFT + (WIDTH - SIGNATURES_W) / 2
    try:
        draw_signatures(page, report.words, report.signers, x0, SIGNATURES_W)
    except DoesNotFit:
        page = layout.new_page(header=False)
        draw_signatures(page, report.words, report.signers, x0, SIGNATURES_W)
    return layout.pages
