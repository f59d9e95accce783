"""Spreadsheets: the template, export → edit in Excel → import → checklist update, CSV in three encodings."""

import csv
import io

import pytest
from openpyxl import load_workbook

from ita_tui import paths
from ita_tui.checklist import file as checklist_file
from ita_tui.errors import SourceError
from ita_tui.export.checklist_xlsx import COLUMNS, checklist_xlsx, template_xlsx
from ita_tui.importer import read_bytes


def _rows(c):
    return [(i.id, i.text, i.period, i.follow_up, i.responsible, i.oit_codes) for i in c.items()]


def test_an_exported_checklist_imports_to_the_same_items():
    bundled = checklist_file.load(paths.bundled_checklist())
    imported = read_bytes(checklist_xlsx(bundled), "bundled.xlsx")
    assert imported.format == "xlsx" and imported.skipped == ()
    c = imported.checklist
    assert _rows(c) == _rows(bundled)
    assert (c.title, c.organization, c.location, c.fiscal_year) == (
        bundled.title,
        bundled.organization,
        bundled.location,
        bundled.fiscal_year,
    )


def test_text_that_looks_like_a_formula_is_exported_as_text():
    from dataclasses import replace

    bundled = checklist_file.load(paths.bundled_checklist())
    first = bundled.indicators[0]
    item = replace(first.items[0], text='=HYPERLINK("http://x") ข้อความ')
    changed = replace(
        bundled, indicators=(replace(first, items=(item, *first.items[1:])), *bundled.indicators[1:])
    )
    data = checklist_xlsx(changed)
    assert load_workbook(io.BytesIO(data)).active["D4"].data_type == "s"
    assert read_bytes(data, "x.xlsx").checklist.find_item("2.1").text == item.text


def _csv(rows: list[list[object]], encoding: str, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode(encoding)


def _sheet_rows(data: bytes) -> list[list[object]]:
    return [list(r) for r in load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True)]


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8", ","), ("utf-8-sig", ","), ("cp874", ","), ("utf-8", ";")]
)
def test_csv_in_utf8_with_or_without_bom_and_windows_874_reads_like_the_xlsx(encoding, delimiter):
    bundled = checklist_file.load(paths.bundled_checklist())
    data = checklist_xlsx(bundled)
    rows = [["" if v is None else v for v in row] for row in _sheet_rows(data)]
    imported = read_bytes(_csv(rows, encoding, delimiter), f"measures-{encoding}.csv")
    assert imported.format == "csv"
    assert _rows(imported.checklist) == _rows(read_bytes(data, "x.xlsx").checklist)


def test_a_number_given_twice_in_an_indicator_is_one_line_naming_the_row():
    rows = [
        ["มาตรการ ประจำปีงบประมาณ 2567"],
        list(COLUMNS),
        [2, "ก", 1, "ข", "", "", "", ""],
        [2, "ก", 1, "ค", "", "", "", ""],
    ]
    with pytest.raises(SourceError) as info:
        read_bytes(_csv(rows, "utf-8"), "dup.csv")
    assert "row 4" in str(info.value) and "2.1" in str(info.value)


def test_a_sheet_laid_out_like_a_word_table_reads_too():
    rows = [
        ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖"],
        ["มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ระยะเวลาดำเนินการ", "ติดตามผล", "ผู้รับผิดชอบ"],
        ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๑. ก\n๒. ข", "ตลอดปี", "รายงาน", "กองคลัง"],
    ]
    c = read_bytes(_csv(rows, "utf-8"), "word-like.csv").checklist
    assert [(i.id, i.text) for i in c.items()] == [("2.1", "ก"), ("2.2", "ข")]


def test_template_xlsx_is_in_thai_whatever_the_language():
    assert _sheet_rows(template_xlsx(2567))[2] == list(COLUMNS)
