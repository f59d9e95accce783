"""The PDF-to-text layout: decoding, then tab-separated rows of <p> fragments and prose lines (pure)."""

from __future__ import annotations

import json
import re

from ita_tui.errors import SourceError
from ita_tui.importer.table import ProseLine, Row, is_dash_row, parse_cell
from ita_tui.limits import IMPORT_FILE_MAX, IMPORT_LINE_MAX
from ita_tui.locale import Phrase
from ita_tui.text import visible_text

_MAX_JOINED_LINES = 50


def decode(raw: bytes, origin: str) -> str:
    """The file's text: UTF-8, UTF-16 with a byte-order mark, or Thai Windows-874 (TIS-620)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw:
        lineno = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise SourceError(
            "src_expected", origin=origin, place=_line(lineno), expected=Phrase("src_nul"), found=""
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = thai_legacy(raw)
        if legacy is not None:
            return legacy
        lineno = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            "src_expected", origin=origin, place=_line(lineno), expected=Phrase("src_not_utf8"), found=""
        ) from None


def thai_legacy(raw: bytes) -> str | None:
    """The text of a Windows-874 (TIS-620) file, if it reads as mostly Thai; else None."""
    try:
        text = raw.decode("cp874")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if not ch.isspace()]
    thai = sum(1 for ch in letters if "\u0e00" <= ch <= "\u0e7f")
    return text if letters and thai * 5 >= len(letters) else None


def reject_foreign(text: str, origin: str) -> None:
    """A clear error for an empty file, an HTML page or a JSON file."""
    stripped = text.strip()
    if not stripped:
        raise SourceError(
            "src_expected", origin=origin, place=_line(1), expected=Phrase("src_empty"), found=""
        )
    lineno = text[: text.index(stripped[0])].count("\n") + 1
    head = stripped[:1000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head or "<head>" in head:
        raise SourceError(
            "src_expected", origin=origin, place=_line(lineno), expected=Phrase("src_html"), found=""
        )
    if stripped[0] in "{[":
        try:
            data = json.loads(stripped)
        except ValueError:
            return
        kind = (
            "src_checklist"
            if isinstance(data, dict) and data.get("format") == "ita-tui-checklist"
            else "src_json"
        )
        raise SourceError("src_expected", origin=origin, place=_line(lineno), expected=Phrase(kind), found="")


def _line(lineno: int) -> Phrase:
    """Where in a text file: "line 3"."""
    return Phrase("src_line", line=lineno)


def _open_paragraphs(line: str) -> int:
    """How many <p> the line opens without closing."""
    lowered = line.lower()
    return len(re.findall(r"<p\b", lowered)) - lowered.count("</p>")


def read_document(text: str) -> list[Row | ProseLine]:
    """Rows and prose lines in document order; blank lines and dash rows left out.

    The conversion does not mark where a page ends, so every row may be the rest of the one above.
    """
    lines = text.split("\n")
    entries: list[Row | ProseLine] = []
    index = 0
    while index < len(lines):
        lineno, line = index + 1, lines[index]
        joined = 0
        while _open_paragraphs(line) > 0 and index + 1 < len(lines) and joined < _MAX_JOINED_LINES:
            index += 1
            joined += 1
            line = f"{line} {lines[index]}"
        index += 1
        if "\t" in line:
            cells = tuple(parse_cell(raw) for raw in line.split("\t"))
            if not is_dash_row(cells):
                entries.append(Row(lineno, cells))
        else:
            prose = parse_cell(line).text
            if prose:
                entries.append(ProseLine(lineno, prose))
    return entries


def clean(text: str) -> str:
    """A document's controls never reach the checklist: only its layout (tabs, line breaks) is kept,
    and pdftotext's page breaks (form feeds) count as line breaks."""
    return visible_text(text.removeprefix("\ufeff").replace("\f", "\n"), keep="\t\n\r")


def read_text(raw: bytes, origin: str) -> list[Row | ProseLine]:
    """A converted document's entries from its bytes (SourceError past the import limits)."""
    if len(raw) > IMPORT_FILE_MAX:
        raise SourceError(
            "err_import_too_large",
            path=origin,
            size=f"{len(raw) / 2**20:.1f}",
            limit=IMPORT_FILE_MAX // 2**20,
        )
    text = clean(decode(raw, origin))
    for lineno, line in enumerate(text.split("\n"), start=1):
        if len(line) > IMPORT_LINE_MAX:
            raise SourceError(
                "err_import_line_limit",
                path=origin,
                line=lineno,
                found=f"{len(line):,}",
                limit=f"{IMPORT_LINE_MAX:,}",
            )
    reject_foreign(text, origin)
    return read_document(text)
