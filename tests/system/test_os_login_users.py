"""Issue 22 with real users (as root, which CI is): a supervisor whose record names her OS login.
Another member of the office group, typing `--user somsri` (or setting ITA_TUI_USER), is refused
the review in one line naming the name and the login that may act as it; her own login verifies;
the log keeps each change's OS login beside the name."""

from __future__ import annotations

import json

import pytest

from tests.support import office_users as users

pytestmark = [pytest.mark.slow, users.needs_root]


def test_bob_claiming_somsri_is_refused_the_review_and_somsri_verifies(monkeypatch, capsys):
    from ita_tui.cli import main

    users.warm_up(
        [
            [
                "--db",
                "{db}",
                "--checklist",
                str(users.CHECKLIST),
                "users",
                "add",
                "somsri",
                "--role",
                "supervisor",
            ],
            [
                "--db",
                "{db}",
                "--user",
                "somsri",
                "users",
                "add",
                "somsri",
                "--role",
                "supervisor",
                "--login",
                "x",
            ],
            ["--db", "{db}", "--user", "somchai", "tick", "2.1"],
            ["--db", "{db}", "--user", "somsri", "review", "2.1", "--verified"],
            ["--db", "{db}", "--lang", "en", "log"],
        ]
    )
    with users.office_accounts() as accounts, users.group_folder(accounts["group"]) as folder:
        somsri, bob = accounts["a"], accounts["b"]
        db = users.make_database(folder, somsri)
        base = ["--db", str(db), "--lang", "en"]
        add = [*base, "--user", "somsri", "users", "add", "somsri", "--role", "supervisor", "--login", somsri]
        assert users.run_as(somsri, add, 0o007) == (0, "user somsri recorded: supervisor\n")
        assert users.run_as(bob, [*base, "--user", "somchai", "tick", "2.1"], 0o007)[0] == 0

        refused = (
            f"ita-tui: error: only the OS login {somsri} may review items as somsri; "
            f"this runs as the OS login {bob}\n"
        )
        assert users.run_as(bob, [*base, "--user", "somsri", "review", "2.1", "--verified"], 0o007) == (
            2,
            refused,
        )
        monkeypatch.setenv("ITA_TUI_USER", "somsri")
        assert users.run_as(bob, [*base, "review", "2.1", "--verified"], 0o007) == (2, refused)
        grab = [*base, "users", "add", "somsri", "--role", "supervisor", "--login", bob]
        assert users.run_as(bob, grab, 0o007)[0] == 2  # nor may bob move her login to his own
        monkeypatch.delenv("ITA_TUI_USER")

        status, said = users.run_as(somsri, [*base, "--user", "somsri", "review", "2.1", "--verified"], 0o007)
        assert status == 0, said

        capsys.readouterr()
        assert main([*base, "log", "--json"]) == 0
        logged = json.loads(capsys.readouterr().out)
        assert [(e["user"], e["action"], e["login"]) for e in logged[-3:]] == [
            ("somsri", "user-login", somsri),
            ("somchai", "tick", bob),
            ("somsri", "verify", somsri),
        ]
        assert main([*base, "log"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert f"  somchai (OS login {bob})  ticked 2.1" in lines[-2]
        assert f"  somsri (OS login {somsri})  verified 2.1" in lines[-1]


def test_a_local_user_setting_the_web_variables_gets_no_trust(capsys):
    from ita_tui.cli import main
    from ita_tui.errors import StoreError
    from ita_tui.serve.app_process import open_store
    from ita_tui.serve.passwords import PasswordFile, passwords_path
    from ita_tui.serve.tickets import Tickets
    from ita_tui.store.commands import ReviewItem

    with users.office_accounts() as accounts, users.group_folder(accounts["group"]) as folder:
        somsri, bob = accounts["a"], accounts["b"]
        db = users.make_database(folder, somsri)
        base = ["--db", str(db), "--lang", "en"]
        add = [*base, "--user", "somsri", "users", "add", "somsri", "--role", "supervisor", "--login", somsri]
        assert users.run_as(somsri, add, 0o007)[0] == 0
        assert users.run_as(bob, [*base, "--user", "somchai", "tick", "2.1"], 0o007)[0] == 0
        PasswordFile(passwords_path(db)).set("somsri", "a-long-password")  # the server's account: root

        def claim() -> int:
            """What `ita-tui serve` gives its app, made by bob himself: his own ticket folder."""
            tickets = Tickets()
            try:
                open_store("somsri", db, str(tickets.issue("somsri"))).apply(ReviewItem("2.1", verified=True))
            except StoreError as exc:
                print(exc.text("en"))
                return 2
            finally:
                tickets.close()
            return 0

        status, said = users.finish(*users.fork_as(bob, 0o007, claim))
        assert (status, said) == (
            2,
            f"only the OS login {somsri} may review items as somsri; this runs as the OS login {bob}\n",
        )
        assert claim() == 0  # the account that owns the passwords file, with its ticket: the server
        capsys.readouterr()
        assert main([*base, "log", "--json"]) == 0
        last = json.loads(capsys.readouterr().out)[-1]
        assert (last["user"], last["action"], last["login"], last["web"]) == (
            "somsri",
            "verify",
            "root",
            True,
        )
