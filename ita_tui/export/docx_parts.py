"""The Word pieces both documents (the results report and the measures) are built from
(python-docx): A4 landscape section, TH Sarabun New runs, fixed-width tables whose rows never split
between pages, the header row repeated, page numbers, signatures, the atomic save.

Word and LibreOffice break Thai lines with their own dictionaries: a unit word or date they would
cut ("สำ|นักฯ") is held together by a word joiner (U+2060) between its pieces and a no-break space
for its space (`held_together`), and a cell whose longest word would not fit its column is set in
a smaller size (`cell_size`), measured with Sarabun, whose widths TH Sarabun New and its
LibreOffice stand-in (TLWG Laksaman) match within 2 %.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ita_tui.errors import ExportError, os_reason
from ita_tui.export.blocks import Lead, Para, TableBlock
from ita_tui.export.figures import STATE_MARKS
from ita_tui.export.pdf_measure import Widths
from ita_tui.export.pdf_signatures import Signer
from ita_tui.locale import Words
from ita_tui.text import visible_text
from ita_tui.thai_breaks import whole_spans, word_segments

FONT = "TH Sarabun New"
SIZE_PT = 14
SMALLEST_PT = 10
CELL_MARGIN_MM = 1.9  # Word's and LibreOffice's default left and right cell margins
SLACK = 1.12  # a word must fit this many times over: another Thai font may be a little wider
PAGE_W, PAGE_H, MARGIN = 297, 210, 15  # mm, A4 landscape
JOINER = "\u2060"  # WORD JOINER: no line break here, and nothing to see
_SLASH_THAI = re.compile(r"/(?=[\u0e01-\u0e4e])")
DOTS = "." * 40


def held_together(text: str) -> str:
    """`text` with its unit words, dates and ids unbreakable in Word and LibreOffice: a word joiner
    between the pieces their ICU dictionary would break them into (compounds too), a no-break space
    for their spaces; a "ๆ", which never starts a line, written against its word ("ต่าง ๆ" as
    "ต่างๆ"); a zero-width space after a "/" before Thai, where LibreOffice finds no break in
    "โครงการ/กิจกรรม" and cuts inside it."""
    out, at = [], 0
    for start, end, url in whole_spans(text):
        if url:
            continue
        out.append(text[at:start])
        out.append(JOINER.join(word_segments(text[start:end], compounds=False)).replace(" ", "\u00a0"))
        at = end
    out.append(text[at:])
    held = re.sub(r"\s+ๆ", "ๆ", "".join(out))  # LibreOffice breaks before "ๆ" even after a no-break space
    return _SLASH_THAI.sub("/\u200b", held)  # "โครงการ/กิจกรรม" may break after its "/", as in the PDF


def cell_size(widths: Widths, texts: list[str], width_mm: float, size: float = SIZE_PT) -> float:
    """The size at which every word of `texts` fits a column `width_mm` wide (with room to spare)."""
    room = (width_mm - 2 * CELL_MARGIN_MM) / SLACK
    return widths.fitting_size(texts, "", size, room, SMALLEST_PT)


def font(run: Any, bold: bool = False, size: float = SIZE_PT, grey: bool = False) -> None:
    """Thai text needs the complex-script font and size too (w:cs, w:szCs), not only the Latin one."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    if grey:
        run.font.color.rgb = RGBColor(0x5A, 0x5A, 0x5A)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    rpr.append(rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(int(size * 2))}))
    if bold:
        rpr.append(rpr.makeelement(qn("w:bCs"), {}))


def paragraph(container: Any, text: str, *, bold: bool = False, center: bool = False, **kw: Any) -> Any:
    """A paragraph of one run in the document's font, no space after."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    para = container.add_paragraph()
    para.paragraph_format.space_after = Pt(0)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(
        para.add_run(held_together(visible_text(text, keep="\t\n"))), bold=bold, **kw
    )  # lxml refuses controls
    return para


def fill_cell(cell: Any, texts: list[tuple[str, bool, bool]], size: float) -> None:
    """A table cell's paragraphs (text, bold, grey) at `size`, replacing the empty first one."""
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    for text, bold, grey in texts:
        paragraph(cell, text, bold=bold, grey=grey, size=size)
    if not texts:
        cell.add_paragraph()


def landscape(document: Any) -> Any:
    """The document's one section: A4 landscape with the PDF's margins."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(PAGE_W), Mm(PAGE_H)
    section.left_margin = section.right_margin = Mm(MARGIN)
    section.top_margin, section.bottom_margin = Mm(16), Mm(14)
    return section


def fixed_table(document: Any, widths_mm: list[float]) -> Any:
    """A bordered table of fixed column widths (w:tblLayout fixed, w:gridCol and every w:tcW), which
    Word and LibreOffice both keep whatever the text."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table = document.add_table(rows=1, cols=len(widths_mm))
    table.style = "Table Grid"
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(tbl_pr.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"}))
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    return table


def set_widths(row: Any, widths_mm: list[float]) -> None:
    """Every cell of a row its column's width, and the row kept whole on one page (w:cantSplit)."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    for cell, width in zip(row.cells, widths_mm, strict=True):
        cell.width = Mm(width)
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(tr_pr.makeelement(qn("w:cantSplit"), {qn("w:val"): "true"}))


def repeat_header(row: Any) -> None:
    """Mark a table row as the header row Word repeats at the top of every page."""
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(tr_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))


def page_numbers(section: Any, thai_digits: bool) -> None:
    """ "- N -" centred in the page header, N a PAGE field in the section's number format: Thai
    digits (w:pgNumType "thaiNumbers") in Word, Arabic in LibreOffice, which has no Thai digits
    there; the field switch "\\* ThaiArabic" is read by LibreOffice as Thai letters (ก ข ค)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    para = section.header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(para.add_run("- "))
    run = para.add_run()
    font(run)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            run._r.append(run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind}))
        else:
            instr = run._r.makeelement(qn("w:instrText"), {qn("xml:space"): "preserve"})
            instr.text = text
            run._r.append(instr)
    font(para.add_run(" -"))
    if thai_digits:
        sect_pr = section._sectPr
        sect_pr.append(sect_pr.makeelement(qn("w:pgNumType"), {qn("w:fmt"): "thaiNumbers"}))
    section.different_first_page_header_footer = True  # the first page is not numbered, as in the PDF


