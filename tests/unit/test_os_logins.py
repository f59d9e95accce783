"""Issue 22: a user record may name the OS login that alone may act as that name. Then a review,
a user, password or unit change under that name is refused in one line to any other OS login,
whatever --user says; the log keeps the OS login beside the name of every change. With no login
recorded, everything works as before (one person's laptop)."""

from __future__ import annotations

import json

import pytest

from ita_tui.errors import StoreError
from ita_tui.store import ProgressStore, identity
from ita_tui.store.commands import AddUser, ReviewItem, SetState, Undo


@pytest.fixture
def login(monkeypatch):
    """Set the OS login this process runs as, as the store reads it (`login("bob")`)."""

    def become(name: str) -> None:
        monkeypatch.setattr(identity, "os_login", lambda: name)

    return become


def office(db, login):
    """somsri, a supervisor whose record names the OS login somsri; 1.1 done by somchai."""
    login("somsri")
    somsri = ProgressStore.open(db, user="somsri")
    somsri.apply(AddUser("somsri", "supervisor", login="somsri"))
    somsri.apply(AddUser("somchai", "staff"))
    ProgressStore.open(db, user="somchai").apply(SetState("1.1", "done"))


def run(cli, db, *args, user="somsri"):
    return cli(*args, "--db", db, "--user", user, "--lang", "en")


REFUSED = "ita-tui: error: only the OS login somsri may {doing} as somsri; this runs as the OS login bob\n"


def test_another_login_claiming_a_supervisor_is_refused_whatever_user_says(db, cli, login, monkeypatch):
    office(db, login)
    login("bob")
    monkeypatch.setenv("ITA_TUI_USER", "somsri")
    for argv, doing in (
        (["review", "1.1", "--verified"], "review items"),
        (["review", "1.1", "--return", "ไม่ครบ"], "review items"),
        (["users", "add", "bob", "--role", "supervisor"], "add or change users"),
        (["users", "add", "somsri", "--role", "supervisor", "--login", "bob"], "add or change users"),
        (["units", "add", "กองคลัง"], "edit units"),
    ):
        assert run(cli, db, *argv) == (2, "", REFUSED.format(doing=doing)), argv
        assert cli(*argv, "--db", db, "--lang", "en") == (2, "", REFUSED.format(doing=doing)), argv
    snapshot = ProgressStore.open(db, user="x").snapshot()
    assert snapshot.review("1.1") is None and "bob" not in snapshot.users and snapshot.units == ()
    assert snapshot.users["somsri"].login == "somsri"


def test_the_recorded_login_reviews_and_the_log_keeps_it(db, cli, login):
    office(db, login)
    assert run(cli, db, "review", "1.1", "--verified")[0] == 0
    entries = ProgressStore.open(db, user="x").log()
    assert (entries[-1].action, entries[-1].user, entries[-1].login) == ("verify", "somsri", "somsri")
    assert {(e.user, e.login) for e in entries[1:]} == {("somsri", "somsri"), ("somchai", "somsri")}


def test_a_review_taken_back_is_a_review(db, login):
    office(db, login)
    ProgressStore.open(db, user="somsri").apply(ReviewItem("1.1", verified=True))
    login("bob")
    with pytest.raises(StoreError) as refused:
        ProgressStore.open(db, user="somsri").apply(Undo())
    assert refused.value.text("en") == REFUSED.format(doing="review items")[len("ita-tui: error: ") : -1]
    assert ProgressStore.open(db, user="x").snapshot().review("1.1").status == "verified"


def test_a_password_under_a_name_with_a_login_only_from_that_login(db, cli, login, monkeypatch):
    office(db, login)
    login("bob")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a-long-password\n"))
    assert run(cli, db, "users", "passwd", "somchai", "--stdin") == (
        2,
        "",
        REFUSED.format(doing="add or change users"),
    )
    assert not db.with_name(db.name + ".passwords").exists()


def test_staff_without_a_login_still_work_from_any_login_and_the_log_names_it(db, cli, login):
    office(db, login)
    login("bob")
    assert run(cli, db, "tick", "1.2", user="somchai")[0] == 0
    assert run(cli, db, "note", "1.2", "ส่งแล้ว", user="somsri")[0] == 0  # not a review: the log tells
    logged = json.loads(run(cli, db, "log", "--json")[1])
    assert [(e["user"], e["login"]) for e in logged[-2:]] == [("somchai", "bob"), ("somsri", "bob")]
    lines = run(cli, db, "log")[1].splitlines()
    assert "  somchai (OS login bob)  ticked 1.2" in lines[-2]
    assert "  somsri (OS login bob)  added a note to 1.2" in lines[-1]
    assert "  somsri  recorded a user" in lines[1]  # the same login as the name: the name alone
    thai = cli("log", "--db", db).out.splitlines()
    assert "  somchai (บัญชีเครื่อง bob)  " in thai[-2]


