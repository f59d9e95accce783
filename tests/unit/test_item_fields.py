"""The item's editable fields are declared once (checklist/fields.py) and every place that lists
them reads that list: the CLI's item options, the spreadsheet's columns, the importer's column
roles. States, review statuses and roles are enums whose values are the strings the file keeps."""

from __future__ import annotations

import json
from dataclasses import fields, replace

from ita_tui import paths
from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.fields import ITEM_FIELDS, FieldKind
from ita_tui.checklist.model import Item, State
from ita_tui.export.checklist_xlsx import COLUMNS, checklist_xlsx
from ita_tui.importer import read_bytes
from ita_tui.importer.table import METHOD, OIT, column_role
from ita_tui.store import ProgressStore
from ita_tui.store.vocabulary import ReviewStatus, Role


def test_every_field_of_an_item_but_its_id_and_number_is_editable():
    assert [f.name for f in ITEM_FIELDS] == [f.name for f in fields(Item) if f.name not in ("id", "number")]


def test_each_spreadsheet_column_is_found_again_by_the_importer_as_its_field():
    expected = {FieldKind.TEXT: METHOD, FieldKind.CODES: OIT}
    for f in ITEM_FIELDS:
        assert column_role(f.column) == expected.get(f.kind, f.name), f.name
    assert COLUMNS[3:] == tuple(f.column for f in ITEM_FIELDS)


def test_every_field_set_survives_the_spreadsheet_round_trip():
    bundled = checklist_file.load(paths.bundled_checklist())
    first = bundled.indicators[0]
    full = Item(f"{first.number}.1", 1, "ข้อความ", "ภายใน ธ.ค.", "ติดตามทุกเดือน", "กองคลัง", ("O12", "O13"))
    checklist = replace(
        bundled, indicators=(replace(first, items=(full, *first.items[1:])), *bundled.indicators[1:])
    )
    item = read_bytes(checklist_xlsx(checklist), "c.xlsx").checklist.indicators[0].items[0]
    assert [f.written(item) for f in ITEM_FIELDS] == [f.written(full) for f in ITEM_FIELDS]


def test_the_cli_item_options_are_the_fields_and_codes_are_added_as_codes(db, cli):
    run = cli("item", "add", "2", "จัดอบรม", "--oit", "O12, O13", "--follow-up", "รายงาน  ทุกเดือน", "--db", db)
    assert run.status == 0 and run.err == "", run  # was a traceback: the codes went through strip()
    run = cli("item", "edit", "2.5", "--period", "ม.ค.", "--responsible", "กองคลัง", "--db", db)
    assert run.status == 0 and run.err == "", run
    item = ProgressStore.open(db, user="x").snapshot().checklist.find_item("2.5")
    assert item is not None
    assert (item.period, item.follow_up, item.responsible, item.oit_codes) == (
        "ม.ค.",
        "รายงาน ทุกเดือน",
        "กองคลัง",
        ("O12", "O13"),
    )


def test_states_statuses_and_roles_keep_the_strings_the_file_holds():
    assert [str(s) for s in State] == ["not-started", "in-progress", "done", "na"]
    assert [str(s) for s in ReviewStatus] == ["verified", "returned"]
    assert [str(r) for r in Role] == ["supervisor", "staff"]
    assert json.dumps({"state": State.NOT_APPLICABLE}) == '{"state": "na"}'


def test_a_state_the_program_never_writes_is_one_line_naming_the_record(db, cli):
    cli("mark", "2.1", "in-progress", "--db", db)
    data = json.loads(db.read_text(encoding="utf-8"))
    record = next(iter(data["states"].values()))
    record["state"] = "half-done"
    db.write_text(json.dumps(data), encoding="utf-8")
    run = cli("status", "--db", db, "--lang", "en")
    assert run.status == 2 and run.err.count("\n") == 1 and "states" in run.err, run
