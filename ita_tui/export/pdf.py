"""The one-page A4 summary PDF: Sarabun, shaped Thai, lines broken between words, always one page.

The page is laid out as a list of drawing operations (pdf_page.py) at one type size; the largest
size at which everything fits is drawn (pdf_layout.py). When nothing fits even at the smallest
readable size, the lists are shortened ("และอีก N รายการ") instead. Every word is measured once
(pdf_measure.py: shaped with HarfBuzz, as fpdf2 shapes it) and each line is written with a single
`cell`, which is much faster than fpdf2's own line breaker with shaping on.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from ita_tui import paths
from ita_tui.checklist.model import indicator_completion, overall_completion
from ita_tui.checklist.units import pending_by_unit, unit_completion
from ita_tui.errors import ExportError, os_reason
from ita_tui.export.options import ExportOptions
from ita_tui.export.pdf_content import Content
from ita_tui.export.pdf_layout import fit_page
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.pdf_page import FAMILY, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP
from ita_tui.export.pdf_unicode import output_bytes
from ita_tui.store import clock
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits

if TYPE_CHECKING:  # imported where used, for start-up time
    from fpdf import FPDF


def sarabun_files() -> dict[str, Path]:
    """The bundled Sarabun fonts by fpdf2 style ("" regular, "B" bold)."""
    return {"": paths.fonts_dir() / "Sarabun-Regular.ttf", "B": paths.fonts_dir() / "Sarabun-Bold.ttf"}


def sarabun_document(orientation: str, left: float, top: float, right: float) -> FPDF:
    """An empty A4 fpdf2 document in mm with Sarabun Regular and Bold, shaping on, no automatic
    page breaks and no cell margin: the start of every PDF the product writes."""
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    try:
        for style, path in sarabun_files().items():
            pdf.add_font(FAMILY, style, str(path))
    except (OSError, RuntimeError) as exc:
        raise ExportError("err_fonts", folder=paths.fonts_dir(), reason=exc) from None
    pdf.set_text_shaping(True)
    pdf.set_auto_page_break(False)
    pdf.set_margins(left, top, right)
    pdf.c_margin = 0
    return pdf


def export_pdf(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """Write the one-page A4 summary of `snapshot` to `output`; returns the path.

    The data stands at `options.day`; the signers are `options.signers` (a third block, ผู้อนุมัติ,
    when there are three), else two blank blocks with dots to sign."""
    output = Path(output)
    words, digit_style = options.words, options.print_digits
    checklist = snapshot.checklist
    pdf = sarabun_document("P", MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
    top = options.heading(checklist.fiscal_year, digit_style)
    pdf.set_title(one_line(f"{top.title} {top.round}".strip()))
    pdf.set_author(one_line(checklist.organization) or "ita-tui")
    pdf.set_subject(one_line(checklist.title))
    pdf.set_creator("ita-tui")
    pdf.set_lang("en" if options.lang == "en" else "th")
    pdf.set_creation_date(clock.now().astimezone(UTC))

    progress, units, no_unit = snapshot.progress, snapshot.unit_model, words["no_unit"]

    def fig(value: object) -> str:
        return digits(value, digit_style)

    content = Content(
        title=top.title,
        round=top.round,
        place=" ".join(one_line(p) for p in (checklist.organization, checklist.location) if p),
        as_of=top.as_of,
        words=words,
        digit_style=digit_style,
        indicators=[
            (fig(ind.number), one_line(ind.title), c) for ind, c in indicator_completion(checklist, progress)
        ],
        overall=overall_completion(checklist, progress),
        units=[("", one_line(name), c) for name, c in unit_completion(checklist, progress, units, no_unit)],
        pending=[(one_line(u), items) for u, items in pending_by_unit(checklist, progress, units, no_unit)],
        signers=options.signers_or_blank(approver=False),
    )
    page = fit_page(content, Widths(sarabun_files()))
    pdf.add_page()
    page.draw(pdf)
    write_document(pdf, output, "err_pdf_write")
    return output


def write_document(pdf: FPDF, output: Path, error_key: str) -> None:
    """Write `pdf` (its text layer as written, see pdf_unicode) over `output` atomically: the
    previous file stays whole if writing fails, and the failure is the ExportError `error_key`."""
    from ita_tui.outputs import write_output

    try:
        write_output(output, output_bytes(pdf))
    except OSError as exc:
        raise ExportError(error_key, path=output, reason=os_reason(exc)) from None
