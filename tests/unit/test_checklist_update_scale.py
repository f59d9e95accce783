"""Issue 10 case 8: `checklist update` must not rebuild the log once per entry (quadratic)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tinydb.table import Table

from ita_tui.checklist.model import Checklist, Indicator, Item
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, UpdateChecklist


def _checklist(items: int, reworded: bool = False) -> Checklist:
    return Checklist(
        title="t",
        organization="o",
        fiscal_year=2566,
        indicators=(
            Indicator(
                number=1,
                title="i",
                items=tuple(
                    Item(id=f"1.{k}", number=k, text=f"ข้อ {k}" + (" แก้ไข" if reworded else ""))
                    for k in range(1, items + 1)
                ),
            ),
        ),
    )


def test_case8_checklist_update_rebuilds_the_log_table_for_every_entry(tmp_path, monkeypatch):
    from ita_tui.checklist import file as checklist_file

    source = tmp_path / "c.json"
    checklist_file.save(_checklist(300), source)
    store = ProgressStore.open(tmp_path / "db.json", user="a", checklist_path=source)
    for k in range(1, 40):
        store.apply(AddNote(f"1.{k}", "x"))
    new = _checklist(300, reworded=True)
    new = replace(new, indicators=(replace(new.indicators[0], items=new.indicators[0].items[100:]),))
    rebuilds = []
    real = Table._update_table

    def counting(self, updater):
        rebuilds.append(self.name)
        return real(self, updater)

    monkeypatch.setattr(Table, "_update_table", counting)
    report = store.apply(UpdateChecklist(new)).value
    assert len(report.removed) == 100 and len(report.changed) == 200
    assert rebuilds.count("log") == 1
    entries = [e for e in store.log() if e.action == "checklist-update"]
    assert len(entries) == 301
    assert entries[0].shown("before").text("en") == "not done; 1 notes; 0 links"
    assert Path(store.path).exists()
