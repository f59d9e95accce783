"""The ITA's published scores of a year (pure): what a score is scored on (one of the 10 indicators,
one of the three tools IIT/EIT/OIT, or the total), a score as written (0–100, Thai or Arabic digits),
the pass mark, and which year's scores a database shows.

The ITA has had 10 indicators (IIT 1–5, EIT 6–8, OIT 9–10) from 2566 to 2568; each is scored 0–100
and 85 is the pass mark. A score is kept as the text of its decimal value ("82.5", "91.47"), as
the NACC publishes it: no float rounding ever shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ita_tui.thai import THAI_DIGITS

PASS_MARK = Decimal(85)
INDICATORS = tuple(str(n) for n in range(1, 11))
TOOLS = ("IIT", "EIT", "OIT")
TOTAL = "total"
SUBJECTS = (*INDICATORS, *TOOLS, TOTAL)  # in the order a list shows them
# The word key of each indicator's name as the ITA gives it (the reader recognises a bare heading by
# these names' Thai beginnings: importer/reader.py _KNOWN_TITLES)
INDICATOR_NAMES = {
    "1": "ita_indicator_1",
    "2": "ita_indicator_2",
    "3": "ita_indicator_3",
    "4": "ita_indicator_4",
    "5": "ita_indicator_5",
    "6": "ita_indicator_6",
    "7": "ita_indicator_7",
    "8": "ita_indicator_8",
    "9": "ita_indicator_9",
    "10": "ita_indicator_10",
}

_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TOTAL_WORDS = ("total", "overall", "รวม", "คะแนนรวม", "ภาพรวม", "ผลรวม", "คะแนนภาพรวม")
_INDICATOR = re.compile(r"(?:ตัวชี้วัด(?:ที่)?|indicator|no\.?)?\s*([0-9]{1,2})(?:\.|\s.*)?", re.IGNORECASE)


class BadScore(ValueError):
    """A score or subject that cannot be kept; `key` names the words that say why."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(key)
        self.key, self.text = key, text


def subject_of(text: str) -> str:
    """The subject a cell or argument names: "1".."10", "IIT"/"EIT"/"OIT" or "total"
    ("ตัวชี้วัดที่ ๓", "3", "oit", "คะแนนรวม" …); BadScore("score_bad_subject") otherwise."""
    plain = " ".join(text.translate(_ARABIC).split())
    if plain.upper() in TOOLS:
        return plain.upper()
    if plain.lower() in _TOTAL_WORDS:
        return TOTAL
    found = _INDICATOR.fullmatch(plain)
    if found and found.group(1).lstrip("0") in INDICATORS:
        return found.group(1).lstrip("0")
    raise BadScore("score_bad_subject", text)


def score_of(text: str) -> str:
    """A score as kept ("82.5"): a number from 0 to 100 in Thai or Arabic digits, a decimal point
    or comma; BadScore("score_bad_value") otherwise."""
    plain = text.translate(_ARABIC).strip().replace(",", ".")
    try:
        value = Decimal(plain)
    except InvalidOperation:
        raise BadScore("score_bad_value", text) from None
    if (
        not value.is_finite()
        or not Decimal(0) <= value <= Decimal(100)
        or not re.fullmatch(r"[0-9.]+", plain)
    ):
        raise BadScore("score_bad_value", text)
    return format(value.normalize(), "f") if value != value.to_integral() else str(int(value))


def under_pass_mark(score: str) -> bool:
    """Whether a kept score is under the pass mark (85)."""
    return Decimal(score) < PASS_MARK


@dataclass(frozen=True)
class Score:
    """One published score as kept: its year (BE), subject, value (text), who entered it and when."""

    year: int
    subject: str
    score: str
    by: str
    at: str

    @property
    def under_pass_mark(self) -> bool:
        return under_pass_mark(self.score)


def shown_year(years: Iterable[int], fiscal_year: int) -> int | None:
    """The year whose scores a database of `fiscal_year` shows: the newest kept that is not after
    it (last year's in next year's database, this year's once published), else None."""
    return max((y for y in years if y <= fiscal_year), default=None)


def shown_scores(scores: Mapping[int, Mapping[str, Score]], fiscal_year: int) -> Mapping[str, Score]:
    """The scores shown beside the indicators (see `shown_year`), by subject; empty when none."""
    year = shown_year(scores, fiscal_year)
    return {} if year is None else scores[year]
