"""`units add|rename|remove|list|map|confirm`: the agency's units and which units an item counts under."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    """A database of the bundled checklist (31 items, all "every division" in two spellings)."""
    path = tmp_path / "office.json"
    ProgressStore.open(path, user="setup")
    return path


def run(capsys, db, *args, user="somchai", lang="en"):
    status = main([*args, "--db", str(db), "--user", user, "--lang", lang])
    out, err = capsys.readouterr()
    return status, out, err


def units_of(capsys, db) -> list[tuple[str, int, int]]:
    status = json.loads(run(capsys, db, "status", "--json")[1])
    return [(u["name"], u["done"], u["applicable"]) for u in status["units"]]


def test_before_any_unit_the_two_every_division_spellings_are_one_row(db, capsys):
    run(capsys, db, "tick", "2.1")
    assert units_of(capsys, db) == [("ทุกๆ กอง/ สำนักฯ", 1, 31)]
    out = run(capsys, db, "units", "list")[1]
    assert out.splitlines()[0].startswith("no units defined yet")
    assert '"ทุกๆ กอง/สำนักงาน" -> every unit (proposed' in out


def test_after_two_units_each_counts_every_item_and_overall_counts_each_once(db, capsys):
    run(capsys, db, "tick", "2.1")
    assert run(capsys, db, "units", "add", "สำนักปลัด")[1] == "unit สำนักปลัด added\n"
    assert run(capsys, db, "units", "add", "กองคลัง")[1] == "unit กองคลัง added\n"
    assert units_of(capsys, db) == [("สำนักปลัด", 1, 31), ("กองคลัง", 1, 31)]
    status = json.loads(run(capsys, db, "status", "--json")[1])
    assert (status["overall"]["done"], status["overall"]["applicable"]) == (1, 31)
    snapshot = ProgressStore.open(db, user="x").snapshot()  # the responsible text stays as written
    assert snapshot.checklist.find_item("6.1").responsible == "ทุกๆ กอง/สำนักงาน"


def test_map_confirm_rename_and_remove(db, capsys):
    for name in ("สำนักปลัด", "กองคลัง", "กองช่าง"):
        run(capsys, db, "units", "add", name)
    out = run(capsys, db, "units", "map", "ทุกๆ กอง/สำนักงาน", "กองช่าง")[1]
    assert out == 'responsible "ทุกๆ กอง/สำนักงาน" means: กองช่าง (confirmed)\n'
    assert units_of(capsys, db) == [("สำนักปลัด", 0, 20), ("กองคลัง", 0, 20), ("กองช่าง", 0, 31)]
    out = run(capsys, db, "units", "confirm")[1]
    assert out == 'responsible "ทุกๆ กอง/ สำนักฯ" means: สำนักปลัด, กองคลัง, กองช่าง (confirmed)\n'
    run(capsys, db, "units", "add", "กองการศึกษาฯ")  # confirmed texts do not take in a new unit
    assert ("กองการศึกษาฯ", 0, 0) in units_of(capsys, db)
    assert run(capsys, db, "units", "rename", "กองช่าง", "กองช่าง (โยธา)")[0] == 0
    assert ("กองช่าง (โยธา)", 0, 31) in units_of(capsys, db)
    assert run(capsys, db, "units", "remove", "กองช่าง (โยธา)")[1] == "unit กองช่าง (โยธา) removed\n"
    # the mapping that named only it is gone: the text is read from its words again (every unit)
    assert ("สำนักปลัด", 0, 31) in units_of(capsys, db)
    log = json.loads(run(capsys, db, "log", "--json")[1])
    assert [e["action"] for e in log[-3:]] == ["unit-add", "unit-rename", "unit-remove"]


def test_sub_units_roll_up_into_their_unit(db, capsys):
    run(capsys, db, "units", "add", "กองคลัง")
    assert run(capsys, db, "units", "add", "งานพัสดุ", "--parent", "กองคลัง")[0] == 0
    out = run(capsys, db, "units", "list")[1]
    assert "งานพัสดุ ⊂ กองคลัง" in out
    assert units_of(capsys, db) == [("กองคลัง", 0, 31)]


def test_bad_unit_commands_are_one_line_and_change_nothing(db, capsys):
    run(capsys, db, "units", "add", "กองคลัง")
    before = db.read_bytes()
    for args, message in (
        (("units", "add", "กองคลัง"), "there is already a unit 'กองคลัง'"),
        (("units", "add", "งานพัสดุ", "--parent", "กองช่าง"), "no unit 'กองช่าง' (units: กองคลัง;"),
        (("units", "remove", "กองช่าง"), "no unit 'กองช่าง'"),
        (("units", "map", "ทุกกอง", "กองช่าง"), "no unit 'กองช่าง'"),
    ):
        status, out, err = run(capsys, db, *args)
        assert (status, out) == (2, "") and err.count("\n") == 1 and message in err, err
    assert db.read_bytes() == before


def test_once_a_supervisor_is_recorded_only_supervisors_edit_units(db, capsys):
    run(capsys, db, "users", "add", "somsri", "--role", "supervisor")
    status, _, err = run(capsys, db, "units", "add", "กองคลัง", user="somchai")
    assert status == 2 and "only a supervisor may edit units (somsri); somchai is not one" in err
    assert run(capsys, db, "units", "add", "กองคลัง", user="somsri")[0] == 0


def test_import_proposes_the_units_each_responsible_text_means(tmp_path, capsys):
    source = tmp_path / "measures.txt"
    bundled = (ROOT / "data" / "chumsaeng-2566-source.txt").read_text(encoding="utf-8")
    source.write_text(bundled.replace("ทุกๆ กอง/ สำนักฯ", "สำนักปลัด/กองคลัง (งานพัสดุ)", 1), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "c.json"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "counted as the units: สำนักปลัด, กองคลัง\n" in out  # both, the sub-unit rolled up
    assert "counted as the units: every unit\n" in out
    assert "units proposed from the text; confirm or change them in the database" in out
