"""The sizes ita-tui accepts, and the JSON reading that enforces them (pure: no file access).

Past a limit the error is one line naming the limit and where. The limits are documented in
README ("Limits"); inside them every command stays responsive.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ita_tui.errors import ItaError, SourceError
from ita_tui.locale import Phrase

TEXT_MAX = 4_000  # characters per text field: an item's text, a title, a note, a name, a URL …
ITEMS_MAX = 10_000  # items in one checklist (the app measured responsive up to here; 20,000 was not)
NOTES_PER_ITEM_MAX = 10_000  # notes (and as many links) on one item
NESTING_MAX = 32  # levels of JSON nesting in a database or checklist file
INTEGER_DIGITS_MAX = 18  # digits of a number in a database or checklist file
CLOCK_YEARS = (1970, 2262)  # the years the computer's clock may say (2262: 64-bit nanoseconds end)
YEARS_BE = (2400, 2700)  # the fiscal years a checklist may name (Buddhist Era; CE 1857-2157 read as BE)
DB_FILE_MAX = 64 * 2**20  # bytes of a database file, known from its size before it is read
IMPORT_FILE_MAX = 10 * 2**20  # bytes of a converted (text) measures document
IMPORT_LINE_MAX = 20_000  # characters on one line of a converted measures document (or of a CSV)

# The work a measures document may ask of a reader, counted before that work is done (issue 19):
# inside these every import ends, read or refused, within 10 s and 500 MB on a shared 2-core machine.
LIST_PATTERN_MAX = 64  # characters of a Word list's number pattern (w:lvlText: "%1." "ข้อ %1.%2")
XML_TAGS_MAX = 600_000  # tags in one XML part of a .docx or .xlsx (a sheet of 10,000 items: 340,000)
DOCX_PARAGRAPHS_MAX = 20_000  # paragraphs in a Word document, in table cells too (the bundled one: 173)
LIST_FIELDS_MAX = 9  # counters in one number pattern (Word has 9 levels: "%1.%2.%3.%4.%5.%6.%7.%8.%9")
CSV_FIELDS_MAX = 1_000  # fields in one CSV row (64 columns are read)
SHEET_CELLS_MAX = 60_000  # cells read from a workbook or a CSV, up to 64 a row (4,000 items: 32,000)
PDF_PAGES_MAX = 100  # pages of a PDF (an O42 and O43 together: 10 to 20)
PDF_PAGE_CONTENT_MAX = 2**20  # bytes of one page's drawing instructions, decoded (a page: 10-30 KB)
PDF_CONTENT_MAX = 4 * 2**20  # bytes of all pages' drawing instructions, decoded
PDF_FONTS_MAX = 16 * 2**20  # bytes of the fonts a PDF embeds, decoded (LibreOffice's Thai subsets: 20-60 KB)
PDF_PAGE_OBJECTS_MAX = 10_000  # text runs, lines and pictures drawn on one page (a page: 100-300)
PDF_CHARS_MAX = 40_000  # characters in a PDF's text layer (a whole O42 and O43: 18,000)
PDF_PAGE_CROSSINGS_MAX = 1_500  # crossings of a page's ruled lines (a table of 40 rows, 7 columns: 328)
PDF_CROSSINGS_MAX = 10_000  # crossings of ruled lines over all pages

_SURROGATE = re.compile("[\ud800-\udfff]")


def _visible_surrogates(text: str) -> str:
    """`text` with each lone surrogate named ([U+D800]), as text.visible_text names it."""
    return _SURROGATE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


class OverLimit(ItaError):
    """A file or value is past one of the limits; the message names the limit and where."""


def past_import_limit(
    origin: str, what: str, most: int, found: int | str, place: Phrase | str = ""
) -> SourceError:
    """The one line refusing a measures document past one of the work limits above: the document,
    where in it (Phrase("src_on_page", page=3)), what was counted (a "lim_…" key), the limit and
    what was found."""
    return SourceError(
        "src_over_limit",
        origin=origin,
        place=place,
        what=Phrase(what),
        most=f"{most:,}",
        found=f"{found:,}" if isinstance(found, int) else found,  # "> 20,000" when only known to be more
    )


def check_text(text: str, what: str) -> str:
    """`text` unchanged if it is at most TEXT_MAX characters; OverLimit naming `what` otherwise."""
    if len(text) > TEXT_MAX:
        raise OverLimit("lim_text", what=what, found=f"{len(text):,}", limit=f"{TEXT_MAX:,}")
    return text


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > INTEGER_DIGITS_MAX:
        raise OverLimit("lim_digits", digits=f"{len(digits):,}", limit=INTEGER_DIGITS_MAX)
    return int(digits)


def _no_constant(name: str) -> None:
    raise OverLimit("lim_constant", name=name)


def load_json(text: str) -> Any:
    """Parse JSON text within the limits: numbers of at most INTEGER_DIGITS_MAX digits, no NaN or
    Infinity, at most NESTING_MAX levels deep; lone surrogates (\\ud800, which no UTF-8 file can
    hold) made visible. Raises json.JSONDecodeError or OverLimit."""
    try:
        value = json.loads(text, parse_int=_integer, parse_constant=_no_constant)
    except RecursionError:
        raise OverLimit("lim_nesting", limit=NESTING_MAX) from None
    return _checked(value, "\\u" in text)


def _checked(value: Any, escapes: bool) -> Any:
    """`value` walked without recursion: OverLimit past NESTING_MAX levels; when the text held
    escapes, lone surrogates in strings and keys made visible (in place)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > NESTING_MAX:
            raise OverLimit("lim_nesting", limit=NESTING_MAX)
        if isinstance(node, dict):
            if escapes and any(_SURROGATE.search(key) for key in node):
                items = [(_visible_surrogates(k), v) for k, v in node.items()]
                node.clear()
                node.update(items)
            for key, child in node.items():
                if isinstance(child, str):
                    if escapes and _SURROGATE.search(child):
                        node[key] = _visible_surrogates(child)
                elif isinstance(child, (dict, list)):
                    stack.append((child, depth + 1))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                if isinstance(child, str):
                    if escapes and _SURROGATE.search(child):
                        node[index] = _visible_surrogates(child)
                elif isinstance(child, (dict, list)):
                    stack.append((child, depth + 1))
    if isinstance(value, str) and escapes:
        return _visible_surrogates(value)
    return value
