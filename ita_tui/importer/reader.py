"""Read a converted measures document or results report into a Checklist (pure: text in, Checklist out)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ita_tui.checklist.fields import LINE_FIELDS
from ita_tui.checklist.model import Checklist, Indicator, Item, OitItem, SubIndicator
from ita_tui.errors import SourceError
from ita_tui.importer.draft import MEASURE_WORDS, SUB_HEADING, Draft
from ita_tui.importer.meta import read_meta
from ita_tui.importer.points import DIGIT, number_of, start_marker
from ita_tui.importer.table import (
    INDICATOR,
    MEASURE,
    METHOD,
    NUMBER,
    OIT,
    OUTCOMES,
    RESULTS,
    TITLE,
    ProseLine,
    Repaired,
    Row,
    default_layout,
    header_layout,
    is_report,
    where,
)
from ita_tui.importer.text import clean, read_document, reject_foreign
from ita_tui.locale import Phrase
from ita_tui.text import one_line

_HEADING = re.compile(rf"^ตัวชี้วัด\s*ที่\s*([{DIGIT}]{{1,2}})(?!\s*\.\s*[{DIGIT}])\s*[.:)]?\s*(.*)$")
_OIT_IN_TEXT = re.compile(rf"(?<![A-Za-z])[Oo]\s?([{DIGIT}]{{1,3}})(?![{DIGIT}A-Za-z])")
_ZERO_CODE_IN_TEXT = re.compile(rf"(?<![{DIGIT}])[0๐]\s?([{DIGIT}]{{2}})(?![{DIGIT}])")
# The ITA indicators' names by number, their beginnings and the variants agencies write (the names
# as shown are checklist/scores.py INDICATOR_NAMES); a bare "๓.การใช้อำนาจ" heading is recognised by them.
_KNOWN_TITLES = {
    1: ("การปฏิบัติหน้าที่",),
    2: ("การใช้งบประมาณ",),
    3: ("การใช้อำนาจ",),
    4: ("การใช้ทรัพย์สิน",),
    5: ("การแก้ไขปัญหาการทุจริต",),
    6: ("คุณภาพการดำเนินงาน",),
    7: ("ประสิทธิภาพการสื่อสาร",),
    8: ("การปรับปรุงระบบการทำงาน", "การปรับปรุงการทำงาน"),
    9: ("การเปิดเผยข้อมูล",),
    10: ("การป้องกันการทุจริต",),
}


def _is_known_title(number: int, text: str) -> bool:
    """Whether `text` starts with the name of ITA indicator `number`."""
    return "".join(text.split()).startswith(_KNOWN_TITLES.get(number, ("\0",)))


def _title_after(number: int, text: str) -> str:
    """A title with the indicator's own number in front dropped ("๒. การใช้งบประมาณ" -> …)."""
    marker = start_marker(text)
    return text[marker[1] :].strip() if marker and marker[0] == number else text


