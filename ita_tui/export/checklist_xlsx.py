"""The checklist as a spreadsheet to edit and import again, and the empty template (openpyxl).

Layout: the title and the organisation in the first two rows, a header row of COLUMNS, then one row
per method item. `ita-tui import` reads it back (as .xlsx or .csv) with the same row walker as every
other format: the ข้อ column keeps each item's number, so progress stays with its id.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ita_tui.checklist.fields import ITEM_FIELDS
from ita_tui.checklist.model import Checklist
from ita_tui.errors import ExportError, os_reason
from ita_tui.export.options import ExportOptions
from ita_tui.locale import words as words_of
from ita_tui.store.records import Snapshot
from ita_tui.text import visible_text
from ita_tui.thai import to_thai_digits

# The header names `import` finds the columns by (importer/table.py column_role): Thai, as agencies
# write; the indicator and the item's number, then one column per item field (checklist/fields.py).
COLUMNS = ("ตัวชี้วัด", "ชื่อตัวชี้วัด", "ข้อ", *(f.column for f in ITEM_FIELDS))
_WIDTHS = (10, 28, 6, 60, 20, 28, 22, 12)
FONT = "Sarabun"  # Excel falls back to a Thai font of its own where Sarabun is not installed


def _book(title: str, organization: str, rows: list[list[Any]], lang: str = "th") -> bytes:
    """The workbook: title cells, the header kept in view, one row per item; all text stays text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = words_of(lang)["template_sheet"]
    lines: list[list[Any]] = [[title], [organization], list(COLUMNS), *rows]
    for row in lines:  # what no XML file may hold (U+FFFF, controls) made visible first
        sheet.append([visible_text(v, keep="\n") if isinstance(v, str) else v for v in row])
    bold, plain = Font(name=FONT, bold=True, size=14), Font(name=FONT, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a text starting with "=" is text, never a formula
            cell.font = bold if cell.row <= 3 else plain
            if cell.row > 3:
                cell.alignment = wrap
    for n, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + n)].width = width
    sheet.freeze_panes = "A4"
    out = io.BytesIO()
    from ita_tui.export.zip_clock import zip_dates_from_1980

    with zip_dates_from_1980():
        book.save(out)
    return out.getvalue()


def write_xlsx(data: bytes, output: Path) -> Path:
    """Write a workbook made here to `output` (an .xlsx name), whole or not at all."""
    from ita_tui.outputs import write_output  # the previous file stays whole if writing fails

    if output.suffix.lower() != ".xlsx":
        raise ExportError("err_xlsx_name", path=output)
    try:
        write_output(output, data)
    except OSError as exc:
        raise ExportError("err_xlsx_write", path=output, reason=os_reason(exc)) from None
    return output


def checklist_xlsx(checklist: Checklist) -> bytes:
    """The checklist in use in the template's layout, one row per item, ids kept in ข้อ."""
    rows: list[list[Any]] = []
    for indicator in checklist.indicators:
        for item in indicator.items:
            rows.append(
                [indicator.number, indicator.title, item.number, *(f.written(item) for f in ITEM_FIELDS)]
            )
    organization = " ".join(part for part in (checklist.organization, checklist.location) if part)
    title = checklist.title
    if str(checklist.fiscal_year) not in title and to_thai_digits(str(checklist.fiscal_year)) not in title:
        title = f"{title} ประจำปีงบประมาณ {checklist.fiscal_year}".strip()
    return _book(title, organization, rows)


def write_checklist(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """The export table's writer: the snapshot's checklist as a workbook at `output` (an .xlsx name)."""
    return write_xlsx(checklist_xlsx(snapshot.checklist), output)


def template_xlsx(fiscal_year: int) -> bytes:
    """An empty list to fill in, in Thai as agencies write theirs: the title cells, the header, two
    example rows."""
    say = words_of("th")
    rows: list[list[Any]] = [
        [2, say["template_ind2"], 1, say["template_item1"], say["template_period"], say["template_follow"],
         say["template_unit1"], ""],
        [9, say["template_ind9"], 1, say["template_item2"], say["template_period"], say["template_follow"],
         say["template_unit2"], "O12"],
    ]  # fmt: skip
    return _book(say("template_title", year=fiscal_year), say["template_org"], rows)
