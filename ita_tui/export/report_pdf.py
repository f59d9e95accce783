"""The results report (OIT O43) as a multi-page A4 landscape PDF in the seed document's layout."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from ita_tui.export.blocks import Lead, TableBlock
from ita_tui.export.options import ExportOptions
from ita_tui.export.pdf import sarabun_document, sarabun_files, write_document
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.pdf_signatures import Signer
from ita_tui.export.report_content import HEADS, SHARES, ReportOptions, as_table, report_blocks
from ita_tui.export.report_layout import LEFT, RIGHT, TOP, Report, lay_out
from ita_tui.locale import Words
from ita_tui.store import clock
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line


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


def table_pdf(
    title_lines: list[str],
    heads: list[str],
    shares: tuple[float, ...],
    blocks: list[TableBlock],
    signers: tuple[Signer, ...],
    words: Words,
    digit_style: str,
    meta: tuple[str, str, str],
    lang: str,
    output: Path,
    error_key: str,
    lead: Lead | None = None,
) -> Path:
    """Write a published table (title block, blocks, signatures) as an A4 landscape PDF; `meta`
    is the document's title, author and subject; `lead`, a table of its own before it."""
    pdf = sarabun_document("L", LEFT, TOP, RIGHT)
    title, author, subject = meta
    pdf.set_title(one_line(title))
    pdf.set_author(one_line(author) or "ita-tui")
    pdf.set_subject(one_line(subject))
    pdf.set_creator("ita-tui")
    pdf.set_lang("en" if lang == "en" else "th")
    pdf.set_creation_date(clock.now().astimezone(UTC))
    report = Report(title_lines, heads, shares, blocks, signers, words, digit_style, lead)
    for page in lay_out(report, Widths(sarabun_files())):
        pdf.add_page()
        page.draw(pdf)
    write_document(pdf, output, error_key)
    return output


def export_report_pdf(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """Write the results report of `snapshot` to `output`; returns the path."""
    words, digit_style = options.words, options.print_digits
    title_lines = report_title_lines(snapshot, options)
    checklist = snapshot.checklist
    shown = report_options(options)
    blocks = [as_table(block) for block in report_blocks(snapshot, words, digit_style, shown)]
    meta = (" ".join(title_lines[:1] + title_lines[2:3]), checklist.organization, checklist.title)
    heads = [words[key] for key in HEADS]
    return table_pdf(
        title_lines,
        heads,
        SHARES,
        blocks,
        options.signers_or_blank(approver=True),
        words,
        digit_style,
        meta,
        options.lang,
        Path(output),
        "err_report_write",
    )


def report_options(options: ExportOptions) -> ReportOptions:
    """What the report shows beyond its published columns, as the export was asked for."""
    return ReportOptions(links=options.links, internal=options.internal)
