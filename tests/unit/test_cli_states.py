"""`mark`, `review` and `users`: the four states, a supervisor's review, and who may review."""

from __future__ import annotations

import json

import pytest

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetOutcome, SetResult


def run(cli, db, *args, user="somchai", lang="en"):
    return cli(*args, "--db", db, "--user", user, "--lang", lang)


def test_mark_sets_each_of_the_four_states(db, cli):
    assert run(cli, db, "mark", "1.1", "in-progress")[1].startswith("◐ 1.1 in progress (by somchai at ")
    assert run(cli, db, "mark", "1.2", "done")[1].startswith("☑ 1.2 done (by somchai")
    out = run(cli, db, "mark", "1.3", "na", "--reason", "ไม่มีงบประมาณปีนี้")[1]
    assert out.startswith("⊘ 1.3 not applicable: ไม่มีงบประมาณปีนี้ (by somchai")
    assert run(cli, db, "mark", "1.2", "not-started")[1].startswith("☐ 1.2 not started")
    snapshot = ProgressStore.open(db, user="x").snapshot()
    assert [snapshot.state(i).state for i in ("1.1", "1.2", "1.3")] == ["in-progress", "not-started", "na"]
    assert snapshot.state("1.3").reason == "ไม่มีงบประมาณปีนี้"
    log = json.loads(run(cli, db, "log", "--json")[1])
    assert [(e["action"], e["item"], e["before"], e["after"]) for e in log[-4:]] == [  # stored as codes
        ("state", "1.1", "not-started", "in-progress"),
        ("tick", "1.2", "not-started", "done"),
        ("state", "1.3", "not-started", "na-because"),
        ("untick", "1.2", "done", "not-started"),
    ]
    assert log[-2]["fields"]["after"] == {"reason": "ไม่มีงบประมาณปีนี้"}
    lines = run(cli, db, "log")[1].splitlines()
    assert lines[-2].endswith("changed the state of 1.3  not done -> not applicable: ไม่มีงบประมาณปีนี้")


def test_mark_in_thai(db, cli):
    out = run(cli, db, "mark", "1.1", "in-progress", lang="th")[1]
    assert out.startswith("◐ 1.1 อยู่ระหว่างดำเนินการ — บันทึกโดย somchai เมื่อ ")


def test_not_applicable_without_a_reason_is_one_line_and_changes_nothing(db, cli):
    before = db.read_bytes()
    status, out, err = run(cli, db, "mark", "1.1", "na")
    assert (status, out) == (2, "")
    assert err == "ita-tui: error: not applicable needs a reason (--reason TEXT)\n"
    assert db.read_bytes() == before


def test_tick_and_tick_undo_still_work(db, cli):
    assert run(cli, db, "tick", "1.1")[1].startswith("☑ 1.1 done by somchai")
    assert run(cli, db, "tick", "1.1", "--undo")[1].startswith("☐ 1.1 not done (changed by somchai")
    assert ProgressStore.open(db, user="x").snapshot().state("1.1").state == "not-started"


def test_only_a_supervisor_reviews_and_others_are_told_who_can(db, cli):
    run(cli, db, "tick", "1.1")
    status, _, err = run(cli, db, "review", "1.1", "--verified")
    assert status == 2
    assert err == (
        "ita-tui: error: only a supervisor may review items, and none is recorded yet "
        "(ita-tui users add NAME --role supervisor)\n"
    )
    assert (
        run(cli, db, "users", "add", "somsri", "--role", "supervisor")[1]
        == "user somsri recorded: supervisor\n"
    )
    status, _, err = run(cli, db, "review", "1.1", "--verified", user="somchai")
    assert (
        status == 2
        and err == "ita-tui: error: only a supervisor may review items (somsri); somchai is not one\n"
    )
    # once a supervisor exists, only supervisors may add users
    status, _, err = run(cli, db, "users", "add", "somchai", "--role", "supervisor", user="somchai")
    assert status == 2 and "only a supervisor may add or change users (somsri)" in err
    assert run(cli, db, "users", "add", "somchai", "--unit", "กองคลัง", user="somsri")[0] == 0
    assert run(cli, db, "users", "list", lang="th")[1] == "somsri  ผู้บังคับบัญชา  \nsomchai  เจ้าหน้าที่  กองคลัง\n"


