"""The measures document (O42) opens with the analysis of last year's ITA scores: each indicator's
score, ต่ำกว่าเกณฑ์ under 85, and the issues to improve the agency wrote (`indicator edit N
--issues`), in the PDF and the Word document; without scores or issues it is as before."""

from __future__ import annotations

import docx
import pypdf

from tests.support.pdf_readback import squeezed

ISSUES = "ผู้รับบริการยังไม่มั่นใจว่าการใช้อำนาจเป็นธรรม ควรเผยแพร่หลักเกณฑ์การประเมินผลทุกไตรมาส"


def _exported(tmp_path, cli, *, scored: bool):
    db = tmp_path / "office.json"
    assert cli("--db", db, "units", "list").status == 0
    if scored:
        for subject, score in [
            ("2", "91.5"),
            ("3", "78.25"),
            ("9", "84.99"),
            ("OIT", "88"),
            ("total", "86.4"),
        ]:
            assert cli("--db", db, "scores", "set", subject, score, "--year", "2566").status == 0
        assert cli("--db", db, "indicator", "edit", "3", "--issues", ISSUES).status == 0
    pdf, word = tmp_path / "o42.pdf", tmp_path / "o42.docx"
    assert cli("--db", db, "export", "measures", "-o", pdf).status == 0
    assert cli("--db", db, "export", "measures", "-o", word).status == 0
    return pdf, word


def test_the_pdf_opens_with_the_scores_and_the_issues(tmp_path, cli):
    pdf, _ = _exported(tmp_path, cli, scored=True)
    first = squeezed(pypdf.PdfReader(pdf).pages[0].extract_text())
    assert squeezed("ประเด็นที่ต้องแก้ไข/ปรับปรุง") in first
    assert squeezed("ตัวชี้วัดที่ ๓ การใช้อำนาจ") in first and "๗๘.๒๕" in first
    assert squeezed(ISSUES) in first
    assert first.count(squeezed("ต่ำกว่าเกณฑ์")) == 2  # 3 and 9: 84.99 is under, 91.5, 88, 86.4 are not
    assert squeezed("คะแนนรวม") in first and "๘๖.๔" in first


def test_the_word_document_opens_with_the_analysis_table(tmp_path, cli):
    _, word = _exported(tmp_path, cli, scored=True)
    tables = docx.Document(str(word)).tables  # the analysis, the measures, the signatures
    # (a zero-width space after "/" lets Word break the heads there)
    assert len(tables) == 3
    analysis = [[cell.text.replace("\u200b", "") for cell in row.cells] for row in tables[0].rows]
    assert analysis[0] == ["ตัวชี้วัด", "คะแนนปี ๒๕๖๖", "ประเด็นที่ต้องแก้ไข/ปรับปรุง"]
    row = next(r for r in analysis if r[0].startswith("ตัวชี้วัดที่ ๓"))
    assert row[1] == "๗๘.๒๕\nต่ำกว่าเกณฑ์" and row[2] == ISSUES
    assert [r[0] for r in analysis[1:]] == [
        "ตัวชี้วัดที่ ๒ การใช้งบประมาณ",
        "ตัวชี้วัดที่ ๓ การใช้อำนาจ",
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
        "OIT",
        "คะแนนรวม",
    ]


def test_without_scores_or_issues_the_document_has_no_analysis(tmp_path, cli):
    pdf, word = _exported(tmp_path, cli, scored=False)
    assert squeezed("ประเด็นที่ต้องแก้ไข") not in squeezed(pypdf.PdfReader(pdf).pages[0].extract_text())
    tables = docx.Document(str(word)).tables  # the measures, the signatures
    assert len(tables) == 2 and tables[0].rows[0].cells[0].text.replace("\u200b", "") == "มาตรการ/แนวทาง"


def test_a_scored_indicator_the_checklist_lacks_is_named_as_the_ita_names_it(tmp_path, cli):
    # the bundled checklist has indicators 2-6, 8 and 9: 1, 7 and 10 are scored all the same
    db, pdf, word = tmp_path / "office.json", tmp_path / "o42.pdf", tmp_path / "o42-en.docx"
    assert cli("--db", db, "units", "list").status == 0
    for subject, score in [("1", "90"), ("7", "80.5"), ("10", "95")]:
        assert cli("--db", db, "scores", "set", subject, score, "--year", "2566").status == 0
    assert cli("--db", db, "export", "measures", "-o", pdf).status == 0
    first = squeezed(pypdf.PdfReader(pdf).pages[0].extract_text())
    for named in ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"):
        assert squeezed(named) in first
    assert squeezed("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต") in first
    assert cli("--db", db, "export", "measures", "-o", word, "--lang", "en").status == 0
    table = docx.Document(str(word)).tables[0]
    assert [row.cells[0].text for row in table.rows[1:]] == [
        "Indicator 1 Performance of duties",
        "Indicator 7 Effectiveness of communication",
        "Indicator 10 Prevention of corruption",
    ]
