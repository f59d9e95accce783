"""The results report (OIT O43) as a multi-page A4 landscape PDF in the seed document's layout."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ita_tui.export.options import ExportOptions
from ita_tui.export.pdf import sarabun_document, sarabun_files, write_document
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.report_content import item_rows
from ita_tui.export.report_layout import LEFT, RIGHT, TOP, Report, lay_out
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line

HEADS = ("col_measures", "col_methods", "col_period", "col_results", "col_outcome", "col_units")


def report_title_lines(snapshot: Snapshot, options: ExportOptions) -> list[str]:
    """The title block: the report's name, the agency and its place, the fiscal year and round, the date."""
    checklist = snapshot.checklist
    words = options.words
    top = options.heading(checklist.fiscal_year, options.print_digits, title_key="results_year")
    place = " ".join(one_line(p) for p in (checklist.organization, checklist.location) if p.strip())
    lines = [words["results_title"], place, top.title]
    if top.round:
        lines.append(top.round)
    lines.append(top.as_of)
    return [line for line in lines if line]


def export_report_pdf(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """Write the results report of `snapshot` to `output`; returns the path."""
    output = Path(output)
    words, digit_style = options.words, options.print_digits
    title_lines = report_title_lines(snapshot, options)
    pdf = sarabun_document("L", LEFT, TOP, RIGHT)
    pdf.set_title(one_line(" ".join(title_lines[:1] + title_lines[2:3])))
    pdf.set_author(one_line(snapshot.checklist.organization) or "ita-tui")
    pdf.set_subject(one_line(snapshot.checklist.title))
    pdf.set_creator("ita-tui")
    pdf.set_lang("en" if options.lang == "en" else "th")
    pdf.set_creation_date(datetime.now(UTC))
    report = Report(
        title_lines=title_lines,
        heads=[words[key] for key in HEADS],
        rows=item_rows(snapshot, words, digit_style),
        signers=options.signers_or_blank(approver=True),
        words=words,
        digit_style=digit_style,
    )
    for page in lay_out(report, Widths(sarabun_files())):
        pdf.add_page()
        page.draw(pdf)
    write_document(pdf, output, "err_report_write")
    return output
