"""A PDF's drawing instructions and fonts count as their readers decode them, whatever the filter:
a page packed by LZW or RunLength, or an embedded font (FontFile, FontFile2, FontFile3) that
inflates a thousandfold, is refused in one line naming the document and the limit before pdfium
or pdfminer decodes it; the real documents (LibreOffice's, the bundled checklist's) still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_tui.importer.pdf_budget import check_content
from tests.support import ROOT
from tests.support.hostile_files import lzw_of_spaces, pdf_bytes, pdf_with_a_font, zeros_deflated

MIB = 2**20
PAGES = {
    "lzw.pdf": lambda: pdf_bytes([lzw_of_spaces(2 * MIB)], stored=b"/LZWDecode"),
    "lzw-late.pdf": lambda: pdf_bytes(
        [lzw_of_spaces(2 * MIB, early=False)], stored=b"/LZWDecode /DecodeParms << /EarlyChange 0 >>"
    ),
    "run-length.pdf": lambda: pdf_bytes([b"\x81 " * (2 * MIB // 128) + b"\x80"], stored=b"/RunLengthDecode"),
    "hex-then-flate.pdf": lambda: pdf_bytes(
        [zeros_deflated(2 * MIB).hex().encode() + b">"], stored=b"[/ASCIIHexDecode /FlateDecode]"
    ),
}


def _refused(cli, tmp_path: Path, source: Path) -> str:
    output = tmp_path / "checklist.json"
    result = cli("import", source, "-o", output, "--lang", "en")
    assert result.status == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err, result
    assert str(source) in result.err and not output.exists()
    return result.err


@pytest.mark.parametrize("name", list(PAGES))
def test_a_page_packed_by_any_filter_counts_as_decoded(cli, tmp_path, name):
    # 2 MiB of spaces on one page, stored in 6 to 33 KB: past the page's 1 MiB as the readers see it
    source = tmp_path / name
    source.write_bytes(PAGES[name]())
    assert source.stat().st_size < 40_000
    err = _refused(cli, tmp_path, source)
    assert "page 1: bytes of one page's drawing instructions, decoded: over the limit of 1,048,576" in err


@pytest.mark.parametrize("program", ["FontFile", "FontFile2", "FontFile3"])
def test_an_embedded_font_counts_as_decoded(cli, tmp_path, program):
    source = pdf_with_a_font(tmp_path / f"{program}.pdf", program, size=32 * MIB)  # 33 KB on disk
    err = _refused(cli, tmp_path, source)
    assert "page 1: bytes of the fonts embedded in the PDF, decoded: over the limit of 16,777,216" in err


def test_the_real_documents_are_inside_the_limits():
    # LibreOffice's PDFs of the bundled checklist, the seed and the tests' documents
    for source in sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf")):
        check_content(source.read_bytes(), str(source))
