"""A spreadsheet whose title is one row, the agency, district and province after the year: the
checklist keeps the district and province, which the reports' title block prints."""

import io

from openpyxl import load_workbook

from ita_tui.export.checklist_xlsx import template_xlsx
from ita_tui.importer import read_bytes

TITLE = (
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2567 "
    "องค์การบริหารส่วนตำบลโคกสะอาด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น"
)


def test_one_title_row_gives_the_organization_district_and_province():
    book = load_workbook(io.BytesIO(template_xlsx(2567)))
    sheet = book.active
    sheet["A1"] = TITLE
    sheet.delete_rows(2)  # no row of its own for the agency
    out = io.BytesIO()
    book.save(out)
    checklist = read_bytes(out.getvalue(), "measures.xlsx").checklist
    assert checklist.organization == "องค์การบริหารส่วนตำบลโคกสะอาด"
    assert checklist.location == "อำเภอเมืองขอนแก่น จังหวัดขอนแก่น"
    assert checklist.fiscal_year == 2567 and len(list(checklist.items())) == 2
