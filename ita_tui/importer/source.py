"""The way in: read a file, tell its format by content, let its reader yield rows, walk them."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ita_tui import files
from ita_tui.checklist.model import Checklist
from ita_tui.errors import FormatError, SourceError, os_reason
from ita_tui.importer import detect
from ita_tui.importer.reader import Imported, build
from ita_tui.importer.table import ProseLine, Repaired, Row
from ita_tui.locale import Phrase

MAX_FILE = 100 * 2**20  # a measures document is a few MiB at most, even a PDF with pictures

Entries = Sequence[Row | ProseLine | Repaired]
_AT = re.compile(r"\$\.indicators\[(\d+)\](?:\.items\[(\d+)\])?\.?(.*)")  # a checklist file's JSON path


def _readers() -> dict[str, Callable[[bytes, str], Entries]]:
    """Each format's reader (imported here so a text import does not load python-docx or pdfplumber)."""
    from ita_tui.importer.docx import read_docx
    from ita_tui.importer.pdf import read_pdf
    from ita_tui.importer.sheet import read_csv, read_xlsx
    from ita_tui.importer.text import read_text

    return {
        detect.TEXT: read_text,
        detect.CSV: read_csv,
        detect.DOCX: read_docx,
        detect.PDF: read_pdf,
        detect.XLSX: read_xlsx,
    }


def read_bytes(raw: bytes, origin: str) -> Imported:
    """The checklist in a file's bytes, whatever its format, and what was left out."""
    from ita_tui.importer.sheet import looks_like_csv

    kind = detect.kind_of(raw, origin)
    if kind in (detect.DOCX, detect.XLSX):
        raw = detect.honest_zip(raw, origin)  # sizes counted while inflating, not as declared
    if kind == detect.TEXT and looks_like_csv(raw):
        kind = detect.CSV
    imported = replace(build(_readers()[kind](raw, origin), origin), format=kind)
    _within_checklist_rules(imported.checklist, origin)
    return imported


def _within_checklist_rules(checklist: Checklist, origin: str) -> None:
    """The checklist read held to the checklist file's rules (the limit per text and on items,
    the fiscal year, ids) here, so that a refusal names the document read and the item in it,
    not the checklist file that is then never written (issue 19)."""
    from ita_tui.checklist.file import checklist_from_dict, checklist_to_dict

    try:
        checklist_from_dict(checklist_to_dict(checklist), origin)
    except FormatError as exc:
        at = str(exc.phrase.fields.get("at", ""))
        place: Phrase | str = at
        match = _AT.fullmatch(at)
        if match and match.group(1) and int(match.group(1)) < len(checklist.indicators):
            indicator = checklist.indicators[int(match.group(1))]
            field = f" ({match.group(3)})" if match.group(3) else ""
            place = Phrase("src_indicator_field", number=indicator.number, field=field)
            if match.group(2) and int(match.group(2)) < len(indicator.items):
                place = Phrase("src_item_field", id=indicator.items[int(match.group(2))].id, field=field)
        expected = exc.phrase.fields.get("expected", "")
        raise SourceError("src_expected", origin=origin, place=place, expected=expected, found="") from None


def read_file(path: str | os.PathLike[str]) -> Imported:
    """The checklist in a measures document on disk, and what was left out."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError
        if size > MAX_FILE:
            raise SourceError("src_too_large", path=path, most=MAX_FILE // 2**20, size=f"{size // 2**20:,}")
        raw, _ = files.read_file(path)  # a FIFO or a device is refused unread: it would never end
    except IsADirectoryError:
        raise SourceError("src_is_dir", path=path) from None
    except FileNotFoundError:
        raise SourceError("src_missing", path=path) from None
    except OSError as exc:
        raise SourceError("src_read", path=path, reason=os_reason(exc)) from None
    return read_bytes(raw, str(path))


def import_file(path: str | os.PathLike[str]) -> Checklist:
    """The checklist in a measures document on disk (.docx, .pdf, .xlsx, .csv or converted text)."""
    return read_file(path).checklist
