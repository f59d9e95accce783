"""Word's automatic numbering: the label ("1." "๑." "ก)") a paragraph shows from its w:numPr (pure, lxml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ita_tui.limits import LIST_FIELDS_MAX, LIST_PATTERN_MAX, past_import_limit
from ita_tui.thai import to_thai_digits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_LEVEL_FIELD = re.compile(r"%([1-9])")


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart_after: int | None = None  # w:lvlRestart: reset when this level (1-based) or shallower is used


@dataclass
class _Num:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)  # level -> startOverride
    started: set[int] = field(default_factory=set)  # levels whose override was applied


def _val(element: Any, name: str) -> str | None:
    child = element.find(f"{W}{name}") if element is not None else None
    return child.get(f"{W}val") if child is not None else None


def _int(text: str | None, default: int) -> int:
    """A number the XML states, within what a list can show (a crafted 10**20 would take Roman
    numerals forever); else `default`."""
    try:
        return max(-1, min(int(text), 9_999)) if text is not None else default
    except ValueError:
        return default


def _roman(number: int) -> str:
    values = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
        (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


@lru_cache(maxsize=4096)  # a long list asks for the same few counters again and again
def format_number(number: int, fmt: str) -> str:
    """A counter in a w:numFmt: decimal, Thai digits or letters, Latin letters, Roman numerals."""
    if fmt in ("thaiNumbers", "thaiCounting"):
        return to_thai_digits(str(number))
    if fmt == "thaiLetters":
        return _THAI_LETTERS[(number - 1) % len(_THAI_LETTERS)] if number > 0 else "0"
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) if number > 0 else "0"
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(max(number, 1))
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


class Numbering:
    """The document's list definitions and the counters Word keeps while it lays the body out."""

    def __init__(self, numbering: Any, styles: Any, origin: str = "") -> None:
        self.origin = origin
        self.levels: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.style_base: dict[str, str] = {}
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            for style in styles.iter(f"{W}style"):
                style_id = style.get(f"{W}styleId") or ""
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    self.style_num[style_id] = (_val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), 0))
                based = _val(style, "basedOn")
                if based:
                    self.style_base[style_id] = based

    def _read_numbering(self, numbering: Any) -> None:
        for abstract in numbering.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in abstract.iter(f"{W}lvl"):
                restart = _val(lvl, "lvlRestart")
                pattern = _val(lvl, "lvlText") or ""
                if len(pattern) > LIST_PATTERN_MAX:  # "%1" 5,000 times made every number 5,000 counters
                    raise past_import_limit(self.origin, "lim_list_pattern", LIST_PATTERN_MAX, len(pattern))
                fields = len(_LEVEL_FIELD.findall(pattern))
                if fields > LIST_FIELDS_MAX:
                    raise past_import_limit(self.origin, "lim_list_fields", LIST_FIELDS_MAX, fields)
                levels[_int(lvl.get(f"{W}ilvl"), 0)] = _Level(
                    start=_int(_val(lvl, "start"), 1),
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=pattern,
                    restart_after=_int(restart, 0) if restart is not None else None,
                )
            self.levels[abstract.get(f"{W}abstractNumId") or ""] = levels
        for num in numbering.iter(f"{W}num"):
            overrides = {}
            for override in num.iter(f"{W}lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    overrides[_int(override.get(f"{W}ilvl"), 0)] = _int(start, 1)
            self.nums[num.get(f"{W}numId") or ""] = _Num(_val(num, "abstractNumId") or "", overrides)

    def _num_pr(self, paragraph: Any) -> tuple[str | None, int]:
        """The paragraph's list and level, from its own w:numPr, else its style's (or a base style's)."""
        ppr = paragraph.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id = _val(num_pr, "numId") if num_pr is not None else None
        level = _int(_val(num_pr, "ilvl"), -1) if num_pr is not None else -1
        style_id = _val(ppr, "pStyle") if ppr is not None else None
        seen: set[str] = set()
        while style_id and style_id not in seen and (num_id is None or level < 0):
            seen.add(style_id)
            style_num, style_level = self.style_num.get(style_id, (None, None))
            num_id = num_id if num_id is not None else style_num
            if level < 0 and style_num is not None and style_level is not None:
                level = style_level
            style_id = self.style_base.get(style_id)
        return num_id, max(level, 0)

    def label(self, paragraph: Any) -> str:
        """The number Word shows before the paragraph ("1." "๑)" "ก."), counting it; "" if none."""
        num_id, level = self._num_pr(paragraph)
        num = self.nums.get(num_id or "")
        if num is None or num_id == "0":
            return ""
        levels = self.levels.get(num.abstract, {})
        lvl = levels.get(level)
        if lvl is None:
            return ""
        counters = self.counters.setdefault(num.abstract, {})
        if level in num.overrides and level not in num.started:
            num.started.add(level)
            counters[level] = num.overrides[level] - 1
        counters[level] = counters.get(level, lvl.start - 1) + 1
        for deeper, deeper_lvl in levels.items():
            if deeper > level and (deeper_lvl.restart_after is None or deeper_lvl.restart_after > level):
                counters.pop(deeper, None)
        if lvl.fmt == "bullet":
            return "•"
        if lvl.fmt == "none":
            return lvl.text if "%" not in lvl.text else ""

        def field_text(match: re.Match[str]) -> str:
            shown = int(match.group(1)) - 1
            shown_lvl = levels.get(shown, _Level())
            value = counters.get(shown, shown_lvl.start)
            return format_number(value, lvl.fmt if shown == level else shown_lvl.fmt)

        return _LEVEL_FIELD.sub(field_text, lvl.text).strip()
