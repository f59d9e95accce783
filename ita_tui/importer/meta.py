"""The document's title, organization, location and fiscal year, read from its title lines (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_tui.importer.points import DIGIT, number_of
from ita_tui.importer.table import ProseLine

_YEAR = re.compile(rf"(?<![{DIGIT}])([{DIGIT}]{{4}})(?![{DIGIT}])")
_YEAR_CONTEXT = re.compile(
    rf"(?:ปีงบประมาณ|งบประมาณ|ประจำปี|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.)?\s*([{DIGIT}]{{4}})(?![{DIGIT}])"
)
_TITLE_WORDS = ("มาตรการ", "ประจำปี", "รายงานผล", "แผน")
_ORG_STARTS = (
    "องค์การ",
    "องค์กร",
    "เทศบาล",
    "อบต.",
    "อบจ.",
    "สำนักงาน",
    "สำนัก",
    "กรม",
    "กระทรวง",
    "โรงพยาบาล",
    "โรงเรียน",
    "มหาวิทยาลัย",
    "วิทยาลัย",
    "สถาบัน",
    "การไฟฟ้า",
    "การประปา",
    "การท่าเรือ",
    "การรถไฟ",
    "ศาล",
    "ศูนย์",
    "เมืองพัทยา",
    "กรุงเทพมหานคร",
    "ที่ทำการ",
    "สภา",
    "ธนาคาร",
    "กองทุน",
)
_LOCAL_GOVERNMENT = re.compile(
    r"(?:องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร)\s?[^\s]+"
)
_PLACE_STARTS = ("อำเภอ", "อ.", "จังหวัด", "จ.", "เขต")
_PLACES = re.compile(r"(?:\s*(?:อำเภอ|อ\.|จังหวัด|จ\.|เขต)\s?[^\s]+)+")
_PLACE_SPLIT = re.compile(r"\s+(?=(?:อำเภอ|อ\.|จังหวัด|จ\.|เขต)\S)")
_LONG_TITLE = 150
_OWNER = re.compile(r"^ของ\s*")


@dataclass(frozen=True)
class DocumentMeta:
    """What the title lines say about the document."""

    title: str
    organization: str
    location: str
    fiscal_year: int | None


def be_year_in(text: str, *, in_context: bool = False) -> tuple[int, int] | None:
    """The first Buddhist Era year in `text` (a Common Era one converted) and where it ends."""
    for match in (_YEAR_CONTEXT if in_context else _YEAR).finditer(text):
        year = number_of(match.group(1))
        if 2400 <= year <= 2700:
            return year, match.end()
        if 1900 <= year <= 2200:
            return year + 543, match.end()
    return None


def _join_title(first: str, second: str) -> str:
    """A title split over two lines joined back ("… ประจำปี" + "งบประมาณ ๒๕๖๖")."""
    glue = "" if first.endswith(("ประจำปี", "ปี")) and second.startswith(("งบประมาณ", "ปีงบประมาณ")) else " "
    return f"{first}{glue}{second}"


def _title(preamble: list[ProseLine], prose: list[ProseLine]) -> tuple[str, set[int]]:
    """The title as written and the line numbers it was read from."""
    for index, line in enumerate(preamble):
        if not any(word in line.text for word in _TITLE_WORDS):
            continue
        if be_year_in(line.text) is None and index + 1 < len(preamble):
            following = preamble[index + 1]
            if (
                following.lineno - line.lineno <= 2
                and len(following.text) <= 40
                and be_year_in(following.text)
            ):
                return _join_title(line.text, following.text), {line.lineno, following.lineno}
        return _shortened(line.text), {line.lineno}
    for line in prose:
        if be_year_in(line.text, in_context=True):
            return _shortened(line.text), {line.lineno}
    return "", set()


def _shortened(text: str) -> str:
    """A paragraph used as a title is cut after its first year."""
    if len(text) <= _LONG_TITLE:
        return text
    found = be_year_in(text)
    return text[: found[1]] if found else text[:_LONG_TITLE]


def _split_place(text: str) -> tuple[str, str]:
    """ "องค์การบริหารส่วนตำบลชุมแสง อำเภอสตึก …" -> the organization and its place."""
    parts = _PLACE_SPLIT.split(text, maxsplit=1)
    return parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""


def _organization(
    preamble: list[ProseLine], title: str, title_lines: set[int], prose: list[ProseLine]
) -> tuple[str, str]:
    """The organization (without district/province) and its location."""
    for index, line in enumerate(preamble):
        if line.lineno in title_lines or len(line.text) > 120 or "มาตรการ" in line.text:
            continue
        text = _OWNER.sub("", line.text)  # "ของ เทศบาล…", the end of a title split over lines
        if text.startswith(_ORG_STARTS):
            organization, location = _split_place(text)
            if index + 1 < len(preamble):
                following = preamble[index + 1]
                if following.lineno - line.lineno <= 2 and following.text.startswith(_PLACE_STARTS):
                    location = f"{location} {following.text}".strip()
            return organization, location
    if "ของ" in title:
        owner = re.split(r"\s*ประจำปี", title.rsplit("ของ", 1)[1], maxsplit=1)[0].strip()
        if owner.startswith(_ORG_STARTS):
            return _split_place(owner)
    for line in prose:
        found = _LOCAL_GOVERNMENT.search(line.text)
        if found:  # in running text or a one-line title: its district and province follow it
            place = _PLACES.match(line.text, found.end())
            return found.group(), place.group().strip() if place else ""
    return "", ""


def read_meta(prose: list[ProseLine], first_row_line: int) -> DocumentMeta:
    """Title, organization, location and fiscal year from the lines outside the tables."""
    preamble = [line for line in prose if line.lineno < first_row_line]
    title, title_lines = _title(preamble, prose)
    organization, location = _organization(preamble, title, title_lines, prose)
    found = be_year_in(title)
    if found is None:
        found = next(filter(None, (be_year_in(line.text, in_context=True) for line in prose)), None)
    return DocumentMeta(title, organization, location, found[0] if found else None)
