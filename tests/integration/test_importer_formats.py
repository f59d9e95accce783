"""Formats told by content; every file that is not a measures document gets one line that helps, exit 2."""

import io
import json
import subprocess
import sys
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_tui.checklist import file as checklist_file
from ita_tui.errors import SourceError
from ita_tui.importer import read_bytes
from ita_tui.importer.detect import MAX_ENTRIES
from tests.fixtures import documents
from tests.fixtures.make_docs import HEADER5, Doc, build_docx


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
NOT_DOCUMENTS = {
    "old.doc": (
        OLE2 + "WordDocument".encode("utf-16-le"),
        "old Word document (.doc): open it in Word and save it as .docx",
    ),
    "old.xls": (
        OLE2 + "Workbook".encode("utf-16-le"),
        "old Excel workbook (.xls): open it in Excel and save it as .xlsx",
    ),
    "text.odt": (
        _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
        "OpenDocument text (.odt): save it as .docx",
    ),
    "sheet.ods": (
        _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
        "OpenDocument spreadsheet (.ods): save it as .xlsx",
    ),
    "scan.png": (
        b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
        "PNG image, which has no text to read: a scanned page needs OCR",
    ),
    "scan.jpg": (b"\xff\xd8\xff\xe0" + b"\0" * 100, "JPEG image"),
    "files.zip": (_zip({"a.txt": b"hello"}), "zip archive that is not a Word (.docx) or Excel (.xlsx) file"),
    "broken.docx": (b"PK\x03\x04" + b"\0" * 60, "damaged zip archive"),
    "slides.pptx": (_zip({"ppt/presentation.xml": b"<x/>"}), "PowerPoint file (.pptx)"),
    "letter.rtf": (b"{\\rtf1\\ansi hello}", "rich-text file (.rtf)"),
    "page.html": (
        b"<!DOCTYPE html><html><body>x</body></html>",
        "found an HTML page (save the page as a PDF",
    ),
    "bad.docx": (_zip({"word/document.xml": b"<not xml", "[Content_Types].xml": b"<x/>"}), "damaged one"),
    "many.zip": (
        _zip({f"{i}.txt": b"" for i in range(MAX_ENTRIES + 1)}),
        f"at most {MAX_ENTRIES:,} are read",
    ),
    "bomb.docx": (_zip({"word/document.xml": b"<" + b" " * (70 * 2**20)}), "unpacks too large"),
}


@pytest.mark.parametrize("name", ["old.doc", "scan.png", "files.zip", "bomb.docx"])
def test_cli_refuses_with_exit_2_one_line_and_no_output(tmp_path, name):
    source = tmp_path / name
    source.write_bytes(NOT_DOCUMENTS[name][0])
    output = tmp_path / "out.json"
    result = subprocess.run(
        [sys.executable, "-m", "ita_tui", "import", str(source), "-o", str(output), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("ita-tui: error: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_cli_import_reports_what_it_found_and_json_gives_the_same(tmp_path):
    source = build_docx(documents.SPLIT, tmp_path / "split.docx")
    output = tmp_path / "out.json"
    command = [sys.executable, "-m", "ita_tui", "import", str(source), "-o", str(output)]
    text = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout
    assert "อ่านจาก: Word (.docx)" in text
    assert "  ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่: 3 ข้อ" in text
    assert "  กองคลัง (งานพัสดุ): 3 ข้อ (1.1, 1.2, 1.3)" in text
    assert "  ย่อหน้า 4: หน้า ๒" in text
    report = json.loads(
        subprocess.run(command + ["--json"], capture_output=True, text=True, timeout=60, check=True).stdout
    )
    assert report["format"] == "docx" and report["items"] == 5
    assert report["indicators"] == [
        {"number": 1, "title": "การปฏิบัติหน้าที่", "items": 3},
        {"number": 3, "title": "การใช้อำนาจ", "items": 2},
    ]
    assert report["units"] == [
        {"name": "กองคลัง (งานพัสดุ)", "items": ["1.1", "1.2", "1.3"]},
        {"name": "สำนักปลัด", "items": ["3.1", "3.2"]},
    ]
    assert report["not_understood"] == [{"place": "paragraph 4", "text": "หน้า ๒"}]


def _check(raw: bytes) -> None:
    """A checklist that survives the file format, or one line naming the file."""
    try:
        checklist = read_bytes(raw, "fuzz").checklist
    except SourceError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz: ")
        return
    assert checklist_file.checklist_from_dict(json.loads(checklist_file.dumps(checklist))) == checklist


MAGIC = st.sampled_from(
    [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x89PNG\r\n\x1a\n"]
)


@given(MAGIC, st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_checklist_or_one_line(magic, raw):
    _check(magic + raw)


NAMES = st.sampled_from(
    ["word/document.xml", "xl/workbook.xml", "[Content_Types].xml", "_rels/.rels", "mimetype", "a.txt"]
)
XML = st.sampled_from([b"", b"<x/>", b"<?xml version='1.0'?><w:document/>", b"\xff\xfe", b"<a><b></a>"])


@given(st.dictionaries(NAMES, st.one_of(XML, st.binary(max_size=200)), max_size=5))
def test_arbitrary_zip_files_give_a_checklist_or_one_line(entries):
    _check(_zip(entries))


CELL_TEXT = st.sampled_from(
    ["", "ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๑. ก", "2) ข", "ตลอดปี", "กองคลัง", "(งานพัสดุ)", "ข้อ ๑", "\t", "ก\nข"]
)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.lists(CELL_TEXT, max_size=3), min_size=1, max_size=6), max_size=6))
def test_arbitrary_docx_tables_give_a_checklist_or_one_line(tmp_path, rows):
    doc = Doc(title=["มาตรการ ประจำปีงบประมาณ ๒๕๖๖"], tables=[[HEADER5, *[tuple(r) for r in rows]]])
    _check(build_docx(doc, tmp_path / "random.docx").read_bytes())
