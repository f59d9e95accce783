"""One page as a list of drawing operations, laid out top to bottom, then replayed onto fpdf2."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ita_tui.checklist.model import State
from ita_tui.export.pdf_measure import ELLIPSIS, PT, Widths
from ita_tui.export.pdf_unicode import write_line
from ita_tui.text import visible_text

if TYPE_CHECKING:
    from fpdf import FPDF

Color = tuple[int, int, int]

FAMILY = "Sarabun"
PAGE_W, PAGE_H = 210.0, 297.0  # A4 portrait, mm
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25.0, 20.0, 20.0, 18.0
CONTENT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
LEADING = 1.5  # line height / type size (room for Thai marks above and below)
INK: Color = (0, 0, 0)
RULE: Color = (120, 120, 120)
GREY: Color = (90, 90, 90)  # secondary text: "and N more" lines


class DoesNotFit(Exception):
    """The content is taller than the page at this type size."""


@dataclass
class Page:
    """Drawing operations for one page at one body size, laid out top to bottom."""

    widths: Widths
    size: float
    bottom: float = PAGE_H - MARGIN_BOTTOM
    y: float = MARGIN_TOP
    ops: list[tuple[Any, ...]] = field(default_factory=list)

    def line_height(self, size: float) -> float:
        """Height of one line of text at `size` pt, mm."""
        return size * PT * LEADING

    def text(
        self,
        x: float,
        y: float,
        w: float,
        size: float,
        text: str,
        style: str = "",
        align: str = "L",
        color: Color = INK,
    ) -> None:
        """One line of text in a box of width `w` whose top is `y`."""
        line = visible_text(text)  # the last way out: no control or bidi character reaches the PDF
        self.ops.append(("text", x, y, w, self.line_height(size), line, style, size, align, color))

    def paragraph(
        self,
        x: float,
        w: float,
        size: float,
        text: str,
        style: str = "",
        align: str = "L",
        max_lines: int = 3,
    ) -> None:
        """Wrapped text at the cursor (cut with "…" after `max_lines`), the cursor moved below it;
        centred text is wrapped into lines of even length."""
        lines = self.widths.wrap_at_most(text, style, size, w, max_lines)
        if align == "C" and len(lines) > 1 and not lines[-1].endswith(ELLIPSIS):
            lines = self.widths.wrap_balanced(text, style, size, w)
        self.need(len(lines) * self.line_height(size))
        for line in lines:
            self.text(x, self.y, w, size, line, style, align)
            self.y += self.line_height(size)

    def need(self, height: float, reserve: float = 0.0) -> None:
        """Raise DoesNotFit when `height` more (plus `reserve` kept for later) is past the bottom."""
        if self.y + height + reserve > self.bottom + 1e-6:
            raise DoesNotFit

    def fits(self, height: float, reserve: float = 0.0) -> bool:
        """Whether `height` more (plus `reserve`) still fits above the bottom margin."""
        return self.y + height + reserve <= self.bottom + 1e-6

    def rule(
        self, y: float, width: float, x1: float = MARGIN_LEFT, x2: float = PAGE_W - MARGIN_RIGHT
    ) -> None:
        """A horizontal table rule."""
        self.ops.append(("rule", x1, y, x2, width))

    def fill(self, x: float, y: float, w: float, h: float, color: Color) -> None:
        """A filled rectangle (header shading, bar)."""
        self.ops.append(("fill", x, y, w, h, color))

    def box(self, x: float, y: float, w: float, h: float) -> None:
        """A thin rectangle outline (the frame of a bar)."""
        self.ops.append(("box", x, y, w, h))

    def mark(self, x: float, y: float, side: float, state: State) -> None:
        """An item's state as a small square: empty (not started), half filled (in progress),
        ticked (done), struck through (not applicable). Sarabun has no ☐ ☑ glyphs."""
        self.ops.append(("mark", x, y, side, state))

    def draw(self, pdf: FPDF) -> None:
        """Replay the operations onto the fpdf2 page."""
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, w, h, text, style, size, align, color = op
                pdf.set_font(FAMILY, style, size)
                pdf.set_text_color(*color)
                pdf.set_xy(x, y)
                write_line(pdf, w, h, text, align)
            elif kind == "rule":
                _, x1, y, x2, width = op
                pdf.set_draw_color(*RULE)
                pdf.set_line_width(width)
                pdf.line(x1, y, x2, y)
            elif kind == "fill":
                _, x, y, w, h, color = op
                pdf.set_fill_color(*color)
                pdf.rect(x, y, w, h, style="F")
            elif kind == "mark":
                _draw_mark(pdf, *op[1:])
            else:
                _, x, y, w, h = op
                pdf.set_draw_color(*RULE)
                pdf.set_line_width(0.15)
                pdf.rect(x, y, w, h, style="D")


def _draw_mark(pdf: FPDF, x: float, y: float, side: float, state: State) -> None:
    """The state square of `Page.mark`, its top left corner at x, y."""
    pdf.set_draw_color(*INK)
    pdf.set_fill_color(*INK)
    pdf.set_line_width(0.25)
    pdf.rect(x, y, side, side, style="D")
    if state == State.IN_PROGRESS:
        pdf.rect(x, y, side / 2, side, style="F")
    elif state == State.DONE:
        pdf.set_line_width(0.4)
        pdf.line(x + side * 0.18, y + side * 0.55, x + side * 0.42, y + side * 0.8)
        pdf.line(x + side * 0.42, y + side * 0.8, x + side * 0.85, y + side * 0.2)
    elif state == State.NOT_APPLICABLE:
        pdf.line(x, y + side, x + side, y)
