"""The command line says which day its figures are for, and refuses dates and years that cannot
be meant, in one line (exit 2): `status --as-of/--round`, `log --since` after `--until`,
`template --year 69`."""

from __future__ import annotations

import json


def test_status_as_of_says_the_day(cli, db):
    run = cli("--db", db, "status", "--as-of", "2569-12-01")
    assert run.status == 0
    assert run.out.splitlines()[1] == "ตัวเลข ณ สิ้นวันที่ 1 ธันวาคม 2569"
    english = cli("--db", db, "--lang", "en", "status", "--as-of", "2569-12-01")
    assert "Figures as at the end of 1 December 2026" in english.out
    as_json = json.loads(cli("--db", db, "status", "--as-of", "1/12/2569", "--json").out)
    assert as_json["as_of"] == "2026-12-01"


def test_status_round_says_the_rounds_last_day(cli, db):
    run = cli("--db", db, "status", "--round", "6")
    assert "ตัวเลข ณ สิ้นวันที่ 31 มีนาคม" in run.out


def test_status_now_says_no_day(cli, db):
    assert "ตัวเลข ณ" not in cli("--db", db, "status").out


def test_log_since_after_until_is_refused(cli, db):
    run = cli("--db", db, "log", "--since", "2569-12-05", "--until", "2569-12-01")
    assert run.status == 2 and run.out == ""
    assert run.err.count("\n") == 1 and "--since 2569-12-05 อยู่หลัง --until 2569-12-01" in run.err


def test_template_year_of_two_digits_is_refused(cli, tmp_path):
    out = tmp_path / "t.xlsx"
    run = cli("template", "--year", "69", "-o", out)
    assert run.status == 2 and run.err.count("\n") == 1 and "--year 69" in run.err
    assert not out.exists()
    assert cli("template", "--year", "2569", "-o", out).status == 0 and out.exists()


def test_summary_as_of_says_the_day(cli, db, tmp_path):
    run = cli("--db", db, "summary", "--as-of", "2569-12-01")
    assert run.status == 0
    assert "ตัวเลข ณ สิ้นวันที่ 1 ธันวาคม 2569" in run.out.splitlines()[:4]
    assert "ตัวเลข ณ สิ้นวันที่ 31 มีนาคม" in cli("--db", db, "summary", "--round", "6").out
    english = cli("--db", db, "--lang", "en", "summary", "--as-of", "2569-12-01")
    assert "Figures as at the end of 1 December 2026" in english.out
    assert "ตัวเลข ณ" not in cli("--db", db, "summary").out
    text = tmp_path / "summary.txt"
    assert cli("--db", db, "summary", "--as-of", "2569-12-01", "-o", text).status == 0
    assert "ตัวเลข ณ สิ้นวันที่ 1 ธันวาคม 2569" in text.read_text(encoding="utf-8")
