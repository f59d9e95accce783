"""Issue 19 case 8: a fiscal year no date can be made of is refused when the checklist is
loaded, in one line; and with the clock before 1980, Word and Excel files are still written."""

from __future__ import annotations

import json
import time
import zipfile

import pytest

from ita_tui.store import ProgressStore
from tests.support import STORE_CHECKLIST


def _checklist(tmp_path, year):
    checklist = json.loads(STORE_CHECKLIST.read_text(encoding="utf-8"))
    checklist["fiscal_year"] = year
    path = tmp_path / "checklist.json"
    path.write_text(json.dumps(checklist, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("year", [0, 543, -5, 10**18 - 1, 2799, 1800])
def test_case8_a_fiscal_year_outside_2400_2700_be_is_refused_at_load_in_one_line(cli, tmp_path, year):
    result = cli("tick", "1.1", "--db", tmp_path / "db.json", "--checklist", _checklist(tmp_path, year))
    assert result.status == 2 and result.err.count("\n") == 1, result
    assert "fiscal_year" in result.err and "2400" in result.err
    assert not (tmp_path / "db.json").exists()


@pytest.mark.parametrize("year", [0, -5, 10**18 - 1])
def test_case8_a_database_holding_such_a_year_is_one_line_for_status_round_6(cli, db, year):
    raw = json.loads(db.read_text(encoding="utf-8"))
    next(iter(raw["meta"].values()))["checklist"]["fiscal_year"] = year
    db.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    result = cli("status", "--round", "6", "--db", db, "--lang", "en")
    assert result.status == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err, result
    assert "fiscal year from 2400 to 2700 BE" in result.err


def test_case8_a_common_era_year_is_read_as_its_buddhist_era_equal(cli, tmp_path):
    db = tmp_path / "db.json"
    assert cli("tick", "1.1", "--db", db, "--checklist", _checklist(tmp_path, 2023)).status == 0
    assert ProgressStore.open(db, user="x").checklist.fiscal_year == 2566


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["summary", "-o"], "summary.xlsx"),
        (["export", "report", "-o"], "report.docx"),
        (["export", "checklist", "-o"], "checklist.xlsx"),
        (["template", "-o"], "template.xlsx"),
    ],
)
def test_case8_with_the_clock_before_1980_word_and_excel_files_are_written_dated_1980(
    cli, db, tmp_path, monkeypatch, argv, name
):
    monkeypatch.setattr(time, "time", lambda: 157_766_400.0)  # 1 January 1975
    out = tmp_path / name
    result = cli(*argv, out, "--db", db)
    assert (result.status, result.err) == (0, ""), result
    with zipfile.ZipFile(out) as archive:
        years = {info.date_time[0] for info in archive.infolist()}
    assert 1980 in years and min(years) >= 1980  # what the 1975 clock dated is dated 1980


PAST_2262 = 9_278_294_400.0  # 1 January 2264
BEFORE_1970 = -14_182_940.0  # 20 July 1969
IN_2150 = 5_680_281_600.0  # 1 January 2150: within the clock's years, past a zip's


@pytest.mark.parametrize(("clock", "year"), [(PAST_2262, "2264"), (BEFORE_1970, "1969"), (1e13, "> 9999")])
@pytest.mark.parametrize(
    "argv",
    [
        ["tick", "1.1"],
        ["note", "1.1", "ประชุมแล้ว"],
        ["export", "pdf", "-o", "{out}/s.pdf"],
        ["export", "report", "-o", "{out}/r.docx"],
        ["summary", "-o", "{out}/s.xlsx"],
        ["template", "-o", "{out}/t.xlsx"],
    ],
    ids=lambda a: " ".join(a[:2]) if isinstance(a, list) else None,
)
def test_case8_a_clock_past_2262_or_before_1970_is_one_line_and_nothing_is_written(
    cli, db, tmp_path, monkeypatch, clock, year, argv
):
    before = db.read_bytes()
    monkeypatch.setattr(time, "time", lambda: clock)
    result = cli(*[a.replace("{out}", str(tmp_path)) for a in argv], "--db", db, "--lang", "en")
    assert result.status == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err, result
    assert "clock says the year" in result.err and year in result.err
    assert db.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".docx", ".xlsx")]


@pytest.mark.parametrize(
    ("argv", "name"), [(["summary", "-o"], "summary.xlsx"), (["export", "report", "-o"], "report.docx")]
)
def test_case8_with_the_clock_past_2107_word_and_excel_files_are_dated_2107(
    cli, db, tmp_path, monkeypatch, argv, name
):
    monkeypatch.setattr(time, "time", lambda: IN_2150)
    assert cli("tick", "1.1", "--db", db).status == 0
    out = tmp_path / name
    result = cli(*argv, out, "--db", db)
    assert (result.status, result.err) == (0, ""), result
    with zipfile.ZipFile(out) as archive:
        assert max(info.date_time[0] for info in archive.infolist()) == 2107
