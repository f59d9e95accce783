"""What every summary and report says at its top: title, round and its span, the date of the data.

One era per language: Thai writes Buddhist Era years and says "พ.ศ.", English writes Common Era
years throughout (the fiscal year 2566 is "fiscal year 2023").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ita_tui.locale import words as words_of
from ita_tui.thai import BE_OFFSET, ENGLISH_MONTHS, THAI_MONTHS, digits, fiscal_year_bounds

ROUNDS = (6, 12)  # months into the fiscal year: ends 31 March and 30 September


@dataclass(frozen=True)
class Heading:
    """The lines a summary or report opens with."""

    title: str  # "… ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    round: str  # "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)", or "" without a round
    as_of: str  # "ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๖"


def round_end(fiscal_year_be: int, months: int) -> date:
    """The last day of a round: 31 March (6 months) or 30 September (12) of the fiscal year."""
    if months not in ROUNDS:
        raise ValueError(f"a round is 6 or 12 months, not {months}")
    last = fiscal_year_bounds(fiscal_year_be)[1]
    return date(last.year, 3, 31) if months == 6 else last


def era_date(day: date, lang: str, digit_style: str, *, era: bool = True) -> str:
    """A date in the language's era: "๓๑ มีนาคม พ.ศ. ๒๕๖๖" (era=False: "๓๑ มีนาคม ๒๕๖๖"),
    English "31 March 2023"."""
    if lang == "en":
        return digits(f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}", digit_style)
    year = f"พ.ศ. {day.year + BE_OFFSET}" if era else str(day.year + BE_OFFSET)
    return digits(f"{day.day} {THAI_MONTHS[day.month - 1]} {year}", digit_style)


def fiscal_year_label(fiscal_year_be: int, lang: str, digit_style: str) -> str:
    """The fiscal year as the language counts years: 2566 in Thai, 2023 in English."""
    return digits(fiscal_year_be - BE_OFFSET if lang == "en" else fiscal_year_be, digit_style)


def heading(
    fiscal_year_be: int,
    as_of: date,
    *,
    lang: str = "th",
    digit_style: str = "thai",
    months: int | None = None,
    title_key: str = "report_title",
) -> Heading:
    """The title (`title_key` in the word table), the round's line when `months` is given, the date line."""
    say = words_of(lang)
    year = fiscal_year_label(fiscal_year_be, lang, digit_style)
    round_line = ""
    if months is not None:
        start, end = fiscal_year_bounds(fiscal_year_be)[0], round_end(fiscal_year_be, months)
        round_line = say(
            "round_line",
            months=digits(months, digit_style),
            start=era_date(start, lang, digit_style, era=False),
            end=era_date(end, lang, digit_style, era=False),
        )
    return Heading(
        title=say(title_key, year=year),
        round=round_line,
        as_of=say("as_of", date=era_date(as_of, lang, digit_style)),
    )
