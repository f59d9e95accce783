"""The summary as an Excel workbook (openpyxl): figures per indicator and per unit, and the items not done."""

from __future__ import annotations

import io
from typing import Any

from ita_tui.checklist.model import Completion, indicator_completion, overall_completion
from ita_tui.checklist.units import pending_by_unit, unit_completion
from ita_tui.export.figures import FIGURE_HEADS
from ita_tui.locale import words as words_of
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line

FONT = "Sarabun"  # Excel falls back to a Thai font of its own where Sarabun is not installed


def _print_setup(ws: Any) -> None:
    """Printed on A4 landscape, one page wide (as many tall as it takes), the title, date and
    header rows repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:3"


def summary_xlsx(snapshot: Snapshot, *, title: str, as_of: str, lang: str = "th") -> bytes:
    """Three sheets: by indicator (with the overall row), by unit, items not done; numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    say = words_of(lang)
    checklist = snapshot.checklist
    progress, units = snapshot.progress, snapshot.unit_model
    book = Workbook()
    bold = Font(name=FONT, bold=True)
    plain = Font(name=FONT)
    wrap = Alignment(wrap_text=True, vertical="top")

    def sheet(
        name: str, heads: list[str], rows: list[list[object]], widths: list[int], percent_col: int
    ) -> None:
        """One sheet: title and date lines, a bold header row kept in view, then the rows."""
        ws = book.create_sheet(name[:31])
        lines: list[list[object]] = [[title], [as_of], list(heads), *rows]
        for row in lines:
            ws.append([one_line(value) if isinstance(value, str) else value for value in row])
        for cells in ws.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # "=HYPERLINK(…)" in a title is text, never a formula
                cell.font = bold if cell.row <= 3 else plain
                if cell.row > 3:
                    cell.alignment = wrap
                if cell.row > 3 and cell.column == percent_col:
                    cell.number_format = "0%"
        for n, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + n)].width = width
        ws.freeze_panes = "A4"
        _print_setup(ws)

    figures = [say[key] for key in FIGURE_HEADS]

    def counts(c: Completion) -> list[object]:
        """A figure's six counts; the percent as the fraction Excel shows as a percent."""
        return [c.done, c.applicable, c.percent / 100, c.in_progress, c.not_applicable, c.verified]

    overall = overall_completion(checklist, progress)
    sheet(
        say["sheet_indicators"],
        [say["indicator"], say["title"], *figures],
        [
            [ind.number, one_line(ind.title), *counts(c)]
            for ind, c in indicator_completion(checklist, progress)
        ]
        + [["", say["overall"], *counts(overall)]],
        [10, 50, 14, 10, 10, 14, 14, 14],
        5,
    )
    sheet(
        say["sheet_units"],
        [say["unit"], *figures],
        [[one_line(n), *counts(c)] for n, c in unit_completion(checklist, progress, units, say["no_unit"])],
        [50, 14, 10, 10, 14, 14, 14],
        4,
    )
    sheet(
        say["sheet_pending"],
        [say["unit"], say["item_id"], say["item_text"], say["item_period"]],
        [
            [one_line(unit), item.id, one_line(item.text), one_line(item.period)]
            for unit, items in pending_by_unit(checklist, progress, units, say["no_unit"])
            for item in items
        ],
        [30, 8, 70, 25],
        0,
    )
    book.remove(book.worksheets[0])  # the empty default sheet
    book.properties.title = one_line(title)
    book.properties.creator = "ita-tui"
    out = io.BytesIO()
    from ita_tui.export.zip_clock import zip_dates_from_1980

    with zip_dates_from_1980():
        book.save(out)
    return out.getvalue()
