"""Word (.docx): the body's paragraphs and tables as rows of cells of paragraph fragments (python-docx, lxml).

Read: every table in the body (one, one per page, or split by hand), merged cells written once where
they start, Word's automatic numbering as the label it shows, line breaks, tabs, nested tables.
Ignored: text boxes, headers and footers, comments, footnotes, field codes. Tracked changes are taken
as accepted (insertions kept, deletions dropped).
"""

from __future__ import annotations

import io
from typing import Any

from ita_tui.errors import SourceError
from ita_tui.importer.docx_numbering import Numbering, W
from ita_tui.importer.table import EMPTY_CELL, Cell, ProseLine, Row, header_layout, is_dash_row, normalise
from ita_tui.limits import DOCX_PARAGRAPHS_MAX, past_import_limit
from ita_tui.locale import Phrase

_SKIPPED = {f"{W}{name}" for name in ("del", "moveFrom", "drawing", "pict", "object", "instrText", "delText")}
_SKIPPED.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent")
_MAX_DEPTH = 20  # tables nested in tables, and nested content controls


def _paragraph_lines(paragraph: Any, numbering: Numbering) -> list[str]:
    """A paragraph's text as lines (w:br splits), its automatic number in front."""
    lines = [""]

    def walk(element: Any, depth: int) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED or depth > _MAX_DEPTH:
                continue
            if tag == f"{W}t":
                lines[-1] += child.text or ""
            elif tag in (f"{W}tab", f"{W}ptab"):
                lines[-1] += " "
            elif tag in (f"{W}br", f"{W}cr"):
                if child.get(f"{W}type") in (None, "textWrapping"):
                    lines.append("")
            elif tag == f"{W}noBreakHyphen":
                lines[-1] += "-"
            elif tag != f"{W}pPr":
                walk(child, depth + 1)

    walk(paragraph, 0)
    label = numbering.label(paragraph)
    if label:
        lines[0] = f"{label} {lines[0]}"
    return [text for text in (normalise(line) for line in lines) if text]


def _cell_fragments(cell: Any, numbering: Numbering, depth: int = 0) -> list[str]:
    """A cell's paragraphs in order, nested tables' paragraphs included; empty ones (spacing) left out."""
    fragments: list[str] = []
    for child in cell:
        if child.tag == f"{W}p":
            fragments += _paragraph_lines(child, numbering)
        elif depth < _MAX_DEPTH and child.tag in (f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}sdt", f"{W}sdtContent"):
            fragments += _cell_fragments(child, numbering, depth + 1)
    return fragments


def _grid_cells(row: Any) -> list[tuple[Any, int, str | None]]:
    """A row's cells with the grid columns each spans and its vertical merge (None, "restart", "continue")."""
    cells = []
    for child in row:
        if child.tag == f"{W}sdt":  # a content control around cells
            child = child.find(f"{W}sdtContent")
            cells += _grid_cells(child) if child is not None else []
            continue
        if child.tag != f"{W}tc":
            continue
        tc_pr = child.find(f"{W}tcPr")
        span_el = tc_pr.find(f"{W}gridSpan") if tc_pr is not None else None
        merge_el = tc_pr.find(f"{W}vMerge") if tc_pr is not None else None
        span = _number(span_el.get(f"{W}val")) if span_el is not None else 1
        merge = None if merge_el is None else (merge_el.get(f"{W}val") or "continue")
        cells.append((child, max(1, min(span, 64)), merge))
    return cells


def _grid_before(row: Any) -> int:
    """Empty grid columns before a row's first cell (w:gridBefore)."""
    element = row.find(f"{W}trPr/{W}gridBefore")
    return _number(element.get(f"{W}val"), 0) if element is not None else 0


def _number(text: str | None, default: int = 1) -> int:
    """A count the XML states (a span, empty columns), kept within a table's reach; else `default`."""
    try:
        return max(0, min(int(text or default), 64))
    except ValueError:
        return default


class _Body:
    """Walks the body in order, numbering entries so title lines and rows keep their order."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.entries: list[Row | ProseLine] = []
        self.paragraphs = 0
        self.tables = 0
        self.table_rows = 0  # data rows read so far, over all tables

    def walk(self, container: Any, depth: int = 0) -> None:
        for child in container:
            if child.tag == f"{W}p":
                self.paragraphs += 1
                for line in _paragraph_lines(child, self.numbering):
                    place = Phrase("src_paragraph", n=self.paragraphs)
                    self.entries.append(ProseLine(len(self.entries) + 1, line, place))
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif depth < _MAX_DEPTH and child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
                self.walk(child, depth + 1)

    def table(self, table: Any) -> None:
        self.tables += 1
        first = True
        width = max((sum(s for _, s, _ in _grid_cells(r)) for r in table.iter(f"{W}tr")), default=0)
        for number, row in enumerate(table.findall(f"{W}tr"), start=1):
            cells: list[Cell] = [EMPTY_CELL] * _grid_before(row)
            for cell, span, merge in _grid_cells(row):
                fragments = () if merge == "continue" else tuple(_cell_fragments(cell, self.numbering))
                cells += [Cell(fragments, plain=False)] + [EMPTY_CELL] * (span - 1)
            filled = [c for c in cells if c.fragments]
            if not filled or is_dash_row(tuple(cells)):
                continue
            place = Phrase("src_table_row", table=self.tables, row=number)
            lineno = len(self.entries) + 1
            if len(filled) == 1 and cells[0].fragments and len(cells) >= 2 and _spans_all(row, width):
                self.entries += [ProseLine(lineno + i, f, place) for i, f in enumerate(cells[0].fragments)]
                continue  # a title written in one cell across the table
            # The first row of a table that goes on from the one before may be the rest of its last row.
            row_entry = Row(lineno, tuple(cells), place, split=first and self.table_rows > 0)
            self.entries.append(row_entry)
            if header_layout(row_entry) is None:  # a header typed again does not end the cut
                self.table_rows += 1
                first = False


def _spans_all(row: Any, width: int) -> bool:
    """Whether the row is one cell over the table's whole width."""
    cells = _grid_cells(row)
    return len(cells) == 1 and cells[0][1] >= width > 1


def read_docx(raw: bytes, origin: str) -> list[Row | ProseLine]:
    """The entries of a .docx file's body."""
    import docx  # python-docx: the package, its parts and their XML

    try:
        document = docx.Document(io.BytesIO(raw))
        try:
            numbering_part = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering_part = None
        styles = document.styles.element
        body = document.element.body
    except Exception as exc:  # any failure of the library on a damaged package is the same to the user
        raise SourceError("src_docx_damaged", origin=origin, problem=type(exc).__name__) from None
    paragraphs = sum(1 for _ in body.iter(f"{W}p")) if body is not None else 0  # lxml counts: fast
    if paragraphs > DOCX_PARAGRAPHS_MAX:  # each is numbered, split and cleaned in Python below
        raise past_import_limit(origin, "lim_docx_paragraphs", DOCX_PARAGRAPHS_MAX, paragraphs)
    walker = _Body(Numbering(numbering_part, styles, origin))
    if body is not None:  # a document.xml without a body is an empty document
        walker.walk(body)
    return walker.entries
