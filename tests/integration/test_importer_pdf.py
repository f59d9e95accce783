"""PDFs as offices make them (LibreOffice from the Word test documents) and with damaged text layers.

The PDFs in tests/data/pdf/ are made by tests/fixtures/make_pdfs.py; tests/system/test_importer_pdf.py
remakes one where LibreOffice is installed.
"""

from pathlib import Path

import pytest

from ita_tui.errors import SourceError
from ita_tui.importer import read_file
from ita_tui.importer.thai_repair import repair
from tests.fixtures import documents, make_pdfs
from tests.support.imported import expected_items, imported_items

PDFS = Path(__file__).resolve().parent.parent / "data" / "pdf"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("auto", documents.AUTO_ITEMS), ("merged", documents.MERGED_ITEMS), ("report", documents.REPORT_ITEMS)],
)
def test_a_pdf_made_from_a_word_document_imports_to_its_items(name, expected):
    assert imported_items(PDFS / f"{name}.pdf") == expected_items(expected)


def test_the_bundled_checklist_as_a_six_page_pdf_reads_as_the_word_original():
    imported = read_file(PDFS / "bundled.pdf")
    assert imported.format == "pdf"
    assert imported_items(PDFS / "bundled.pdf") == expected_items(documents.bundled_items())
    c = imported.checklist
    assert (c.title, c.organization, c.location, c.fiscal_year) == (
        "มาตรการการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖",
        "องค์การบริหารส่วนตำบลชุมแสง",
        "อำเภอสตึก จังหวัดบุรีรัมย์",
        2566,
    )
    assert [o.code for s in c.indicators[-1].sub_indicators for o in s.oit_items] == [
        "O12",
        "O13",
        "O14",
        "O15",
        "O19",
        "O27",
        "O30",
    ]
    assert imported.skipped == ()  # the repeated header rows and page numbers are not "not understood"


def test_thai_words_come_back_whole_and_marks_in_order():
    texts = " ".join(i.text for i in read_file(PDFS / "bundled.pdf").checklist.items())
    assert "ดำเนินการ" in texts and "ำา" not in texts  # sara am whole
    assert "ตัวชวี้" not in texts and "ใชู" not in texts  # no reordered or misread marks
    merged = read_file(PDFS / "merged.pdf").checklist
    assert merged.indicators[1].title == "การใช้ทรัพย์สินของทางราชการ"  # wrapped in a narrow cell


def test_a_damaged_text_layer_is_repaired():
    imported = read_file(PDFS / "damaged.pdf")
    c = imported.checklist
    assert [
        (i.id, i.text, i.period, i.follow_up, i.responsible) for i in c.items()
    ] == make_pdfs.DAMAGED_ITEMS
    assert (c.title, c.organization) == (
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖",
        "เทศบาลตำบลทดสอบ",
    )
    assert c.indicators[0].title == "การใช้งบประมาณ"


def test_a_scanned_pdf_needs_ocr_first():
    with pytest.raises(SourceError) as info:
        read_file(PDFS / "scanned.pdf")
    message = str(info.value)
    assert "\n" not in message and "scanned" in message and "needs OCR first" in message


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("ประจำาปี", "ประจำปี"),
        ("ตำาบล", "ตำบล"),
        ("ประจํา", "ประจำ"),  # nikhahit + sara aa, as Tesseract writes it
        ("นํ้า", "น้ำ"),  # nikhahit, tone mark, sara aa
        ("นำ้", "น้ำ"),  # tone mark after sara am
        ("ใช\uf70b", "ใช้"),
        ("ท\uf702\uf713", "ที่"),
        ("\uf70f", "ญ"),
        ("แ\u0e49กไข", "แก้ไข"),  # a mark before its base
        (" \u0e48กอน", " ก่อน"),
        ("ก่อน ที่ น้ำ ตำบล", "ก่อน ที่ น้ำ ตำบล"),  # correct Thai is left alone
        ("Open Data", "Open Data"),
    ],
)
def test_repair(damaged, repaired):
    assert repair(damaged) == repaired


def test_a_damaged_pdf_gives_a_checklist_or_one_line_and_no_library_warnings(tmp_path):
    import random
    import subprocess
    import sys

    damaged = bytearray((PDFS / "auto.pdf").read_bytes())
    chance = random.Random(0)  # ten bytes changed: pdfminer warns 47 times about what it cannot draw
    for _ in range(10):
        where = chance.randrange(len(damaged))
        damaged[where] = chance.randrange(256)
    source = tmp_path / "damaged.pdf"
    source.write_bytes(bytes(damaged))
    result = subprocess.run(
        [sys.executable, "-m", "ita_tui", "import", str(source), "-o", str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode == 0:
        assert result.stderr == ""
    else:
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
