"""Issue 19 case 10: an item id is printable text on one line: a path (../../etc/passwd), a line
separator (U+2028), a zero-width joiner or a byte-order mark in an id is refused in one line,
whether the id comes in a checklist file, a checklist update or a database, and nothing is made."""

from __future__ import annotations

import json

import pytest

from tests.support import STORE_CHECKLIST

BAD_IDS = {
    "path": "../../etc/passwd",
    "backslash": "1\\1",
    "line separator": "1.\u20281",
    "zero-width joiner": "1.\u200d1",
    "byte-order mark": "\ufeff1.1",
}


def _checklist_with_id(tmp_path, item_id):
    data = json.loads(STORE_CHECKLIST.read_text(encoding="utf-8"))
    data["indicators"][0]["items"][0]["id"] = item_id
    path = tmp_path / "checklist.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _one_line_naming_the_id(result, item_id):
    assert result.status == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err, result
    assert "$.indicators[0].items[0].id" in result.err and "printable" in result.err
    shown = "".join(c if c.isprintable() else f"[U+{ord(c):04X}]" for c in item_id)
    assert shown in result.err  # the invisible character named, not passed on raw
    assert "\u2028" not in result.err and "\u200d" not in result.err and "\ufeff" not in result.err


@pytest.mark.parametrize("item_id", list(BAD_IDS.values()), ids=list(BAD_IDS))
def test_case10_an_id_that_is_not_plain_text_in_a_checklist_is_refused_in_one_line(cli, tmp_path, item_id):
    db = tmp_path / "db.json"
    result = cli(
        "tick", "1.2", "--db", db, "--checklist", _checklist_with_id(tmp_path, item_id), "--lang", "en"
    )
    _one_line_naming_the_id(result, item_id)
    assert not db.exists()


@pytest.mark.parametrize("item_id", list(BAD_IDS.values()), ids=list(BAD_IDS))
def test_case10_a_checklist_update_with_such_an_id_is_refused_and_changes_nothing(cli, db, tmp_path, item_id):
    before = db.read_bytes()
    result = cli("checklist", "update", _checklist_with_id(tmp_path, item_id), "--db", db, "--lang", "en")
    _one_line_naming_the_id(result, item_id)
    assert db.read_bytes() == before


@pytest.mark.parametrize("item_id", list(BAD_IDS.values()), ids=list(BAD_IDS))
def test_case10_a_database_holding_such_an_id_is_one_line_for_status(cli, db, item_id):
    raw = json.loads(db.read_text(encoding="utf-8"))
    next(iter(raw["meta"].values()))["checklist"]["indicators"][0]["items"][0]["id"] = item_id
    db.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    result = cli("status", "--db", db, "--lang", "en")
    assert result.status == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err, result
    assert "printable" in result.err
