"""The one-page summary lists each item not done once: a unit's own items under it, the items of
every unit once under their own heading, and the count in the title equal to the items listed; the
web page the same, in the PDF's digits, its tables the page's full width."""

import re

import pytest

from ita_tui.checklist.model import is_pending
from ita_tui.export.options import ExportOptions
from ita_tui.export.pdf import export_pdf
from ita_tui.export.summary import write_html, write_xlsx
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddUnit, EditItem, SetState
from ita_tui.thai import digits
from ita_tui.thai_breaks import line_ends_inside_words
from tests.support.pdf_readback import bbox_lines

UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม")


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    """The bundled checklist with four units, two items given to one unit each, a few done."""
    folder = tmp_path_factory.mktemp("counts")
    store = ProgressStore.open(folder / "office.json", user="t")
    for unit in UNITS:
        store.apply(AddUnit(unit))
    store.apply(EditItem("4.1", responsible="กองคลัง (งานพัสดุ)"))
    store.apply(EditItem("6.1", responsible="สำนักปลัด"))
    for item_id in ("2.1", "3.2", "9.1"):
        store.apply(SetState(item_id, "done"))
    store.apply(SetState("4.3", "na", "ไม่มีครุภัณฑ์ที่ต้องจำหน่าย"))
    snapshot = store.snapshot()
    pending = [item for item in snapshot.checklist.items() if is_pending(item, snapshot.progress)]
    return snapshot, pending, folder


def test_the_pdf_counts_each_pending_item_once(agency):
    snapshot, pending, folder = agency
    pdf = export_pdf(snapshot, folder / "summary.pdf", ExportOptions())
    lines = [line for page in bbox_lines(pdf) for line in page]
    text = "\n".join(lines)
    assert len(pending) == 27
    assert f"รายการที่ยังไม่ได้ดำเนินการ ({digits(len(pending), 'thai')} รายการ)" in text
    assert "กองคลัง (๑)" in text and "สำนักปลัด (๑)" in text
    assert "ทุกๆ กอง/ สำนักฯ (๒๕)" in text  # the items of every unit, once
    listed = sum(
        int(n.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
        for n in re.findall(r"\(([๐-๙]+)\)$", text, re.M)
    )
    assert listed == len(pending)
    paragraphs = [item.text for item in snapshot.checklist.items()] + [
        i.title for i in snapshot.checklist.indicators
    ]
    wrong, judged = line_ends_inside_words(lines, paragraphs)
    assert judged > 10 and not wrong


def test_the_web_page_counts_the_same_in_the_pdfs_digits_at_full_width(agency):
    snapshot, pending, folder = agency
    page = folder / "summary.html"
    write_html(snapshot, page, ExportOptions(pending=True, print_digits="thai"))
    html = page.read_text(encoding="utf-8")
    assert f"({digits(len(pending), 'thai')} รายการ)" in html
    listed = [html.count(f'<td class="n">{digits(item.id, "thai")}</td>') for item in pending]
    assert listed == [1] * len(pending)  # each pending item once
    assert "max-width: 170mm" not in html
    from openpyxl import load_workbook

    snapshot, pending, folder = agency
    book = load_workbook(write_xlsx(snapshot, folder / "summary.xlsx", ExportOptions()))
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
            "landscape",
            9,
            1,
            0,
        )
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$1:$3"
    assert book.worksheets[-1].max_row == 3 + len(pending)  # each pending item once
