"""Word documents made by tests/fixtures/make_docs.py import item by item to what each document shows."""

import json
from pathlib import Path

import pytest

from ita_tui.importer import read_file
from tests.fixtures import documents
from tests.fixtures.make_docs import HEADER5, Doc, Merge, Num, build_docx


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("docx")


def _items(path: Path):
    return [(i.id, i.text, i.period, i.follow_up, i.responsible) for i in read_file(path).checklist.items()]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("auto", documents.AUTO_ITEMS),
        ("merged", documents.MERGED_ITEMS),
        ("split", documents.SPLIT_ITEMS),
        ("report", documents.REPORT_ITEMS),
    ],
)
def test_each_document_imports_item_by_item(folder, name, expected):
    path = build_docx(documents.DOCUMENTS[name], folder / f"{name}.docx")
    assert _items(path) == expected


def test_automatic_numbering_decimal_and_thai_gives_one_item_per_numbered_paragraph(folder):
    c = read_file(build_docx(documents.AUTO, folder / "auto.docx")).checklist
    assert (c.title, c.organization, c.location, c.fiscal_year) == (
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        "เทศบาลตำบลทดสอบ",
        "อำเภอเมือง จังหวัดขอนแก่น",
        2567,
    )
    assert c.indicators[0].measures == ("๑. มาตรการเปิดเผยงบประมาณ",)


def test_title_and_organisation_in_cells_across_the_table(folder):
    imported = read_file(build_docx(documents.MERGED, folder / "merged.docx"))
    c = imported.checklist
    assert (c.title, c.organization, c.location) == (
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖",
        "องค์การบริหารส่วนตำบลตัวอย่าง",
        "อำเภอหนึ่ง จังหวัดสอง",
    )
    assert imported.format == "docx" and imported.skipped == ()


def test_split_table_text_box_header_footer_ignored_tracked_changes_accepted(folder):
    imported = read_file(build_docx(documents.SPLIT, folder / "split.docx"))
    texts = " ".join(i.text for i in imported.checklist.items())
    assert "ข้อความที่แทรก" in texts
    assert "ข้อความที่ลบ" not in texts and "กล่องข้อความ" not in texts and "หัวกระดาษ" not in texts
    assert [i.number for i in imported.checklist.indicators] == [1, 3]  # not 9 from the page header
    assert [(s.place.text("en"), s.text) for s in imported.skipped] == [("paragraph 4", "หน้า ๒")]


def test_results_report_findings_results_outcomes_and_oit(folder):
    c = read_file(build_docx(documents.REPORT, folder / "report.docx")).checklist
    two, nine = c.indicators
    assert two.measures == ("๑. มาตรการเปิดเผยข้อมูลงบประมาณ",)
    assert two.findings == ("๑. ควรเปิดเผยข้อมูล", "๒. ควรตรวจสอบได้")
    assert (two.results, two.outcomes) == (("๑. ดำเนินการแล้ว",), ("๑. ประชาชนมีส่วนร่วม",))
    assert [(o.code, o.title) for s in nine.sub_indicators for o in s.oit_items] == [
        ("O12", "รายงานการกำกับติดตาม"),
        ("O13", "รายงานผลการดำเนินงานประจำปี"),
    ]
    assert [i.oit_codes for i in nine.items] == [("O12",), ("O13",)]


def test_the_bundled_checklist_written_in_word_imports_to_the_same_items(folder):
    path = build_docx(documents.bundled_doc(), folder / "bundled.docx")
    imported = read_file(path)
    assert _items(path) == documents.bundled_items()
    bundled = json.loads((documents.ROOT / "data" / "chumsaeng-2566.json").read_text(encoding="utf-8"))
    c = imported.checklist
    assert (c.title, c.organization, c.location, c.fiscal_year) == (
        bundled["title"],
        bundled["organization"],
        bundled["location"],
        bundled["fiscal_year"],
    )
    nine = c.indicators[-1]
    assert [o.as_written for s in nine.sub_indicators for o in s.oit_items] == [
        o["as_written"] for s in bundled["indicators"][-1]["sub_indicators"] for o in s["oit_items"]
    ]


def test_numbering_restarts_per_list_and_continues_within_one(folder):
    doc = Doc(
        title=["มาตรการ ประจำปีงบประมาณ ๒๕๖๖"],
        tables=[
            [
                HEADER5,
                (["ตัวชี้วัดที่ ๒ การใช้งบประมาณ"], [Num(21, "ก"), Num(21, "ข")], "ตลอดปี", "", "กองคลัง"),
                (Merge(), [Num(21, "ค")], Merge(), "", Merge()),  # the same list goes on: ๓.
                (["ตัวชี้วัดที่ ๓ การใช้อำนาจ"], [Num(22, "ง"), Num(22, "จ")], "ตลอดปี", "", "กองคลัง"),
            ]
        ],
    )
    c = read_file(build_docx(doc, folder / "restart.docx")).checklist
    assert [(i.id, i.text) for i in c.items()] == [
        ("2.1", "ก"),
        ("2.2", "ข"),
        ("2.3", "ค"),
        ("3.1", "ง"),
        ("3.2", "จ"),
    ]
