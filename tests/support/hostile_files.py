"""Hostile measures documents made on the spot (never stored large), each small enough on disk to
pass the byte limits but built to make a reader work for minutes (issue 19 case 7). Shared by
tests/system/test_hostile_office_files.py, benchmarks/bench_hostile.py and (small) tests/integration/
test_pdf_decoded_limits.py."""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with(path: Path, document: str, numbering: str | None = None) -> Path:
    """python-docx's blank document with its body (and list definitions) replaced."""
    import docx

    plain = io.BytesIO()
    docx.Document().save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = document.encode()
            elif info.filename == "word/numbering.xml" and numbering is not None:
                data = numbering.encode()
            out.writestr(info.filename, data)
    return path


def docx_list_pattern(path: Path, fields: int = 5_000, paragraphs: int = 20_000) -> Path:
    """A .docx of `paragraphs` list paragraphs whose list pattern (w:lvlText) is "%1" `fields` times:
    161 KB on disk; every paragraph's number is `fields` counters long."""
    numbering = (
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0">'
        f'<w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="{"%1" * fields}"/>'
        '</w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    )
    list_paragraph = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>'
    words = random.Random(19)  # words of their own, so the zip packs no tighter than a real document
    body = "".join(
        f"{list_paragraph}<w:r><w:t>{words.getrandbits(40):x}</w:t></w:r></w:p>" for _ in range(paragraphs)
    )
    document = f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    return _docx_with(path, document, numbering)


HELVETICA = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",)


def pdf_bytes(
    pages: list[bytes], deflate: bool = False, *, stored: bytes = b"", font: tuple[bytes, ...] = HELVETICA
) -> bytes:
    """A PDF of pages with these content streams (deflated, if asked; or already encoded, `stored`
    naming the filter: b"/LZWDecode", with its /DecodeParms after it if any), A4, with `font` as
    /F1: its font dictionary, object 3, and the objects it refers to, 4 on."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", *font]  # the page tree is filled in below
    kids = []
    for content in pages:
        data, named = (zlib.compress(content, 9), b"/FlateDecode") if deflate else (content, stored)
        filtered = b" /Filter " + named if named else b""
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(data), filtered) + data + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_text_operations(path: Path, operations: int = 3_000_000, deflate: bool = False) -> Path:
    """A one-page PDF whose content stream shows one letter `operations` times, each placed by
    its own text matrix: about 75 MB, or 200 KB deflated."""
    ops = b"".join(b"1 0 0 1 %d %d Tm (a) Tj\n" % (40 + n % 500, 40 + n % 760) for n in range(1000))
    content = b"BT /F1 8 Tf\n" + ops * (operations // 1000) + b"ET"
    path.write_bytes(pdf_bytes([content], deflate))
    return path


def pdf_ruled_pages(path: Path, pages: int = 300, rules: int = 100) -> Path:
    """A PDF of `pages` pages, each a grid of `rules` × `rules` ruled lines with a letter in
    every 40th cell: about 4 MB."""
    step_x, step_y = 515 / rules, 760 / rules
    lines = [b"0.5 w"]
    for n in range(rules + 1):
        x, y = 40 + n * step_x, 40 + n * step_y
        lines.append(b"%.2f 40 m %.2f 800 l S %.2f %.2f m %.2f %.2f l S" % (x, x, 40.0, y, 555.0, y))
    text = [b"BT /F1 5 Tf"]
    for cell in range(0, rules * rules, 40):
        x, y = 41 + (cell % rules) * step_x, 41 + (cell // rules) * step_y
        text.append(b"1 0 0 1 %.2f %.2f Tm (a) Tj" % (x, y))
    text.append(b"ET")
    content = b"\n".join(lines + text)
    path.write_bytes(pdf_bytes([content] * pages))
    return path


def lzw_of_spaces(size: int, early: bool = True) -> bytes:
    """LZWDecode data of `size` spaces or more, as tight as LZW packs: after each clear code, a space
    and then each code names the entry it adds (one space longer than the last) until the table is
    full: 5.5 KB for 7 MB. Codes widen at 511, 1023 and 2047 entries (EarlyChange 1), or at 512, 1024
    and 2048 when not `early`."""
    out, bits, held = bytearray(), 0, 0
    shift = 0 if early else 1

    def put(code: int, width: int) -> None:
        nonlocal bits, held
        bits, held = (bits << width) | code, held + width
        while held >= 8:
            held -= 8
            out.append((bits >> held) & 0xFF)
        bits &= (1 << held) - 1

    made, width = 0, 9
    while made < size:
        put(256, width)  # clear
        put(32, 9)
        made += 1
        for code in range(258, 4094):
            width = (
                9 if code < 511 + shift else 10 if code < 1023 + shift else 11 if code < 2047 + shift else 12
            )
            put(code, width)
            made += code - 256
    put(257, width)  # end
    put(0, -held % 8)
    return bytes(out)


def pdf_lzw_content(path: Path, size: int = 256 * 2**20) -> Path:
    """A one-page PDF whose content stream is `size` spaces packed by LZWDecode: 200 KB."""
    path.write_bytes(pdf_bytes([lzw_of_spaces(size)], stored=b"/LZWDecode"))
    return path


def pdf_run_length_content(path: Path, size: int = 48 * 2**20) -> Path:
    """A one-page PDF whose content stream is `size` spaces packed by RunLengthDecode, 128 to a byte
    pair: 768 KB, under the stored size a page's drawing instructions may have."""
    path.write_bytes(pdf_bytes([b"\x81 " * (size // 128) + b"\x80"], stored=b"/RunLengthDecode"))
    return path


def zeros_deflated(size: int) -> bytes:
    """A zlib stream of `size` zero bytes (a whole number of MiB): one MiB deflated and flushed (so
    it stands alone) repeated, then the end: about 1 KB a MiB, made in a moment."""
    mib = bytes(2**20)
    first = (packer := zlib.compressobj(9)).compress(mib) + packer.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(size // len(mib)):
        checksum = zlib.adler32(mib, checksum)
    return first + first[2:] * (size // len(mib) - 1) + b"\x03\x00" + struct.pack(">L", checksum)


def pdf_with_a_font(path: Path, program: str = "FontFile2", size: int = 512 * 2**20) -> Path:
    """A one-page PDF drawing "ITA" in an embedded font whose program (`program`: FontFile for
    Type1, FontFile2 for TrueType, FontFile3 for Type1C) is `size` zero bytes deflated: 530 KB."""
    data = zeros_deflated(size)
    kind = b"/TrueType" if program == "FontFile2" else b"/Type1"
    lengths = {"FontFile": b" /Length1 %d /Length2 0 /Length3 0" % size, "FontFile3": b" /Subtype /Type1C"}
    widths = b" ".join([b"500"] * 95)
    font = (
        b"<< /Type /Font /Subtype %s /BaseFont /Hostile /FirstChar 32 /LastChar 126 /Widths [%s]"
        b" /FontDescriptor 4 0 R >>" % (kind, widths),
        b"<< /Type /FontDescriptor /FontName /Hostile /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
        b" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /%s 5 0 R >>" % program.encode(),
        b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n"
        % (len(data), lengths.get(program, b" /Length1 %d" % size))
        + data
        + b"\nendstream",
    )
    path.write_bytes(pdf_bytes([b"BT /F1 12 Tf 1 0 0 1 40 800 Tm (ITA) Tj ET"], font=font))
    return path


CSV_HEAD = (
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566\n"
    "ตัวชี้วัด,ชื่อตัวชี้วัด,ข้อ,วิธีการดำเนินการ,ระยะเวลา,การติดตามผล,ผู้รับผิดชอบ,รหัส OIT\n"
).encode()  # the header of `ita-tui template`, so the file is read as a CSV


def csv_with_a_huge_line(path: Path, size: int = 99 * 2**20) -> Path:
    """A CSV of a title, the template's header and one line of `size` bytes."""
    with open(path, "wb") as handle:
        handle.write(CSV_HEAD + b"1,x,1,")
        chunk = b"x" * 2**20
        for _ in range(size // len(chunk)):
            handle.write(chunk)
    return path


def csv_with_many_fields(path: Path, fields: int = 5_000_000) -> Path:
    """A CSV whose first row under the header is `fields` empty fields: 5 MB of commas in lines
    of 2,000 (a quoted field spans them)."""
    lines = ("," * 1_999 + '"\n"').encode()
    path.write_bytes(CSV_HEAD + b"1,x,1," + lines * (fields // 2_000) + b"\n")
    return path


def csv_with_full_rows(path: Path, size: int = 10 * 2**20 - 4096) -> Path:
    """A CSV of `size` bytes: under the header, rows of 1,000 fields of "x"."""
    row = b"1,x,1," + b"x," * 996 + b"x\n"
    path.write_bytes(CSV_HEAD + row * ((size - len(CSV_HEAD)) // len(row)))
    return path


def xlsx_with_full_rows(path: Path, rows: int = 5_000) -> Path:
    """A workbook of `rows` rows of 64 cells under the template's header: 320,000 cells."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for line in CSV_HEAD.decode().splitlines():
        sheet.append(line.split(","))
    for _ in range(rows):
        sheet.append(["1", "x", "1"] + ["x"] * 61)
    book.save(path)
    return path


def zip_claiming_less(path: Path, inflated: int = 2**30, claimed: int = 50_000) -> Path:
    """A Word document whose word/document.xml claims `claimed` bytes (with the CRC of those)
    while its deflate stream inflates to `inflated` bytes of spaces: about 1 MB on disk."""
    import docx

    plain = io.BytesIO()
    docx.Document().save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, source.read(info))
                continue
            lying = zipfile.ZipInfo(info.filename)
            lying.compress_type = zipfile.ZIP_DEFLATED
            with out.open(lying, "w", force_zip64=False) as entry:
                for _ in range(inflated // 2**20):
                    entry.write(b" " * 2**20)
    data = bytearray(path.read_bytes())
    crc = struct.pack("<L", zlib.crc32(b" " * claimed))
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo("word/document.xml").header_offset
    central = len(data)
    while not data[central + 46 :].startswith(b"word/document.xml"):  # its central directory entry
        central = data.rindex(b"PK\x01\x02", 0, central)
    data[local + 14 : local + 18], data[local + 22 : local + 26] = crc, struct.pack("<L", claimed)
    data[central + 16 : central + 20], data[central + 24 : central + 28] = crc, struct.pack("<L", claimed)
    path.write_bytes(bytes(data))
    return path


def pdf_text_pages(path: Path, pages: int = 100, letters: int = 1_500) -> Path:
    """A PDF of `pages` pages of `letters` letters each, in lines of 100."""
    lines = [b"1 0 0 1 40 %d Tm (%s) Tj" % (800 - 50 * n // 100, b"a" * 100) for n in range(0, letters, 100)]
    path.write_bytes(pdf_bytes([b"BT /F1 8 Tf\n" + b"\n".join(lines) + b"\nET"] * pages))
    return path


def csv_with_a_long_field(path: Path, size: int = 30_000) -> Path:
    """A CSV whose first item is one quoted field of `size` characters over many lines."""
    path.write_bytes(CSV_HEAD + b'1,x,1,"' + b"xxxxxxxxx\n" * (size // 10) + b'",,,,\n')
    return path


# Each hostile file by name, with what its one line says (in English) when the file is refused:
# the limit it is past, or "" for a file inside the limits, read or refused for what it lacks.
HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "docx-list-pattern-5000-fields-20000-paragraphs.docx": (docx_list_pattern, "number pattern (w:lvlText)"),
    "docx-list-pattern-9-fields-20000-paragraphs.docx": (partial(docx_list_pattern, fields=9), ""),
    "docx-20001-paragraphs.docx": (partial(docx_list_pattern, fields=1, paragraphs=20_001), "paragraphs"),
    "pdf-one-page-3-million-text-operations.pdf": (pdf_text_operations, "drawing instructions"),
    "pdf-one-page-3-million-text-operations-deflated.pdf": (
        partial(pdf_text_operations, deflate=True),
        "drawing instructions",
    ),
    "pdf-one-page-12-thousand-text-operations.pdf": (
        partial(pdf_text_operations, operations=12_000),
        "things drawn on one page",
    ),
    "pdf-one-page-lzw-256-mib-of-spaces.pdf": (pdf_lzw_content, "drawing instructions"),
    "pdf-one-page-run-length-48-mib-of-spaces.pdf": (pdf_run_length_content, "drawing instructions"),
    "pdf-truetype-font-of-512-mib.pdf": (pdf_with_a_font, "fonts embedded"),
    "pdf-type1-font-of-512-mib.pdf": (partial(pdf_with_a_font, program="FontFile"), "fonts embedded"),
    "pdf-type1c-font-of-512-mib.pdf": (partial(pdf_with_a_font, program="FontFile3"), "fonts embedded"),
    "pdf-300-ruled-pages.pdf": (pdf_ruled_pages, "at most 100 pages"),
    "pdf-one-page-ruled-100-by-100.pdf": (partial(pdf_ruled_pages, pages=1), "ruled lines on one page"),
    "pdf-100-pages-ruled-35-by-35.pdf": (
        partial(pdf_ruled_pages, pages=100, rules=35),
        "ruled lines in the document",
    ),
    "pdf-100-pages-of-1500-letters.pdf": (pdf_text_pages, "characters in the PDF's text layer"),
    "pdf-26-pages-of-1500-letters.pdf": (partial(pdf_text_pages, pages=26), ""),
    "zip-claims-50kb-inflates-1gib.docx": (zip_claiming_less, ""),
    "xlsx-5000-rows-of-64-cells.xlsx": (xlsx_with_full_rows, "XML tags"),
    "xlsx-1500-rows-of-64-cells.xlsx": (partial(xlsx_with_full_rows, rows=1_500), "cells read"),
    "xlsx-900-rows-of-64-cells.xlsx": (partial(xlsx_with_full_rows, rows=900), ""),
    "csv-100mb-line.csv": (csv_with_a_huge_line, "over the limit of 10 MiB"),
    "csv-5-million-fields.csv": (csv_with_many_fields, "fields in one row"),
    "csv-a-field-of-30000-characters.csv": (csv_with_a_long_field, "characters in one field"),
    "csv-10-mib-of-rows-of-1000-fields.csv": (csv_with_full_rows, ""),
}
