"""Database format 1 -> 2: nothing lost, the old file kept as `<db>.v1`, one atomic write that a
kill -9 at any moment leaves as a usable format 1 or format 2 file; older and newer formats refused."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from ita_tui.store.schema import UnusableFile, decode, format_version
from tests.support import DATA, ROOT

V1 = DATA / "db-v1.json"
V1_COMMIT = "260d8c7"  # the release that made tests/data/db-v1.json (format 1)


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


def test_the_format_1_release_refuses_a_format_2_file(tmp_path):
    """The schema module of the release that wrote format 1, taken from git, refuses format 2."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git history of this repository")
    found = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{V1_COMMIT}:ita_tui/store/schema.py"],
        capture_output=True,
        text=True,
    )
    if found.returncode != 0:
        pytest.skip(f"commit {V1_COMMIT} is not in this clone")
    old_schema: dict = {"__name__": "old_schema"}
    exec(compile(found.stdout, "old_schema.py", "exec"), old_schema)
    db = v1_copy(tmp_path)
    ProgressStore.open(db, user="a").apply(SetState("2.3", "in-progress"))
    assert old_schema["decode"](V1.read_bytes())  # it reads its own format
    with pytest.raises(
        old_schema["UnusableFile"], match=r"newer ita-tui \(format version 2; this one reads 1\)"
    ):
        old_schema["decode"](db.read_bytes())


def _big_v1(path: Path, notes: int) -> bytes:
    """The fixture with `notes` more notes, so that a migration takes long enough to be hit."""
    tables = json.loads(V1.read_text(encoding="utf-8"))
    start = len(tables["notes"])
    for n in range(start + 1, start + notes + 1):
        tables["notes"][str(n)] = {
            "item": "2.1",
            "author": "w",
            "at": "2023-03-01T10:00:00+07:00",
            "text": f"บันทึก {n}",
        }
    data = json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(data)
    return data


def _usable(db: Path, original: bytes, notes: int) -> int:
    """The database reads as format 1 (exactly the original) or format 2 with every note; the
    `.v1` copy, if any, is the whole original. Returns the format found."""
    raw = db.read_bytes()
    try:
        version = format_version(decode(raw))
    except UnusableFile as exc:
        pytest.fail(f"killed migration left an unusable file: {exc}")
    if version == 1:
        assert raw == original
    v1 = db.with_name(db.name + ".v1")
    if v1.exists():
        assert v1.read_bytes() == original
    else:
        assert version == 1  # the copy is written before the migration
    snapshot = ProgressStore.open(db, user="checker").snapshot()
    assert sum(len(ns) for ns in snapshot.notes.values()) == notes
    return version


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_kill_9_at_random_moments_of_a_migration_leaves_format_1_or_2(tmp_path):
    db = tmp_path / "db.json"
    original = _big_v1(db, 4000)
    # How long one migration takes here, to spread the kills over it (not an assertion).
    start = time.perf_counter()
    migrated = ProgressStore.open(db, user="m").apply(
        SetState("2.3", "in-progress")
    )  # the first change migrates
    span = time.perf_counter() - start
    expected = sum(len(ns) for ns in migrated.snapshot.notes.values())
    assert expected > 4000
    rng = random.Random(13)
    found = {1: 0, 2: 0}
    bound = span * 1.5  # the kills' spread; it follows the machine's load so both outcomes occur
    for _ in range(45):
        for leftover in tmp_path.glob("db.json*"):
            leftover.unlink()
        db.write_bytes(original)
        pid = os.fork()
        if pid == 0:  # the child migrates; the parent kills it at a random moment
            try:
                ProgressStore.open(db, user="child").apply(SetState("2.3", "in-progress"))
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, bound))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        for temp in tmp_path.glob(".db.json.*.tmp"):
            temp.unlink()  # a killed writer's temp file (removed by the next open's cleanup too)
        version = _usable(db, original, expected)
        found[version] += 1
        bound *= 1.15 if version == 1 else 0.95
    assert found[1] + found[2] == 45
    assert found[1] and found[2], f"the kills never fell on both sides of the rename: {found}"


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
