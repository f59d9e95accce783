"""An empty period, follow-up or responsible unit stays empty (issue 20, item 12): "-" (a
document's empty cell, or typed) reads and is kept as nothing, and the items no unit is
responsible for are counted under "ไม่ระบุหน่วยงาน" / "no unit given" in the figures, the
summaries and the unit list, never under a unit named "-"."""

from __future__ import annotations

import json

import pytest

from ita_tui.store import ProgressStore
from tests.support import SMALL_CHECKLIST


@pytest.fixture
def dashed(tmp_path, db_path):
    """A database on a checklist whose 2.3 has "-" for period, follow-up and unit (as a document
    writes an empty cell, and as the app showed an item added without them)."""
    checklist = json.loads(SMALL_CHECKLIST.read_text(encoding="utf-8"))
    item = checklist["indicators"][0]["items"][2]
    item.update(period="-", follow_up=" – ", responsible="-")
    path = tmp_path / "dashed.json"
    path.write_text(json.dumps(checklist, ensure_ascii=False), encoding="utf-8")
    ProgressStore.open(db_path, user="tester", checklist_path=path)
    return db_path


def rows_named_dash(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip(" │|┃").split(" ")[0] in ("-", "–")]


def test_a_dash_reads_as_nothing(dashed):
    item = ProgressStore.open(dashed, user="x").checklist.find_item("2.3")
    assert (item.period, item.follow_up, item.responsible) == ("", "", "")


@pytest.mark.parametrize(("lang", "no_unit"), [("th", "ไม่ระบุหน่วยงาน"), ("en", "no unit given")])
def test_the_figures_name_the_items_without_a_unit_in_words(dashed, cli, tmp_path, lang, no_unit):
    summary = cli("summary", "--pending", "--db", dashed, "--lang", lang)
    assert summary.status == 0 and no_unit in summary.out
    assert "-  " not in summary.out and not rows_named_dash(summary.out), summary.out
    units = cli("units", "list", "--db", dashed, "--lang", lang).out
    assert no_unit in units and not rows_named_dash(units), units
    html = tmp_path / "summary.html"
    assert cli("summary", "-o", html, "--pending", "--db", dashed, "--lang", lang).status == 0
    page = html.read_text(encoding="utf-8")
    assert no_unit in page and "<td>-</td>" not in page
    names = [u["name"] for u in json.loads(cli("status", "--json", "--db", dashed).out)["units"]]
    assert "" in names and "-" not in names  # JSON names the row of no unit ""


def test_a_dash_typed_for_a_field_empties_it(dashed, cli):
    assert cli("item", "edit", "2.1", "--period", "-", "--responsible", " - ", "--db", dashed).status == 0
    item = ProgressStore.open(dashed, user="x").checklist.find_item("2.1")
    assert (item.period, item.responsible) == ("", "")


def test_the_measures_document_leaves_the_unit_cell_empty(dashed):
    from ita_tui.export.measures import UNIT, measures_blocks
    from ita_tui.locale import words

    checklist = ProgressStore.open(dashed, user="x").checklist
    block = measures_blocks(checklist, words("th"), "arabic")[0]
    cells = [row[UNIT][0].text for row in block.rows if UNIT in row]
    assert cells[-1] == "" and "-" not in cells
