"""The results report as an editable Word document (python-docx): the PDF's title block, six-column
table and signatures, A4 landscape, in TH Sarabun New as Thai offices write.

The table's first row is marked as a header row (w:tblHeader), so Word and LibreOffice repeat it on
every page; they split rows between pages themselves, so a continued indicator carries no "(ต่อ)".
Page numbers are a PAGE field in the header ("- ๒ -" with Thai digits in Word).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ita_tui.export.options import ExportOptions, write_bytes
from ita_tui.export.pdf_signatures import Signer
from ita_tui.export.report_content import Para, item_rows
from ita_tui.export.report_layout import SHARES
from ita_tui.export.report_pdf import HEADS, report_title_lines
from ita_tui.locale import Words
from ita_tui.store.records import Snapshot

FONT = "TH Sarabun New"
SIZE_PT = 14
MARKS = {"not-started": "☐", "in-progress": "◐", "done": "☑", "na": "⊘"}
DOTS = "." * 40


def _font(run: Any, bold: bool = False, size: float = SIZE_PT, grey: bool = False) -> None:
    """Thai text needs the complex-script font and size too (w:cs, w:szCs), not only the Latin one."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    if grey:
        run.font.color.rgb = RGBColor(0x5A, 0x5A, 0x5A)
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    rpr = run._element.get_or_add_rPr()
    size_cs = rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(int(size * 2))})
    rpr.append(size_cs)
    if bold:
        rpr.append(rpr.makeelement(qn("w:bCs"), {}))


def _paragraph(container: Any, text: str, *, bold: bool = False, center: bool = False, **kw: Any) -> Any:
    """A paragraph of one run in the report's font, no space after."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = container.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(text), bold=bold, **kw)
    return paragraph


def _cell(cell: Any, paras: tuple[Para, ...]) -> None:
    """A table cell's paragraphs, items led by their state mark."""
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    for para in paras:
        mark = f"{MARKS[para.mark]} " if para.mark else ""
        _paragraph(cell, mark + para.text, bold=para.style == "B", grey=para.grey)
    if not paras:
        cell.add_paragraph()


def _repeat_header(row: Any) -> None:
    """Mark a table row as the header row Word repeats at the top of every page."""
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(tr_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))


def _page_numbers(section: Any, thai_digits: bool) -> None:
    """ "- N -" centred in the page header, N a PAGE field."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run("- "))
    run = paragraph.add_run()
    _font(run)
    for kind, text in (
        ("begin", None),
        (None, " PAGE \\* ThaiArabic " if thai_digits else " PAGE "),
        ("end", None),
    ):
        if kind:
            run._r.append(run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind}))
        else:
            instr = run._r.makeelement(qn("w:instrText"), {qn("xml:space"): "preserve"})
            instr.text = text
            run._r.append(instr)
    _font(paragraph.add_run(" -"))
    section.different_first_page_header_footer = True  # the first page is not numbered, as in the PDF


def _signature_lines(words: Words, signer: Signer) -> list[str]:
    """A signer's lines as in the PDF: sign, (name), position, date."""
    name = signer.name.strip()
    position = signer.position.strip()
    return [
        f"{words['sign']} {DOTS} {signer.role}",
        f"({name})" if name else f"({DOTS})",
        f"{words['position']} {position or DOTS}",
        words("date_line", day="......", month="...............", year="......"),
    ]


def export_report_docx(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """Write the results report of `snapshot` to `output` as a Word document; returns the path."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    words, digit_style = options.words, options.print_digits
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin, section.bottom_margin = Mm(16), Mm(14)
    _page_numbers(section, digit_style == "thai")
    title_lines = report_title_lines(snapshot, options)
    for n, line in enumerate(title_lines):
        _paragraph(document, line, bold=n < 2, center=True, size=SIZE_PT + (4 if n == 0 else 2))
    table = document.add_table(rows=1, cols=len(HEADS))
    table.style = "Table Grid"
    table.autofit = False
    for column, share in zip(table.columns, SHARES, strict=True):
        column.width = Mm(267 * share)  # w:gridCol, which LibreOffice follows
    for cell, key, share in zip(table.rows[0].cells, HEADS, SHARES, strict=True):
        _cell(cell, (Para(words[key], "B"),))
        cell.width = Mm(267 * share)
    _repeat_header(table.rows[0])
    for row in item_rows(snapshot, words, digit_style):
        cells = table.add_row().cells
        for cell, paras, share in zip(cells, row.cells, SHARES, strict=True):
            _cell(cell, paras)
            cell.width = Mm(267 * share)
    _signatures(document, words, options.signers_or_blank(approver=True))
    document.core_properties.title = " ".join(title_lines[:1] + title_lines[2:3])
    document.core_properties.author = snapshot.checklist.organization or "ita-tui"
    out = io.BytesIO()
    document.save(out)
    return write_bytes(Path(output), out.getvalue(), "err_report_write")


def _signatures(document: Any, words: Words, signers: tuple[Signer, ...]) -> None:
    """Two signers side by side in a borderless table, a third centred below."""
    _paragraph(document, "")
    if not signers:
        return
    pair = document.add_table(rows=1, cols=2)
    for cell, signer in zip(pair.rows[0].cells, signers[:2], strict=False):
        cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
        for line in _signature_lines(words, signer):
            _paragraph(cell, line, center=True)
    for signer in signers[2:3]:
        _paragraph(document, "")
        for line in _signature_lines(words, signer):
            _paragraph(document, line, center=True)
