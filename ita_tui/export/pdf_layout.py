"""The page's sections (heading, tables, pending lists, signatures) at the largest type size that fits."""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.checklist.model import Completion
from ita_tui.export import figures
from ita_tui.export.pdf_content import Content
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.pdf_page import CONTENT_W, GREY, MARGIN_LEFT, Color, DoesNotFit, Page
from ita_tui.export.pdf_pending import draw_pending
from ita_tui.export.pdf_signatures import draw_signatures, signatures_height

SIZES = (14.0, 13.5, 13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0)  # body type, pt
PAD_X, PAD_Y = 1.5, 0.7  # table cell padding, mm
HEADER_FILL: Color = (235, 235, 235)
BAR_FILL = (70, 95, 135)
TITLE_LINES = 3  # longest table title, in lines
SECTION_GAP = 3.0  # mm between sections
UNIT_ROWS_KEPT = 5  # unit rows the indicator table leaves room for


def fit_page(content: Content, widths: Widths) -> Page:
    """The page at the largest type size where everything fits, else shortened at the smallest."""
    for size in SIZES:
        try:
            return _lay_out(content, widths, size, allow_shortening=False)
        except DoesNotFit:
            continue
    return _lay_out(content, widths, SIZES[-1], allow_shortening=True)


def _lay_out(content: Content, widths: Widths, size: float, allow_shortening: bool) -> Page:
    """Lay the whole page out at body size `size`; shortens lists only when allowed.

    Each section leaves room below it for the least the later sections need: the unit table
    keeps up to UNIT_ROWS_KEPT rows, the pending list its heading and one line.
    """
    page = Page(widths, size)
    heading_h = page.line_height(size)
    row_h = page.line_height(size - 1) + 2 * PAD_Y
    signature_h = signatures_height(page, content.words, content.signers, MARGIN_LEFT, CONTENT_W)
    pending_min = heading_h + page.line_height(size - 1)
    kept = min(len(content.units), UNIT_ROWS_KEPT)
    units_min = SECTION_GAP + heading_h + (1 + kept + (len(content.units) > kept)) * row_h

    _heading(page, content)
    page.paragraph(MARGIN_LEFT, CONTENT_W, size, content.words["indicators"], "B")
    columns = _Columns.fitted(page, content)
    _table(
        page,
        content,
        columns,
        [content.words["indicator"], content.words["title"]],
        content.indicators,
        overall=content.overall,
        reserve=units_min + SECTION_GAP + pending_min + signature_h,
        allow_shortening=allow_shortening,
    )
    page.y += SECTION_GAP
    page.paragraph(MARGIN_LEFT, CONTENT_W, size, content.words["units"], "B")
    _table(
        page,
        content,
        columns,
        ["", content.words["unit"]],
        content.units,
        overall=None,
        reserve=SECTION_GAP + pending_min + signature_h,
        allow_shortening=allow_shortening,
    )
    page.y += SECTION_GAP
    draw_pending(page, content, reserve=signature_h, allow_shortening=allow_shortening)
    draw_signatures(page, content.words, content.signers, MARGIN_LEFT, CONTENT_W)
    return page


def _heading(page: Page, content: Content) -> None:
    """Centred bold title, organization and location, and the date of the data."""
    size = page.size
    page.paragraph(MARGIN_LEFT, CONTENT_W, size + 2, content.title, "B", align="C")
    if content.round:
        page.paragraph(MARGIN_LEFT, CONTENT_W, size, content.round, "B", align="C", max_lines=2)
    if content.place:
        page.paragraph(MARGIN_LEFT, CONTENT_W, size, content.place, align="C", max_lines=2)
    page.paragraph(MARGIN_LEFT, CONTENT_W, size, content.as_of, align="C", max_lines=1)
    page.y += SECTION_GAP


@dataclass(frozen=True)
class _Columns:
    """Table column widths in mm: number, title, done/total, percent, bar."""

    number: float
    done: float
    percent: float
    bar: float = 30.0

    @classmethod
    def fitted(cls, page: Page, content: Content) -> _Columns:
        """Figure columns as wide as their bold heading or widest figure at this size."""
        size = page.size - 1
        words = content.words
        total = content.overall.applicable

        def wide(*texts: str) -> float:
            """Width of the widest text in bold, with padding."""
            return max(page.widths.width(t, "B", size) for t in texts) + 2 * PAD_X + 1.0

        return cls(
            number=wide(words["indicator"], content.fig(99)),
            done=wide(words["done"], content.fig(f"{total}/{total}")),
            percent=wide(words["percent"], content.fig(100)),
        )

    @property
    def title(self) -> float:
        """What is left of the content width for the title."""
        return CONTENT_W - self.number - self.done - self.percent - self.bar


