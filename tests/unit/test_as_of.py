"""--as-of and --round: the figures, states and texts of a scripted year, as they stood at each round."""

import json

import pytest

from ita_tui import cli
from ita_tui.store.as_of import snapshot_as_of
from tests.support.report_fixtures import DONE_AT_6, DONE_AT_12, FIRST_HALF, NA_REASON, OUTCOMES, filled_store


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    db = tmp_path_factory.mktemp("year") / "office.json"
    filled_store(db)
    return db


def _status(db, capsys, *options):
    assert cli.main(["--db", str(db), "status", "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_six_month_round_has_the_first_half_only(year, capsys):
    status = _status(year, capsys, "--round", "6")
    done = {item["id"] for item in status["items"] if item["state"] == "done"}
    assert done == DONE_AT_6
    states = {item["id"]: item for item in status["items"]}
    assert states["5.1"]["state"] == "in-progress" and states["8.2"]["state"] == "not-started"
    assert states["4.3"]["state"] == "not-started"  # marked not applicable only in August
    assert states["2.1"]["review"]["status"] == "verified"  # reviewed on 31 March itself
    assert states["6.2"]["review"] is None
    assert states["2.2"]["result"] is None and states["2.1"]["result"]["text"] == FIRST_HALF["2.1"]
    assert [n["text"] for n in states["5.1"]["notes"]] == ["ประชุมคณะทำงานครั้งที่ ๑ แล้ว"]
    assert not states["2.2"]["links"] and states["9.1"]["links"]
    outcome = {ind["number"]: ind["outcome"] for ind in status["indicators"]}
    assert outcome[2]["text"].endswith("(รอบ ๖ เดือน)") and outcome[3] is None
    assert status["overall"]["done"] == 3


def test_the_day_after_the_round_and_the_year_end(year, capsys):
    day_after = _status(year, capsys, "--as-of", "1/4/2566")
    assert {i["id"] for i in day_after["items"] if i["state"] == "done"} == DONE_AT_6 - {"3.1"}
    year_end = _status(year, capsys, "--round", "12")
    assert {i["id"] for i in year_end["items"] if i["state"] == "done"} == DONE_AT_12
    states = {item["id"]: item for item in year_end["items"]}
    assert states["4.3"]["state"] == "na" and states["4.3"]["reason"] == NA_REASON
    assert states["6.2"]["review"]["status"] == "returned"
    outcome = {ind["number"]: ind["outcome"]["text"] for ind in year_end["indicators"] if ind["outcome"]}
    assert outcome == OUTCOMES
    assert _status(year, capsys, "--as-of", "2023-09-30") == year_end  # CE and BE name the same day
    assert _status(year, capsys, "--as-of", "2022-10-01")["overall"]["done"] == 0


def test_a_bad_as_of_date_is_one_line(year, capsys):
    assert cli.main(["--db", str(year), "status", "--as-of", "31/2/2566"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--as-of" in err


def test_snapshot_as_of_keeps_the_checklist(year):
    from datetime import date

    from ita_tui.store import ProgressStore

    store = ProgressStore.open(year, user="x")
    past = snapshot_as_of(store.snapshot(), store.log(), date(2023, 3, 31))
    assert past.checklist == store.checklist and past.done_ids == DONE_AT_6
