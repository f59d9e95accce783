"""Issue 10 cases 3 and 10: control and bidi characters never act; duplicate indicator numbers."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pypdf
import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from tests.support import DATA, SMALL_CHECKLIST

HOSTILE = "\x1b[2J\x1b]0;pwned\x07\x9b31m\u202eevil\u2066"
# Every character that may act on a terminal or reorder text around it.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _checklist(tmp_path: Path, change) -> Path:
    data = json.loads(SMALL_CHECKLIST.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _hostile_texts(data) -> None:
    data["title"] += HOSTILE
    data["organization"] += HOSTILE
    data["indicators"][0]["title"] += HOSTILE
    data["indicators"][0]["items"][0]["text"] += HOSTILE
    data["indicators"][0]["items"][0]["responsible"] += HOSTILE


@pytest.fixture
def hostile_db(tmp_path):
    db = tmp_path / "db.json"
    ProgressStore.open(db, user="t", checklist_path=_checklist(tmp_path, _hostile_texts))
    tables = json.loads(db.read_text(encoding="utf-8"))
    tables["log"]["1"]["user"] += HOSTILE  # as a hand edit or an older version may have left it
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    return db


def test_case3_control_characters_in_an_item_id_are_refused_at_load(tmp_path, capsys):
    def bad_id(data):
        data["indicators"][0]["items"][0]["id"] = "2.1\x1b[2J"

    code = main(
        [
            "--db",
            str(tmp_path / "db.json"),
            "--checklist",
            str(_checklist(tmp_path, bad_id)),
            "status",
            "--lang",
            "en",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert not RAW.search(err) and "control, bidi or invisible" in err
    assert not (tmp_path / "db.json").exists()


@pytest.mark.parametrize("command", [["status", "--json"], ["log", "--json"]])
def test_case3_json_output_carries_raw_c1_and_bidi_characters(hostile_db, capsys, command):
    main(["--db", str(hostile_db), "note", "2.1", "x\u202ey"])
    capsys.readouterr()
    assert main(["--db", str(hostile_db), *command]) == 0
    out = capsys.readouterr().out
    assert not RAW.search(out)
    assert "\\u009b" in out or "\\u202e" in out
    json.loads(out)  # still JSON


@pytest.mark.parametrize("command", [["status"], ["log"], ["summary", "--pending"]])
def test_case3_terminal_output_carries_control_and_bidi_characters(hostile_db, capsys, command):
    main(["--db", str(hostile_db), "note", "2.1", "x\u202ey"])
    capsys.readouterr()
    assert main(["--db", str(hostile_db), *command]) == 0
    assert not RAW.search(capsys.readouterr().out)


@pytest.mark.parametrize("suffix", ["csv", "html", "txt", "json"])
def test_case3_summary_files_carry_control_and_bidi_characters(hostile_db, tmp_path, suffix):
    out = tmp_path / f"summary.{suffix}"
    assert main(["--db", str(hostile_db), "summary", "--pending", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert not RAW.search(text)
    if suffix == "csv":
        assert len(list(csv.reader(text.splitlines()))) > 3


def test_case3_pdf_text_and_metadata_carry_control_and_bidi_characters(hostile_db, tmp_path):
    out = tmp_path / "s.pdf"
    assert main(["--db", str(hostile_db), "export", "pdf", "-o", str(out), "--reporter", "a\u202eb\x1b"]) == 0
    reader = pypdf.PdfReader(out)
    meta = reader.metadata
    for value in (meta.author, meta.subject, meta.title):
        assert value and not RAW.search(value)
    assert not RAW.search(reader.pages[0].extract_text())


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_case3_the_importer_copies_control_characters_into_the_checklist(tmp_path):
    source = DATA / "escape-in-title.txt"
    hostile = tmp_path / "source.txt"
    hostile.write_text(
        source.read_text(encoding="utf-8").replace("แผน", "แผน\u202e\x9b", 1), encoding="utf-8"
    )
    out = tmp_path / "checklist.json"
    assert main(["import", str(hostile), "-o", str(out)]) == 0
    texts = list(_strings(json.loads(out.read_text(encoding="utf-8"))))
    assert any("ทดสอบ" in text for text in texts)
    assert not any(RAW.search(text) for text in texts)


def test_case3_dashboard_activity_shows_a_raw_item_id(hostile_db):
    from rich.console import Console

    from ita_tui.locale import words
    from ita_tui.store.records import LogEntry
    from ita_tui.tui.view.dashboard import dashboard_body

    store = ProgressStore.open(hostile_db, user="t")
    log = [LogEntry("2026-11-26T10:00:00+07:00", "t\x1b[2J", "note", "2.1\x1b[2J\u202e", "", "x")]
    console = Console(record=True, width=100, force_terminal=False)
    console.print(dashboard_body(store.snapshot(), log, words("th"), "th", "arabic"))
    assert not RAW.search(console.export_text())


def test_case10_duplicate_indicator_numbers_are_accepted(tmp_path, capsys):
    def duplicate(data):
        data["indicators"][1]["number"] = data["indicators"][0]["number"]

    db = tmp_path / "db.json"
    assert (
        main(["--db", str(db), "--checklist", str(_checklist(tmp_path, duplicate)), "status", "--lang", "en"])
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "appears twice" in err and "indicators[1].number" in err
    assert not db.exists()
