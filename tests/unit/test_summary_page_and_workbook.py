"""The summaries people open: the HTML page in a browser, the workbook in Excel."""

from datetime import date
from html.parser import HTMLParser

import pytest

from ita_tui.export.summary import write_xlsx
from tests.support.export_fixtures import (
    TICKED,
    export_options,
    realistic_checklist,
    snapshot_with,
    summary_page,
)


class _Page(HTMLParser):
    """Tags, the html element's lang, the title and the cells' text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.lang = ""
        self.title = ""
        self.cells: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang", "")
        if tag in ("td", "th"):
            self.cells.append("")

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if "title" in self._in:
            self.title += data
        if {"td", "th"} & set(self._in):
            self.cells[-1] += data


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return summary_page(tmp_path_factory.mktemp("html"))


def test_html_is_a_thai_page_with_title_tables_and_a_thai_font(page):
    text = page.read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(text)
    assert text.startswith("<!DOCTYPE html>") and parsed.lang == "th"
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" in parsed.title
    assert "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)" in parsed.title
    assert "ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๖" in text
    assert parsed.tags.count("table") >= 3 and "thead" in parsed.tags
    stack = '"Sarabun", "Tahoma", "Leelawadee UI", "Leelawadee", "Noto Sans Thai"'
    assert f"font-family: {stack}" in text
    assert "src: url(data:font/ttf;base64," in text  # Sarabun travels with the page
    assert "@page { size: A4" in text
    assert "█" not in text and "┃" not in text  # no console drawing


def test_html_figures_are_the_pdfs(page):
    parsed = _Page()
    parsed.feed(page.read_text(encoding="utf-8"))
    cells = [c.strip() for c in parsed.cells]
    row = cells.index("การใช้งบประมาณ")
    assert cells[row + 1 : row + 3] == ["๒/๓", "๖๗"]
    overall = cells.index("ภาพรวม")
    assert cells[overall + 1 : overall + 3] == ["๖/๓๑", "๑๙"]
    assert "เปิดเผยให้ทราบถึงข้อมูล การจัดซื้อจัดจ้าง" in cells  # a pending item, in full


def test_xlsx_has_figures_by_indicator_and_unit_and_the_pending_items(tmp_path):
    from openpyxl import load_workbook

    options = export_options(today=date(2026, 12, 1))
    path = write_xlsx(snapshot_with(realistic_checklist(), TICKED), tmp_path / "s.xlsx", options)
    book = load_workbook(path)
    assert book.sheetnames == ["รายตัวชี้วัด", "รายหน่วยงาน", "ยังไม่ได้ดำเนินการ"]
    indicators = list(book["รายตัวชี้วัด"].iter_rows(values_only=True))
    assert "พ.ศ. 2566" in indicators[0][0] and indicators[1][0] == "ข้อมูล ณ วันที่ 1 ธันวาคม พ.ศ. 2569"
    assert indicators[2] == (
        "ตัวชี้วัด",
        "ประเด็น",
        "ดำเนินการแล้ว",
        "ที่ต้องดำเนินการ",
        "ร้อยละ",
        "อยู่ระหว่างดำเนินการ",
        "ไม่เกี่ยวข้อง",
        "ตรวจสอบแล้ว",
    )
    assert indicators[3][:4] == (2, "การใช้งบประมาณ", 2, 3)
    assert indicators[-1][1:4] == ("ภาพรวม", 6, 31)
    assert indicators[3][4] == 0.67  # the percent every figure shows (67), as Excel's fraction
    units = list(book["รายหน่วยงาน"].iter_rows(values_only=True))
    assert [row[0] for row in units[3:]] == ["ทุกๆ กอง/ สำนักฯ"]  # both spellings of every unit
    pending = list(book["ยังไม่ได้ดำเนินการ"].iter_rows(values_only=True))[3:]
    assert len(pending) == 31 - len(TICKED)
    assert pending[0][:3] == ("ทุกๆ กอง/ สำนักฯ", "2.3", "เปิดเผยให้ทราบถึงข้อมูล การจัดซื้อจัดจ้าง")
