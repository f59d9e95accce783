"""Dates as people write them, Buddhist or Common Era: the one parser, and `log --since/--until`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.thai import parse_date

CHECKLIST = Path(__file__).resolve().parents[1] / "data" / "store-checklist.json"
DEC_1 = date(2026, 12, 1)


@pytest.mark.parametrize(
    "written",
    [
        "2569-12-01",
        "2026-12-01",
        "1/12/2569",
        "01/12/2026",
        "1 ธ.ค. 2569",
        "1 ธค 2569",
        "1 ธันวาคม 2569",
        "๑ ธ.ค. ๒๕๖๙",
        "๒๕๖๙-๑๒-๐๑",
        "1 Dec 2026",
        " 1  december 2026 ",
    ],
)
def test_every_writing_of_the_first_of_december(written):
    assert parse_date(written) == DEC_1


def test_a_year_above_2400_is_buddhist_era_and_one_below_common_era():
    assert parse_date("2401-01-01") == date(1858, 1, 1)
    assert parse_date("2400-01-01") == date(2400, 1, 1)
    assert parse_date("1/10/2565") == date(2022, 10, 1)  # the first day of fiscal year 2566


@pytest.mark.parametrize("bad", ["", "2569", "12/2569", "31/2/2569", "2569-13-01", "1 ธันว 2569", "1 xx 2569"])
def test_what_is_not_a_date_is_refused(bad):
    with pytest.raises(ValueError):
        parse_date(bad)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "office.json"
    store = ProgressStore.open(path, user="นภา", checklist_path=CHECKLIST)
    store.set_done("1.1", True)
    return ["--db", str(path)]


def log_lines(capsys, *argv: str) -> list[str]:
    assert main(["log", *argv]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out.splitlines()


def test_since_in_the_users_era_finds_what_the_common_era_finds(db, capsys):
    today = date.today()
    ce = log_lines(capsys, "--since", today.isoformat(), *db)
    assert len(ce) == 2
    for written in (f"{today.year + 543}-{today:%m-%d}", f"{today.day}/{today.month}/{today.year + 543}"):
        assert log_lines(capsys, "--since", written, *db) == ce


def test_until_keeps_entries_on_or_before_the_day(db, capsys):
    today = date.today()
    assert len(log_lines(capsys, "--until", f"{today.day}/{today.month}/{today.year + 543}", *db)) == 2


def test_an_empty_period_says_so_in_one_line(db, capsys):
    assert log_lines(capsys, "--since", "1 ม.ค. 2600", *db) == ["ไม่มีรายการตั้งแต่ 1 มกราคม 2600"]
    assert log_lines(capsys, "--until", "2500-01-01", *db) == ["ไม่มีรายการจนถึง 1 มกราคม 2500"]
    assert log_lines(capsys, "--since", "2600-01-01", "--until", "2600-02-01", "--lang", "en", *db) == [
        "No entries from 1 January 2057 to 1 February 2057"
    ]
