"""The server's bookkeeping of logins, without a server: sessions expire when idle, failed logins
ask a growing wait, and the password file is argon2, owner-only, and never read through a link."""

from __future__ import annotations

import json
import os

import pytest

from ita_tui.errors import ItaError
from ita_tui.serve.passwords import PasswordFile, passwords_path
from ita_tui.serve.sessions import FREE_FAILURES, Sessions, Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_session_lives_while_used_and_ends_after_the_idle_time():
    clock = Clock()
    sessions = Sessions(idle=8 * 3600, clock=clock)
    session = sessions.start("somsri")
    clock.now += 7 * 3600
    assert sessions.find(session.token) is session  # used: the idle time starts again
    clock.now += 7 * 3600
    assert sessions.find(session.token) is session
    clock.now += 8 * 3600 + 1
    assert sessions.find(session.token) is None


def test_a_forged_or_ended_token_finds_no_session():
    sessions = Sessions(idle=60)
    session = sessions.start("somsri")
    assert sessions.find(session.token[:-1] + "x") is None
    assert sessions.find("") is None and sessions.find(None) is None
    sessions.end(session)
    assert sessions.find(session.token) is None


def test_expired_sessions_are_handed_over_once_so_their_apps_can_be_ended():
    clock = Clock()
    sessions = Sessions(idle=60, clock=clock)
    old, _ = sessions.start("a"), None
    clock.now += 30
    young = sessions.start("b")
    clock.now += 31
    assert sessions.expired() == [old]
    assert sessions.expired() == []
    assert sessions.all() == [young]


def test_five_failures_are_free_then_each_asks_a_longer_wait():
    clock = Clock()
    throttle = Throttle(clock=clock)
    waits = [throttle.failed("somsri", "10.0.0.5") for _ in range(FREE_FAILURES + 3)]
    assert waits[:FREE_FAILURES] == [0.0] * FREE_FAILURES
    assert waits[FREE_FAILURES] > 0 and waits[FREE_FAILURES + 1] > waits[FREE_FAILURES]
    assert waits[FREE_FAILURES + 2] > waits[FREE_FAILURES + 1]
    # the name is held from any address, and the address for any name
    assert throttle.wait("somsri", "10.0.0.99") > 0
    assert throttle.wait("somchai", "10.0.0.5") > 0
    assert throttle.wait("somchai", "10.0.0.99") == 0
    clock.now += waits[-1] + 1
    assert throttle.wait("somsri", "10.0.0.5") == 0


def test_a_right_password_clears_its_names_count():
    throttle = Throttle(clock=Clock())
    for _ in range(FREE_FAILURES):
        throttle.failed("somsri", "10.0.0.5")
    throttle.succeeded("somsri", "10.0.0.5")
    assert throttle.failed("somsri", "10.0.0.5") == 0


def test_passwords_are_argon2_in_an_owner_only_file(tmp_path):
    path = passwords_path(tmp_path / "office.json")
    assert path == tmp_path / "office.json.passwords"
    file = PasswordFile(path)
    file.set("somsri", "correct horse")
    assert os.stat(path).st_mode & 0o777 == 0o600
    stored = json.loads(path.read_text())["users"]["somsri"]
    assert stored.startswith("$argon2id$") and "correct horse" not in path.read_text()
    assert file.verify("somsri", "correct horse")
    assert not file.verify("somsri", "correct horsf")
    assert not file.verify("nobody", "correct horse")
    assert file.users() == ["somsri"]
    assert file.remove("somsri") and not file.verify("somsri", "correct horse")


def test_a_short_password_is_refused(tmp_path):
    with pytest.raises(ItaError, match="at least 8"):
        PasswordFile(tmp_path / "p").set("somsri", "short")


def test_a_password_file_others_can_read_or_a_planted_link_is_refused(tmp_path):
    path = tmp_path / "office.json.passwords"
    file = PasswordFile(path)
    file.set("somsri", "correct horse")
    os.chmod(path, 0o640)
    with pytest.raises(ItaError, match="can be read by others"):
        file.hashes()
    os.chmod(path, 0o600)
    target = tmp_path / "victim.txt"
    target.write_text("diary")
    link = tmp_path / "planted.passwords"
    link.symlink_to(target)
    with pytest.raises(ItaError, match="is a link"):
        PasswordFile(link).hashes()
    with pytest.raises(ItaError, match="is a link"):
        PasswordFile(link).set("somsri", "correct horse")
    assert target.read_text() == "diary" and link.is_symlink()


def test_a_damaged_password_file_is_one_line(tmp_path):
    path = tmp_path / "p"
    path.write_text("{not json")
    os.chmod(path, 0o600)
    with pytest.raises(ItaError, match="damaged"):
        PasswordFile(path).hashes()
