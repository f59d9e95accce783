"""What a typed search finds in an item, and where (pure: no Textual).

Text is compared without case or spaces and with Thai digits read as Arabic ones: Thai puts no
spaces between words, the source PDF's text has stray ones ("ผลการ ปฏิบัติงาน", "ทุกๆ" / "ทุก ๆ"),
and documents write "ข้อ ๑" or "O๑๒" where people type 1 or O12. An OIT code is found in any
writing: "O12", "o12", "๐๑๒", "012", "0 12" (a zero typed for the letter O). "2.1" or "๒.๑"
finds item 2.1. Notes and link labels are searched too; the hit says where the text was found,
so the tree can show a match the row's own text does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from ita_tui.checklist.model import Indicator, Item
from ita_tui.store.records import Snapshot
from ita_tui.thai import to_arabic_digits
from ita_tui.thai_breaks import breaks_of, line_segments

# Where a hit was found, best first: the row's own text, then what the tree does not show.
PLACES = ("text", "id", "code", "indicator", "unit", "note", "link")
FOUND_IN = {  # the places a row names ("บันทึก: …") and their words: its text and id are on it already
    "code": "found_in_code",
    "indicator": "found_in_indicator",
    "unit": "found_in_unit",
    "note": "found_in_note",
    "link": "found_in_link",
}

_CODE = re.compile(r"[o0](\d{1,3})")
_ITEM_ID = re.compile(r"\d+\.\d+")


class Query(NamedTuple):
    """A search as typed, folded for comparing, and what else it may name."""

    folded: str  # no case, no spaces, Arabic digits
    code: int | None = None  # OIT code number ("o12" -> 12)
    item_id: str = ""  # an item id ("2.1")


class Hit(NamedTuple):
    """Where a query was found: the place, the text it was found in, the span in that text."""

    place: str  # one of PLACES
    text: str
    start: int
    end: int


class Extras(NamedTuple):
    """What users wrote about an item that search also looks in."""

    notes: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # evidence links' labels


def fold(text: str) -> tuple[str, list[int]]:
    """`text` without spaces or case, in Arabic digits; and for each folded character the index
    of the character of `text` it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(text):
        if character.isspace():
            continue
        for folded in to_arabic_digits(character).casefold():
            out.append(folded)
            origin.append(index)
    return "".join(out), origin


def parse_query(text: str) -> Query:
    """What a typed search looks for."""
    folded, _ = fold(text)
    code = _CODE.fullmatch(folded)
    return Query(
        folded,
        int(code.group(1)) if code else None,
        folded if _ITEM_ID.fullmatch(folded) else "",
    )


def find_in(query: Query, text: str) -> tuple[int, int] | None:
    """The span of `text` the query matches (marks after its last character included), or None."""
    if not query.folded:
        return None
    folded, origin = fold(text)
    at = folded.find(query.folded)
    if at < 0:
        return None
    start, end = origin[at], origin[at + len(query.folded) - 1] + 1
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1  # a vowel or tone mark stays with the consonant it sits on
    return start, end


def _code_number(code: str) -> int | None:
    """12 for "O12" / "o๑๒"; None for what is not an OIT code."""
    found = re.fullmatch(r"o(\d+)", fold(code)[0])
    return int(found.group(1)) if found else None


NO_EXTRAS = Extras()


def find(query: Query, item: Item, indicator: Indicator, extras: Extras = NO_EXTRAS) -> Hit | None:
    """The best place where the query is found for this item, or None."""
    if not query.folded:
        return None
    span = find_in(query, item.text)
    if span:
        return Hit("text", item.text, *span)
    if query.item_id and query.item_id == item.id:
        return Hit("id", item.id, 0, len(item.id))
    codes = item.oit_codes or indicator.oit_codes
    for code in codes:
        if (query.code is not None and _code_number(code) == query.code) or find_in(query, code):
            return Hit("code", code, 0, len(code))
    fields: list[tuple[str, Sequence[str]]] = [
        ("indicator", (indicator.title,)),
        ("unit", (item.responsible,)),
        ("note", extras.notes),
        ("link", extras.labels),
    ]
    for place, texts in fields:
        for text in texts:
            span = find_in(query, text)
            if span:
                return Hit(place, text, *span)
    return None


def extras_of(snapshot: Snapshot) -> dict[str, Extras]:
    """Each item's note texts and link labels in a snapshot."""
    notes, links = snapshot.notes, snapshot.links
    return {
        item_id: Extras(
            tuple(note.text for note in notes.get(item_id, ())),
            tuple(link.label for link in links.get(item_id, ()) if link.label),
        )
        for item_id in notes.keys() | links.keys()
    }


def _word_ends(bounds: list[int], at: int, match: int) -> int:
    """Where a snippet cut meant for `at` goes so that it falls between words (`bounds`, the text's
    word boundaries): the one nearest `at` on the side of the match (`match`, where the match
    begins or ends) else beyond it within as far again; `at` itself when neither is near (a long
    run with no boundary)."""
    inward = [b for b in bounds if min(at, match) <= b <= max(at, match)]
    if inward:
        return min(inward, key=lambda b: abs(b - at))
    reach = abs(match - at)
    outward = [b for b in bounds if abs(b - at) <= reach]
    return min(outward, key=lambda b: abs(b - at)) if outward else at


def snippet(text: str, span: tuple[int, int], context: int = 12) -> tuple[str, int, int]:
    """A short piece of `text` around `span`, with "…" where it was cut, and the span's place in
    it; the cuts never leave a vowel or tone mark without its consonant."""
    start, end = span
    bounds = [0, *breaks_of(line_segments(text)), len(text)]
    left, right = (
        _word_ends(bounds, max(0, start - context), start),
        _word_ends(bounds, min(len(text), end + context), end),
    )
    while left > 0 and unicodedata.category(text[left]) == "Mn":
        left -= 1
    while right < len(text) and unicodedata.category(text[right]) == "Mn":
        right += 1
    body = text[left:right]
    lead = len(body) - len(body.lstrip())
    head = "…" if left > 0 else ""
    tail = "…" if right < len(text) else ""
    offset = len(head) - left - lead
    return head + body.strip() + tail, start + offset, end + offset
