"""Issue 19 case 4: text that looks like a formula (an indicator's title, a unit's name) is
written as text in the summary's workbook and neutralised in its CSV, as OWASP recommends; the
figures stay numbers."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from tests.support import STORE_CHECKLIST

TITLE = '=HYPERLINK("http://evil.example/","t")'
UNIT = "=cmd|' /C calc'!A0"


@pytest.fixture
def formula_db(cli, tmp_path):
    checklist = json.loads(STORE_CHECKLIST.read_text(encoding="utf-8"))
    checklist["indicators"][0]["title"] = TITLE
    checklist["indicators"][0]["items"][0]["responsible"] = UNIT
    source = tmp_path / "checklist.json"
    source.write_text(json.dumps(checklist, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "db.json"
    assert cli("tick", "1.1", "--db", db, "--checklist", source).status == 0
    assert cli("units", "add", UNIT, "--db", db).status == 0
    return db


def test_case4_formula_text_in_the_summary_workbook_is_a_string_never_a_formula(cli, formula_db, tmp_path):
    out = tmp_path / "summary.xlsx"
    assert cli("summary", "-o", out, "--db", formula_db).status == 0
    book = openpyxl.load_workbook(out)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert TITLE in texts and UNIT in texts
    assert any(isinstance(c.value, (int, float)) and c.value for c in cells)  # figures stay numbers


def test_case4_formula_text_in_the_summary_csv_starts_with_a_quote(cli, formula_db, tmp_path):
    out = tmp_path / "summary.csv"
    assert cli("summary", "-o", out, "--db", formula_db).status == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    cells = [cell for row in rows for cell in row]
    assert "'" + TITLE in cells and "'" + UNIT in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@", "\t", "\r"))]
    indicator = next(row for row in rows if row[2] == "'" + TITLE)
    assert indicator[3].isdigit() and indicator[4].isdigit()  # numbers left as numbers
