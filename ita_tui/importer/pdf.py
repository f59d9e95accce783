"""PDF with a text layer: cells from the ruled table lines (pdfplumber), text in them as the file's
text layer writes it (pypdfium2), wrapped lines rejoined and Thai damage repaired (thai_repair).

pdfplumber finds ruled cells well, but its text reorders Thai marks ("ตัวชวี้ ัด"), splits sara am
("ประจำาปี") and misreads tone marks ("ใชู" for "ใช้") on LibreOffice's PDFs; pdfium reads the same
files as written. So pdfplumber gives the geometry and pdfium the characters.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from typing import Any

from ita_tui.errors import SourceError
from ita_tui.importer.draft import is_method_subheading
from ita_tui.importer.page_numbers import Candidate, candidate, page_numbers, reads_as_number
from ita_tui.importer.pdf_budget import Crossings, check_content, check_drawn
from ita_tui.importer.pdf_lines import Line as _Line
from ita_tui.importer.pdf_lines import page_lines
from ita_tui.importer.points import start_marker
from ita_tui.importer.table import (
    EMPTY_CELL,
    Cell,
    ProseLine,
    Repaired,
    Row,
    header_layout,
    is_dash_row,
    normalise,
)
from ita_tui.importer.thai_repair import repair
from ita_tui.locale import Phrase

_LIST_START = re.compile(
    r"^(?:[-–•●○◦▪■□*]\s|\(\s*[0-9๐-๙]{1,2}\s*\)|ข้อ\s*[0-9๐-๙]|[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})+\s)"
)
_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\uf701-\uf70e\uf710-\uf71a]")
_HEADED = re.compile(r"^(?:ตัวชี้วัด|[Oo0๐]\s?[0-9๐-๙]{1,3}\s)")
_INDENT = 4.0  # points: a line starting this much right of the cell's left margin is indented


def _split(line: _Line, boxes: list[tuple[float, float, float, float]]) -> dict[int, _Line]:
    """A line's characters by the cell box that holds each (a line of text never crosses a rule)."""
    parts: dict[int, _Line] = {}
    where = -1
    for char in line.chars:
        if not _MARK.match(char[0]):  # a mark (drawn above or below) goes with the letter it sits on
            x, y = (char[1] + char[3]) / 2, (char[2] + char[4]) / 2
            where = next(
                (i for i, (x0, top, x1, bottom) in enumerate(boxes) if x0 <= x <= x1 and top <= y <= bottom),
                -1,
            )
        parts.setdefault(where, _Line()).chars.append(char)
    return parts


def _first_word_width(line: _Line) -> float:
    """How wide the line's first word is (ICU's Thai word boundaries: where a layout engine may break)."""
    from ita_tui.thai_breaks import word_segments

    segments = word_segments(line.text.lstrip(), compounds=False)
    first = len(segments[0].rstrip()) if segments else 0
    inked = [c for c in line.chars if not c[0].isspace()][: max(first, 1)]
    return max(c[3] for c in inked) - min(c[1] for c in inked) if inked else 0.0


Spaces = list[tuple[float, float, float]]  # where the content stream draws a space: x0, top, bottom


def _space_after(line: _Line, spaces: Spaces) -> bool:
    """Whether the content stream draws a space right after the line's last letter (pdfium leaves a
    space out at some line ends; pdfminer's characters keep every one)."""
    if line.chars[-1][0].isspace():
        return True
    right = line.right
    base = next((c for c in reversed(line.chars) if not _MARK.match(c[0])), line.chars[-1])
    middle = (base[2] + base[4]) / 2
    return any(-1.0 < x0 - right < 3.0 and top <= middle <= bottom for x0, top, bottom in spaces)


def _fragments(
    lines: list[_Line], box: tuple[float, float, float, float], reach: float, spaces: Spaces
) -> tuple[str, ...]:
    """A cell's lines as paragraphs: a line goes on the one above when the layout wrapped it there.

    `reach` is how far right any line of the column goes: where its text area ends, as drawn.
    A line that starts a list ("๑." "1)" "-" "1.1") starts a paragraph, a line that is a results
    report's "วิธีการดำเนินการ" sub-heading is one. Another line goes on the one
    above when that one was wrapped: when the line's first word (ICU's Thai word boundaries) would
    not have fitted in the room left at the end of the line above (else a line break ended it) —
    except a line at the margin after a numbered paragraph in a cell whose numbered paragraphs wrap
    to an indent. The text layer keeps the space a wrap fell on, so
    wrapped lines are joined as they are, and a Thai word broken by a narrow cell comes back whole.
    """
    if not lines:
        return ()
    margin = min(line.left for line in lines)
    inner_right = box[2] - max(0.0, margin - box[0])  # the padding taken as the same on both sides
    if reach > inner_right - 0.2 * (box[2] - box[0]):  # a column with long lines shows where they end
        inner_right = min(inner_right, reach)
    hanging = any(line.left > margin + _INDENT for line in lines)  # numbered paragraphs wrap to an indent
    paragraphs: list[str] = []
    numbered = False  # the paragraph being read starts with a list marker
    previous: _Line | None = None
    for line in lines:
        text = line.text
        starts_list = _starts_list(text) or is_method_subheading(text)
        if previous is not None and not starts_list and not is_method_subheading(previous.text):
            indented = line.left > margin + _INDENT
            wrapped = _first_word_width(line) > inner_right - previous.right - 1.0
            if wrapped and (indented or not (hanging and numbered)):
                paragraphs[-1] += (" " if _space_after(previous, spaces) else "") + text
                previous = line
                continue
        paragraphs.append(text)
        numbered = starts_list
        previous = line
    return tuple(t for t in (normalise(repair(p)) for p in paragraphs) if t)


