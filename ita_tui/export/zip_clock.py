"""Word and Excel files written whatever the clock says: their zip entries dated 1980 at the
earliest and 2107 at the latest.

openpyxl (openpyxl/writer/excel.py, ExcelWriter) and python-docx (docx/opc/phys_pkg.py,
_ZipPkgWriter) add each entry with `ZipFile.writestr(name, …)`, which dates it
`time.localtime()`; zipfile.ZipInfo refuses a year before 1980 ("ZIP does not support timestamps
before 1980"), so with a clock set before 1980 every .xlsx and .docx failed (and after 2107 the
date does not fit its header). Only then, and only while one file is saved, zipfile's ZipInfo is
one that dates such entries 1 January 1980 (or 31 December 2107).
"""

from __future__ import annotations

import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

DateTime = tuple[int, int, int, int, int, int]
ZIP_EPOCH: DateTime = (1980, 1, 1, 0, 0, 0)
ZIP_LAST: DateTime = (2107, 12, 31, 23, 59, 58)  # a zip's date holds years 1980 to 2107
_SWAP = threading.Lock()


class _From1980(zipfile.ZipInfo):
    """A ZipInfo dated 1980 when asked for an earlier date, and the end of 2107 for a later one."""

    def __init__(self, filename: str = "NoName", date_time: DateTime = ZIP_EPOCH) -> None:
        super().__init__(filename, min(max(date_time, ZIP_EPOCH), ZIP_LAST))


@contextmanager
def zip_dates_from_1980() -> Iterator[None]:
    """While the block saves a workbook or document: entries dated before 1980 are dated 1980,
    after 2107 the end of 2107 (zipfile.ZipInfo.FileHeader cannot pack a later year)."""
    if ZIP_EPOCH[0] <= time.localtime(time.time()).tm_year <= ZIP_LAST[0]:  # as zipfile reads the clock
        yield
        return
    with _SWAP:
        saved = zipfile.ZipInfo
        zipfile.ZipInfo = _From1980  # type: ignore[misc]
        try:
            yield
        finally:
            zipfile.ZipInfo = saved  # type: ignore[misc]
