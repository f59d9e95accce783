"""Spreadsheets: an .xlsx (openpyxl) or a .csv (UTF-8 with or without BOM, or Excel's Thai Windows-874)
as rows of cells; a cell's lines are its fragments. The rows above the first header row are title lines.

The layout is `ita-tui template`'s (ตัวชี้วัด, ชื่อตัวชี้วัด, ข้อ, วิธีการดำเนินการ, …, รหัส OIT), but the
columns are found by their header names as in every format, so a sheet laid out like a Word table
(มาตรการ/แนวทาง, วิธีการดำเนินการ, …) reads too.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ita_tui.errors import SourceError
from ita_tui.importer.table import Cell, ProseLine, Row, header_layout, is_dash_row, normalise
from ita_tui.importer.text import decode, thai_legacy
from ita_tui.limits import (
    CSV_FIELDS_MAX,
    IMPORT_FILE_MAX,
    IMPORT_LINE_MAX,
    SHEET_CELLS_MAX,
    past_import_limit,
)
from ita_tui.locale import Phrase

MAX_ROWS = 100_000
MAX_COLUMNS = 64


def _cell(value: Any) -> Cell:
    """A cell's lines as fragments; numbers as Excel shows them (2, not 2.0)."""
    if value is None:
        return Cell()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return Cell(tuple(f for f in (normalise(line) for line in text.split("\n")) if f), plain=False)


def _entries(rows: Iterable[Iterable[Any]], sheet: str) -> list[Row | ProseLine]:
    """Rows of cell values as entries: title lines until the first header row, table rows after it."""
    entries: list[Row | ProseLine] = []
    in_table = False
    for number, values in enumerate(rows, start=1):
        if number > MAX_ROWS:
            break
        row_values = list(values)[:MAX_COLUMNS]
        while row_values and row_values[-1] in (None, ""):  # read-only sheets pad rows to the widest
            row_values.pop()
        cells = tuple(_cell(v) for v in row_values)
        filled = [c for c in cells if c.fragments]
        if not filled or is_dash_row(cells):
            continue
        place = Phrase("src_sheet_row", sheet=sheet, row=number) if sheet else Phrase("src_row", row=number)
        row = Row(len(entries) + 1, cells, place, split=False)
        in_table = in_table or header_layout(row) is not None
        if in_table:
            entries.append(row)
        else:
            entries.append(ProseLine(len(entries) + 1, " ".join(c.text for c in filled), place))
    return entries


class _Cells:
    """The cells a sheet's rows give (up to MAX_COLUMNS a row), counted over all sheets as they are
    read: past SHEET_CELLS_MAX the file is refused, before the rest is read (each cell is cleaned
    and split in Python: a 10 MiB CSV of 1,000 fields a row, 335,000 cells, took 3.3 s)."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.count = 0

    def rows(self, rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
        for number, values in enumerate(rows, start=1):
            used = len(values)
            while used and values[used - 1] is None:  # read-only sheets pad rows to the widest
                used -= 1
            self.count += min(used, MAX_COLUMNS)
            if self.count > SHEET_CELLS_MAX:
                where = Phrase("src_on_row", row=number)
                raise past_import_limit(self.origin, "lim_sheet_cells", SHEET_CELLS_MAX, self.count, where)
            yield values


@contextmanager
def _size_from_the_head() -> Iterator[None]:
    """While a workbook is opened: openpyxl looks for a sheet's stated size (<dimension>) only
    before its cells. Upstream, openpyxl/worksheet/_reader.py WorkSheetParser.parse_dimensions
    stops at the *end* of <sheetData>, so a sheet that states no size was parsed whole twice
    (a second pass in Python, 30 µs a cell, before the cells are counted here)."""
    from openpyxl.worksheet import _reader
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.functions import iterparse

    def parse_dimensions(self: Any) -> Any:
        for _, element in iterparse(self.source, events=("start",)):
            if element.tag == _reader.DIMENSION_TAG:
                return SheetDimension.from_tree(element).boundaries
            if element.tag == _reader.DATA_TAG:
                return None
        return None

    saved = _reader.WorkSheetParser.parse_dimensions
    _reader.WorkSheetParser.parse_dimensions = parse_dimensions
    try:
        yield
    finally:
        _reader.WorkSheetParser.parse_dimensions = saved


def read_xlsx(raw: bytes, origin: str) -> list[Row | ProseLine]:
    """The first worksheet that holds a header row (else the first) of an .xlsx workbook."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings(), _size_from_the_head():  # warnings: ours is one line
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            cells = _Cells(origin)
            sheets = [
                (ws.title, list(cells.rows(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS))))
                for ws in book.worksheets
            ]
            book.close()
    except SourceError:
        raise
    except Exception as exc:  # openpyxl fails in many ways on a damaged package; all mean the same
        raise SourceError("src_sheet_damaged", origin=origin, problem=type(exc).__name__) from None
    read = [(title, _entries(rows, title if len(sheets) > 1 else "")) for title, rows in sheets]
    for _, entries in read:
        if any(isinstance(e, Row) for e in entries):
            return entries
    return read[0][1] if read else []


