"""`ita-tui scores set|import|list`: last year's ITA scores kept in the database, shown by status
--json and carried into next year's database by new-year."""

from __future__ import annotations

import json

from openpyxl import Workbook

from ita_tui.checklist.edit import edit_item
from ita_tui.checklist.file import save
from ita_tui.store import ProgressStore

THAI_SHEET = "ตัวชี้วัด,ชื่อตัวชี้วัด,คะแนน\n" + "".join(
    f"{n},ตัวชี้วัดที่ {n},{s}\n"
    for n, s in [
        ("๑", "๙๒.๕๐"),
        ("๒", "๘๘.๑๒"),
        ("๓", "๗๘.๔๐"),
        ("๔", "๙๐"),
        ("๕", "๘๖.๓๓"),
        ("๖", "๙๕.๑"),
        ("๗", "๘๔.๙๙"),
        ("๘", "๙๑"),
        ("๙", "๘๗.๕"),
        ("๑๐", "๖๐.๒๕"),
    ]
)


def test_a_thai_sheet_is_kept_and_status_json_carries_it(tmp_path, cli):
    this, db, sheet = tmp_path / "fy2566.json", tmp_path / "fy2567.json", tmp_path / "คะแนน.csv"
    assert cli("--db", this, "units", "list").status == 0
    assert cli("--db", this, "new-year", "-o", db).status == 0
    sheet.write_text(THAI_SHEET, encoding="utf-8")
    done = cli("--db", db, "scores", "import", sheet)  # the year before the database's: 2566
    assert done.status == 0, done.err
    assert "10" in done.out and "2566" in done.out
    status = json.loads(cli("--db", db, "status", "--json").out)
    scores = {s["subject"]: s for s in status["scores"]}
    assert scores["3"]["score"] == 78.4 and scores["3"]["under_pass_mark"] and scores["3"]["year"] == 2566
    assert scores["6"]["score"] == 95.1 and not scores["6"]["under_pass_mark"]
    by_number = {ind["number"]: ind["score"] for ind in status["indicators"]}
    assert by_number[3]["score"] == 78.4 and by_number[3]["under_pass_mark"]
    assert not by_number[8]["under_pass_mark"]
    listed = cli("--lang", "en", "--db", db, "scores", "list")
    assert "indicator 7: 84.99 under the pass mark" in listed.out
    assert "indicator 6: 95.1 " in listed.out and "indicator 6: 95.1 under" not in listed.out


def test_an_english_xlsx_with_tools_and_the_total(tmp_path, cli):
    db, sheet = tmp_path / "db.json", tmp_path / "scores.xlsx"
    book = Workbook()
    for row in [["ITA 2566"], ["Indicator", "Score"], [1, 91.5], ["IIT", 88.25], ["Total", 87]]:
        book.active.append(row)
    book.save(sheet)
    assert cli("--db", db, "scores", "import", sheet, "--year", "๒๕๖๖").status == 0
    kept = ProgressStore.open(db, user="x").snapshot().scores[2566]
    assert {s: k.score for s, k in kept.items()} == {"1": "91.5", "IIT": "88.25", "total": "87"}


def test_a_bad_score_or_indicator_in_a_sheet_is_one_line_and_nothing_kept(tmp_path, cli):
    db = tmp_path / "db.json"
    assert cli("--db", db, "scores", "set", "1", "90", "--year", "2566").status == 0
    before = db.read_bytes()
    for body, said in [("ตัวชี้วัด,คะแนน\n๒,๘๘\n๓,๑๐๑\n", "๑๐๑"), ("ตัวชี้วัด,คะแนน\n๒,๘๘\n๑๑,๙๐\n", "๑๑")]:
        sheet = tmp_path / "bad.csv"
        sheet.write_text(body, encoding="utf-8")
        done = cli("--db", db, "scores", "import", sheet)
        assert done.status == 2 and len(done.err.strip().splitlines()) == 1
        assert said in done.err and "3" in done.err  # the row
        assert db.read_bytes() == before
    headless = tmp_path / "none.csv"
    headless.write_text("a,b\n1,2\n", encoding="utf-8")
    done = cli("--db", db, "scores", "import", headless)
    assert done.status == 2 and len(done.err.strip().splitlines()) == 1
    for argv in (["set", "3", "100.5"], ["set", "0", "80"], ["set", "3", "80", "--year", "66"]):
        done = cli("--db", db, "scores", *argv)
        assert done.status == 2 and len(done.err.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_the_whole_cycle_on_the_bundled_checklist(tmp_path, cli):
    this, following = tmp_path / "fy2566.json", tmp_path / "fy2567.json"
    assert cli("--db", this, "tick", "2.1").status == 0
    assert cli("--db", this, "note", "3.1", "ประชุมแล้ว").status == 0
    assert cli("--db", this, "result", "2.1", "เผยแพร่แล้ว").status == 0
    for number in range(1, 11):
        assert cli("--db", this, "scores", "set", number, 80 + number, "--year", "2566").status == 0
    kept = this.read_bytes()
    assert cli("--db", this, "new-year", "-o", following).status == 0
    assert this.read_bytes() == kept
    snapshot = ProgressStore.open(following, user="x").snapshot()
    assert snapshot.checklist.fiscal_year == 2567 and len(snapshot.checklist.item_ids()) == 31
    assert not snapshot.states and not snapshot.notes and not snapshot.results
    shown = {s: k.score for s, k in snapshot.shown_scores.items()}
    assert shown == {str(n): str(80 + n) for n in range(1, 11)}
    assert next(iter(snapshot.shown_scores.values())).year == 2566  # last year's
    assert "fy2566.json" in cli("--db", following, "log").out.splitlines()[0]
    assert json.loads(cli("checklist", "diff", this, following, "--json").out) == []
    edited, _, _ = edit_item(snapshot.checklist, "4.3", text="ตรวจสอบได้ทุกไตรมาส")
    save(edited, tmp_path / "fy2567-edited.json")
    changes = json.loads(cli("checklist", "diff", this, tmp_path / "fy2567-edited.json", "--json").out)
    assert [(c["kind"], c["new"]) for c in changes] == [("reworded", "4.3")]


def test_a_database_written_before_scores_reads_and_takes_them(tmp_path, cli):
    db = tmp_path / "old.json"
    assert cli("--db", db, "tick", "2.1").status == 0
    tables = json.loads(db.read_text(encoding="utf-8"))
    del tables["scores"], tables["issues"]  # as an ita-tui before them wrote the file
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    status = json.loads(cli("--db", db, "status", "--json").out)
    assert status["scores"] == [] and status["items"][0]["done"]
    assert cli("--db", db, "scores", "set", "2", "88", "--year", "2566").status == 0
    assert cli("--db", db, "indicator", "edit", "2", "--issues", "ปรับปรุงการเผยแพร่").status == 0
    kept = ProgressStore.open(db, user="x").snapshot()
    assert kept.scores[2566]["2"].score == "88" and kept.issues[2].text == "ปรับปรุงการเผยแพร่"
    assert kept.states["2.1"].done
