"""Thai digits, Buddhist Era dates and fiscal years (pure)."""

from __future__ import annotations

import re
from datetime import date, datetime

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def to_thai_digits(text: str) -> str:
    """Write 0-9 as ๐-๙."""
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Write ๐-๙ as 0-9."""
    return text.translate(_TO_ARABIC)


def digits(text: object, style: str) -> str:
    """`text` with its digits in `style` ("thai" or "arabic")."""
    text = str(text)
    return to_thai_digits(text) if style == "thai" else to_arabic_digits(text)


def be_year(ce_year: int) -> int:
    """Buddhist Era year of a Common Era year (2023 -> 2566)."""
    return ce_year + BE_OFFSET


def fiscal_year_of(day: date) -> int:
    """The Thai fiscal year (BE) holding `day`: 1 Oct 2022 - 30 Sep 2023 is 2566."""
    return be_year(day.year + (1 if day.month >= 10 else 0))


def fiscal_year_bounds(fiscal_year_be: int) -> tuple[date, date]:
    """First and last day of a fiscal year given in BE (2566 -> 2022-10-01, 2023-09-30)."""
    ce = fiscal_year_be - BE_OFFSET
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def long_date(day: date, lang: str = "th", digit_style: str = "thai") -> str:
    """A date as documents write it: "๒๖ พฤศจิกายน ๒๕๖๙" (en: "26 November 2026")."""
    if lang == "en":
        return digits(f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}", digit_style)
    return digits(f"{day.day} {THAI_MONTHS[day.month - 1]} {be_year(day.year)}", digit_style)


def short_datetime(moment: datetime, lang: str = "th", digit_style: str = "arabic") -> str:
    """A time stamp for lists: "26 พ.ย. 2569 14:05" (en: "26 Nov 2026 14:05"), local time."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    if lang == "en":
        text = f"{moment.day} {ENGLISH_MONTHS[moment.month - 1][:3]} {moment.year} {clock}"
    else:
        month = THAI_MONTHS_SHORT[moment.month - 1]
        text = f"{moment.day} {month} {be_year(moment.year)} {clock}"
    return digits(text, digit_style)


def short_datetime_of(at: str, lang: str = "th", digit_style: str = "arabic") -> str:
    """An ISO 8601 time stamp as short_datetime writes it; text that is not one comes back as it is."""
    try:
        return short_datetime(datetime.fromisoformat(at), lang, digit_style)
    except ValueError:
        return at


BE_FROM = 2400  # a year above this is Buddhist Era (2569 is 2026); no CE date in use comes near it

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASH_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")  # day first, as Thai forms write it
_WORD_DATE = re.compile(r"(\d{1,2})\s*([^\d\s]+)\s*(\d{4})")


def _month_number(name: str) -> int | None:
    """1-12 for a Thai month ("ธันวาคม", "ธ.ค.", "ธค") or an English one ("December", "Dec")."""
    folded = name.replace(".", "").casefold()
    for number, (full, short) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SHORT, strict=True), start=1):
        if folded in (full, short.replace(".", "")):
            return number
    for number, english in enumerate(ENGLISH_MONTHS, start=1):
        if len(folded) >= 3 and english.casefold().startswith(folded):
            return number
    return None


def parse_date(text: str) -> date:
    """A calendar date as people write it, in the Buddhist or the Common Era, Thai or Arabic
    digits: "2569-12-01", "2026-12-01", "1/12/2569", "1 ธ.ค. 2569", "1 ธันวาคม 2569", "1 Dec 2026".
    A year above 2400 is BE. ValueError for anything else, or a day that does not exist."""
    written = " ".join(to_arabic_digits(text).split())
    month: int | None
    if found := _ISO_DATE.fullmatch(written):
        year, month, day = (int(part) for part in found.groups())
    elif found := _SLASH_DATE.fullmatch(written):
        day, month, year = (int(part) for part in found.groups())
    elif (found := _WORD_DATE.fullmatch(written)) and (month := _month_number(found.group(2))):
        day, year = int(found.group(1)), int(found.group(3))
    else:
        raise ValueError(f"not a date: {text!r}")
    if year > BE_FROM:
        year -= BE_OFFSET
    return date(year, month, day)  # ValueError for 31/2 and the like
