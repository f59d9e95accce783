"""One figure everywhere: 1 done, 1 in progress and 1 not applicable (the done one verified) read
1/2 (50%), 1 in progress, 1 N/A, 1 verified in the tree, the dashboard, the summary, the PDF,
`status --json` and the CSV. In one place, so that they cannot drift apart."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist, Indicator, Item
from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddUser, ReviewItem, SetState
from tests.support.app import detail_text, tree_lines

BESIDE_TH = "อยู่ระหว่างดำเนินการ 1 · ไม่เกี่ยวข้อง 1 · ตรวจสอบแล้ว 1"
BESIDE_EN = "in progress 1 · N/A 1 · verified 1"


@pytest.fixture
def three(tmp_path):
    """A database of 3 items: 1.1 done and verified, 1.2 in progress, 1.3 not applicable."""
    checklist = Checklist(
        title="สามข้อ",
        organization="องค์การบริหารส่วนตำบลทดสอบ",
        fiscal_year=2566,
        indicators=(
            Indicator(
                1,
                "การปฏิบัติหน้าที่",
                items=tuple(Item(f"1.{n}", n, f"วิธีที่ {n}", responsible="กองคลัง") for n in (1, 2, 3)),
            ),
        ),
    )
    source = tmp_path / "three.json"
    checklist_file.save(checklist, source)
    db = tmp_path / "db.json"
    store = ProgressStore.open(db, user="somchai", checklist_path=source)
    store.apply(SetState("1.1", "done"))
    store.apply(SetState("1.2", "in-progress"))
    store.apply(SetState("1.3", "na", "ไม่มีโครงการนี้ในปีนี้"))
    store.apply(AddUser("somsri", "supervisor"))
    ProgressStore.open(db, user="somsri").apply(ReviewItem("1.1", verified=True))
    return db


async def test_the_tree_and_the_dashboard(three):
    from ita_tui.tui.app import ItaApp

    app = ItaApp(ProgressStore.open(three, user="somchai"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = [line.rstrip() for line in tree_lines(app)]
        assert lines[0].endswith("1/2  50%  ◐1 ⊘1 ✔1")  # the root
        assert lines[1].endswith("1/2  50%  ◐1 ⊘1 ✔1")  # the indicator
        assert [line.split()[0] for line in lines[2:5]] == ["☑", "◐", "⊘"]
        await pilot.press("d")
        await pilot.pause()
        body = detail_text(app, "#dashboard-body")
        rows = [line for line in body.splitlines() if "1/2" in line]
        assert len(rows) == 3  # overall, the indicator, the unit
        assert all("50%" in row and BESIDE_TH in row for row in rows)


def test_the_summary(three):
    snapshot = ProgressStore.open(three, user="x").snapshot()
    from ita_tui.export.summary import print_summary

    out = io.StringIO()
    print_summary(snapshot, console=Console(file=out, width=160))
    text = out.getvalue()
    overall = next(line for line in text.splitlines() if "ภาพรวม" in line)
    assert overall.strip() == f"ภาพรวม: 1/2 รายการ (50%) · {BESIDE_TH}"
    for label in ("การปฏิบัติหน้าที่", "กองคลัง"):
        row = next(line for line in text.splitlines() if label in line)
        assert "1/2" in row and "50%" in row and BESIDE_TH in row


def test_the_pdf(three, tmp_path):
    from pypdf import PdfReader

    from ita_tui.export.options import ExportOptions
    from ita_tui.export.pdf import export_pdf

    snapshot = ProgressStore.open(three, user="x").snapshot()
    for lang, digit_style, beside in (("th", "arabic", BESIDE_TH), ("en", "arabic", BESIDE_EN)):
        path = export_pdf(
            snapshot, tmp_path / f"{lang}.pdf", ExportOptions(lang=lang, print_digits=digit_style)
        )
        text = "".join(PdfReader(path).pages[0].extract_text().split())  # lines wrap anywhere
        assert text.count("1/250") == 3, text  # done/applicable and percent: indicator, overall, unit
        assert text.count("".join(beside.split())) == 3, text


def test_status_json_and_text_and_the_csv(three, capsys, tmp_path):
    assert main(["status", "--json", "--db", str(three)]) == 0
    status = json.loads(capsys.readouterr().out)
    figure = {"done": 1, "applicable": 2, "percent": 50, "in_progress": 1, "not_applicable": 1, "verified": 1}
    assert status["overall"] == figure
    assert {k: status["indicators"][0][k] for k in figure} == figure
    assert {k: status["units"][0][k] for k in figure} == figure
    assert status["units"][0]["name"] == "กองคลัง"
    assert [(i["id"], i["state"]) for i in status["items"]] == [
        ("1.1", "done"),
        ("1.2", "in-progress"),
        ("1.3", "na"),
    ]
    assert status["items"][2]["reason"] == "ไม่มีโครงการนี้ในปีนี้"

    assert main(["status", "--db", str(three)]) == 0
    text = capsys.readouterr().out
    assert f"ภาพรวม: 1/2 (50%)  ({BESIDE_TH})" in text

    assert main(["summary", "-o", str(tmp_path / "s.csv"), "--db", str(three), "--lang", "en"]) == 0
    capsys.readouterr()
    rows = list(csv.DictReader((tmp_path / "s.csv").open(encoding="utf-8-sig", newline="")))
    assert len(rows) == 3
    for row in rows:
        assert {k: int(row[k.replace("_", " ")]) for k in figure} == figure

    assert main(["summary", "-o", str(tmp_path / "t.html"), "--db", str(three)]) == 0
    thai = (tmp_path / "t.html").read_text(encoding="utf-8")  # a document: the PDF's digits, Thai in Thai
    assert thai.count('<td class="n">๑/๒</td><td class="n">๕๐</td>') == 3
    assert main(["summary", "-o", str(tmp_path / "s.html"), "--db", str(three), "--digits", "arabic"]) == 0
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert page.count('<td class="n">1/2</td><td class="n">50</td>') == 3
    assert page.count(f"<td>{BESIDE_TH}</td>") == 3
