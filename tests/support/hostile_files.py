"""Hostile measures documents made on the spot (never stored large), each small enough on disk to
pass the byte limits but built to make a reader work for minutes (issue 19 case 7). Shared by
tests/system/test_hostile_office_files.py and benchmarks/bench_hostile.py."""

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


def _pdf(pages: list[bytes], deflate: bool = False) -> bytes:
    """A PDF of pages with these content streams (deflated, if asked), Helvetica as /F1, A4."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]  # the page tree is filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")  # 3
    kids = []
    for content in pages:
        data, flate = (zlib.compress(content, 9), b" /Filter /FlateDecode") if deflate else (content, b"")
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(data), flate) + data + b"\nendstream")
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
    path.write_bytes(_pdf([content], deflate))
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
    path.write_bytes(_pdf([content] * pages))
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
    path.write_bytes(_pdf([b"BT /F1 8 Tf\n" + b"\n".join(lines) + b"\nET"] * pages))
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
