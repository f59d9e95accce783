"""Issue 19 cases 6, 7 (the database's size) and 10 (temporary files, a non-file at a backup
name): what ita-tui refuses to write over or read, and what it cleans up, with one user."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ita_tui.store import ProgressStore
from tests.support import STORE_CHECKLIST


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["summary", "-o", "{out}"], ""),
        (["summary", "-o", "{out}"], ".bak1"),
        (["summary", "-o", "{out}"], ".lock"),
        (["export", "pdf", "-o", "{out}"], ""),
        (["export", "pdf", "-o", "{out}"], ".signers.json"),
        (["export", "pdf", "-o", "{out}"], ".v1"),
        (["import", "{template}", "-o", "{out}"], ""),
    ],
    ids=["summary-db", "summary-bak1", "summary-lock", "pdf-db", "pdf-signers", "pdf-v1", "import-db"],
)
def test_case6_o_naming_the_database_or_a_companion_is_refused_and_the_database_kept(
    cli, db, argv, name, tmp_path
):
    template = tmp_path / "measures.xlsx"
    assert cli("template", "-o", template).status == 0
    cli("tick", "1.1", "--db", db)
    out = Path(f"{db}{name}")
    if name:
        out.write_bytes(b"{}\n")
    before = db.read_bytes(), out.read_bytes()
    filled = [a.replace("{out}", str(out)).replace("{template}", str(template)) for a in argv]
    if argv[0] == "summary":
        filled += ["--format", "json"]
    result = cli(*filled, "--db", db, "--lang", "en")
    assert result.status == 2, result
    assert result.err.count("\n") == 1 and "companion files, never overwritten" in result.err, result.err
    assert (db.read_bytes(), out.read_bytes()) == before
    assert ProgressStore.open(db, user="x").snapshot().done_ids == {"1.1"}


def test_case6_o_naming_the_database_through_another_path_or_a_hard_link_is_refused(cli, db):
    twin = db.parent / "twin.json"
    os.link(db, twin)
    before = db.read_bytes()
    for out in (db.parent / "." / db.name, twin):
        result = cli("summary", "-o", out, "--format", "json", "--db", db, "--lang", "en")
        assert result.status == 2 and "never overwritten" in result.err, result
    assert db.read_bytes() == before


def test_case7_a_3_gb_sparse_database_is_refused_by_its_size_without_being_read(cli, tmp_path):
    db = tmp_path / "huge.json"
    with open(db, "wb") as handle:
        handle.truncate(3 * 2**30)
    result = cli("status", "--db", db, "--lang", "en")
    assert result.status == 2
    assert result.err.count("\n") == 1 and "larger than 64 MiB" in result.err, result.err


@pytest.mark.parametrize("what", ["directory", "fifo", "link"])
def test_case10_a_non_file_at_a_backup_name_is_said_in_one_line_and_writes_go_on(cli, db, what):
    bak2 = Path(f"{db}.bak2")
    for n in (1, 3):
        Path(f"{db}.bak{n}").write_bytes(db.read_bytes())
    if what == "directory":
        bak2.mkdir()
    elif what == "fifo":
        os.mkfifo(bak2)
    else:
        bak2.symlink_to(db.parent / "elsewhere.txt")
    result = cli("tick", "1.1", "--db", db, "--lang", "en")
    assert result.status == 0, result
    assert result.err.count("\n") == 1 and f"{bak2}" in result.err and "change is saved" in result.err
    assert cli("note", "1.2", "ต่อ", "--db", db).status == 0
    assert ProgressStore.open(db, user="x").snapshot().done_ids == {"1.1"}
    assert os.path.lexists(bak2) and not (db.parent / "elsewhere.txt").exists()


@pytest.mark.parametrize("target", ["db.json.v1", "out.json", "ita-summary.html"])
def test_case10_a_temporary_file_a_killed_writer_left_is_removed_by_the_next_write(cli, tmp_path, target):
    stale = tmp_path / f".{target}.0123456789ab.tmp"
    stale.write_bytes(b"half written")
    other = tmp_path / f".{target}x.0123456789ab.tmp"  # another file's: left alone
    other.write_bytes(b"not ours")
    db = tmp_path / "db.json"
    if target.endswith(".v1"):
        db.write_bytes((Path(__file__).resolve().parents[1] / "data" / "db-v1.json").read_bytes())
        assert cli("tick", "2.1", "--db", db).status == 0  # the migration writes db.json.v1
    elif target == "out.json":
        template = tmp_path / "t.xlsx"
        assert cli("template", "-o", template).status == 0
        assert cli("import", template, "-o", tmp_path / target).status == 0
    else:
        ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST)
        assert cli("summary", "-o", tmp_path / target, "--db", db).status == 0
    assert not stale.exists() and other.exists()


def test_case10_a_temporary_file_in_use_by_a_live_writer_is_not_removed(tmp_path):
    from ita_tui import files

    target = tmp_path / "out.json"
    with files.new_temp(target, b"being written") as (temp, _):
        files.remove_stale_temps(target)
        assert temp.exists()
        os.replace(temp, target)
    assert target.read_bytes() == b"being written"


@pytest.mark.parametrize(
    "companion", ["db.json.v1", "db.json.signers.json", "db.json.passwords", "db.json.bak2"]
)
def test_case10_a_companions_temporary_file_is_removed_by_the_next_change_of_the_database(
    cli, tmp_path, companion
):
    db = tmp_path / "db.json"
    ProgressStore.open(db, user="a", checklist_path=STORE_CHECKLIST)  # format 2: no migration to come
    stale = (
        tmp_path / f".{companion}.0123456789ab.tmp"
    )  # a kill during a migration, a signers or password write
    stale.write_bytes(b"half written")
    other = tmp_path / f".{companion}.notes.0123456789ab.tmp"  # another file's: left alone
    other.write_bytes(b"not ours")
    assert cli("tick", "1.1", "--db", db).status == 0
    assert not stale.exists() and other.exists()


def test_case10_a_password_being_written_is_not_taken_for_a_killed_writers(tmp_path):
    from ita_tui.serve.passwords import PasswordFile
    from ita_tui.store.backups import remove_stale_temp_files

    passwords = PasswordFile(tmp_path / "db.json.passwords")
    replace = os.replace

    def cleaner_runs_meanwhile(temp, path):
        remove_stale_temp_files(tmp_path / "db.json")  # another process's first change, at that moment
        replace(temp, path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", cleaner_runs_meanwhile)
        passwords.set("somchai", "a long enough password")
    assert passwords.users() == ["somchai"]
