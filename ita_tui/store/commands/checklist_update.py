"""The commands that put a whole checklist in the database: the first one, when the database is
created, and a corrected one (`checklist update`), whose kept ids keep their progress."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.diff import ChecklistUpdate, compare_checklists, item_texts, refuse_other_checklist
from ita_tui.checklist.model import Checklist
from ita_tui.store.log_phrases import Coded, Side
from ita_tui.store.schema import histories, new_meta
from ita_tui.store.tables import append_many, log_record
from ita_tui.store.transaction import Command, Transaction
from ita_tui.store.validate import clean_text

Plan = tuple[ChecklistUpdate, dict[str, tuple[str, str]]]


@dataclass(frozen=True)
class CreateDatabase(Command[None]):
    """The new database's meta record, holding the checklist read from `source`."""

    source: Path
    checklist: Checklist

    def apply(self, tx: Transaction) -> None:
        meta = tx.db.table("meta")
        if meta.all():  # another process created it while we waited
            return
        meta.insert(new_meta(str(self.source), self.checklist))
        created = ("created-from", {"items": len(self.checklist.item_ids()), "source": self.source.name})
        tx.log("create", "", "", created)


@dataclass(frozen=True)
class UpdateChecklist(Command[ChecklistUpdate]):
    """Apply a corrected checklist: kept ids keep their state; removed items' history stays in
    the database (and is logged); the change's value says what was kept, added and removed.

    Another organization's or fiscal year's checklist is refused unless `force`: its ids
    ("2.1" …) would take over progress made on different items."""

    checklist: Checklist
    force: bool = False
    planned: tuple[Checklist, Plan, dict[str, Any]] | None = field(default=None, compare=False, repr=False)

    def prepared(self, checklist: Checklist) -> UpdateChecklist:
        # Compared before the lock; done again under it only if another process changed the
        # checklist in between. The lock is held for one linear pass and the write.
        plan = checklist_plan(checklist, self.checklist)
        return replace(self, planned=(checklist, plan, checklist_file.checklist_to_dict(self.checklist)))

    def apply(self, tx: Transaction) -> ChecklistUpdate:
        checklist, old = self.checklist, tx.checklist
        if not self.force:
            refuse_other_checklist(old, checklist)
        planned = self.planned
        report, changed_texts = (
            planned[1] if planned and planned[0] is old else checklist_plan(old, checklist)
        )
        stored = planned[2] if planned else checklist_file.checklist_to_dict(checklist)
        meta = tx.db.table("meta")
        meta.update({"checklist": stored}, doc_ids=[meta.all()[0].doc_id])
        pasts = histories(tx.tables(), report.removed)
        removed: Coded = ("removed-from-checklist", {})
        entries: list[tuple[str, Side, Side]] = [
            (item_id, pasts[item_id], removed) for item_id in report.removed
        ]
        entries += [(item_id, "", ("added-to-checklist", {})) for item_id in report.added]
        entries += [(item_id, before, after) for item_id, (before, after) in changed_texts.items()]
        counts = {"kept": len(report.kept), "added": len(report.added), "removed": len(report.removed)}
        entries.append(
            (
                "",
                ("item-count", {"items": len(old.item_ids())}),
                ("update-counts", {"items": len(checklist.item_ids()), **counts}),
            )
        )
        records = [
            log_record(tx.user, "checklist-update", item_id, before, after, tx.now())
            for item_id, before, after in entries
        ]
        append_many(tx.db, "log", records)
        return report


def checklist_plan(old: Checklist, new: Checklist) -> Plan:
    """What replacing `old` by `new` keeps, adds and removes, and the reworded items' texts as
    the log keeps them (before, after)."""
    report = compare_checklists(old, new)
    old_texts, new_texts = item_texts(old), item_texts(new)
    return report, {i: (clean_text(old_texts[i]), clean_text(new_texts[i])) for i in report.changed}
