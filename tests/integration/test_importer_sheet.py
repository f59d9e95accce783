"""Spreadsheets: the template, export → edit in Excel → import → checklist update, CSV in three encodings."""

import io
import json
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from ita_tui.checklist import file as checklist_file
from ita_tui.errors import SourceError
from ita_tui.export.checklist_xlsx import COLUMNS
from ita_tui.importer import read_bytes, read_file


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ita_tui", *args], capture_output=True, text=True, timeout=60
    )


def test_the_template_has_the_columns_title_cells_and_two_examples_and_imports(tmp_path):
    path = tmp_path / "measures.xlsx"
    result = _cli("template", "-o", str(path), "--year", "2567")
    assert result.returncode == 0 and result.stdout == f"เขียนไฟล์ {path} แล้ว\n"
    sheet = load_workbook(path).active
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2567"]
    assert rows[1][0].startswith("องค์การบริหารส่วนตำบล")
    assert tuple(rows[2]) == COLUMNS
    assert len(rows) == 5
    c = read_file(path).checklist
    assert (c.fiscal_year, c.organization) == (2567, "องค์การบริหารส่วนตำบลตัวอย่าง")
    assert [(i.id, i.responsible, i.oit_codes) for i in c.items()] == [
        ("2.1", "กองคลัง", ()),
        ("9.1", "สำนักปลัด", ("O12",)),
    ]
    assert [(i.number, i.title) for i in c.indicators] == [(2, "การใช้งบประมาณ"), (9, "การเปิดเผยข้อมูล")]


def test_round_trip_export_edit_import_update_keeps_progress(tmp_path):
    db = ["--db", str(tmp_path / "db.json"), "--user", "somchai"]
    for item in ("2.1", "3.2", "9.6"):
        assert _cli("tick", item, *db).returncode == 0
    exported = tmp_path / "measures.xlsx"
    assert _cli("export", "checklist", "-o", str(exported), *db).returncode == 0
    book = load_workbook(exported)
    sheet = book.active
    rows = list(sheet.iter_rows(min_row=4))
    removed = next(r for r in rows if (r[0].value, r[2].value) == (2, 2))
    sheet.delete_rows(removed[0].row)  # item 2.2 taken out: 2.3 keeps its number
    edited = next(r for r in sheet.iter_rows(min_row=4) if (r[0].value, r[2].value) == (3, 2))
    edited[3].value = "ทบทวนคำสั่งแต่งตั้งคณะทำงานให้คำปรึกษาด้านจริยธรรม"
    sheet.append([9, "การเปิดเผยข้อมูล", None, "เผยแพร่รายงานผล ทางเว็บไซต์", "ก.ย.", "", "สำนักปลัด", "O13"])
    book.save(exported)
    assert _cli("import", str(exported), "-o", str(tmp_path / "new.json")).returncode == 0
    new = checklist_file.load(tmp_path / "new.json")
    assert "2.2" not in new.item_ids() and "2.3" in new.item_ids()
    assert new.find_item("9.7").text == "เผยแพร่รายงานผล ทางเว็บไซต์"  # no ข้อ given: the next number
    assert new.find_item("9.7").oit_codes == ("O13",)
    update = _cli("checklist", "update", str(tmp_path / "new.json"), *db)
    assert update.returncode == 0, update.stderr
    status = json.loads(_cli("status", "--json", *db).stdout)
    done = sorted(i["id"] for i in status["items"] if i.get("done") or i.get("state") == "done")
    assert done == ["2.1", "3.2", "9.6"]


CELL = st.one_of(
    st.none(),
    st.integers(-3, 40),
    st.sampled_from(["", "ตัวชี้วัดที่ ๒", "๑. ก", "การใช้งบประมาณ", "กองคลัง", "O12", "=1+1", "ก\nข", "2"]),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=8),  # what a cell can hold
)


@given(st.lists(st.lists(CELL, max_size=9), max_size=8), st.booleans())
def test_arbitrary_workbooks_give_a_checklist_or_one_line(rows, with_header):
    book = Workbook()
    sheet = book.active
    sheet.append(["มาตรการ ประจำปีงบประมาณ 2567"])
    if with_header:
        sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    try:
        checklist = read_bytes(out.getvalue(), "fuzz.xlsx").checklist
    except SourceError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.xlsx: ")
        return
    assert checklist_file.checklist_from_dict(json.loads(checklist_file.dumps(checklist))) == checklist


def test_template_refuses_a_name_that_is_not_xlsx(tmp_path):
    result = _cli("template", "-o", str(tmp_path / "measures.csv"))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1 and ".xlsx" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_template_filled_in_imports_then_a_corrected_sheet_keeps_progress(tmp_path):
    template = tmp_path / "measures.xlsx"
    assert _cli("template", "-o", str(template), "--year", "2568").returncode == 0
    book = load_workbook(template)
    sheet = book.active
    sheet["A2"] = "เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดเลย"
    sheet.delete_rows(4, 2)  # the two examples out
    for row in (
        [1, "การปฏิบัติหน้าที่", 1, "ประชุมชี้แจงบุคลากร", "ต.ค. 2567", "รายงานผล", "สำนักปลัด", ""],
        [1, "การปฏิบัติหน้าที่", 2, "ประกาศเจตนารมณ์", "พ.ย. 2567", "รายงานผล", "สำนักปลัด", ""],
        [9, "การเปิดเผยข้อมูล", 1, "เผยแพร่รายงานประจำปี", "ธ.ค. 2567", "รายงานผล", "กองคลัง", "O13"],
    ):
        sheet.append(row)
    book.save(template)
    first = tmp_path / "first.json"
    assert _cli("import", str(template), "-o", str(first)).returncode == 0
    c = checklist_file.load(first)
    assert (c.organization, c.location, c.fiscal_year) == ("เทศบาลตำบลบ้านใหม่", "อำเภอเมือง จังหวัดเลย", 2568)
    assert c.item_ids() == ["1.1", "1.2", "9.1"]
    db = ["--db", str(tmp_path / "db.json"), "--checklist", str(first), "--user", "somsri"]
    assert _cli("tick", "1.2", *db).returncode == 0
    sheet = (book := load_workbook(template)).active
    sheet.insert_rows(4)  # a new first item, numbered 3 so the others keep theirs
    for column, value in enumerate([1, "การปฏิบัติหน้าที่", 3, "จัดทำคู่มือ", "", "", "สำนักปลัด", ""], 1):
        sheet.cell(4, column, value)
    book.save(template)
    assert _cli("import", str(template), "-o", str(tmp_path / "second.json")).returncode == 0
    assert _cli("checklist", "update", str(tmp_path / "second.json"), *db).returncode == 0
    status = json.loads(_cli("status", "--json", *db).stdout)
    assert sorted(i["id"] for i in status["items"]) == ["1.1", "1.2", "1.3", "9.1"]
    assert [i["id"] for i in status["items"] if i.get("done") or i.get("state") == "done"] == ["1.2"]
