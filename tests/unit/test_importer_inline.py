"""Numbered methods typed inside one paragraph or cell ("๑. … ๒. … ๓. …") are one item each, in every
format: the seed laid out in Word as its agency published it (one row per indicator, each method cell
one paragraph), the PDF LibreOffice prints of it (tests/data/pdf/seed-inline.pdf, made by
tests/fixtures/make_pdfs.py), and an Excel sheet typed "1.… 2.… 3.…" without line breaks."""

import json
from pathlib import Path

import pytest

from ita_tui import paths
from ita_tui.checklist import file as checklist_file
from ita_tui.importer import read_file
from tests.fixtures.make_docs import HEADER5, Doc, build_docx
from tests.fixtures.seed_layout import seed_doc, seed_xlsx

PDFS = Path(__file__).resolve().parent.parent / "data" / "pdf"


def _bare(text: str) -> str:
    """Text with white space left out (a PDF's text layer does not say where a wrap fell on a space)."""
    return "".join(text.split())


def _bundled_items() -> list[tuple[str, str]]:
    data = json.loads(paths.bundled_checklist().read_text(encoding="utf-8"))
    return [(i["id"], _bare(i["text"])) for ind in data["indicators"] for i in ind["items"]]


def _items(path: Path) -> list[tuple[str, str]]:
    return [(i.id, _bare(i.text)) for i in read_file(path).checklist.items()]


def test_the_seed_in_word_with_each_method_cell_one_paragraph_gives_its_31_items(tmp_path):
    path = build_docx(seed_doc(), tmp_path / "seed.docx")
    assert _items(path) == _bundled_items()
    # and the whole checklist is the bundled one: measures, findings, results, OIT items, title
    imported = json.loads(checklist_file.dumps(read_file(path).checklist))
    bundled = json.loads(paths.bundled_checklist().read_text(encoding="utf-8"))
    assert {**imported, "source": ""} == {**bundled, "source": ""}


def test_the_pdf_libreoffice_prints_of_it_gives_the_same_31_items():
    imported = read_file(PDFS / "seed-inline.pdf")
    assert imported.format == "pdf"
    assert _items(PDFS / "seed-inline.pdf") == _bundled_items()
    assert imported.checklist.fiscal_year == 2566


def test_an_excel_sheet_typed_1_2_3_on_one_line_gives_the_same_31_items(tmp_path):
    path = seed_xlsx(tmp_path / "seed.xlsx")
    assert read_file(path).format == "xlsx"
    assert _items(path) == _bundled_items()


def _one_cell(tmp_path: Path, *rows: tuple[str, str]) -> list[tuple[str, str]]:
    """The items of a Word table whose rows hold an indicator (or nothing) and one method paragraph."""
    doc = Doc(
        title=["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖"],
        tables=[[HEADER5, *[(first, method, "ตลอดปี", "", "กองคลัง") for first, method in rows]]],
    )
    path = build_docx(doc, tmp_path / "one.docx")
    return [(i.id, i.text) for i in read_file(path).checklist.items()]


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        # a year, a count of days, a count in a dotted list: inside a sentence, not markers
        (
            "๑. ประชุมภายใน ๑๐ วัน ตามระเบียบ พ.ศ. ๒๕๖๖ ๒. ประชุม ๒ ครั้ง ต่อปี",
            ["ประชุมภายใน ๑๐ วัน ตามระเบียบ พ.ศ. ๒๕๖๖", "ประชุม ๒ ครั้ง ต่อปี"],
        ),
        # markers in sequence only: "๔." after "๒." is text
        ("๑. จัดประชุม ๒. ทำตามข้อ ๔. ของระเบียบ", ["จัดประชุม", "ทำตามข้อ ๔. ของระเบียบ"]),
        # bare numbers ("๑ รายงาน … ๒ …") split only in a list opened by a bare number
        ("๑ รายงานผลภายใน ๑๐ วัน ๒ ประชุม ๔ ครั้ง", ["รายงานผลภายใน ๑๐ วัน", "ประชุม ๔ ครั้ง"]),
        ("1.จัดทำคู่มือ 2.เผยแพร่ 3.ติดตาม", ["จัดทำคู่มือ", "เผยแพร่", "ติดตาม"]),
    ],
)
def test_inline_markers_split_only_in_sequence(tmp_path, method, expected):
    items = _one_cell(tmp_path, ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", method))
    assert [text for _, text in items] == expected


def test_a_later_row_goes_on_with_the_indicators_own_numbering(tmp_path):
    items = _one_cell(
        tmp_path,
        ("ตัวชี้วัดที่ ๓ การใช้อำนาจ", "๑. มอบหมายงาน ๒. ประเมินผล ๓. แจ้งผล"),
        ("", "๔.เมื่อมีการอบรม ให้เสนอ ๕.หากไม่ได้รับการพิจารณา ให้สอบถาม"),
        ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ", "๑. จัดทำคู่มือ ๓. ตามข้อ ๓"),
    )
    assert items == [
        ("3.1", "มอบหมายงาน"),
        ("3.2", "ประเมินผล"),
        ("3.3", "แจ้งผล"),
        ("3.4", "เมื่อมีการอบรม ให้เสนอ"),
        ("3.5", "หากไม่ได้รับการพิจารณา ให้สอบถาม"),
        ("4.1", "จัดทำคู่มือ ๓. ตามข้อ ๓"),  # "๓." does not go on from ๑: it stays text
    ]
