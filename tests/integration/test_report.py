"""The results report (O43): what an agency publishes, read back as its readers and tools would."""

import pypdf
import pytest

from ita_tui import cli
from tests.support.pdf_readback import pdftotext_text, pypdf_text, squeezed
from tests.support.report_fixtures import LINKS, NA_REASON, NOTES, OUTCOMES, RESULTS, reported_year


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """The scripted year's database, and its year-end report as PDF and Word."""
    return reported_year(tmp_path_factory.mktemp("report"))


def _texts(store):
    """Every item text, result and outcome the report must carry."""
    checklist = store.checklist
    return [item.text for item in checklist.items()] + list(RESULTS.values()) + list(OUTCOMES.values())


@pytest.mark.parametrize("read", [pypdf_text, pdftotext_text], ids=["pypdf", "pdftotext"])
def test_every_item_result_and_outcome_reads_back(year, read):
    store, pdf, _ = year
    text = squeezed(read(pdf))
    missing = [t for t in _texts(store) if squeezed(t) not in text]
    assert not missing


def test_title_block_columns_pages_and_signatures(year):
    _, pdf, _ = year
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) > 2
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595  # A4 landscape
    pages = [pdftotext_text(pdf, "-f", str(n), "-l", str(n)) for n in range(1, len(reader.pages) + 1)]
    first = pages[0]
    assert "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส" in first
    assert "องค์การบริหารส่วนตำบลชุมแสง อำเภอสตึก จังหวัดบุรีรัมย์" in first
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" in first
    assert "รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖)" in first
    for n, page in enumerate(pages, start=1):
        if "ลงชื่อ" in page and "มาตรการ/แนวทาง" not in page:
            continue  # a page of signatures only
        assert "มาตรการ/แนวทาง" in page and "ผู้รับผิดชอบ" in page, f"page {n} has no header row"
        if n > 1:
            assert f"- {'๐๑๒๓๔๕๖๗๘๙'[n]} -" in page if n < 10 else True
    assert any("(ต่อ)" in page for page in pages[1:])  # an indicator continued on the next page
    last = pages[-1]
    for role in ("ผู้รายงาน", "ผู้ตรวจสอบ", "ผู้อนุมัติ"):
        assert role in last
    assert last.count("วันที่") >= 3 and "(นางสาวสมศรี ใจดี)" in last


def test_an_item_without_a_result_shows_its_state_and_links_are_typeable(year):
    _, pdf, _ = year
    text = squeezed(pdftotext_text(pdf))
    assert squeezed("๑. อยู่ระหว่างดำเนินการ") in text
    assert squeezed(f"ไม่เกี่ยวข้อง/ไม่ต้องดำเนินการ ({NA_REASON})") in text
    for url in LINKS.values():
        assert url in text


def test_only_published_words_unless_internal_words_are_asked_for(year, tmp_path):
    """Notes, a supervisor's returned comment and the verifier's user name stay out of the report;
    --internal puts them in; --no-links leaves the evidence out."""
    store, pdf, _ = year
    text = squeezed(pdftotext_text(pdf))
    internal = [*NOTES["5.1"], *NOTES["8.2"], "แนบภาพถ่ายจุดบริการ", "ส่งกลับแก้ไข", "somsri"]
    assert not [t for t in internal if squeezed(t) in text]
    db = ["--db", str(store.path), "export", "report", "--round", "12"]
    assert cli.main([*db, "-o", str(tmp_path / "i.pdf"), "--internal", "--no-links"]) == 0
    asked = squeezed(pdftotext_text(tmp_path / "i.pdf"))
    assert squeezed("อยู่ระหว่างดำเนินการ — " + "; ".join(NOTES["5.1"])) in asked
    assert squeezed("ส่งกลับแก้ไข: แนบภาพถ่ายจุดบริการ") in asked and "somsri" in asked
    assert not [url for url in LINKS.values() if url in asked]


