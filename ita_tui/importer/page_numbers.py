"""Page numbers told by where they stand, not by being digits (pure).

A page number stands alone in the top or bottom band of its page and goes on in sequence with the
other pages' numbers ("1" on page 1, or "3" "4" "5" on pages 2, 3, 4). A bare number elsewhere, or
one out of step with the pages, is text: a title's year that the layout wrapped onto a line of its
own ("… ประจำปีงบประมาณ พ.ศ." then "๒๕๖๖") stays in the title. A number written as a page number
("หน้า 2", "- 2 -", "2/6") needs only the band.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ita_tui.importer.points import DIGIT, number_of

_NUMBER = re.compile(
    rf"^(?:([-–—])\s*)?(หน้า(?:ที่)?\s*)?([{DIGIT}]{{1,4}})(?:\s*[-–—])?"
    rf"(\s*(?:/|จาก)\s*[{DIGIT}]{{1,4}}(?:\s*หน้า)?)?$"
)
BAND = 0.12  # of the page's height: where headers and footers stand


@dataclass(frozen=True)
class Candidate:
    """A line that reads like a page number, standing in a page's top or bottom band."""

    lineno: int
    page: int
    value: int
    written: bool  # "หน้า 2", "- 2 -", "2/6": a page number by its form


def reads_as_number(text: str) -> bool:
    """Whether a line reads like a page number, wherever it stands ("๒๕๖๖", "หน้า 2")."""
    return _NUMBER.match(text) is not None


def candidate(
    text: str, lineno: int, page: int, top: float, bottom: float, height: float
) -> Candidate | None:
    """The line as a page-number candidate, when it reads like one and stands where one does."""
    match = _NUMBER.match(text)
    if match is None or BAND * height < top < bottom < (1 - BAND) * height:
        return None
    written = any(match.group(g) for g in (1, 2, 4))
    return Candidate(lineno, page, number_of(match.group(3)), written)


def page_numbers(candidates: list[Candidate]) -> set[int]:
    """The line numbers of the candidates that are page numbers: written as one, or bare numbers in
    step with the pages (the same difference between number and page as another page's, or none)."""
    steps = Counter(c.value - c.page for c in candidates if not c.written)
    pages_of = {step: {c.page for c in candidates if c.value - c.page == step} for step in steps}
    return {
        c.lineno for c in candidates if c.written or c.value == c.page or len(pages_of[c.value - c.page]) > 1
    }
