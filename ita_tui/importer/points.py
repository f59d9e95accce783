"""Numbered points in table cells: "๑." "1." "1)" "๑ " markers taken only in sequence (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ita_tui.thai import to_arabic_digits, to_thai_digits

DIGIT = "0-9๐-๙"

# "๑." "1." "1)" "๑ " (or a lone "๑") at the start of a fragment; "๑.๑" and "๒๕๖๖" are not markers.
_START = re.compile(rf"^([{DIGIT}]{{1,2}})(?:\s*[.)]\s*|\s+|$)(?![{DIGIT}])")
_BULLET = re.compile(r"^[-–•●○◦▪■□*]\s+")
# "(๑)" "(1)" "ข้อ ๑" "ข้อที่ 1.": a list style of its own only when a list starts with it;
# after "๑." such a marker is a sub-point or a reference and stays text.
_PAREN = re.compile(
    rf"^(?:\(\s*([{DIGIT}]{{1,2}})\s*\)|ข้อ(?:ที่)?\s*([{DIGIT}]{{1,2}})(?![{DIGIT}]|\.[{DIGIT}])(?:\s*[.)](?![{DIGIT}]))?)\s*"
)


def number_of(digits: str) -> int:
    """The int written with Thai or Arabic digits ("๑๒" -> 12)."""
    return int(to_arabic_digits(digits))


def start_marker(text: str) -> tuple[int, int] | None:
    """The number a fragment starts with and where the text after the marker begins, or None."""
    match = _START.match(text)
    return (number_of(match.group(1)), match.end()) if match else None


def _inline_marker(number: int, *, bare: bool = False) -> re.Pattern[str]:
    """Marker "N." or "N)" for one number inside running text, after white space; "N " too in a list
    whose first marker was a bare number ("๑ รายงาน … ๒ รายงานปัญหา"). A marker may end the text: a
    PDF's line ended after it ("… ๓." and "จัดทำ…" on the next line)."""
    arabic = str(number)
    end = r"(?:\s*[.)]|\s)" if bare else r"\s*[.)]"
    return re.compile(rf"(?<=\s)(?:{arabic}|{to_thai_digits(arabic)}){end}(?![{DIGIT}])\s*")


@dataclass
class Point:
    """One point: its number, its text as written (marker included) and its text after the marker."""

    number: int
    text: str
    body: str
    meta: Any = None

    def extend(self, more: str) -> None:
        """Add text that spilled over (a sub-point, the next fragment, the next page)."""
        self.text = f"{self.text} {more}"
        self.body = f"{self.body} {more}".strip()


class Points:
    """The points of one column of one indicator, fed fragment by fragment across rows."""

    def __init__(self) -> None:
        self.lead: list[str] = []
        self.points: list[Point] = []
        self.style = ""  # "number" or "bullet", set by the first point
        self.offset = 0  # points before a list that restarted at 1 (one list per measure row)
        self._numbers: set[int] = set()  # the numbers of `points`, kept while points come from add()
        self.split_inline = 0  # points opened by a marker inside a paragraph ("๑. … ๒. …")

    @property
    def next_number(self) -> int:
        """The number the next point gets (points are numbered on across restarted lists)."""
        return self.points[-1].number + 1 if self.points else 1

    def opens(self, fragment: str, *, restart: bool = False) -> int | None:
        """Where the text starts if `fragment` opens the next point (or restarts at 1), else None."""
        if self.style == "paren" or (not self.style and not self.points):
            paren = _PAREN.match(fragment)
            if paren and number_of(paren.group(1) or paren.group(2)) == self.next_number - self.offset:
                return paren.end()
        if self.style not in ("bullet", "paren"):
            marker = start_marker(fragment)
            if marker and marker[0] == self.next_number - self.offset:
                return marker[1]
            if marker and restart and marker[0] == 1 and self.points:
                self.offset = self.points[-1].number
                return marker[1]
        if self.style != "number":
            bullet = _BULLET.match(fragment)
            if bullet:
                return bullet.end()
        return None

    def feed(
        self,
        fragment: str,
        *,
        meta: Any = None,
        force: bool = False,
        restart: bool = False,
    ) -> None:
        """Add one fragment: a new point when it starts with the next marker, else more text."""
        start = self.opens(fragment, restart=restart)
        if start is not None:
            if not self.style:
                self.style = (
                    "paren"
                    if _PAREN.match(fragment)
                    else "bullet"
                    if _BULLET.match(fragment) and not start_marker(fragment)
                    else "number"
                )
            self.points.append(Point(self.next_number, fragment, fragment[start:], meta))
        elif force:
            self.points.append(Point(self.next_number, fragment, fragment, meta))
        elif self.points:
            self.points[-1].extend(fragment)
        else:
            self.lead.append(fragment)
        if self.style not in ("bullet", "paren"):
            self._split_inline(len(fragment), meta)

    def _bare_numbers(self) -> bool:
        """Whether the list opened with a bare number ("๑ รายงาน"), not "๑." or "๑)"."""
        first = self.points[0]
        return not re.search(r"[.)]", first.text[: len(first.text) - len(first.body)])

    def _split_inline(self, fed: int, meta: Any) -> None:
        """Open the points whose markers stand inside the text just fed ("๑. … ๒. …")."""
        while True:
            if self.points:
                last = self.points[-1]
                window = max(0, len(last.body) - fed)
                marker = _inline_marker(self.next_number - self.offset, bare=self._bare_numbers())
                found = marker.search(last.body, window)
                if not found:
                    return
                head = len(last.text) - len(last.body)
                new_text = last.text[head + found.start() :]
                new_body = last.body[found.end() :]
                last.text = last.text[: head + found.start()].rstrip()
                last.body = last.body[: found.start()].rstrip()
            else:
                if not self.lead:
                    return
                found = _inline_marker(1).search(self.lead[-1])
                if not found:
                    return
                new_text = self.lead[-1][found.start() :]
                new_body = self.lead[-1][found.end() :]
                self.lead[-1] = self.lead[-1][: found.start()].rstrip()
                if not self.lead[-1]:
                    self.lead.pop()
            self.style = self.style or "number"
            self.split_inline += 1
            fed = len(new_body)
            self.points.append(Point(self.next_number, new_text, new_body, meta))

    def add(self, number: int | None, text: str, meta: Any) -> bool:
        """A point whose number is stated (a spreadsheet's ข้อ column), else the next; False if taken."""
        number = self.next_number if number is None else number
        if len(self._numbers) != len(self.points):  # points came from feed() too: count them in
            self._numbers = {p.number for p in self.points}
        if number in self._numbers:
            return False
        self._numbers.add(number)
        self.style = self.style or "number"
        self.points.append(Point(number, text, text, meta))
        return True

    def promote_lead(self) -> None:
        """Make the text before any point the first point (an unnumbered method cell)."""
        if self.lead and not self.points:
            text = " ".join(self.lead)
            self.points.append(Point(1, text, text))
            self.lead = []

    def texts(self) -> list[str]:
        """The lead text and every point as written, marker included."""
        return self.lead + [p.text for p in self.points]