def test_no_line_ends_inside_a_thai_word(year):
    """ICU's own word boundaries: each line of every page ends where its paragraph may break."""
    from ita_tui.thai_breaks import line_ends_inside_words
    from tests.support.pdf_readback import placed_lines
    from tests.support.report_year import report_paragraphs

    store, pdf, _ = year
    wrong, judged = line_ends_inside_words([t for *_, t in placed_lines(pdf)], report_paragraphs(store))
    assert judged > 100 and not wrong


def test_no_line_of_the_summary_ends_inside_a_thai_word(tmp_path):
    from ita_tui.export.pdf import export_pdf
    from ita_tui.thai_breaks import line_ends_inside_words
    from tests.support.export_fixtures import export_options, realistic_checklist, snapshot_with

    checklist = realistic_checklist()
    path = export_pdf(snapshot_with(checklist, ["2.1"]), tmp_path / "s.pdf", export_options())
    paragraphs = [item.text for item in checklist.items()] + [ind.title for ind in checklist.indicators]
    lines = pdftotext_text(path, "-raw").splitlines()
    wrong, judged = line_ends_inside_words([line.split(" ", 1)[-1] for line in lines], paragraphs)
    assert judged and not wrong


def test_docx_has_the_same_texts_in_a_table_whose_first_row_repeats(year):
    from docx import Document

    store, _, docx = year
    document = Document(str(docx))
    table = document.tables[0]
    header = table.rows[0]
    assert header._tr.trPr is not None and "tblHeader" in header._tr.trPr.xml
    assert squeezed(header.cells[0].text) == "มาตรการ/แนวทาง" and len(header.cells) == 6
    text = squeezed(" ".join(c.text for row in table.rows for c in row.cells))
    assert not [t for t in _texts(store) if squeezed(t) not in text]
    assert document.sections[0].orientation == 1  # landscape
    assert any("ผู้อนุมัติ" in p.text for p in document.paragraphs)


def test_result_and_outcome_commands_and_a_result_drafted_from_notes(tmp_path, capsys):
    db = ["--db", str(tmp_path / "o.json")]
    assert cli.main([*db, "note", "5.1", "ประชุมแล้ว"]) == 0
    assert cli.main([*db, "note", "5.1", "เสนอผู้บริหารแล้ว"]) == 0
    assert cli.main([*db, "result", "5.1", "--from-notes"]) == 0
    assert cli.main([*db, "result", "๒.๑", "ดำเนินการครบ"]) == 0
    assert cli.main([*db, "outcome", "2", "โปร่งใส"]) == 0
    assert "บันทึกผลลัพธ์ของตัวชี้วัดที่ 2 แล้ว" in capsys.readouterr().out
    assert cli.main([*db, "status", "--json"]) == 0
    status = capsys.readouterr().out
    assert "ประชุมแล้ว เสนอผู้บริหารแล้ว" in status and "ดำเนินการครบ" in status and "โปร่งใส" in status
    assert cli.main([*db, "result", "6.1", "--from-notes"]) == 2
    assert "ยังไม่มีบันทึกให้ร่างสรุปผล" in capsys.readouterr().err
    assert cli.main([*db, "export", "report", "-o", str(tmp_path / "r.odt")]) == 2
    assert ".pdf หรือ .docx" in capsys.readouterr().err


def test_signers_are_remembered_per_database(tmp_path, capsys):
    db = ["--db", str(tmp_path / "s.json")]
    out = tmp_path / "a.pdf"
    assert cli.main([*db, "tick", "2.1"]) == 0  # a reader never creates the database
    assert cli.main([*db, "export", "report", "-o", str(out), "--reporter", "นายหนึ่ง ทดสอบ"]) == 0
    assert cli.main([*db, "export", "report", "-o", str(out), "--approver-role", "ผู้อนุมัติรายงาน"]) == 0
    text = pdftotext_text(out)
    assert "(นายหนึ่ง ทดสอบ)" in text and "ผู้อนุมัติรายงาน" in text
    assert cli.main([*db, "export", "pdf", "-o", str(tmp_path / "s.pdf")]) == 0
    assert "(นายหนึ่ง ทดสอบ)" in pdftotext_text(tmp_path / "s.pdf")
