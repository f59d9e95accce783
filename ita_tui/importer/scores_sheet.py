"""A sheet of the ITA's published scores (`ita-tui scores import FILE.csv|.xlsx`): one row per
indicator (or tool, or the total) under a header row naming an indicator column and a score column,
in Thai or English (ตัวชี้วัด | คะแนน, indicator | score), digits Thai or Arabic. Every row is
checked before anything is kept: a bad one is one line naming the file, the row and the text."""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ita_tui.checklist.scores import BadScore, score_of, subject_of
from ita_tui.errors import SourceError
from ita_tui.limits import IMPORT_FILE_MAX
from ita_tui.locale import Phrase

MAX_ROWS = 1_000
_SUBJECT_HEADERS = frozenset(
    {"ตัวชี้วัด", "ตัวชี้วัดที่", "ที่", "ข้อ", "ลำดับ", "เครื่องมือ", "indicator", "no", "no.", "number", "tool"}
)


def _header(value: Any) -> str:
    return "".join(str(value or "").split()).lower()


def _columns(row: list[Any]) -> tuple[int, int] | None:
    """The subject's and the score's columns when `row` is the header row."""
    heads = [_header(v) for v in row]
    subject = next((n for n, h in enumerate(heads) if h in _SUBJECT_HEADERS), None)
    score = next((n for n, h in enumerate(heads) if "คะแนน" in h or "score" in h), None)
    return None if subject is None or score is None else (subject, score)


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def scores_in_rows(rows: Iterable[list[Any]], origin: str) -> list[tuple[str, str]]:
    """The (subject, score) pairs under the header row, in the sheet's order; SourceError naming
    the row for a subject or score that cannot be kept, or a sheet without the two columns."""
    columns: tuple[int, int] | None = None
    found: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS:
            break
        if columns is None:
            columns = _columns(row)
            continue
        subject_cell = _text(row[columns[0]]) if columns[0] < len(row) else ""
        score_cell = _text(row[columns[1]]) if columns[1] < len(row) else ""
        if not subject_cell and not score_cell:
            continue
        try:
            found[subject_of(subject_cell)] = score_of(score_cell)
        except BadScore as exc:
            key = exc.key  # score_bad_subject or score_bad_value
            problem = Phrase(key, text=exc.text)
            raise SourceError("scores_sheet_row", origin=origin, row=number, problem=problem) from None
    if columns is None:
        raise SourceError("scores_sheet_no_columns", origin=origin)
    if not found:
        raise SourceError("scores_sheet_empty", origin=origin)
    return list(found.items())


def _xlsx_rows(raw: bytes, origin: str) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True, max_row=MAX_ROWS)]
            book.close()
    except Exception as exc:  # openpyxl fails in many ways on a damaged package; all mean the same
        raise SourceError("src_sheet_damaged", origin=origin, problem=type(exc).__name__) from None
    return rows


def _csv_rows(raw: bytes) -> Iterator[list[Any]]:
    from ita_tui.importer.text import thai_legacy

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = thai_legacy(raw) or raw.decode("utf-8", errors="replace")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text, newline=""), dialect)


def read_scores(path: Path) -> list[tuple[str, str]]:
    """The scores a .csv or .xlsx file holds (see `scores_in_rows`)."""
    from ita_tui.files import read_file

    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise SourceError("scores_sheet_kind", origin=origin)
    raw, _ = read_file(path, limit=IMPORT_FILE_MAX)  # OSError: one line naming the file (cli/entry.py)
    if suffix == ".xlsx":
        return scores_in_rows(_xlsx_rows(raw, origin), origin)
    try:
        return scores_in_rows(_csv_rows(raw), origin)
    except csv.Error as exc:
        raise SourceError("scores_sheet_no_columns", origin=origin) from exc
