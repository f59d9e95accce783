"""Issue 22: the app process `ita-tui serve` starts for a logged-in web user acts as that name on
the server's word, even where the name's record names an OS login: only with a one-use ticket
the server made, and only when its account owns the database's passwords file. The variable
ITA_TUI_WEB_USER alone is no more than --user."""

from __future__ import annotations

import json
import os

import pytest

from ita_tui.errors import StoreError
from ita_tui.serve.app_process import open_store
from ita_tui.serve.passwords import passwords_path
from ita_tui.serve.tickets import Tickets, redeem
from ita_tui.store import ProgressStore, identity
from ita_tui.store.commands import AddUser, ReviewItem, SetState


@pytest.fixture
def tickets():
    made = Tickets()
    yield made
    made.close()
    assert not made.folder.exists()


@pytest.fixture
def passwords(db_path):
    path = passwords_path(db_path)
    path.parent.mkdir(exist_ok=True)
    path.write_text("{}")
    os.chmod(path, 0o600)
    return path


def test_a_ticket_trusts_its_name_once(tickets, passwords):
    ticket = tickets.issue("somsri")
    assert (ticket.parent.stat().st_mode & 0o777, ticket.stat().st_mode & 0o777) == (0o700, 0o600)
    assert redeem(str(ticket), "somsri", passwords)
    assert not ticket.exists()
    assert not redeem(str(ticket), "somsri", passwords)  # a copied environment is worth nothing


def test_no_trust_without_the_servers_own_ticket_or_passwords_file(tickets, passwords, tmp_path):
    assert not redeem(None, "somsri", passwords)
    assert not redeem(str(tickets.issue("somchai")), "somsri", passwords)  # another name's
    loose = tickets.issue("somsri")
    os.chmod(loose, 0o644)
    assert not redeem(str(loose), "somsri", passwords)
    link = tickets.folder / "link"
    link.symlink_to(tickets.issue("somsri"))
    assert not redeem(str(link), "somsri", passwords)
    open_folder = tmp_path / "open"
    open_folder.mkdir(mode=0o755)
    os.chmod(open_folder, 0o755)
    (open_folder / "t").write_text("somsri")
    os.chmod(open_folder / "t", 0o600)
    assert not redeem(str(open_folder / "t"), "somsri", passwords)
    assert not redeem(str(tickets.issue("somsri")), "somsri", tmp_path / "none.passwords")
    os.chmod(passwords, 0o644)
    assert not redeem(str(tickets.issue("somsri")), "somsri", passwords)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the passwords file to another account")
def test_no_trust_when_another_account_owns_the_passwords_file(tickets, passwords):
    os.chown(passwords, 65534, 65534)  # nobody: as when a local user runs the app with the server's file
    assert not redeem(str(tickets.issue("somsri")), "somsri", passwords)


def _office(db, monkeypatch):
    """somsri, a supervisor whose OS login is recorded as `somsri` (not this process's); 1.1 done."""
    monkeypatch.setattr(identity, "os_login", lambda: "somsri")
    ProgressStore.open(db, user="somsri").apply(AddUser("somsri", "supervisor", login="somsri"))
    monkeypatch.setattr(identity, "os_login", lambda: "ita")  # the server's account from now on
    ProgressStore.open(db, user="somchai").apply(SetState("1.1", "done"))


def test_the_web_app_reviews_as_its_name_only_on_the_servers_word(db, tickets, passwords, monkeypatch, cli):
    _office(db, monkeypatch)
    monkeypatch.setenv("ITA_TUI_WEB_USER", "somsri")
    with pytest.raises(StoreError) as refused:
        open_store("somsri", db, None).apply(ReviewItem("1.1", verified=True))
    assert refused.value.text("en") == (
        "only the OS login somsri may review items as somsri; this runs as the OS login ita"
    )
    ticket = str(tickets.issue("somsri"))
    monkeypatch.setenv("ITA_TUI_WEB_TICKET", ticket)
    store = open_store("somsri", db, ticket)
    assert "ITA_TUI_WEB_TICKET" not in os.environ  # nothing the app starts sees it
    store.apply(ReviewItem("1.1", verified=True))
    logged = json.loads(cli("log", "--json", "--db", db).out)[-1]
    assert (logged["user"], logged["action"], logged["login"], logged["web"]) == (
        "somsri",
        "verify",
        "ita",
        True,
    )
    assert "  somsri (web, OS login ita)  verified 1.1" in cli("log", "--db", db, "--lang", "en").out


def test_a_link_to_the_database_beside_a_passwords_file_of_ones_own_gets_no_trust(
    db, tickets, tmp_path, monkeypatch
):
    _office(db, monkeypatch)  # the database's own folder holds no passwords file
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "office.json").symlink_to(db)
    own = passwords_path(mine / "office.json")
    own.write_text("{}")
    os.chmod(own, 0o600)
    store = open_store("somsri", mine / "office.json", str(tickets.issue("somsri")))
    assert store.path == db and not store.web
    with pytest.raises(StoreError):
        store.apply(ReviewItem("1.1", verified=True))


def test_serve_says_when_its_passwords_file_is_not_the_one_its_apps_trust(db, cli, monkeypatch, tmp_path):
    from ita_tui.serve.server import ItaServer

    monkeypatch.setattr(ItaServer, "run", lambda self: None)  # started, not served
    elsewhere = tmp_path / "elsewhere.passwords"
    assert cli("--db", db, "--lang", "en", "serve", "--passwords", elsewhere).err == ""  # no login recorded
    _office(db, monkeypatch)
    said = cli("--db", db, "--lang", "en", "serve", "--passwords", elsewhere).err
    assert said == (
        f"the password file {elsewhere} is not beside the database ({db}.passwords): users with a"
        " recorded OS login cannot review or change users in the browser\n"
    )
    assert cli("--db", db, "--lang", "en", "serve").err == ""  # beside it: trusted, nothing to say