def test_verify_return_and_a_verified_item_that_changes_falls_back(db, cli):
    run(cli, db, "users", "add", "somsri", "--role", "supervisor")
    run(cli, db, "tick", "1.1")
    status, _, err = run(cli, db, "review", "1.2", "--verified", user="somsri")
    assert status == 2 and "item 1.2 is not done (not done); only a done item is reviewed" in err
    assert run(cli, db, "review", "1.1", "--verified", user="somsri")[1].startswith(
        "✔ 1.1 verified by somsri"
    )
    assert ProgressStore.open(db, user="x").snapshot().review("1.1").status == "verified"

    run(cli, db, "link", "1.1", "https://example.org/new")  # a change after the check
    assert ProgressStore.open(db, user="x").snapshot().review("1.1") is None
    log = json.loads(run(cli, db, "log", "--json")[1])
    assert (log[-1]["action"], log[-1]["after"]) == ("unverify", "link-added")
    assert log[-1]["fields"]["after"] == {"url": "https://example.org/new"}
    last = run(cli, db, "log")[1].splitlines()[-1]
    assert "unverified 1.1  verified by somsri at " in last and last.endswith(
        "-> link added: https://example.org/new"
    )

    run(cli, db, "review", "1.1", "--verified", user="somsri")
    run(cli, db, "mark", "1.1", "in-progress")
    log = json.loads(run(cli, db, "log", "--json")[1])
    assert (log[-1]["action"], log[-1]["after"]) == ("unverify", "state-changed")
    assert run(cli, db, "log")[1].rstrip().endswith("-> state changed: done -> in progress")
    assert run(cli, db, "log", lang="th")[1].rstrip().endswith("-> สถานะเปลี่ยน: ทำแล้ว -> อยู่ระหว่างดำเนินการ")

    run(cli, db, "tick", "1.1")
    out = run(cli, db, "review", "1.1", "--return", "ลิงก์ไม่ตรงกับประกาศ", user="somsri")[1]
    assert out.startswith("↩ 1.1 returned for correction: ลิงก์ไม่ตรงกับประกาศ (by somsri")
    review = ProgressStore.open(db, user="x").snapshot().review("1.1")
    assert (review.status, review.comment, review.by) == ("returned", "ลิงก์ไม่ตรงกับประกาศ", "somsri")
    status = json.loads(run(cli, db, "status", "--json")[1])
    item = next(i for i in status["items"] if i["id"] == "1.1")
    assert item["review"]["status"] == "returned" and item["review"]["comment"] == "ลิงก์ไม่ตรงกับประกาศ"


def test_review_needs_one_of_verified_or_return(db, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["review", "1.1", "--db", str(db), "--lang", "en"])
    assert exit_.value.code == 2
    assert "one of the arguments --verified --return is required" in capsys.readouterr().err


def test_results_and_outcomes_are_kept_with_who_and_when(db, cli):
    store = ProgressStore.open(db, user="somchai")
    store.apply(SetResult("1.1", "ประชุมชี้แจงครบทุกกอง"))
    store.apply(SetOutcome(1, "บุคลากรเข้าใจแนวทาง ร้อยละ 95"))
    snapshot = store.snapshot()
    assert (snapshot.results["1.1"].text, snapshot.results["1.1"].by) == ("ประชุมชี้แจงครบทุกกอง", "somchai")
    assert snapshot.outcomes[1].text == "บุคลากรเข้าใจแนวทาง ร้อยละ 95"
    status = json.loads(run(cli, db, "status", "--json")[1])
    assert status["indicators"][0]["outcome"]["text"] == "บุคลากรเข้าใจแนวทาง ร้อยละ 95"
    assert status["items"][0]["result"]["text"] == "ประชุมชี้แจงครบทุกกอง"
