"""One indicator as read so far from one table: first column, method column, results columns (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ita_tui.importer.points import DIGIT, Points, number_of, start_marker
from ita_tui.importer.table import Cell

SUB_HEADING = re.compile(
    rf"^ตัวชี้วัด\s*(?:ย่อย\s*(?:ที่)?|ที่(?=\s*[{DIGIT}]{{1,2}}\s*\.\s*[{DIGIT}]))\s*"
    rf"([{DIGIT}]{{1,2}}(?:\s*\.\s*[{DIGIT}]{{1,2}})*)\s*[.:]?\s*(.*)$"
)
# A period, follow-up or unit cell continued from above a page break: it opens with what cannot start a
# name ("(งานพัสดุ)", "/สำนักปลัด", a following vowel or mark), or the cell above ends mid-phrase.
_SPILL_START = re.compile(r"^(?:[()/,\-–ฯๆ\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]|และ|หรือ)")
_SPILL_END = re.compile(r"(?:[/,\-–]|และ|หรือ)$")
# Thai lines break between words without a space: a cell cut between two Thai letters joins without one.
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_OIT_LINE = re.compile(rf"^([Oo0๐]\s?[.\-]?\s?([{DIGIT}]{{1,3}}))(?![{DIGIT}])(?:\s*[.:\-–]?\s*(.*))?$")
MEASURE_WORDS = ("มาตรการ", "ประเด็น", "แนวทาง")
_METHOD_SUBHEADINGS = (
    "วิธีการ",
    "วิธีดำเนิน",
    "ขั้นตอน",
    "แนวทางการดำเนิน",
    "แนวทางการแก้ไข",
    "แนวทางการปรับปรุง",
    "การดำเนินการ",
)


@dataclass
class SubDraft:
    """A sub-indicator (ตัวชี้วัดย่อยที่ ๙.๒) and its OIT items as read so far."""

    number: str
    title: str
    oit: list[list[str]] = field(default_factory=list)  # [code, title, as written]


@dataclass
class Draft:
    """One indicator as read so far from one kind of table (measures table or results report)."""

    number: int
    lineno: int
    title: str = ""
    description: list[str] = field(default_factory=list)
    measures: Points = field(default_factory=Points)
    subs: list[SubDraft] = field(default_factory=list)
    findings: Points = field(default_factory=Points)
    items: Points = field(default_factory=Points)
    results: Points = field(default_factory=Points)
    outcomes: Points = field(default_factory=Points)
    defaults: dict[str, str] = field(default_factory=dict)
    last_meta: dict[str, str] | None = None  # the cells of the last row that had any
    first_column: str = ""  # what unnumbered text in the first column continues: "measure", "oit"
    method_started: bool = False
    in_findings: bool = False

    def feed_first_column(self, fragments: list[str]) -> bool:
        """Measures, sub-indicators with their OIT items, and description; True if a measure began."""
        began = False
        for fragment in fragments:
            sub = SUB_HEADING.match(fragment)
            oit = _OIT_LINE.match(fragment) if self.subs else None
            if sub:
                number = ".".join(str(number_of(n)) for n in re.split(r"\s*\.\s*", sub.group(1)))
                self.subs.append(SubDraft(number, sub.group(2)))
                self.first_column = ""
            elif oit:
                code = f"O{number_of(oit.group(2))}"
                self.subs[-1].oit.append([code, oit.group(3) or "", oit.group(1)])
                self.first_column = "oit"
            elif self.first_column == "oit" and start_marker(fragment) is None:
                entry = self.subs[-1].oit[-1]
                entry[1] = f"{entry[1]} {fragment}".strip()
            elif self.measures.opens(fragment) is not None or fragment.startswith(MEASURE_WORDS):
                self.measures.feed(fragment, force=fragment.startswith(MEASURE_WORDS))
                self.first_column = "measure"
                began = True
            elif self.first_column == "measure":
                self.measures.feed(fragment)
            else:
                self.description.append(fragment)
        return began

    def feed_method(
        self, cell: Cell, meta: dict[str, str], *, new_measure: bool = False, own_row: bool = False
    ) -> int:
        """Findings before a "วิธีการดำเนินการ" sub-heading, numbered items after it (or throughout);
        how many items were split off the paragraph of the one before ("๑. … ๒. …")."""
        split = self.items.split_inline
        # After a new measure in a later row the numbering may restart at 1; an unnumbered cell in a
        # later row with its own period or unit is an item of its own rather than spilled text.
        fragments = (
            _plain_pieces(cell.fragments[0]) if cell.plain and cell.fragments else list(cell.fragments)
        )
        separate = (
            own_row
            and self.items.style != "number"
            and not self.in_findings
            and not any(start_marker(f) for f in fragments)
        )
        if separate:
            self.items.promote_lead()
        if fragments and not self.method_started:
            self.method_started = True
            intro = _findings_intro(fragments)
            if intro:
                self.in_findings = True
                fragments = fragments[intro:]
        for fragment in fragments:
            if self.in_findings:
                if is_method_subheading(fragment):
                    self.in_findings = False
                else:
                    self.findings.feed(fragment)
            else:
                self.items.feed(fragment, meta=meta, restart=new_measure, force=separate)
                separate = False
        return self.items.split_inline - split

    def note_row(self, meta: dict[str, str]) -> None:
        """The first period/follow-up/responsible given stand for the rows that leave them empty."""
        for key, value in meta.items():
            if value and not self.defaults.get(key):
                self.defaults[key] = value
        if any(meta.values()):
            self.last_meta = meta

    def join_spilled_meta(self, meta: dict[str, str], *, whole_row: bool = False) -> None:
        """Join cells a page break cut to the row above, for its items and this row's alike.

        A cell is cut when its part below cannot start a name or its part above ends mid-phrase; every
        cell is, when the whole row was cut (its method cell goes on with the item above).
        """
        above = self.last_meta
        if above is None:
            return
        for key, value in meta.items():
            old = above.get(key, "")
            if value and old and (whole_row or _SPILL_START.match(value) or _SPILL_END.search(old)):
                thai_join = _THAI_LETTER.match(old[-1]) and _THAI_LETTER.match(value[0])
                above[key] = meta[key] = f"{old}{'' if thai_join else ' '}{value}"
                if self.defaults.get(key) == old:
                    self.defaults[key] = above[key]


def _plain_pieces(text: str) -> list[str]:
    """A plain-text method cell cut after its findings intro ("… ที่พบว่า") and around a sub-heading."""
    pieces = [text]
    if text.startswith("จากผล") and "พบว่า" in text:
        cut = text.index("พบว่า") + len("พบว่า")
        pieces = [text[:cut], text[cut:].strip(" :")]
    found = re.search(r"(?:^|\s)(วิธีการดำเนินการ|ขั้นตอนการดำเนินการ|แนวทางการดำเนินการ)\s*:?(?:\s|$)", pieces[-1])
    if found and len(pieces) == 2:
        last = pieces.pop()
        pieces += [last[: found.start()], found.group(1), last[found.end() :]]
    return [piece.strip() for piece in pieces if piece.strip()]


def _findings_intro(fragments: list[str]) -> int:
    """How many leading fragments form a findings intro ("จากผลการประเมิน ITA … ที่พบว่า"), 0 if none."""
    for index, fragment in enumerate(fragments[:3]):
        if start_marker(fragment):
            break
        if fragment.rstrip(" :").endswith("พบว่า"):
            return index + 1
    return 1 if fragments[0].startswith("จากผลการประเมิน") else 0


def is_method_subheading(fragment: str) -> bool:
    """A short "วิธีการดำเนินการ" line that ends the findings of a results report."""
    text = "".join(fragment.split()).strip(":：")
    return (
        len(text) <= 25
        and not any(ch.isdigit() for ch in text)
        and any(w in text for w in _METHOD_SUBHEADINGS)
    )
