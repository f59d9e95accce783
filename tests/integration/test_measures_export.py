"""The measures document (O42) from the app's checklist as corrected: the seed's first-half columns,
every item's text, period, follow-up and responsible read back exactly from the PDF and the .docx."""

import pypdf
import pytest

from ita_tui import cli
from ita_tui.store import ProgressStore
from tests.support.pdf_readback import pdftotext_text, squeezed

CORRECTED = "เผยแพร่ข้อมูลของหน่วยงานแก่บุคลากรภายในและประชาชนผ่านเว็บไซต์ เฟซบุ๊ก และบอร์ดประชาสัมพันธ์"


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """A database whose item 2.1 was corrected (text, period, unit), and its O42 as PDF and Word."""
    folder = tmp_path_factory.mktemp("measures")
    db = ["--db", str(folder / "office.json")]
    edit = ["item", "edit", "2.1", "--text", CORRECTED, "--period", "ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖"]
    assert cli.main([*db, *edit, "--responsible", "สำนักปลัด (งานการเจ้าหน้าที่)"]) == 0
    pdf, docx = folder / "o42.pdf", folder / "o42.docx"
    assert cli.main([*db, "export", "measures", "-o", str(pdf)]) == 0
    assert cli.main([*db, "export", "measures", "-o", str(docx)]) == 0
    from ita_tui.store import ProgressStore

    return ProgressStore.open(folder / "office.json", user="t").checklist, pdf, docx


def _fields(checklist):
    """Every text of every item the document must carry."""
    return [
        t for item in checklist.items() for t in (item.text, item.period, item.follow_up, item.responsible)
    ]


def test_the_pdf_carries_every_item_as_corrected_under_the_seeds_heads(documents):
    checklist, pdf, _ = documents
    text = squeezed("\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages))
    assert not [t for t in _fields(checklist) if squeezed(t) not in text]
    assert squeezed(CORRECTED) in text
    first = pdftotext_text(pdf, "-l", "1")
    for head in ("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ระยะเวลา", "ติดตามผลการ", "ผู้รับผิดชอบ"):
        assert head in first
    assert "มาตรการการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖" in first
    assert "องค์การบริหารส่วนตำบลชุมแสง" in first and "อำเภอสตึก จังหวัดบุรีรัมย์" in first
    last = pdftotext_text(pdf, "-f", str(len(pypdf.PdfReader(pdf).pages)))
    assert "ลงชื่อ" in last and "(....." in last  # no signer entered: dots to sign


def test_the_docx_carries_the_same_texts_in_fixed_columns(documents):
    from docx import Document

    checklist, _, docx = documents
    document = Document(str(docx))
    table = document.tables[0]
    assert [squeezed(c.text) for c in table.rows[0].cells][:2] == ["มาตรการ/แนวทาง", "วิธีการดำเนินการ"]
    assert "fixed" in table._tbl.tblPr.xml and "cantSplit" in table.rows[1]._tr.xml
    text = squeezed(" ".join(c.text for row in table.rows for c in row.cells))
    assert not [t for t in _fields(checklist) if squeezed(t) not in text]


def test_only_pdf_or_docx(tmp_path, capsys):
    ProgressStore.open(tmp_path / "d.json", user="a")
    assert (
        cli.main(["--db", str(tmp_path / "d.json"), "export", "measures", "-o", str(tmp_path / "m.odt")]) == 2
    )
    assert capsys.readouterr().err.strip().endswith(".pdf หรือ .docx เท่านั้น")