class _Reader:
    """Walks the rows, keeping drafts per table kind and the indicator being read."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.drafts: dict[str, dict[int, Draft]] = {"measures": {}, "report": {}}
        self.layout: dict[str, int] | None = None
        self.kind = "measures"
        self.current: Draft | None = None
        self.prose: list[ProseLine] = []
        self.first_row_line = 0
        self.places: dict[int, Phrase] = {}
        self.skipped: list[Skipped] = []
        self.repaired: list[Repaired] = []

    def fail(self, lineno: int, expected: str, found: str = "") -> SourceError:
        """A one-line error naming the line (or page, or table row) and what was expected (a key, "src_…")."""
        shown = one_line(found)
        shown = f"{shown[:60]}…" if len(shown) > 60 else shown
        return SourceError(
            "src_expected",
            origin=self.origin,
            place=self.places.get(lineno) or Phrase("src_line", line=lineno),
            expected=Phrase(expected),
            found=Phrase("src_found", text=shown) if shown else "",
        )

    def skip(self, entry: Row | ProseLine, text: str) -> None:
        """Note text that is not part of the checklist, for the import report."""
        if text.strip():
            self.skipped.append(Skipped(entry.lineno, where(entry), one_line(text)))

    def read(self, entries: Sequence[Row | ProseLine | Repaired]) -> None:
        """Sort every entry into titles, header rows and indicator rows; note what the reader repaired."""
        for entry in entries:
            if entry.place:
                self.places[entry.lineno] = entry.place
            if not isinstance(entry, Row):
                self.prose.append(entry) if isinstance(entry, ProseLine) else self.repaired.append(entry)
                continue
            layout = header_layout(entry)
            if layout is not None:
                kind = "report" if is_report(layout) else "measures"
                if kind != self.kind:
                    self.current = None
                self.layout, self.kind = layout, kind
                self.first_row_line = self.first_row_line or entry.lineno
            else:
                self._row(entry)

    def _heading(self, row: Row, layout: dict[str, int]) -> tuple[int, str, list[str]] | None:
        """The indicator a row starts (number, title, the first column's remaining text), or None."""
        cell = row.cell(layout.get(INDICATOR, layout.get(MEASURE)))
        if not cell.fragments:
            return None
        first, rest = cell.fragments[0], list(cell.fragments[1:])
        if TITLE in layout and re.fullmatch(rf"[{DIGIT}]{{1,2}}", first):  # a spreadsheet: "2" by its name
            return number_of(first), row.cell(layout[TITLE]).text, rest
        match = _HEADING.match(first)
        if match:
            number, title = number_of(match.group(1)), match.group(2)
        elif not self._bare_heading(first):
            return None
        else:
            marker = start_marker(first)
            assert marker is not None  # _bare_heading found it
            number, title = marker[0], first
        title = _title_after(number, title)
        inline = re.search(r"(?<=\s)(?:1|๑)\s*[.)](?![0-9๐-๙])", title)
        if inline:
            rest.insert(0, title[inline.start() :])
            title = title[: inline.start()].strip()
        if not title and rest and self._title_like(number, rest[0]):
            title = _title_after(number, rest.pop(0))
        return number, title, rest

    def _bare_heading(self, text: str) -> bool:
        """Whether "๓.การใช้อำนาจ" starts an indicator rather than numbering a measure."""
        marker = start_marker(text)
        if not marker or not 1 <= marker[0] <= 20 or not text[marker[1] :].strip():
            return False
        body = text[marker[1] :]
        if _is_known_title(marker[0], body):
            return True
        space_only = text[: marker[1]].strip().isdigit()  # "๓ ชื่อ" is too weak a heading
        if self.layout is None or len(body) > 80 or body.startswith(MEASURE_WORDS) or space_only:
            return False
        current = self.current
        return marker[0] not in self.drafts[self.kind] and (
            current is None or (marker[0] > current.number and marker[0] != current.measures.next_number)
        )

    def _title_like(self, number: int, text: str) -> bool:
        """Whether the fragment after a bare "ตัวชี้วัดที่ ๖" is its title."""
        marker = start_marker(text)
        return (
            len(text) <= 100
            and not SUB_HEADING.match(text)
            and not text.startswith(MEASURE_WORDS)
            and (marker is None or marker[0] == number)
        )

    def _row(self, row: Row) -> None:
        """One table row: a new indicator, or more of the current one."""
        layout = self.layout or default_layout(len(row.cells))
        heading = self._heading(row, layout)
        if heading is not None:
            if self.layout is None:
                self.layout, self.kind = layout, "report" if len(row.cells) >= 6 else "measures"
            self.first_row_line = self.first_row_line or row.lineno
            number, title, rest = heading
            drafts = self.drafts[self.kind]
            self.current = drafts.setdefault(number, Draft(number, row.lineno))
            self.current.title = self.current.title or title
            first_fragments = rest
        elif self.current is None:
            if self.layout is None:
                self.prose.append(ProseLine(row.lineno, " ".join(c.text for c in row.cells if c.fragments)))
                return
            method = row.cell(layout.get(METHOD))
            if method.fragments:
                raise self.fail(row.lineno, "src_heading", row.cells[0].text or method.text)
            self.skip(row, " | ".join(c.text for c in row.cells if c.fragments))
            return
        else:
            first_fragments = list(row.cell(layout.get(INDICATOR, layout.get(MEASURE))).fragments)
        draft = self.current
        new_measure = draft.feed_first_column(first_fragments)
        if INDICATOR in layout and MEASURE in layout:
            measure_cell = row.cell(layout[MEASURE])
            new_measure = draft.feed_first_column(list(measure_cell.fragments)) or new_measure
        meta = {f.name: row.cell(layout.get(f.name)).text for f in LINE_FIELDS}  # their column roles
        later_row = heading is None
        if later_row and row.split and not new_measure:
            # "กองคลัง" above the page break, "(งานพัสดุ)" below; or the whole row cut by the page
            methods = row.cell(layout.get(METHOD)).fragments
            cut = draft.items.style == "number" and (not methods or draft.items.opens(methods[0]) is None)
            draft.join_spilled_meta(meta, whole_row=cut)
        draft.note_row(meta)
        method_cell = row.cell(layout.get(METHOD))
        if NUMBER in layout and method_cell.fragments:  # a spreadsheet: the ข้อ column numbers the item
            meta[OIT] = row.cell(layout.get(OIT)).text
            written = row.cell(layout[NUMBER]).text
            stated = number_of(written) if re.fullmatch(rf"[{DIGIT}]{{1,3}}", written) else None
            if not draft.items.add(stated, method_cell.text, meta):
                raise self.fail(row.lineno, "src_duplicate_item", f"{draft.number}.{written}")
            return
        split = draft.feed_method(
            method_cell,
            meta,
            new_measure=later_row and new_measure,
            # a row the page did not cut is a method of its own, even with its cells merged from above
            own_row=later_row and (any(meta.values()) or not row.split),
        )
        if split:
            what = Phrase("src_fixed_inline", count=split, indicator=draft.number)
            self.repaired.append(Repaired(row.lineno, what, row.place))
        for key, points in ((RESULTS, draft.results), (OUTCOMES, draft.outcomes)):
            cell = row.cell(layout.get(key))
            for fragment in cell.fragments:
                points.feed(fragment)


def _unique(texts: list[str]) -> tuple[str, ...]:
    """Texts in order with exact repeats left out (a converter sometimes doubles a line)."""
    return tuple(dict.fromkeys(t for t in texts if t))


def _codes_in(text: str, listed: set[str]) -> tuple[str, ...]:
    """OIT codes an item's text names: "O12" always, "๐๑๒" only when the document lists O12."""
    codes = [f"O{number_of(m.group(1))}" for m in _OIT_IN_TEXT.finditer(text)]
    codes += [
        c for c in (f"O{number_of(m.group(1))}" for m in _ZERO_CODE_IN_TEXT.finditer(text)) if c in listed
    ]
    return tuple(dict.fromkeys(codes))


def _indicator(main: Draft, extra: Draft | None, listed: set[str]) -> Indicator:
    """One indicator: items from `main`, reference text from both tables."""
    both = [main] + ([extra] if extra else [])
    source = main if main.items.points or main.items.lead or extra is None else extra
    intro = source.items.lead if source.items.points else []
    source.items.promote_lead()
    points = source.items.points
    items = []
    for point in points:
        if not point.body:
            continue
        meta = point.meta or {}
        items.append(
            Item(
                id=f"{main.number}.{point.number}",
                number=point.number,
                text=point.body,
                **{f.name: meta.get(f.name) or source.defaults.get(f.name, "") for f in LINE_FIELDS},
                oit_codes=tuple(
                    dict.fromkeys(_codes_in(meta.get(OIT, ""), set()) + _codes_in(point.body, listed))
                ),
            )
        )
    subs = next((d.subs for d in both if d.subs), [])
    return Indicator(
        number=main.number,
        title=next((d.title for d in both if d.title), ""),
        items=tuple(items),
        measures=_unique([t for d in both for t in d.measures.texts()]),
        findings=_unique([t for d in both for t in d.findings.texts()]),
        results=_unique([t for d in both for t in d.results.texts()]),
        outcomes=_unique([t for d in both for t in d.outcomes.texts()]),
        description=_unique(main.description + intro + (extra.description if extra else [])),
        sub_indicators=tuple(
            SubIndicator(s.number, s.title, tuple(OitItem(c, t, w) for c, t, w in s.oit)) for s in subs
        ),
    )


@dataclass(frozen=True)
class Skipped:
    """Text the import did not take into the checklist, and where it stands."""

    lineno: int
    place: Phrase
    text: str


@dataclass(frozen=True)
class Imported:
    """A checklist and what was left out of it."""

    checklist: Checklist
    skipped: tuple[Skipped, ...]
    format: str = "text"  # which reader read it: text, docx, pdf, xlsx, csv
    repaired: tuple[Repaired, ...] = ()  # what was put right on the way (split-off marks, wrapped lines)


def build(entries: Sequence[Row | ProseLine | Repaired], origin: str) -> Imported:
    """The checklist the rows and prose lines of any reader describe, with the same rules for every format."""
    reader = _Reader(origin)
    reader.read(entries)
    measures, report = reader.drafts["measures"], reader.drafts["report"]
    if not measures and not report and reader.first_row_line:
        raise reader.fail(reader.first_row_line, "src_no_indicator_rows")
    if not measures and not report:
        first = next((e.lineno for e in reader.prose), 1)
        raise reader.fail(first, "src_table_rows")
    has_items = any(d.items.points or d.items.lead for d in measures.values())
    main, extra = (measures, report) if has_items else (report, measures)
    listed = {c for table in (measures, report) for d in table.values() for s in d.subs for c, _, _ in s.oit}
    numbers = sorted(set(main) | set(extra))
    indicators = tuple(
        _indicator(main[n], extra.get(n), listed) if n in main else _indicator(extra[n], None, listed)
        for n in numbers
    )
    if not any(ind.items for ind in indicators):
        first = min(d.lineno for table in (measures, report) for d in table.values())
        raise reader.fail(first, "src_no_methods")
    meta = read_meta(reader.prose, reader.first_row_line or 10**9)
    if meta.fiscal_year is None:
        first = next((e.lineno for e in reader.prose), 1)
        raise reader.fail(first, "src_no_year")
    for line in reader.prose:
        if line.lineno > reader.first_row_line and line.text != meta.title:
            reader.skip(line, line.text)
    checklist = Checklist(
        title=meta.title,
        organization=meta.organization,
        fiscal_year=meta.fiscal_year,
        indicators=indicators,
        location=meta.location,
        source=Path(origin).name,
    )
    skipped = tuple(sorted(reader.skipped, key=lambda s: s.lineno))
    return Imported(checklist, skipped, repaired=tuple(reader.repaired))  # in the document's order


def import_text(text: str, origin: str = "<text>") -> Checklist:
    """The checklist a converted measures document (or results report) describes."""
    text = clean(text)
    reject_foreign(text, origin)
    return build(read_document(text), origin).checklist