def test_users_add_again_keeps_changes_or_drops_the_login(db, cli, login):
    office(db, login)
    assert run(cli, db, "users", "list")[1].splitlines() == [
        "somsri  supervisor    (OS login somsri)",
        "somchai  staff  ",
    ]
    run(cli, db, "users", "add", "somsri", "--role", "supervisor", "--unit", "กองคลัง")  # login left out
    assert ProgressStore.open(db, user="x").snapshot().users["somsri"].login == "somsri"
    assert run(cli, db, "users", "add", "somchai", "--login", "somchai.k")[0] == 0
    assert run(cli, db, "users", "add", "somchai", "--no-login")[0] == 0
    users = ProgressStore.open(db, user="x").snapshot().users
    assert (users["somsri"].login, users["somchai"].login) == ("somsri", "")
    log = [line for line in run(cli, db, "log")[1].splitlines() if "set the OS login" in line]
    assert log[-2].endswith("somchai: no OS login -> somchai: OS login somchai.k")
    assert log[-1].endswith("somchai: OS login somchai.k -> somchai: no OS login")


@pytest.mark.parametrize("bad", ["two words", "a:b", "../x", "\x1b[31m", "x" * 65])
def test_a_login_no_account_could_have_is_refused(db, cli, bad):
    status, out, err = run(cli, db, "users", "add", "somsri", "--role", "supervisor", "--login", bad)
    assert status == 2 and out == "" and err.count("\n") == 1 and "is not an OS login name" in err
    assert "\x1b" not in err
    assert ProgressStore.open(db, user="x").snapshot().users == {}


def test_no_login_recorded_works_as_before_from_any_login(db, cli, login):
    login("bob")
    assert run(cli, db, "users", "add", "somsri", "--role", "supervisor")[0] == 0
    assert run(cli, db, "tick", "1.1", user="somchai")[0] == 0
    assert run(cli, db, "review", "1.1", "--verified")[0] == 0
    lines = run(cli, db, "log")[1].splitlines()
    assert "  somsri  verified 1.1" in lines[-1]  # no login shown while none is recorded
    assert json.loads(run(cli, db, "log", "--json")[1])[-1]["login"] == "bob"  # but it is kept


def test_older_log_records_without_a_login_still_read(db, cli, login):
    office(db, login)
    tables = json.loads(db.read_text(encoding="utf-8"))
    for record in tables["log"].values():
        record.pop("login", None)
    db.write_text(json.dumps(tables), encoding="utf-8")
    entries = ProgressStore.open(db, user="x").log()
    assert all(e.login == "" for e in entries)
    assert json.loads(run(cli, db, "log", "--json")[1])[-1]["login"] is None
    assert "  somchai  ticked 1.1" in run(cli, db, "log")[1].splitlines()[-1]


@pytest.mark.parametrize(
    ("table", "key", "value"), [("log", "login", 7), ("log", "web", "yes"), ("users", "login", [])]
)
def test_a_login_of_the_wrong_kind_is_a_damaged_file(db, cli, login, table, key, value):
    office(db, login)
    tables = json.loads(db.read_text(encoding="utf-8"))
    next(iter(tables[table].values()))[key] = value
    db.write_text(json.dumps(tables), encoding="utf-8")
    before = db.read_bytes()
    status, _, err = run(cli, db, "status")
    assert status == 2 and err.count("\n") == 1 and table in err, err
    assert db.read_bytes() == before


def test_the_os_login_is_the_real_uids_name_never_the_environment(monkeypatch):
    import os
    import pwd

    monkeypatch.setenv("USER", "somsri")
    monkeypatch.setenv("LOGNAME", "somsri")
    assert identity.os_login() == pwd.getpwuid(os.getuid()).pw_name


def test_the_dashboards_activity_shows_the_login_once_logins_are_recorded(db, login):
    from rich.console import Console

    from ita_tui.locale import words
    from ita_tui.tui.view.dashboard import dashboard_body

    def activity() -> str:
        store = ProgressStore.open(db, user="x")
        console = Console(record=True, width=120, force_terminal=False, color_system=None)
        console.print(dashboard_body(store.snapshot(), store.log(last=10), words("en"), "en", "arabic"))
        return console.export_text()

    login("bob")
    ProgressStore.open(db, user="somchai").apply(SetState("1.2", "done"))
    assert "somchai ticked 1.2" in activity() and "OS login" not in activity()
    office(db, login)
    assert "somchai (OS login bob) ticked 1.2" in activity()
