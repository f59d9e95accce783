"""The one-page A4 PDF that the agency hands in."""

import re
import subprocess
from dataclasses import replace
from datetime import date

import pypdf
import pytest
from PIL import Image

from ita_tui.checklist.model import Item
from ita_tui.export.pdf import export_pdf
from tests.support.export_fixtures import (
    export_options,
    realistic_checklist,
    snapshot_with,
    synthetic_checklist,
)

A4_POINTS = (595.28, 841.89)
TODAY = date(2026, 11, 26)
TICKED = ["2.1", "2.2", "3.1", "4.1", "4.2", "4.3", "6.2", "9.1"]


def _text(reader: pypdf.PdfReader) -> str:
    """All extracted text, zero-width spaces dropped and white space collapsed."""
    raw = "".join(page.extract_text() for page in reader.pages)
    return " ".join(raw.replace("\u200b", "").split())


def _squeezed(text: str) -> str:
    """Text without any white space (a line may wrap between two words)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def realistic_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    export_pdf(
        snapshot_with(realistic_checklist(), TICKED),
        path,
        export_options(today=TODAY, reporter="นางสาวสมศรี ใจดี", reporter_position="นักวิเคราะห์นโยบายและแผน"),
    )
    return path


@pytest.fixture(scope="module")
def large_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "large.pdf"
    checklist = synthetic_checklist(10, 40)
    done = [item.id for n, item in enumerate(checklist.items()) if n % 3 == 0]
    export_pdf(snapshot_with(checklist, done), path, export_options(today=TODAY))
    return path


def test_realistic_checklist_is_one_a4_page(realistic_pdf):
    reader = pypdf.PdfReader(realistic_pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)


def test_page_states_organization_year_date_and_every_indicator(realistic_pdf):
    text = _text(pypdf.PdfReader(realistic_pdf))
    squeezed = _squeezed(text)
    assert ("สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") in text
    assert "องค์การบริหารส่วนตำบลชุมแสง อำเภอสตึก จังหวัดบุรีรัมย์" in text
    assert "ข้อมูล ณ วันที่ ๒๖ พฤศจิกายน พ.ศ. ๒๕๖๙" in text
    for indicator in realistic_checklist().indicators:
        assert _squeezed(indicator.title) in squeezed
    assert "๒/๓" in text and "๖๗" in text  # indicator 2: 2 of 3 done
    assert "ภาพรวม" in text and "๘/๓๑" in text
    assert "ลงชื่อ" in text and "(นางสาวสมศรี ใจดี)" in text and "ผู้ตรวจสอบ" in text
    assert "2566" not in text  # Thai digits by default


def test_copied_text_has_no_stray_characters_after_sara_am(realistic_pdf):
    raw = pypdf.PdfReader(realistic_pdf).pages[0].extract_text()
    assert "ดำเนินการ" in raw and "\u200b" not in raw
    assert not re.search("ำ[^\u0e00-\u0e7f\\s]", raw)


def test_fonts_are_embedded_and_metadata_set(realistic_pdf):
    reader = pypdf.PdfReader(realistic_pdf)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
        assert "Sarabun" in str(font["/BaseFont"])
    meta = reader.metadata
    assert "๒๕๖๖" in meta.title and meta.author == "องค์การบริหารส่วนตำบลชุมแสง"
    assert meta.creation_date is not None


def test_rendered_page_is_not_blank(realistic_pdf, tmp_path):
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-singlefile", str(realistic_pdf), str(tmp_path / "page")],
        check=True,
    )
    image = Image.open(tmp_path / "page.png").convert("L")
    dark = sum(1 for value in image.get_flattened_data() if value < 128)
    assert dark > 0.01 * image.width * image.height


def test_large_checklist_still_one_page_with_shortened_lists(large_pdf):
    reader = pypdf.PdfReader(large_pdf)
    assert len(reader.pages) == 1
    text = _text(reader)
    squeezed = _squeezed(text)
    for indicator in synthetic_checklist(10, 40).indicators:
        assert _squeezed(indicator.title) in squeezed
    assert "และอีก" in text and "รายการ" in text
    assert "ภาพรวม" in text and "๑๓๔/๔๐๐" in text


def test_no_text_outside_the_page(large_pdf):
    positions = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            positions.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

    pypdf.PdfReader(large_pdf).pages[0].extract_text(visitor_text=visit)
    assert positions
    width, height = A4_POINTS
    margin = 10 * 72 / 25.4  # every line sits well inside the paper, 1 cm at least
    for x, y in positions:
        assert margin <= x <= width - margin and margin <= y <= height - margin


def test_arabic_digits_and_english_labels(tmp_path):
    path = export_pdf(
        snapshot_with(realistic_checklist(), TICKED),
        tmp_path / "en.pdf",
        export_options(lang="en", digit_style="arabic", today=TODAY, supervisor="Somchai Jaidee"),
    )
    text = _text(pypdf.PdfReader(path))
    assert "fiscal year 2023" in text and "As of 26 November 2026" in text
    assert "2566" not in text and "B.E." not in text  # one era: Common Era throughout in English
    assert "Completion by indicator" in text and "Overall" in text and "8/31" in text
    assert "Reviewed by" in text and "(Somchai Jaidee)" in text
    assert "ภาพรวม" not in text and "๒๕๖๖" not in text
    assert "องค์การบริหารส่วนตำบลชุมแสง" in text  # checklist text stays as written


def test_thai_labels_with_arabic_digits(tmp_path):
    path = export_pdf(
        snapshot_with(realistic_checklist(), TICKED),
        tmp_path / "a.pdf",
        export_options(digit_style="arabic", today=TODAY),
    )
    text = _text(pypdf.PdfReader(path))
    assert "พ.ศ. 2566" in text and "26 พฤศจิกายน พ.ศ. 2569" in text and "2/3" in text


def test_absurdly_long_texts_still_give_one_page(tmp_path):
    checklist = realistic_checklist()
    huge = "การประเมินคุณธรรมและความโปร่งใส" * 200
    first = checklist.indicators[0]
    odd = replace(first, title=huge, items=(Item("2.1", 1, "ก" * 5000, responsible=huge),) + first.items[1:])
    checklist = replace(
        checklist, organization=huge, location=huge, indicators=(odd,) + checklist.indicators[1:]
    )
    path = export_pdf(
        snapshot_with(checklist, []),
        tmp_path / "odd.pdf",
        export_options(today=TODAY, reporter=huge, supervisor_position=huge),
    )
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    text = _text(reader)
    assert "…" in text and "ผู้ตรวจสอบ" in text
    assert _squeezed(checklist.indicators[1].title) in _squeezed(text)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-singlefile", str(path), str(tmp_path / "odd")], check=True
    )
    image = Image.open(tmp_path / "odd.png").convert("L")
    per_mm = image.width / 210
    right_margin = image.crop((round(192 * per_mm), 0, image.width, image.height))
    bottom_margin = image.crop((0, round(283 * per_mm), image.width, image.height))
    assert min(right_margin.get_flattened_data()) > 200, "ink in the right margin"
    assert min(bottom_margin.get_flattened_data()) > 200, "ink in the bottom margin"
