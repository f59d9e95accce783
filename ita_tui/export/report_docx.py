"""The results report as an editable Word document (python-docx): the PDF's title block, six-column
table and signatures, A4 landscape, in TH Sarabun New as Thai offices write.

As in the PDF, each indicator's measures and outcome are cells merged down its rows, each method
item is a row with its result beside it, and period and responsible are merged when every item
shares them. Rows never split between pages (w:cantSplit); the header row repeats (w:tblHeader).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ita_tui.export import docx_parts as parts
from ita_tui.export.pdf import sarabun_files
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.pdf_signatures import Signer
from ita_tui.export.report_content import PUBLISHED, Block, Para, ReportOptions, report_blocks
from ita_tui.export.report_layout import MEASURES, METHOD, OUTCOME, PERIOD, RESULT, SHARES, UNIT
from ita_tui.export.report_pdf import HEADS, report_title_lines
from ita_tui.locale import words as words_of
from ita_tui.store.records import Snapshot

MARKS = {"not-started": "☐", "in-progress": "◐", "done": "☑", "na": "⊘"}
COLUMN_MM = [(parts.PAGE_W - 2 * parts.MARGIN) * share for share in SHARES]


def _texts(paras: tuple[Para, ...]) -> list[tuple[str, bool, bool]]:
    """A cell's paragraphs as (text, bold, grey), items led by their state mark."""
    return [(f"{MARKS[p.mark]} {p.text}" if p.mark else p.text, p.style == "B", p.grey) for p in paras]


def _fill(widths: Widths, cell: Any, column: int, paras: tuple[Para, ...]) -> None:
    """A cell's paragraphs, at the size at which its longest word fits its column."""
    texts = _texts(paras)
    size = parts.cell_size(widths, [t for t, _, _ in texts], COLUMN_MM[column])
    parts.fill_cell(cell, texts, size)


def _block(table: Any, widths: Widths, block: Block) -> None:
    """One indicator's rows: a findings row when there are findings, then one row per item; the
    spanning cells merged down them."""
    rows = ([None] if block.lead else []) + list(block.items)
    first = len(table.rows)
    for row in rows:
        cells = table.add_row().cells
        parts.set_widths(table.rows[-1], COLUMN_MM)
        if row is None:
            _fill(widths, cells[METHOD], METHOD, block.lead)
            for column in (PERIOD, RESULT, UNIT):
                _fill(widths, cells[column], column, ())
            continue
        _fill(widths, cells[METHOD], METHOD, row.method)
        _fill(widths, cells[RESULT], RESULT, row.result)
        _fill(widths, cells[PERIOD], PERIOD, (Para(row.period),))
        _fill(widths, cells[UNIT], UNIT, (Para(row.responsible),))
    last = len(table.rows) - 1
    spans = {MEASURES: block.measures, OUTCOME: block.outcome}
    if block.period is not None:
        spans[PERIOD] = (Para(block.period),)
    if block.responsible is not None:
        spans[UNIT] = (Para(block.responsible),)
    for column, paras in spans.items():
        top = table.cell(first, column)
        merged = top.merge(table.cell(last, column)) if last > first else top
        for paragraph in list(merged.paragraphs):
            paragraph._element.getparent().remove(paragraph._element)
        merged.add_paragraph()
        _fill(widths, merged, column, paras)


def export_report_docx(
    snapshot: Snapshot,
    output: Path,
    *,
    signers: tuple[Signer, ...],
    lang: str = "th",
    digit_style: str = "thai",
    today: date | None = None,
    months: int | None = None,
    options: ReportOptions = PUBLISHED,
) -> Path:
    """Write the results report of `snapshot` as a .docx to `output`; returns the path."""
    from docx import Document

    words = words_of(lang)
    widths = Widths(sarabun_files())
    document = Document()
    section = parts.landscape(document)
    parts.page_numbers(section, digit_style == "thai")
    title_lines = report_title_lines(snapshot, lang=lang, digit_style=digit_style, today=today, months=months)
    for n, line in enumerate(title_lines):
        parts.paragraph(document, line, bold=n < 2, center=True, size=parts.SIZE_PT + (4 if n == 0 else 2))
    table = parts.fixed_table(document, COLUMN_MM)
    parts.set_widths(table.rows[0], COLUMN_MM)
    for column, (cell, key) in enumerate(zip(table.rows[0].cells, HEADS, strict=True)):
        _fill(widths, cell, column, (Para(words[key], "B"),))
    parts.repeat_header(table.rows[0])
    for block in report_blocks(snapshot, words, digit_style, options):
        _block(table, widths, block)
    parts.signatures(document, words, signers)
    document.core_properties.title = " ".join(title_lines[:1] + title_lines[2:3])
    document.core_properties.author = snapshot.checklist.organization or "ita-tui"
    return parts.save(document, Path(output), "err_report_write")