def _prose(lines: list[_Line], edges: tuple[float, float], spaces: Spaces) -> list[tuple[_Line, str]]:
    """Lines outside the tables as paragraphs: a line goes on the one above when the layout wrapped
    it there, as in a cell: the two start (or are centred) alike, and this line's first word would not
    have fitted after the line above, before the text's right edge or within its width (centred).
    With each, a line so joined that reads like a page number ("๒๕๖๖"), or ""."""
    paragraphs: list[tuple[_Line, str]] = []
    previous: _Line | None = None
    for line in sorted(lines, key=lambda part: part.top):
        if previous is not None and not _starts_list(line.text):
            near = 0 < line.top - previous.top < 3.0 * (previous.bottom - previous.top)
            aligned = (
                abs(line.left - previous.left) < _INDENT
                or abs(line.left + line.right - previous.left - previous.right) < 2 * _INDENT
            )
            word = _first_word_width(line)
            full = word > edges[1] - previous.right - 1.0
            full = full or previous.right - previous.left + word > edges[1] - edges[0] - 1.0
            if near and aligned and full:
                joined, number = paragraphs[-1]
                space = [(" ", previous.right, previous.top, previous.right, previous.bottom)]
                chars = joined.chars + (space if _space_after(previous, spaces) else []) + line.chars
                alone = line.text.strip()
                paragraphs[-1] = (_Line(chars), number or (alone if reads_as_number(alone) else ""))
                previous = line
                continue
        paragraphs.append((_Line(list(line.chars)), ""))
        previous = line
    return paragraphs


def _starts_list(text: str) -> bool:
    """Whether a line starts with a list marker ("๑." "1)" "-" "(๑)" "ข้อ ๑"), a sub-indicator or an
    OIT item ("ตัวชี้วัดย่อยที่ ๙.๒", "๐๑๒ …", "O12 …")."""
    text = text.strip()
    return start_marker(text) is not None or bool(_LIST_START.match(text) or _HEADED.match(text))


