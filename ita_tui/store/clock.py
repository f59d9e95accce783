"""The computer's clock, read in one place (pure but for the clock).

Every time stamp the database keeps and every date a document prints is read from here (the zip
entries of Word and Excel files are dated by zipfile, within 1980 to 2107: export/zip_clock.py).
A clock set outside CLOCK_YEARS (past 2262, where time counted in nanoseconds overflows 64 bits,
or before 1970) is one line saying so, not a traceback in the middle of a change or an export,
and nothing is written with such a time (issue 19 case 8).
Everything derives from time.time(), so a test sets the clock by replacing that one function.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from ita_tui.errors import ItaError
from ita_tui.limits import CLOCK_YEARS


def now() -> datetime:
    """The local time now, with its offset; ItaError when the clock is outside CLOCK_YEARS."""
    seconds = time.time()
    try:
        moment = datetime.fromtimestamp(seconds, UTC).astimezone()
    except (OverflowError, ValueError, OSError):  # past year 9999, or what the C library refuses
        moment = None
    first, last = CLOCK_YEARS
    if moment is None or not first <= moment.year <= last:
        year = moment.year if moment is not None else ("< 1" if seconds < 0 else "> 9999")
        raise ItaError("err_clock", year=year, first=first, last=last)
    return moment


def now_iso() -> str:
    """The current local time as ISO 8601 text with offset, to the second."""
    return now().isoformat(timespec="seconds")


def today() -> date:
    """Today's local date."""
    return now().date()
