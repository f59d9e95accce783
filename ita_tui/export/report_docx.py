"""The results report as an editable Word document (python-docx): the PDF's title block, six-column
table and signatures, A4 landscape, in TH Sarabun New as Thai offices write.

As in the PDF, each indicator's measures and outcome are cells merged down its rows, each method
item is a row with its result beside it, and period and responsible are merged when every item
shares them. Rows never split between pages (w:cantSplit); the header row repeats (w:tblHeader).
"""

from __future__ import annotations

from pathlib import Path

from ita_tui.export import docx_parts as parts
from ita_tui.export.options import ExportOptions
from ita_tui.export.report_content import HEADS, SHARES, as_table, report_blocks
from ita_tui.export.report_pdf import report_options, report_title_lines
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line


def export_report_docx(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """Write the results report of `snapshot` as a .docx to `output`; returns the path."""
    words, digit_style = options.words, options.print_digits
    title_lines = report_title_lines(snapshot, options)
    shown = report_options(options)
    blocks = [as_table(block) for block in report_blocks(snapshot, words, digit_style, shown)]
    heads = [words[key] for key in HEADS]
    signers = options.signers_or_blank(approver=True)
    document = parts.table_document(title_lines, heads, SHARES, blocks, signers, words, digit_style == "thai")
    document.core_properties.title = one_line(" ".join(title_lines[:1] + title_lines[2:3]))
    document.core_properties.author = one_line(snapshot.checklist.organization) or "ita-tui"
    return parts.save(document, Path(output), "err_report_write")
