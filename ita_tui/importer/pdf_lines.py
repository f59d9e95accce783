"""A PDF page's text as lines of characters with their boxes (pypdfium2), Thai marks kept on their letters.

LibreOffice's text layer (TH Sarabun / Laksaman, Sarabun, the TLWG fonts) splits marks off their
letters in three ways, which pdfium passes on:
- a mark drawn below the line (ุ ู ฺ) is taken for the start of a new line: "ข้อม" / "ู" / "ล";
- pdfium puts a space of its own between a mark and the letter next to it: "ปุ ่ม", "ฟื้ น";
- a mark is written after the next letter: "ฤทธิ ฐ์ู" for "ฤทธิ์ ฐู".
Each is undone by where the mark is drawn: a mark sits on the letter under or over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

Char = tuple[str, float, float, float, float]  # the character, left, top, right, bottom (top-left origin)

_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47"  # above and below the letter
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"
_SIGNS = "\u0e4c\u0e4d\u0e4e"  # thanthakhat, nikhahit, yamakkan
MARKS = _VOWELS + _TONES + _SIGNS
_THAI = re.compile("[\u0e01-\u0e5b]").match
_SLACK = 1.0  # points: a mark drawn this far outside its letter's box still sits on it


@dataclass
class Line:
    """One line of text as the text layer gives it, with its extent on the page (top-left origin)."""

    chars: list[Char] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c[0] for c in self.chars)

    @property
    def left(self) -> float:
        return min(c[1] for c in self.chars)

    @property
    def right(self) -> float:
        """Where the ink ends (a trailing space drawn at a wrap does not count)."""
        inked = [c for c in self.chars if not c[0].isspace()] or self.chars
        return max(c[3] for c in inked)

    @property
    def top(self) -> float:
        return min(c[2] for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c[4] for c in self.chars)


def _letters_hold(line: list[Char], char: Char) -> bool:
    """Whether `char` stands on the line of the letters (not marks) read so far: its middle between
    their top and bottom."""
    letters = [c for c in line if c[0] not in MARKS and not c[0].isspace()]
    middle = (char[2] + char[4]) / 2
    return bool(letters) and min(c[2] for c in letters) <= middle <= max(c[4] for c in letters)


def _on(mark: Char, letter: Char) -> bool:
    """Whether a mark is drawn over or under a letter."""
    middle = (mark[1] + mark[3]) / 2
    return letter[1] - _SLACK <= middle <= letter[3] + _SLACK


def _rank(mark: str) -> int:
    """Unicode's order of marks on one letter: vowel, then tone, then thanthakhat or nikhahit."""
    return 0 if mark in _VOWELS else 1 if mark in _TONES else 2


def _placed(chars: list[Char]) -> tuple[list[Char], int]:
    """The line with each mark after the letter it is drawn on, and how many marks were moved."""
    out: list[Char] = []
    moved = 0
    for char in chars:
        if char[0] in MARKS and out:
            base = next((i for i in range(len(out) - 1, -1, -1) if out[i][0] not in MARKS), None)
            if base is not None and not out[base][0].isspace() and _on(char, out[base]):
                out.append(char)
                continue
            letters = (
                i for i in range(len(out) - 1, -1, -1) if out[i][0] not in MARKS and not out[i][0].isspace()
            )
            owner = next((i for i in letters if _on(char, out[i])), None)
            if owner is not None:
                at = owner + 1
                while at < len(out) and out[at][0] in MARKS and _rank(out[at][0]) <= _rank(char[0]):
                    at += 1
                out.insert(at, char)
                moved += 1
                continue
        out.append(char)
    return out, moved


def page_lines(page: Any) -> tuple[list[Line], int]:
    """The page's characters in the text layer's order, cut into lines where pdfium ends one, Thai
    marks on their letters; and how many marks had been split off and were joined back."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    height = page.get_height()
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    chars: list[tuple[Char, bool]] = []  # each with whether pdfium made it up (a space, a line end)
    for index, char in enumerate(text[:count]):
        left, bottom, right, top = textpage.get_charbox(index)
        if char.isspace() and right - left <= 0:
            right = left + 0.1
        made_up = bool(pdfium_c.FPDFText_IsGenerated(textpage.raw, index))
        chars.append(((char, left, height - top, right, height - bottom), made_up))
    lines: list[list[Char]] = [[]]
    rejoined = 0
    for index, (char, made_up) in enumerate(chars):
        before = lines[-1][-1] if lines[-1] else None
        if char[0] in "\r\n" or (made_up and char[0].isspace()):
            after = next((c for c, _ in chars[index + 1 : index + 4] if c[0] not in "\r\n"), None)
            by_mark = after is not None and (
                after[0] in MARKS
                or (
                    before is not None
                    and before[0] in MARKS
                    and _THAI(after[0])
                    and _letters_hold(lines[-1], after)
                )
            )
            if by_mark and before is not None:  # a line end or space pdfium put beside a mark
                rejoined += char[0] != "\n"
                continue
            if char[0] in "\r\n":
                if lines[-1]:
                    lines.append([])
                continue
        lines[-1].append(char)
    placed = [_placed(line) for line in lines if line]
    return [Line(chars) for chars, _ in placed], rejoined + sum(moved for _, moved in placed)
