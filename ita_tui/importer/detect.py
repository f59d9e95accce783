"""What a file is, told by its content (not its name), and one helpful line for what cannot be read (pure)."""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import NoReturn

from ita_tui.errors import SourceError
from ita_tui.limits import XML_TAGS_MAX, past_import_limit
from ita_tui.locale import Phrase

# A .docx or .xlsx is a zip: read with limits so a crafted one cannot fill memory or the disk.
MAX_ENTRIES = 2_000
MAX_UNCOMPRESSED = 200 * 2**20  # all entries together
MAX_PART = 64 * 2**20  # the document or a sheet itself
MAX_RATIO = 200  # uncompressed / compressed size of one entry (a zip bomb packs far tighter)
_CHUNK = 2**20  # bytes inflated at a time while counting

DOCX, XLSX, PDF, TEXT, CSV = "docx", "xlsx", "pdf", "text", "csv"

_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_ARCHIVES = (
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
)
_ODF = {  # the key of the words naming it and saying what to do
    "application/vnd.oasis.opendocument.text": "det_odt",
    "application/vnd.oasis.opendocument.spreadsheet": "det_ods",
    "application/vnd.oasis.opendocument.presentation": "det_odp",
    "application/epub+zip": "det_epub",
}


def _refuse(origin: str, found: Phrase) -> SourceError:
    return SourceError("det_refused", origin=origin, found=found)


def _ole2(raw: bytes) -> Phrase:
    """Which old Office file an OLE2 compound file is, by the names of its streams."""
    if "WordDocument".encode("utf-16-le") in raw:
        return Phrase("det_doc")
    if "Workbook".encode("utf-16-le") in raw or "Book".encode("utf-16-le") in raw:
        return Phrase("det_xls")
    if "PowerPoint Document".encode("utf-16-le") in raw:
        return Phrase("det_ppt")
    return Phrase("det_office")


def open_zip(raw: bytes, origin: str) -> zipfile.ZipFile:
    """The zip archive in `raw`, refused when broken or beyond the limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise _refuse(origin, Phrase("det_zip_damaged")) from None
    if len(infos) > MAX_ENTRIES:
        raise _refuse(origin, Phrase("det_zip_files", files=f"{len(infos):,}", most=f"{MAX_ENTRIES:,}"))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise _refuse(
            origin, Phrase("det_zip_size", size=f"{total // 2**20:,}", most=MAX_UNCOMPRESSED // 2**20)
        )
    for info in infos:
        if info.file_size > MAX_PART or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise _refuse(origin, Phrase("det_zip_part", part=repr(info.filename)))
    return archive


def honest_zip(raw: bytes, origin: str) -> bytes:
    """The archive in `raw` written again from what its entries really inflate to, each read in
    chunks and counted while it inflates (a zip's declared sizes may lie: an entry claiming 50 KB
    can inflate to 1 GiB, and python-docx and openpyxl inflate an entry in one call before
    zipfile cuts it to the claimed size). An entry past MAX_PART, all of them past
    MAX_UNCOMPRESSED, or a damaged one is refused, as is an XML part of more than XML_TAGS_MAX
    tags (the libraries make an object of every element, openpyxl in Python and twice when a
    sheet does not state its size); the readers then open the honest copy, whose entries are
    exactly what was counted."""
    archive = open_zip(raw, origin)
    out, total = io.BytesIO(), 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as honest:
        for info in archive.infolist():
            if info.is_dir():
                continue
            parts, size = [], 0
            try:
                with archive.open(info) as entry:  # stops at the declared size, checks the CRC
                    while chunk := entry.read(_CHUNK):
                        size, total = size + len(chunk), total + len(chunk)
                        if size > MAX_PART or total > MAX_UNCOMPRESSED:
                            raise _refuse(origin, Phrase("det_zip_part", part=repr(info.filename)))
                        parts.append(chunk)
            except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, OSError, NotImplementedError):
                raise _refuse(origin, Phrase("det_zip_damaged")) from None
            data = b"".join(parts)
            tags = data.count(b"<")  # every element opens and closes with one; C-fast
            if info.filename.endswith(".xml") and tags > XML_TAGS_MAX:
                raise past_import_limit(origin, "lim_xml_tags", XML_TAGS_MAX, tags, f"{info.filename}: ")
            honest.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


def _zip_kind(raw: bytes, origin: str) -> str:
    """docx or xlsx, or the refusal naming what the zip is."""
    archive = open_zip(raw, origin)
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if "ppt/presentation.xml" in names:
        raise _refuse(origin, Phrase("det_pptx"))
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
            mimetype = ""
        if mimetype in _ODF:
            raise _refuse(origin, Phrase(_ODF[mimetype]))
    raise _refuse(origin, Phrase("det_zip_other"))


def kind_of(raw: bytes, origin: str) -> str:
    """DOCX, XLSX, PDF or TEXT; anything else is refused with one line saying what it is and what to do."""
    head = raw[:16]
    if b"%PDF-" in raw[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(raw, origin)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _refuse(origin, _ole2(raw))
    for magic, name in _IMAGES:
        if head.startswith(magic):
            return _image(origin, name)
    if head.startswith(b"RIFF") and raw[8:12] == b"WEBP":
        return _image(origin, "WebP")
    if head.startswith(b"BM") and raw[6:10] == b"\0\0\0\0":
        return _image(origin, "BMP")
    if head.startswith(b"{\\rtf"):
        raise _refuse(origin, Phrase("det_rtf"))
    for magic, name in _ARCHIVES:
        if head.startswith(magic):
            raise _refuse(origin, Phrase("det_archive", name=name))
    return TEXT


def _image(origin: str, name: str) -> NoReturn:
    raise _refuse(origin, Phrase("det_image", name=name))