def _signature_lines(words: Words, signer: Signer) -> list[str]:
    """A signer's lines as in the PDF: sign, (name), position, date; dots where nothing was entered."""
    name = signer.name.strip()
    position = signer.position.strip()
    return [
        f"{words['sign']} {DOTS} {signer.role}",
        f"({name})" if name else f"({DOTS})",
        f"{words['position']} {position or DOTS}",
        words("date_line", day="......", month="...............", year="......"),
    ]


def signatures(document: Any, words: Words, signers: tuple[Signer, ...]) -> None:
    """Two signers side by side in a borderless table, a third centred below."""
    paragraph(document, "")
    if not signers:
        return
    pair = document.add_table(rows=1, cols=2)
    for cell, signer in zip(pair.rows[0].cells, signers[:2], strict=False):
        cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
        for line in _signature_lines(words, signer):
            paragraph(cell, line, center=True)
    for signer in signers[2:3]:
        paragraph(document, "")
        for line in _signature_lines(words, signer):
            paragraph(document, line, center=True)


def save(document: Any, output: Path, error_key: str) -> Path:
    """Write the document over `output` atomically (the previous file stays whole if writing fails)."""
    import io

    from ita_tui.export.zip_clock import zip_dates_from_1980
    from ita_tui.outputs import write_output

    out = io.BytesIO()
    with zip_dates_from_1980():
        document.save(out)
    try:
        write_output(Path(output), out.getvalue())
    except OSError as exc:
        raise ExportError(error_key, path=output, reason=os_reason(exc)) from None
    return Path(output)


def _fill(widths: Widths, cell: Any, width_mm: float, paras: tuple[Para, ...]) -> None:
    """A cell's paragraphs, items led by their state mark, at the size at which its longest word
    fits its column."""
    texts = [
        (f"{STATE_MARKS[p.mark]} {p.text}" if p.mark is not None else p.text, p.style == "B", p.grey)
        for p in paras
    ]
    fill_cell(cell, texts, cell_size(widths, [t for t, _, _ in texts], width_mm))


def block_rows(table: Any, widths: Widths, block: TableBlock, column_mm: list[float]) -> None:
    """One indicator's rows, its spanning cells merged down them."""
    first = len(table.rows)
    for row in block.rows or ({},):
        cells = table.add_row().cells
        set_widths(table.rows[-1], column_mm)
        for column, cell in enumerate(cells):
            if column not in block.spans:
                _fill(widths, cell, column_mm[column], row.get(column, ()))
    last = len(table.rows) - 1
    for column, paras in block.spans.items():
        merged = table.cell(first, column)
        if last > first:
            merged = merged.merge(table.cell(last, column))
        for extra in merged.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        _fill(widths, merged, column_mm[column], paras)


def table_document(
    title_lines: list[str],
    heads: list[str],
    shares: tuple[float, ...],
    blocks: list[TableBlock],
    signers: tuple[Signer, ...],
    words: Words,
    thai_digits: bool,
    lead: Lead | None = None,
) -> Any:
    """A Word document of the title block, the table (header row repeated) and the signatures;
    `lead`, a table of its own before it."""
    from docx import Document

    from ita_tui.export.pdf import sarabun_files

    widths = Widths(sarabun_files())
    document = Document()
    page_numbers(landscape(document), thai_digits)
    for n, line in enumerate(title_lines):
        paragraph(document, line, bold=n < 2, center=True, size=SIZE_PT + (4 if n == 0 else 2))
    if lead is not None:
        _table(document, widths, list(lead.heads), lead.shares, list(lead.blocks))
        paragraph(document, "")
    _table(document, widths, heads, shares, blocks)
    signatures(document, words, signers)
    return document


def _table(
    document: Any, widths: Widths, heads: list[str], shares: tuple[float, ...], blocks: list[TableBlock]
) -> None:
    """One table: its header row (repeated on every page) and its blocks."""
    column_mm = [(PAGE_W - 2 * MARGIN) * share for share in shares]
    table = fixed_table(document, column_mm)
    set_widths(table.rows[0], column_mm)
    for width, cell, head in zip(column_mm, table.rows[0].cells, heads, strict=True):
        _fill(widths, cell, width, (Para(head, "B"),))
    repeat_header(table.rows[0])
    for block in blocks:
        block_rows(table, widths, block, column_mm)
