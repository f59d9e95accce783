"""A database that cannot be used gets one clear line, exit 2, and is never changed."""

from __future__ import annotations

import json
import os
import shlex
import shutil
from pathlib import Path

import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState
from tests.support import STORE_CHECKLIST


def good_db(path: Path) -> bytes:
    store = ProgressStore.open(path, user="a", checklist_path=STORE_CHECKLIST)
    store.apply(SetState.tick("1.1", True))
    return path.read_bytes()


def make_truncated(path):
    path.write_bytes(good_db(path)[:-700])


def make_truncated_at_quote(path):
    raw = good_db(path)
    path.write_bytes(raw[: raw.rindex(b'"', 0, len(raw) // 2)])


def make_empty(path):
    path.write_bytes(b"")


def make_tinydb_default(path):
    path.write_text('{"_default": {"1": {"name": "someone else\'s TinyDB"}}}')


def make_list(path):
    path.write_text("[1, 2, 3]\n")


def make_newer(path):
    tables = json.loads(good_db(path))
    tables["meta"]["1"]["format_version"] = 3
    path.write_text(json.dumps(tables))


def make_damaged_record(path):
    tables = json.loads(good_db(path))
    del tables["states"]["1"]["state"]
    path.write_text(json.dumps(tables))


def make_record_without_a_number(path):
    tables = json.loads(good_db(path))
    tables["log"]["first"] = tables["log"]["1"]
    path.write_text(json.dumps(tables))


def make_meta_without_a_number(path):
    tables = json.loads(good_db(path))
    tables["meta"] = {"m": tables["meta"]["1"]}
    path.write_text(json.dumps(tables))


def make_checklist_file(path):
    shutil.copyfile(STORE_CHECKLIST, path)


def make_directory(path):
    path.mkdir()


BAD_FILES = {
    "truncated JSON": (make_truncated, "is not valid JSON"),
    "truncated at a quote": (make_truncated_at_quote, "is not valid JSON (line 1 column"),
    "empty file": (make_empty, "is empty"),
    "foreign TinyDB": (make_tinydb_default, "not an ita-tui progress database"),
    "foreign JSON list": (make_list, "not an ita-tui progress database"),
    "newer format version": (make_newer, "newer ita-tui (format version 3; this one reads 2"),
    "damaged record": (make_damaged_record, "is damaged"),
    "record id not a number": (make_record_without_a_number, "is damaged (record first of table log"),
    "meta id not a number": (make_meta_without_a_number, "is damaged (the meta record"),
    "a directory": (make_directory, "is a directory"),
    "a checklist file": (
        make_checklist_file,
        "is a checklist file, not a progress database (give it as --checklist",
    ),
}


def contents(path: Path) -> object:
    return path.read_bytes() if path.is_file() else sorted(os.listdir(path))


@pytest.mark.parametrize("command", [["tick", "1.2"], ["note", "1.2", "x"], ["status"], ["log"]])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_database_is_one_line_exit_2_and_untouched(tmp_path, capsys, case, command):
    make, problem = BAD_FILES[case]
    db = tmp_path / "db.json"
    make(db)
    before = contents(db)
    capsys.readouterr()

    status = main([*command, "--db", str(db), "--user", "a", "--lang", "en"])

    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.startswith("ita-tui: error: ") and err.count("\n") == 1
    assert str(db) in err and problem in err
    assert contents(db) == before
    assert not list(tmp_path.glob(".db.json.*.tmp"))


def test_the_error_names_the_latest_good_backup_and_it_restores(tmp_path, capsys):
    db = tmp_path / "db.json"
    good_db(db)
    good = db.read_bytes()
    main(["note", "1.2", "ส่งแล้ว", "--db", str(db)])  # a process's first change backs up the version before
    db.write_bytes(good[: len(good) // 2])
    capsys.readouterr()

    assert main(["tick", "1.2", "--db", str(db), "--lang", "en"]) == 2

    err = capsys.readouterr().err
    backup = tmp_path / "db.json.bak1"
    assert (
        f"latest good backup: {backup}" in err
        and f"cp {shlex.quote(str(backup))} {shlex.quote(str(db))}" in err
    )
    assert backup.read_bytes() == good  # the bad version was not backed up over it
    shutil.copyfile(backup, db)
    assert ProgressStore.open(db, user="a").snapshot().done_ids == {"1.1"}


def test_without_a_backup_the_error_says_so(tmp_path, capsys):
    db = tmp_path / "db.json"
    db.write_text("{")
    assert main(["status", "--db", str(db), "--lang", "en"]) == 2
    assert "no backup of it exists yet" in capsys.readouterr().err


def test_a_read_only_database_is_read_but_never_written(tmp_path, capsys):
    db = tmp_path / "db.json"
    good_db(db)
    os.chmod(db, 0o444)
    before = db.read_bytes()
    capsys.readouterr()

    assert main(["tick", "1.2", "--db", str(db), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err and str(db) in err
    assert db.read_bytes() == before and os.stat(db).st_mode & 0o777 == 0o444

    assert main(["status", "--json", "--db", str(db), "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["done"] == 1


def test_a_folder_that_cannot_be_written_still_allows_reading(tmp_path, capsys, monkeypatch):
    db = tmp_path / "db.json"
    good_db(db)
    (tmp_path / "db.json.lock").unlink()
    from ita_tui.store import transaction

    class Unwritable:
        def __init__(self, path):
            self.path = path

        def acquire(self):
            raise PermissionError(13, "Permission denied", self.path)

    monkeypatch.setattr(transaction, "FairLock", lambda path, **_: Unwritable(str(path)))
    assert main(["status", "--db", str(db), "--lang", "en"]) == 0
    assert main(["tick", "1.2", "--db", str(db), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ita-tui: error: cannot lock") and "Permission denied" in err


def test_a_database_that_cannot_be_created_says_so(tmp_path, capsys, monkeypatch):
    db = tmp_path / "new.json"
    from ita_tui.store import transaction

    class Unwritable:
        def acquire(self):
            raise PermissionError(13, "Permission denied", str(db) + ".lock")

    monkeypatch.setattr(transaction, "FairLock", lambda path, **_: Unwritable())
    assert main(["tick", "2.1", "--db", str(db), "--lang", "en"]) == 2  # a change creates; a reader would not
    err = capsys.readouterr().err
    assert err.startswith(f"ita-tui: error: cannot create {db}: Permission denied") and err.count("\n") == 1
    assert "as it was before" not in err and not db.exists()