_DELIMITERS = (",", ";", "\t")  # what Excel separates a CSV's fields with, by the system's settings


@contextmanager
def _field_limit() -> Iterator[None]:
    """While a CSV is read: a field of at most IMPORT_LINE_MAX characters (the csv module's limit
    is one setting for the whole process, so it is put back)."""
    saved = csv.field_size_limit(IMPORT_LINE_MAX)
    try:
        yield
    finally:
        csv.field_size_limit(saved)


def _has_header(sample: str, delimiter: str) -> bool:
    """Whether one of the first 30 rows of `sample`, split at `delimiter`, is a measures header."""
    try:
        for number, values in enumerate(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)):
            if number > 30:
                return False
            if len(values) >= 3 and header_layout(Row(1, tuple(_cell(v) for v in values[:MAX_COLUMNS]))):
                return True
    except csv.Error:
        return False
    return False


def _delimiter(sample: str) -> str | None:
    """The delimiter under which the sample holds a measures header row, or None. (csv.Sniffer
    took 100 s on 20,000 characters of commas and quotes; this is a few passes of the C reader.)"""
    with _field_limit():
        return next((d for d in _DELIMITERS if _has_header(sample, d)), None)


def _csv_rows(text: str, origin: str) -> Iterator[list[str]]:
    """The CSV's rows, split where its header row is (comma, semicolon or tab); a row of more than
    CSV_FIELDS_MAX fields, or a field longer than IMPORT_LINE_MAX, refused in one line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[:20_000]) or ",")
    with _field_limit():
        try:
            for number, values in enumerate(reader, start=1):
                if len(values) > CSV_FIELDS_MAX:
                    where = Phrase("src_on_row", row=number)
                    raise past_import_limit(origin, "lim_csv_fields", CSV_FIELDS_MAX, len(values), where)
                yield values
        except csv.Error as exc:  # a field over the limit, a NUL byte
            where = Phrase("src_on_line", line=reader.line_num)
            if "field limit" in str(exc):
                more = f"> {IMPORT_LINE_MAX:,}"
                raise past_import_limit(origin, "lim_csv_field", IMPORT_LINE_MAX, more, where) from None
            found = Phrase("src_found", text=str(exc)[:60])
            raise SourceError(
                "src_expected", origin=origin, place=where, expected=Phrase("src_table"), found=found
            ) from None


def read_csv(raw: bytes, origin: str) -> list[Row | ProseLine]:
    """A .csv in UTF-8 (with or without a byte-order mark) or Excel's Thai Windows-874, of at most
    IMPORT_FILE_MAX bytes, as a converted text."""
    if len(raw) > IMPORT_FILE_MAX:
        size, limit = f"{len(raw) / 2**20:.1f}", IMPORT_FILE_MAX // 2**20
        raise SourceError("err_import_too_large", path=origin, size=size, limit=limit)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = thai_legacy(raw) or decode(raw, origin)
    return _entries(_Cells(origin).rows(_csv_rows(text, origin)), "")


def looks_like_csv(raw: bytes) -> bool:
    """Whether a text file is a spreadsheet saved as CSV: a header row of the measures columns,
    separated by commas or semicolons, in its first 30 rows."""
    head = raw[:20_000]
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # cut inside a character at the end, or not UTF-8 at all
        text = (
            head[: exc.start].decode("utf-8-sig") if exc.start >= len(head) - 3 else thai_legacy(head) or ""
        )
    if ("\t" in text and "<p" in text.lower()) or ("," not in text and ";" not in text):
        return False
    return _delimiter(text) is not None
