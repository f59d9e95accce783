"""The one-page summary's round, date lines and signature blocks, as a signer reads them."""

from datetime import date

import pypdf

from ita_tui.export.pdf import export_pdf
from ita_tui.thai_breaks import word_segments
from tests.support.export_fixtures import export_options, realistic_checklist, snapshot_with
from tests.support.pdf_readback import pdftotext_text, squeezed

LONG_POSITION = "ปลัดองค์การบริหารส่วนตำบลโคกสะอาด รักษาราชการแทนนายกองค์การบริหารส่วนตำบลโคกสะอาด"


def _lines_at(path) -> list[tuple[float, float, str]]:
    """Each drawn line's x, y (points from the bottom) and text."""
    found = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            found.append((round(tm[4], 1), round(tm[5], 1), text))

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_round_and_buddhist_era_on_the_date_line(tmp_path):
    path = export_pdf(
        snapshot_with(realistic_checklist(), ["2.1"]), tmp_path / "r.pdf", export_options(months=6)
    )
    text = pdftotext_text(path)
    assert "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)" in text
    assert "ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๖" in text
    path = export_pdf(
        snapshot_with(realistic_checklist(), []),
        tmp_path / "y.pdf",
        export_options(months=12, lang="en", digit_style="arabic"),
    )
    text = pdftotext_text(path)
    assert "12-month round (1 October 2022 – 30 September 2023)" in text
    assert "As of 30 September 2023" in text and "fiscal year 2023" in text


def test_three_signers_with_date_lines_and_level_columns(tmp_path):
    path = export_pdf(
        snapshot_with(realistic_checklist(), []),
        tmp_path / "s.pdf",
        export_options(
            today=date(2026, 12, 1),
            reporter="นางสาวสมศรี ใจดี",
            reporter_position="นักวิเคราะห์นโยบายและแผน",
            supervisor="นายสมชาย ใจงาม",
            supervisor_position=LONG_POSITION,
            approver="",
            approver_position="นายกองค์การบริหารส่วนตำบลชุมแสง",
        ),
    )
    text = pdftotext_text(path)
    for role in ("ผู้รายงาน", "ผู้ตรวจสอบ", "ผู้อนุมัติ"):
        assert role in text
    assert squeezed(LONG_POSITION) in squeezed(text)
    assert "โคกสะอาด" in text.replace("\n", "|")  # the place name is never cut over two lines
    lines = _lines_at(path)
    dates = [(x, y) for x, y, t in lines if t.startswith("วันที่") and "พ.ศ." in t]
    assert len(dates) == 3  # one under each signature
    (x1, y1), (x2, y2), (_x3, y3) = sorted(dates, key=lambda p: (-p[1], p[0]))
    assert y1 == y2 and x1 < x2  # the two columns' date lines are level, whatever the position's length
    assert y3 < y1  # the approver signs below, centred
    signs = [(x, y) for x, y, t in lines if t.startswith("ลงชื่อ")]
    assert len(signs) == 3 and len({y for _, y in signs}) == 2


def test_two_signers_by_default(tmp_path):
    path = export_pdf(
        snapshot_with(realistic_checklist(), []), tmp_path / "d.pdf", export_options(today=date(2026, 12, 1))
    )
    text = pdftotext_text(path)
    assert "ผู้อนุมัติ" not in text and text.count("ลงชื่อ") == 2 and text.count("วันที่ .") == 2


def test_a_place_name_after_tambon_is_one_segment():
    assert word_segments("ปลัดองค์การบริหารส่วนตำบลโคกสะอาด")[-1] == "ตำบลโคกสะอาด"
    assert word_segments("ส่วนตำบล ได้ มี")[1] == "ตำบล "
