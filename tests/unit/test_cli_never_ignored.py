"""Options are never ignored, and a change already made says so (issue 12 §5, §6)."""

from __future__ import annotations

import json

import pytest

from ita_tui.checklist import file as checklist_file
from ita_tui.store import ProgressStore
from ita_tui.store.commands import UpdateChecklist
from tests.support import ROOT, STORE_CHECKLIST

OTHER = ROOT / "data" / "chumsaeng-2566.json"  # another checklist than the test one


def test_another_checklist_on_an_existing_database_is_refused_with_what_to_do(db_path, cli):
    assert cli("tick", "2.1", "--db", db_path, "--checklist", STORE_CHECKLIST).status == 0
    before = db_path.read_bytes()
    for argv in (("status",), ("tick", "2.2"), ("log",)):
        status, out, err = cli(*argv, "--db", db_path, "--checklist", OTHER)
        assert status == 2 and out == "" and err.count("\n") == 1
        assert "--db NEW.json" in err and f"checklist update {OTHER}" in err
    assert db_path.read_bytes() == before
    status, _, err = cli("status", "--lang", "en", "--db", db_path, "--checklist", OTHER)
    assert status == 2 and "tracks the checklist of" in err and "start a new database" in err
    assert "องค์การบริหารส่วนตำบลทดสอบ 2023," in err  # the fiscal year in the Common Era, as English says it
    _, _, err = cli("status", "--db", db_path, "--checklist", OTHER)
    assert "องค์การบริหารส่วนตำบลทดสอบ ปี 2566 " in err


def test_the_same_checklist_is_fine_and_so_is_the_file_the_database_was_made_from(db_path, cli, tmp_path):
    copy = tmp_path / "copy.json"
    copy.write_bytes(STORE_CHECKLIST.read_bytes())
    cli("tick", "2.1", "--db", db_path, "--checklist", STORE_CHECKLIST)
    assert cli("status", "--db", db_path, "--checklist", copy).status == 0  # the same checklist
    ProgressStore.open(db_path, user="x").apply(UpdateChecklist(checklist_file.load(OTHER), force=True))
    assert cli("status", "--db", db_path, "--checklist", STORE_CHECKLIST).status == 0  # made from it
    assert cli("status", "--db", db_path, "--checklist", copy).status == 2  # changed since: another


@pytest.mark.parametrize(
    ("lang", "words"), [("th", "เริ่มติดตามรายการนี้ในฐานข้อมูลใหม่ด้วย"), ("en", "start tracking it")]
)
def test_import_ends_with_the_command_that_starts_the_app_on_it(cli, tmp_path, monkeypatch, lang, words):
    monkeypatch.chdir(tmp_path)
    source = ROOT / "data" / "chumsaeng-2566-source.txt"
    status, out, _ = cli("import", source, "-o", "x.json", "--lang", lang)
    last = out.rstrip().splitlines()[-1]
    assert status == 0 and last == f"{_say(lang, 'import_start')}ita-tui --db x-db.json --checklist x.json"
    assert words in last
    assert cli("tick", "2.1", "--db", "x-db.json", "--checklist", "x.json").status == 0  # it works as printed
    assert cli("status", "--db", "x-db.json", "--checklist", "x.json").status == 0
    assert json.loads(cli("import", source, "-o", "x.json", "--json").out)["start"] == last.split(": ", 1)[1]


def _say(lang: str, key: str) -> str:
    """A word's text before its one blank."""
    from ita_tui.locale import words

    return words(lang)[key].split("{")[0]


def test_a_tick_another_user_already_made_is_answered_in_one_line(db, cli):
    assert cli("tick", "2.1", "--db", db, "--user", "bob").status == 0
    status, out, _ = cli("tick", "2.1", "--db", db, "--user", "alice")
    assert status == 0 and out.count("\n") == 1
    assert out.startswith("ข้อ 2.1 ถูกทำเครื่องหมายว่าทำแล้วไว้แล้วโดย bob เมื่อ")
    cli("tick", "2.1", "--undo", "--db", db, "--user", "bob")
    status, out, _ = cli("tick", "2.1", "--undo", "--db", db, "--user", "alice", "--lang", "en")
    assert out.startswith("2.1 was already unticked by bob at") and "nothing changed" in out
    status, out, _ = cli("mark", "2.1", "in-progress", "--db", db, "--user", "bob")
    status, out, _ = cli("mark", "2.1", "in-progress", "--db", db, "--user", "alice")
    assert out.startswith("ข้อ 2.1 เป็นอยู่ระหว่างดำเนินการไว้แล้วโดย bob")
    log = ProgressStore.open(db, user="x").log()
    assert [e.user for e in log if e.item_id == "2.1"] == ["bob", "bob", "bob"]  # alice changed nothing


@pytest.mark.parametrize(
    "url", ["ไม่ใช่ลิงก์", "ftp://a.go.th/x", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"]
)
def test_only_http_and_https_addresses_are_evidence_links(db, cli, url):
    before = db.read_bytes()
    status, out, err = cli("link", "2.1", url, "--db", db)
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "ลิงก์หลักฐานคือที่อยู่เว็บ http:// หรือ https://" in err
    assert db.read_bytes() == before
    status, _, err = cli("link", "2.1", url, "--db", db, "--lang", "en")
    assert "an evidence link is an http:// or https:// web address" in err


def test_a_bare_domain_gets_https(db, cli):
    assert cli("link", "2.1", "chumsaeng.go.th", "--db", db).out.rstrip().endswith("https://chumsaeng.go.th")
    assert cli("link", "2.1", "HTTP://a.go.th/x", "--db", db).status == 0
