"""The commands that put a whole checklist in the database: the first one, when the database is
created, and a corrected one (`checklist update`), whose kept ids keep their progress."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.diff import ChecklistUpdate, compare_checklists, item_texts, refuse_other_checklist
from ita_tui.checklist.model import Checklist
from ita_tui.store import log_phrases
from ita_tui.store.commands.checklist_edits import put_checklist
from ita_tui.store.log_phrases import Coded, Side
from ita_tui.store.rows import LINKS, LOG, META, NOTES, STATES, MetaRow
from ita_tui.store.schema import FORMAT_NAME, FORMAT_VERSION
from ita_tui.store.transaction import Command, Transaction
from ita_tui.store.validate import clean_text

Plan = tuple[ChecklistUpdate, dict[str, tuple[str, str]]]


@dataclass(frozen=True)
class CreateDatabase(Command[None]):
    """The new database's meta record, holding the checklist read from `source`."""

    source: Path
    checklist: Checklist

    def apply(self, tx: Transaction) -> None:
        meta = tx.table(META)
        if meta.rows():  # another process created it while we waited
            return
        stored = checklist_file.checklist_to_dict(self.checklist)
        meta.put(None, MetaRow(FORMAT_NAME, FORMAT_VERSION, tx.now(), str(self.source), stored))
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
        # Compared and encoded before the lock; compared again under it only if another process
        # changed the checklist in between. The lock is held for one linear pass and the write.
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
        put_checklist(tx, planned[2] if planned else checklist_file.checklist_to_dict(checklist))
        pasts = histories(tx, report.removed)
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
        tx.table(LOG).append(tx.log_row("checklist-update", *entry) for entry in entries)
        return report


def checklist_plan(old: Checklist, new: Checklist) -> Plan:
    """What replacing `old` by `new` keeps, adds and removes, and the reworded items' texts as
    the log keeps them (before, after)."""
    report = compare_checklists(old, new)
    old_texts, new_texts = item_texts(old), item_texts(new)
    return report, {i: (clean_text(old_texts[i]), clean_text(new_texts[i])) for i in report.changed}


def histories(tx: Transaction, item_ids: tuple[str, ...]) -> dict[str, Coded]:
    """Each item's state, note and link counts (retracted ones left out), as the log keeps them,
    in one pass over the tables."""
    wanted = set(item_ids)
    states = {row.item: row for _, row in tx.table(STATES).rows() if row.item in wanted}
    notes = dict.fromkeys(wanted, 0)
    for _, note in tx.table(NOTES).rows():
        if note.item in notes and not note.retracted_at:
            notes[note.item] += 1
    links = dict.fromkeys(wanted, 0)
    for _, link in tx.table(LINKS).rows():
        if link.item in links and not link.retracted_at:
            links[link.item] += 1
    return {i: log_phrases.history(states.get(i), notes[i], links[i]) for i in item_ids}
