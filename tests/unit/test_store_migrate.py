"""Database format 1 -> 2: nothing lost, the old file kept as `<db>.v1`, one atomic write that a
kill -9 at any moment leaves as a usable format 1 or format 2 file; older and newer formats refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from ita_tui.store.schema import decode, format_version
from tests.support import DATA

V1 = DATA / "db-v1.json"


def v1_copy(tmp_path: Path) -> Path:
    db = tmp_path / "office.json"
    shutil.copyfile(V1, db)
    return db


def ordered(table: dict) -> list[dict]:
    return [table[k] for k in sorted(table, key=int)]


def test_the_fixture_is_format_1_with_ticks_notes_links_and_a_checklist_update():
    tables = decode(V1.read_bytes())
    assert format_version(tables) == 1
    actions = {r["action"] for r in tables["log"].values()}
    assert {"create", "tick", "untick", "note", "link", "checklist-update"} <= actions


def test_migration_keeps_every_tick_note_link_and_log_entry(tmp_path):
    db = v1_copy(tmp_path)
    old = json.loads(V1.read_text(encoding="utf-8"))
    store = ProgressStore.open(db, user="migrator")
    store.snapshot()
    assert db.read_bytes() == V1.read_bytes()  # reading migrates in memory only
    snapshot = store.apply(SetState("2.3", "in-progress")).snapshot  # the first change migrates on disk
    ids = set(snapshot.checklist.item_ids())

    assert (tmp_path / "office.json.v1").read_bytes() == V1.read_bytes()
    assert format_version(json.loads(db.read_text(encoding="utf-8"))) == 2

    for record in old["states"].values():
        if record["item"] in ids:
            state = snapshot.state(record["item"])
            assert (state.done, state.by, state.at) == (record["done"], record["by"], record["at"])
            assert state.state == ("done" if record["done"] else "not-started")
    kept_notes = [(n.item_id, n.author, n.at, n.text) for ns in snapshot.notes.values() for n in ns]
    old_notes = [(r["item"], r["author"], r["at"], r["text"]) for r in ordered(old["notes"])]
    assert sorted(kept_notes) == sorted(n for n in old_notes if n[0] in ids)
    kept_links = [(k.item_id, k.url, k.label, k.author, k.at) for ks in snapshot.links.values() for k in ks]
    old_links = [(r["item"], r["url"], r["label"], r["author"], r["at"]) for r in ordered(old["links"])]
    assert sorted(kept_links) == sorted(old_links)

    log = store.log()
    old_log = [
        tuple(r[k] for k in ("at", "user", "action", "item", "before", "after")) for r in ordered(old["log"])
    ]
    # The old English phrases are read as codes, and say in English what they said.
    said = [(e.at, e.user, e.action, e.item_id, e.shown("before"), e.shown("after")) for e in log[:-2]]
    assert [(*e[:4], e[4].text("en"), e[5].text("en")) for e in said] == old_log
    assert (log[-1].action, log[-1].item_id) == ("state", "2.3")
    assert (
        log[-2].action,
        log[-2].user,
        log[-2].shown("before").text("en"),
        log[-2].shown("after").text("en"),
    ) == (
        "migrate",
        "migrator",
        "format 1",
        "format 2",
    )
    # The removed item's note stays in the file, as format 1 kept it.
    migrated = json.loads(db.read_text(encoding="utf-8"))
    assert [r["text"] for r in ordered(migrated["notes"])] == [r["text"] for r in ordered(old["notes"])]


def test_migration_happens_once_and_a_second_change_does_not_repeat_it(tmp_path):
    db = v1_copy(tmp_path)
    ProgressStore.open(db, user="a").apply(AddNote("2.1", "หลังย้าย"))
    after_first = db.read_bytes()
    ProgressStore.open(db, user="b").snapshot()
    assert db.read_bytes() == after_first
    ProgressStore.open(db, user="b").apply(AddNote("2.1", "อีกครั้ง"))
    assert [e.action for e in ProgressStore.open(db, user="c").log()].count("migrate") == 1


def test_cli_works_on_a_format_1_file_and_its_changes_land_in_format_2(tmp_path, capsys):
    db = v1_copy(tmp_path)
    assert main(["mark", "2.2", "in-progress", "--db", str(db), "--user", "somsri"]) == 0
    snapshot = ProgressStore.open(db, user="x").snapshot()
    assert snapshot.state("2.2").state == "in-progress"
    assert snapshot.state("2.1").done  # ticked in format 1
    assert (tmp_path / "office.json.v1").read_bytes() == V1.read_bytes()


def test_a_read_only_format_1_file_is_read_as_format_2_and_left_untouched(tmp_path):
    db = v1_copy(tmp_path)
    db.chmod(0o444)
    try:
        snapshot = ProgressStore.open(db, user="reader").snapshot()
        assert snapshot.state("9.2").done and snapshot.notes["2.1"][1].text == "ส่งหนังสือเวียน [ด่วน] 😀"
        assert db.read_bytes() == V1.read_bytes()
        assert not (tmp_path / "office.json.v1").exists()
    finally:
        db.chmod(0o644)


def test_a_newer_format_is_refused_with_the_newer_version_line(tmp_path, capsys):
    db = v1_copy(tmp_path)
    tables = json.loads(V1.read_text(encoding="utf-8"))
    tables["meta"]["1"]["format_version"] = 3
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    assert main(["status", "--db", str(db), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "newer ita-tui (format version 3; this one reads 2): upgrade ita-tui" in err
    assert db.read_bytes() == before


def test_the_first_change_to_a_format_1_file_says_it_was_migrated_and_where_the_copy_is(tmp_path, capsys):
    db = v1_copy(tmp_path)
    assert main(["status", "--db", str(db), "--lang", "en"]) == 0
    assert capsys.readouterr().err == ""  # reading leaves it as it is
    assert main(["mark", "2.2", "in-progress", "--db", str(db), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"{db}: database migrated to format 2 (four states, reviews, units); the old file is kept as "
        f"{db}.v1; the units proposed from the responsible texts: see and confirm with ita-tui units list\n"
    )
    assert main(["mark", "2.3", "in-progress", "--db", str(db)]) == 0
    assert capsys.readouterr().err == ""  # once
