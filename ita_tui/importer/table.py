"""What every reader yields: rows of cells of text fragments, prose lines; columns found by header (pure)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ita_tui.importer.points import DIGIT, start_marker
from ita_tui.locale import Phrase
from ita_tui.text import visible_text

_P_TAG = re.compile(r"</?p\b[^<>]*>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"</?(?:br|div|li|ul|ol|td|th|tr|h[1-6])\b[^<>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_DASHES = re.compile(r"^[-–—_=.]+$")
_NUMBERED_HEADING = re.compile(rf"^ตัวชี้วัด\S*\s*ที่\s*[{DIGIT}]")


@dataclass(frozen=True)
class Cell:
    """One table cell: its text fragments (one per <p>, white space collapsed) and whether it had no <p>."""

    fragments: tuple[str, ...] = ()
    plain: bool = True

    @property
    def text(self) -> str:
        """The whole cell on one line."""
        return " ".join(self.fragments)


EMPTY_CELL = Cell()


@dataclass(frozen=True)
class Row:
    """A table row, its position in reading order, and where a person finds it.

    `split` says the row may be the rest of the row above, cut by a page break: every row of a
    converted text (the conversion does not mark page ends), the first row of a PDF page, the first
    row of a Word table that goes on from the one before.
    """

    lineno: int
    cells: tuple[Cell, ...]
    place: Phrase | None = None  # "page 3", "table 2, row 4"; None means "line <lineno>"
    split: bool = True

    def cell(self, index: int | None) -> Cell:
        """The cell at `index`, or an empty one when the row is shorter or the column is absent."""
        if index is None or index >= len(self.cells):
            return EMPTY_CELL
        return self.cells[index]


@dataclass(frozen=True)
class ProseLine:
    """A line outside the tables (titles, paragraphs), tags dropped, white space collapsed."""

    lineno: int
    text: str
    place: Phrase | None = None


@dataclass(frozen=True)
class Repaired:
    """What a reader put right in the document's text (a Thai mark split off its letter, a wrapped
    line), for the import report: `what` says it, `place` says where."""

    lineno: int
    what: Phrase
    place: Phrase | None = None


def where(entry: Row | ProseLine | Repaired) -> Phrase:
    """Where a person finds the entry: its page, table row or line."""
    return entry.place or Phrase("src_line", line=entry.lineno)


def is_dash_row(cells: tuple[Cell, ...]) -> bool:
    """A row of nothing but dashes (or empty cells), drawn under a table."""
    return all(_DASHES.match(f) for c in cells for f in c.fragments)


_LAYOUT_MARKS = str.maketrans("", "", "\u200b\u2060")  # zero-width space, word joiner: where lines break


def normalise(text: str) -> str:
    """White space collapsed to single spaces, ends trimmed, the invisible line-break marks Word
    documents carry (ours hold unit words together with them) dropped, any other control made
    visible."""
    return visible_text(" ".join(text.translate(_LAYOUT_MARKS).split()))


def parse_cell(raw: str) -> Cell:
    """A cell's fragments: the text of each <p>, other tags dropped, entities decoded."""
    tagged = bool(_P_TAG.search(raw))
    has_tags = tagged or bool(_ANY_TAG.search(raw))
    pieces = _P_TAG.split(raw) if tagged else [raw]
    fragments = []
    for piece in pieces:
        if has_tags:
            piece = html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub(" ", piece)))
        text = normalise(piece)
        if text:
            fragments.append(text)
    return Cell(tuple(fragments), plain=not tagged)


# Column roles. The results report adds "results" (สรุปผล…) and "outcomes" (ผลลัพธ์…). An item's
# one-line fields have their own names as roles (checklist/fields.py LINE_FIELDS).
MEASURE, INDICATOR, METHOD = "measure", "indicator", "method"
PERIOD, FOLLOW_UP, RESULTS, OUTCOMES, RESPONSIBLE = (
    "period",
    "follow_up",
    "results",
    "outcomes",
    "responsible",
)
OTHER = "other"
# A spreadsheet states what a document leaves to layout: the indicator's name, each item's number.
TITLE, NUMBER, OIT = "title", "number", "oit"


def column_role(header: str) -> str | None:
    """What a header cell names ("ขั้นตอน/วิธีการปฏิบัติ" -> method), or None."""
    t = "".join(header.split())
    if t.startswith("ชื่อตัวชี้วัด"):
        return TITLE
    if t in ("ข้อ", "ข้อที่", "เลขข้อ"):
        return NUMBER
    if "OIT" in t.upper() and len(t) <= 12:
        return OIT
    if "รับผิดชอบ" in t:
        return RESPONSIBLE
    if any(k in t for k in ("ระยะเวลา", "ช่วงเวลา", "กำหนดเวลา", "ห้วงเวลา", "ระยะดำเนินการ")):
        return PERIOD
    if "สรุปผล" in t:
        return RESULTS
    if any(k in t for k in ("ผลลัพธ์", "ความสำเร็จ", "ผลที่คาดว่า")):
        return OUTCOMES
    if "ติดตาม" in t or "กำกับ" in t:
        return FOLLOW_UP
    if "ผลการดำเนิน" in t:
        return RESULTS
    if t in ("ตัวชี้วัด", "ตัวชี้วัดที่", "ตัวชี้วัดITA"):
        return INDICATOR
    if t.startswith(("มาตรการ", "ประเด็น", "ตัวชี้วัด")):
        return MEASURE
    if any(k in t for k in ("วิธีการ", "วิธีดำเนิน", "ขั้นตอน", "กิจกรรม", "ดำเนินการ", "ดำเนินงาน")):
        return METHOD
    if t.startswith("แนวทาง"):
        return MEASURE
    if t in ("ที่", "ลำดับที่") or any(k in t for k in ("หมายเหตุ", "งบประมาณ", "เป้าหมาย", "ลำดับ", "ผลผลิต")):
        return OTHER
    return None


def header_layout(row: Row) -> dict[str, int] | None:
    """Column index of each role when the row is a table header, else None."""
    layout: dict[str, int] = {}
    named = 0
    for index, cell in enumerate(row.cells):
        if not cell.fragments:
            continue
        if len(cell.text) > 60 or start_marker(cell.text) or _NUMBERED_HEADING.match(cell.text):
            return None
        role = column_role(cell.text)
        if role is None:
            return None
        named += 1
        if role == MEASURE and MEASURE in layout and INDICATOR not in layout:
            layout[INDICATOR] = layout[MEASURE]  # two measure-like columns: headings sit in the first
            layout[MEASURE] = index
        layout.setdefault(role, index)
    if named >= 3 and METHOD in layout and (MEASURE in layout or INDICATOR in layout):
        return layout
    return None


def default_layout(width: int) -> dict[str, int]:
    """The usual columns of a table with no header: 5 for measures, 6 for a results report."""
    if width >= 6:
        return {MEASURE: 0, METHOD: 1, PERIOD: 2, RESULTS: 3, OUTCOMES: 4, RESPONSIBLE: width - 1}
    if width == 5:
        return {MEASURE: 0, METHOD: 1, PERIOD: 2, FOLLOW_UP: 3, RESPONSIBLE: 4}
    if width == 4:
        return {MEASURE: 0, METHOD: 1, PERIOD: 2, RESPONSIBLE: 3}
    return {MEASURE: 0, METHOD: 1, PERIOD: 2}


def is_report(layout: dict[str, int]) -> bool:
    """A results report (สรุปผล… / ผลลัพธ์… columns) rather than a measures table."""
    return RESULTS in layout or OUTCOMES in layout
