"""What ProgressStore records beside states: progress notes, evidence links and corrected
checklists. Each method is one transaction of the store (one locked, durable write)."""

from __future__ import annotations

import shlex
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.diff import ChecklistUpdate, compare_checklists, item_texts, refuse_other_checklist
from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.store import changes
from ita_tui.store.log_phrases import Coded, Side
from ita_tui.store.migrate import UNCORRECTED
from ita_tui.store.records import Change, Link, Note, now_iso
from ita_tui.store.schema import histories, meta_record
from ita_tui.store.validate import clean_line, clean_text, web_address

if TYPE_CHECKING:
    from ita_tui.store.work import Work


class Recording:
    """The store's note, link and checklist-update changes, and the check that a checklist given
    at open is the one in use (mixed into ProgressStore)."""

    user: str
    path: Path
    _tables: dict[str, Any]

    if TYPE_CHECKING:  # ProgressStore's: lock, re-read, let the change run, one durable write

        def _transaction(self, *, creating: bool = False) -> AbstractContextManager[Work]: ...

        @property
        def checklist(self) -> Checklist: ...

    def _refuse_other_checklist_file(self, checklist_path: Path) -> None:
        """StoreError saying what to do when `--checklist FILE` names another checklist than the
        one this database holds (the same content, or the file it was made from, is fine)."""
        created_from = meta_record(self._tables).get("created_from", "")
        if created_from and Path(created_from).resolve() == checklist_path.resolve():
            return
        given = checklist_file.load(checklist_path)
        if given == self.checklist:
            return
        db, file = shlex.quote(str(self.path)), shlex.quote(str(checklist_path))
        raise StoreError(
            "err_db_other_checklist",
            db=self.path,
            file=checklist_path,
            org=self.checklist.organization,
            year=self.checklist.fiscal_year,
            update=f"ita-tui --db {db} checklist update {file}",
        )

    def add_note(self, item_id: str, text: str) -> Change[Note]:
        """Append a progress note to the item; returns it once durable."""
        text = clean_text(text)
        if not text.strip():
            raise StoreError("err_note_empty")
        with self._transaction() as work:
            item_id = work.item_id(item_id)
            number = changes.refuse_past_limit(work.db, "notes", item_id)
            note = Note(item_id, self.user, now_iso(), text, number)
            doc = changes.append(
                work.db,
                "notes",
                {"item": item_id, "author": note.author, "at": note.at, "text": text, **UNCORRECTED},
            )
            undo = {"op": "note-retract", "doc": doc}
            changes.log(work.db, self.user, "note", item_id, "", text, note.at, undo, number)
        return work.change(note)

    def add_link(self, item_id: str, url: str, label: str = "") -> Change[Link]:
        """Add an evidence link (where the agency published it) to the item; returns it once durable."""
        url, label = web_address(url), clean_line(label.strip())
        with self._transaction() as work:
            item_id = work.item_id(item_id)
            number = changes.refuse_past_limit(work.db, "links", item_id)
            link = Link(item_id, url, label, self.user, now_iso(), number)
            record = {"item": item_id, "url": url, "label": label, "author": link.author, "at": link.at}
            doc = changes.append(work.db, "links", {**record, **UNCORRECTED})
            undo = {"op": "link-retract", "doc": doc}
            changes.log(
                work.db, self.user, "link", item_id, "", f"{url} {label}".strip(), link.at, undo, number
            )
            changes.unverify(work.db, self.user, item_id, ("link-added", {"url": url}), link.at)
        return work.change(link)

    def update_checklist(self, checklist: Checklist, *, force: bool = False) -> Change[ChecklistUpdate]:
        """Apply a corrected checklist: kept ids keep their state; removed items' history stays
        in the database (and is logged); returns what was kept, added and removed.

        Another organization's or fiscal year's checklist is refused unless `force`: its ids
        ("2.1" …) would take over progress made on different items."""
        # Compared and encoded before the lock; done again under it only if another process
        # changed the checklist in between. The lock is held for one linear pass and the write.
        planned = self.checklist
        plan = checklist_plan(planned, checklist)
        checklist_dict = checklist_file.checklist_to_dict(checklist)
        with self._transaction() as work:
            db, old = work.db, work.checklist
            if not force:
                refuse_other_checklist(old, checklist)
            report, changed_texts = plan if old is planned else checklist_plan(old, checklist)
            meta = db.table("meta")
            meta.update({"checklist": checklist_dict}, doc_ids=[meta.all()[0].doc_id])
            pasts = histories(db.storage.read(), report.removed)
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
            at = now_iso()
            changes.append_many(
                db,
                "log",
                [
                    changes.log_record(self.user, "checklist-update", item_id, before, after, at)
                    for item_id, before, after in entries
                ],
            )
        return work.change(report)


def checklist_plan(old: Checklist, new: Checklist) -> tuple[ChecklistUpdate, dict[str, tuple[str, str]]]:
    """What replacing `old` by `new` keeps, adds and removes, and the reworded items' texts as
    the log keeps them (before, after)."""
    report = compare_checklists(old, new)
    old_texts, new_texts = item_texts(old), item_texts(new)
    return report, {i: (clean_text(old_texts[i]), clean_text(new_texts[i])) for i in report.changed}
