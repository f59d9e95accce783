"""Formats told by content; every file that is not a measures document gets one line that helps, exit 2."""

import io
import json
import zipfile

import pytest

from ita_tui.checklist import file as checklist_file
from ita_tui.errors import SourceError
from ita_tui.importer import read_bytes, read_file
from ita_tui.importer.detect import MAX_ENTRIES
from tests.fixtures import documents
from tests.fixtures.make_docs import build_docx


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


@pytest.mark.parametrize("name", sorted(NOT_DOCUMENTS))
def test_a_file_that_is_not_a_measures_document_gets_one_line_naming_it(tmp_path, name):
    raw, words = NOT_DOCUMENTS[name]
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(SourceError) as info:
        read_file(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    assert words in message


def test_the_format_is_told_by_content_not_by_the_name(tmp_path):
    docx = build_docx(documents.AUTO, tmp_path / "auto.docx")
    renamed = tmp_path / "measures.txt"
    renamed.write_bytes(docx.read_bytes())
    assert read_file(renamed).checklist.indicators == read_file(docx).checklist.indicators
    assert read_file(renamed).format == "docx"


def _check(raw: bytes) -> None:
    """A checklist that survives the file format, or one line naming the file."""
    try:
        checklist = read_bytes(raw, "fuzz").checklist
    except SourceError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz: ")
        return
    assert checklist_file.checklist_from_dict(json.loads(checklist_file.dumps(checklist))) == checklist


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODD_BODIES = [
    f'<w:document xmlns:w="{W_NS}"/>',  # no body
    f'<w:document xmlns:w="{W_NS}"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="x"/></w:tcPr>'
    "<w:p/></w:tc></w:tr></w:tbl></w:body></w:document>",
    f'<w:document xmlns:w="{W_NS}"><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="-7"/></w:trPr><w:tc>'
    '<w:tcPr><w:gridSpan w:val="99999999"/><w:vMerge w:val="odd"/></w:tcPr><w:p><w:pPr><w:numPr>'
    '<w:ilvl w:val="z"/><w:numId w:val="999"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>'
    "</w:tbl></w:body></w:document>",
]


@pytest.mark.parametrize("body", ODD_BODIES)
def test_a_docx_with_odd_xml_gives_one_line(tmp_path, body):
    source = build_docx(documents.AUTO, tmp_path / "auto.docx")
    with zipfile.ZipFile(source) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    parts["word/document.xml"] = body.encode()
    _check(_zip(parts))
