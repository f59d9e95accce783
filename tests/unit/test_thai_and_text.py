"""Thai digits, Buddhist Era dates, fiscal years, and control characters made visible."""

from datetime import UTC, date, datetime, timedelta, timezone

from ita_tui.text import one_line, visible_text
from ita_tui.thai import (
    fiscal_year_bounds,
    fiscal_year_of,
    long_date,
    short_datetime,
    to_arabic_digits,
    to_thai_digits,
)


def test_digits_both_ways():
    assert to_thai_digits("2566 ข้อ 12") == "๒๕๖๖ ข้อ ๑๒"
    assert to_arabic_digits("๒๕๖๖") == "2566"


def test_fiscal_year_2566_runs_oct_2022_to_sep_2023():
    assert fiscal_year_of(date(2022, 10, 1)) == 2566
    assert fiscal_year_of(date(2023, 9, 30)) == 2566
    assert fiscal_year_of(date(2023, 10, 1)) == 2567
    assert fiscal_year_bounds(2566) == (date(2022, 10, 1), date(2023, 9, 30))


def test_dates_in_thai_form():
    assert long_date(date(2026, 11, 26)) == "๒๖ พฤศจิกายน ๒๕๖๙"
    assert long_date(date(2026, 11, 26), "en", "arabic") == "26 November 2026"
    bangkok = timezone(timedelta(hours=7))
    moment = datetime(2026, 11, 26, 14, 5, tzinfo=bangkok).astimezone(UTC).astimezone(bangkok)
    assert short_datetime(moment.replace(tzinfo=None)) == "26 พ.ย. 2569 14:05"


def test_control_characters_become_visible():
    assert visible_text("a\x1b[2Jb") == "a\u241b[2Jb"
    assert visible_text("[bold]ไม้ไต่คู้ 😀") == "[bold]ไม้ไต่คู้ 😀"
    assert one_line("a\nb\tc\x9b") == "a b c\\x9b"