class _Pages:
    """Entries page by page: tables as rows, other lines as prose, page numbers dropped."""

    def __init__(self, origin: str) -> None:
        self.crossings = Crossings(origin)  # the table finder's work, counted before it is done
        self.entries: list[Row | ProseLine | Repaired] = []
        self.rows = 0
        self.chars = 0
        self.numbers: list[Candidate] = []  # lines that may be page numbers

    def page(self, number: int, plumber_page: Any, pdfium_page: Any) -> None:
        lines, rejoined = page_lines(pdfium_page)
        if rejoined:
            what = Phrase("src_fixed_marks", count=rejoined)
            self.entries.append(Repaired(len(self.entries) + 1, what, Phrase("src_page", page=number)))
        spaces = [(c["x0"], c["top"], c["bottom"]) for c in plumber_page.chars if c["text"] == " "]
        self.chars += sum(len(line.chars) for line in lines)
        tables = sorted(self.crossings.tables(number, plumber_page), key=lambda t: t.bbox[1])
        cells: list[tuple[int, int, int, tuple[float, float, float, float]]] = []  # table, row, column, box
        for t, table in enumerate(tables):
            for r, row in enumerate(table.rows):
                for c, box in enumerate(row.cells):
                    if box is not None:
                        cells.append((t, r, c, box))
        boxes = [cell[3] for cell in cells]
        columns = [(cell[0], round(cell[3][2])) for cell in cells]  # a column: its table, its right rule
        in_cell: dict[int, list[_Line]] = {}
        outside: list[_Line] = []
        for line in lines:
            for index, part in _split(line, boxes).items():
                if index < 0:
                    outside.append(part)
                else:
                    in_cell.setdefault(index, []).append(part)
        reach: dict[tuple[int, int], float] = {}
        for index, parts in in_cell.items():
            right = max(part.right for part in parts)
            reach[columns[index]] = max(reach.get(columns[index], 0.0), right)
        # Reading order: prose lines and table rows by where they stand on the page.
        extents = [(line.left, line.right) for line in outside] + [(t.bbox[0], t.bbox[2]) for t in tables]
        edges = (min(e[0] for e in extents), max(e[1] for e in extents)) if extents else (0.0, 0.0)
        placed: list[tuple[float, int, Any]] = [(p[0].top, 0, p) for p in _prose(outside, edges, spaces)]
        for t, table in enumerate(tables):
            for r, row in enumerate(table.rows):
                top = row.bbox[1] if row.bbox else table.bbox[1]
                placed.append((top, 1, (t, r, len(row.cells))))
        first_row, table_now = True, -1
        for _, kind, what in sorted(placed, key=lambda p: (p[0], p[1])):
            lineno = len(self.entries) + 1
            if kind == 0:
                line, wrapped_number = what
                text = normalise(repair(line.text))
                if wrapped_number:
                    what = Phrase("src_fixed_wrap", text=wrapped_number)
                    self.entries.append(Repaired(lineno, what, Phrase("src_page", page=number)))
                    lineno += 1
                if text:
                    self.entries.append(ProseLine(lineno, text, Phrase("src_page", page=number)))
                    height = pdfium_page.get_height()
                    maybe = candidate(text, lineno, number, line.top, line.bottom, height)
                    self.numbers += [maybe] if maybe else []
                continue
            t, r, width = what
            if t != table_now:  # a new page or a new table: its first row may go on from the last
                first_row, table_now = True, t
            row_cells = [EMPTY_CELL] * width
            for index, (ct, cr, cc, box) in enumerate(cells):
                if (ct, cr) == (t, r):
                    found = _fragments(in_cell.get(index, []), box, reach.get(columns[index], box[2]), spaces)
                    row_cells[cc] = Cell(found, plain=False)
            filled = [c for c in row_cells if c.fragments]
            if not filled or is_dash_row(tuple(row_cells)):
                continue
            boxes_in_row = [box for ct, cr, _, box in cells if (ct, cr) == (t, r)]
            table_width = tables[t].bbox[2] - tables[t].bbox[0]
            across = len(boxes_in_row) == 1 and boxes_in_row[0][2] - boxes_in_row[0][0] > 0.9 * table_width
            if across and width > 1:  # one cell across the table: a title line
                self.entries += [
                    ProseLine(lineno + i, f, Phrase("src_page", page=number))
                    for i, f in enumerate(filled[0].fragments)
                ]
                continue
            entry = Row(
                lineno, tuple(row_cells), Phrase("src_page", page=number), split=first_row and self.rows > 0
            )
            self.entries.append(entry)
            if header_layout(entry) is None:
                self.rows += 1
                first_row = False


def read_pdf(raw: bytes, origin: str) -> list[Row | ProseLine | Repaired]:
    """The entries of a PDF's pages; a PDF with no text layer is refused: it needs OCR first."""
    import pdfplumber
    import pypdfium2

    # pdfminer logs what it cannot draw of a damaged file; the user gets one line from us, or none
    quiet = logging.getLogger("pdfminer")
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())
        quiet.propagate = False

    check_content(raw, origin)  # the pages' drawing instructions counted before a library parses them
    try:
        pdfium = pypdfium2.PdfDocument(raw)
    except pypdfium2.PdfiumError as exc:
        found = Phrase("src_pdf_password" if "assword" in str(exc) else "src_pdf_damaged", problem="pdfium")
        raise SourceError("src_pdf", origin=origin, found=found) from None
    pages = _Pages(origin)
    try:
        check_drawn(pdfium, origin)  # what pdfium draws, counted before pdfminer makes objects of it
        with pdfplumber.open(io.BytesIO(raw)) as plumber, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the libraries' warnings are not for the user: ours is one line
            for number, (plumber_page, pdfium_page) in enumerate(zip(plumber.pages, pdfium, strict=False), 1):
                pages.page(number, plumber_page, pdfium_page)
                plumber_page.close()  # pdfplumber keeps every page's objects until closed
                pdfium_page.close()
    except SourceError:
        raise
    except Exception as exc:  # pdfminer and pdfium fail in many ways on a damaged file; all mean the same
        found = Phrase("src_pdf_damaged", problem=type(exc).__name__)
        raise SourceError("src_pdf", origin=origin, found=found) from None
    finally:
        pdfium.close()
    if pages.chars == 0:
        raise SourceError("src_pdf", origin=origin, found=Phrase("src_pdf_scanned"))
    numbers = page_numbers(pages.numbers)
    return _without_running_lines(
        [e for e in pages.entries if not isinstance(e, ProseLine) or e.lineno not in numbers]
    )


def _without_running_lines(entries: list[Row | ProseLine | Repaired]) -> list[Row | ProseLine | Repaired]:
    """Lines outside the tables that an earlier page already had (a running header or footer) left out;
    the first stays, so a title printed on every page is still the title."""
    seen: set[str] = set()
    kept: list[Row | ProseLine | Repaired] = []
    for entry in entries:
        if isinstance(entry, ProseLine):
            if entry.text in seen:
                continue
            seen.add(entry.text)
        kept.append(entry)
    return kept