def _table(
    page: Page,
    content: Content,
    col: _Columns,
    heads: list[str],
    rows: list[tuple[str, str, Completion]],
    overall: Completion | None,
    reserve: float,
    allow_shortening: bool,
) -> None:
    """A table of number/name, done/total, percent and bar; shortened to leave `reserve` below."""
    size = page.size - 1
    lh = page.line_height(size)
    words = content.words
    spans_number = not heads[0]  # the unit table's name takes the number column too
    x0 = MARGIN_LEFT
    xs = [
        x0,
        x0 + col.number,
        x0 + col.number + col.title,
        x0 + col.number + col.title + col.done,
        x0 + CONTENT_W - col.bar,
    ]
    title_x = x0 + PAD_X if spans_number else xs[1] + PAD_X
    title_w = (col.number + col.title if spans_number else col.title) - 2 * PAD_X

    head_cells = [
        (xs[0], col.number, heads[0], "C"),
        (title_x - PAD_X, title_w + 2 * PAD_X, heads[1], "L"),
        (xs[2], col.done, words["done"], "C"),
        (xs[3], col.percent, words["percent"], "C"),
        (xs[4], col.bar, words["progress"], "C"),
    ]
    head_lines = [page.widths.wrap_at_most(t, "B", size, w - 2 * PAD_X, 2) for _, w, t, _ in head_cells]
    head_h = max(len(lines) for lines in head_lines) * lh + 2 * PAD_Y
    page.need(head_h, reserve)
    top = page.y
    page.fill(x0, top, CONTENT_W, head_h, HEADER_FILL)
    page.rule(top, 0.4)
    for (x, w, _, align), lines in zip(head_cells, head_lines, strict=True):
        for n, line in enumerate(lines):
            page.text(x + PAD_X, top + PAD_Y + n * lh, w - 2 * PAD_X, size, line, "B", align)
    page.y = top + head_h
    page.rule(page.y, 0.25)

    more_h = lh + 2 * PAD_Y
    overall_lines = (
        [words["overall"], *_beside(page, content, overall, size, title_w)] if overall is not None else []
    )
    total_h = len(overall_lines) * lh + 2 * PAD_Y if overall is not None else 0.0
    for index, (number, title, completion) in enumerate(rows):
        lines = page.widths.wrap_at_most(title, "", size, title_w, TITLE_LINES) + _beside(
            page, content, completion, size, title_w
        )
        row_h = len(lines) * lh + 2 * PAD_Y
        left = len(rows) - index - 1
        room_after = (more_h if left else 0.0) + total_h + reserve
        if not page.fits(row_h, room_after):
            if not allow_shortening:
                raise DoesNotFit
            _more_row(page, content, title_x, len(rows) - index, size)
            break
        if index:
            page.rule(page.y, 0.1)
        _row(page, content, col, xs, number, lines, title_x, title_w, completion, size, "")
    if overall is not None:
        page.rule(page.y, 0.25)
        _row(page, content, col, xs, "", overall_lines, title_x, title_w, overall, size, "B")
    page.rule(page.y, 0.4)


def _row(
    page: Page,
    content: Content,
    col: _Columns,
    xs: list[float],
    number: str,
    lines: list[str],
    title_x: float,
    title_w: float,
    completion: Completion,
    size: float,
    style: str,
) -> None:
    """One table row: number, wrapped title, figures and a bar, the cursor moved below it."""
    lh = page.line_height(size)
    top = page.y + PAD_Y
    if number:
        page.text(xs[0] + PAD_X, top, col.number - 2 * PAD_X, size, number, style, "C")
    for n, line in enumerate(lines):
        page.text(title_x, top + n * lh, title_w, size, line, style)
    fraction = figures.fraction(completion, content.digit_style)
    page.text(xs[2] + PAD_X, top, col.done - 2 * PAD_X, size, fraction, style, "C")
    page.text(xs[3] + PAD_X, top, col.percent - 2 * PAD_X, size, content.fig(completion.percent), style, "C")
    bar_h = lh * 0.45
    bar_y = top + (lh - bar_h) / 2
    bar_w = col.bar - 2 * PAD_X
    if completion.share:
        page.fill(xs[4] + PAD_X, bar_y, bar_w * completion.share, bar_h, BAR_FILL)
    page.box(xs[4] + PAD_X, bar_y, bar_w, bar_h)
    page.y += len(lines) * lh + 2 * PAD_Y


def _beside(page: Page, content: Content, completion: Completion, size: float, width: float) -> list[str]:
    """The in-progress, not-applicable and verified counts, as lines under a row's title."""
    text = figures.beside(completion, content.words.lang, content.digit_style)
    return page.widths.wrap_at_most(text, "", size, width, TITLE_LINES) if text else []


def _more_row(page: Page, content: Content, x: float, count: int, size: float) -> None:
    """The "and N more" line that ends a shortened list."""
    page.rule(page.y, 0.1)
    page.text(
        x, page.y + PAD_Y, CONTENT_W, size, content.words["more"].format(n=content.fig(count)), "", "L", GREY
    )
    page.y += page.line_height(size) + 2 * PAD_Y
