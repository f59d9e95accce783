"""What ProgressStore does to correct things: edit or retract a note, retract a link, edit the
checklist in place (items and indicators), renumber, and undo or redo the user's own changes.
Each method is one transaction of the store (one locked, durable write) with one log entry that
keeps before and after, and says how to undo it (undo.py)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ita_tui.checklist import edit
from ita_tui.checklist.file import checklist_to_dict
from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.store import changes, undo
from ita_tui.store.log_phrases import Coded, Side
from ita_tui.store.records import Change, Link, LogEntry, Note, now_iso
from ita_tui.store.schema import ordered
from ita_tui.store.validate import clean_item_fields, clean_line, clean_text

if TYPE_CHECKING:
    from ita_tui.store.work import Work

ChecklistChange = tuple[Checklist, str, str, Side]  # the new checklist, the item (or ""), before, after
REMOVED: Coded = ("removed-from-checklist", {})


class Edits:
    """The store's corrections, checklist edits and undo (mixed into ProgressStore)."""

    user: str

    if TYPE_CHECKING:  # ProgressStore's: lock, re-read, let the change run, one durable write

        def _transaction(self, *, creating: bool = False) -> AbstractContextManager[Work]: ...

    # ----- notes and links -----------------------------------------------------------------

    def edit_note(self, item_id: str, number: int, text: str) -> Change[Note]:
        """Correct note `number` of the item (numbers as `status` and `log` show them); the old
        text stays in the log, the note shows who corrected it and when."""
        text = clean_text(text)
        if not text.strip():
            raise StoreError("err_note_empty")
        with self._transaction() as work:
            item_id = work.item_id(item_id)
            doc, record = _numbered(work.db, "notes", item_id, number)
            if record["retracted_at"]:
                raise StoreError("err_note_retracted", item=item_id, number=number, by=record["retracted_by"])
            note = _note(record, number)
            if record["text"] != text:
                at = now_iso()
                work.db.table("notes").update(
                    {"text": text, "edited_by": self.user, "edited_at": at}, doc_ids=[doc]
                )
                undo_with = {"op": "note-text", "doc": doc, "text": record["text"]}
                changes.log(
                    work.db, self.user, "note-edit", item_id, record["text"], text, at, undo_with, number
                )
                note = Note(item_id, note.author, note.at, text, number, self.user, at)
        return work.change(note)

    def retract_note(self, item_id: str, number: int) -> Change[Note]:
        """Take note `number` out of the views and reports; it stays in the log."""
        return self._retract("notes", item_id, number)  # type: ignore[return-value]

    def retract_link(self, item_id: str, number: int) -> Change[Link]:
        """Take link `number` out of the views and reports; it stays in the log."""
        return self._retract("links", item_id, number)  # type: ignore[return-value]

    def _retract(self, table: str, item_id: str, number: int) -> Change[Note | Link]:
        with self._transaction() as work:
            item_id = work.item_id(item_id)
            doc, record = _numbered(work.db, table, item_id, number)
            value: Note | Link = _note(record, number) if table == "notes" else _link(record, number)
            if not record["retracted_at"]:
                at = now_iso()
                work.db.table(table).update({"retracted_by": self.user, "retracted_at": at}, doc_ids=[doc])
                shown = record["text"] if table == "notes" else f"{record['url']} {record['label']}".strip()
                kind = table[:-1]
                undo_with = {"op": f"{kind}-restore", "doc": doc}
                changes.log(work.db, self.user, f"{kind}-retract", item_id, shown, "", at, undo_with, number)
        return work.change(value)

    # ----- the checklist -------------------------------------------------------------------

    def add_item(self, indicator: int, text: str, *, after: str | None = None, **fields: Any) -> Change[str]:
        """Add an item to the indicator (after `after`, else last); returns its new id."""
        text, fields = clean_text(text.strip()), clean_item_fields(fields)

        def make(work: Work) -> ChecklistChange:
            place = work.item_id(after) if after else None
            new, item = edit.add_item(work.checklist, indicator, text, after=place, **fields)
            return new, item.id, "", _item_line(item)

        return self._edit_checklist("item-add", make)

    def edit_item(self, item_id: str, **fields: Any) -> Change[str]:
        """Change the item's text, period, follow-up, responsible unit or OIT codes (those given)."""
        fields = clean_item_fields(fields)

        def make(work: Work) -> ChecklistChange:
            found = work.item_id(item_id)
            new, old, changed = edit.edit_item(work.checklist, found, **fields)
            return new, found, _item_line(old), _item_line(changed)

        return self._edit_checklist("item-edit", make)

    def remove_item(self, item_id: str) -> Change[str]:
        """Take the item out of the checklist; its ticks, notes and links stay (undo brings them back)."""

        def make(work: Work) -> ChecklistChange:
            found = work.item_id(item_id)
            new, old = edit.remove_item(work.checklist, found)
            return new, found, _item_line(old), REMOVED

        return self._edit_checklist("item-remove", make)

    def move_item(self, item_id: str, indicator: int, *, after: str | None = None) -> Change[str]:
        """Move the item to the indicator (after `after`, else last); it keeps its id and progress."""

        def make(work: Work) -> ChecklistChange:
            found = work.item_id(item_id)
            place = work.item_id(after) if after else None
            was = work.checklist.indicator_of(found)
            assert was is not None
            new = edit.move_item(work.checklist, found, indicator, place)
            return (
                new,
                found,
                f"indicator {was.number}",
                f"indicator {indicator}" + (f" after {place}" if place else ""),
            )

        return self._edit_checklist("item-move", make)

    def add_indicator(self, number: int, title: str) -> Change[str]:
        """Add an empty indicator."""
        title = clean_line(title.strip())

        def make(work: Work) -> ChecklistChange:
            return edit.add_indicator(work.checklist, number, title), "", "", f"{number} {title}"

        return self._edit_checklist("indicator-add", make)

    def edit_indicator(self, number: int, title: str) -> Change[str]:
        """Change the indicator's title."""
        title = clean_line(title.strip())

        def make(work: Work) -> ChecklistChange:
            new, old = edit.edit_indicator(work.checklist, number, title)
            return new, "", f"{number} {old.title}", f"{number} {title}"

        return self._edit_checklist("indicator-edit", make)

    def remove_indicator(self, number: int) -> Change[str]:
        """Take the indicator and its items out; their progress stays (undo brings it back)."""

        def make(work: Work) -> ChecklistChange:
            new, old = edit.remove_indicator(work.checklist, number)
            ids = ", ".join(i.id for i in old.items) or "-"
            return new, "", f"{number} {old.title} (items {ids})", REMOVED

        return self._edit_checklist("indicator-remove", make)

    def renumber(self, number: int) -> Change[str]:
        """Number the indicator's items 1, 2 … in their order; each old id becomes an alias of the
        new one (`tick 2.3` still finds the item now 2.2) and its progress moves with it."""

        def make(work: Work) -> ChecklistChange:
            new, moves = edit.renumber(work.checklist, number)
            tables = work.db.storage.read()
            current = set(work.checklist.item_ids())
            at = now_iso()
            for target in moves.values():  # a removed item's history under a reused id is kept apart
                if target not in current and any(
                    r["item"] == target for name in undo.ITEM_TABLES for r in tables.get(name, {}).values()
                ):
                    moves = {**moves, target: f"{target} (removed {at})"}
            undo.rekey_items(work.db, moves)
            aliases = [{"alias": old, "item": now, "by": self.user, "at": at} for old, now in moves.items()]
            changes.append_many(work.db, "aliases", aliases)
            work.rekey = {now: old for old, now in moves.items()}
            shown = ", ".join(f"{old} -> {now}" for old, now in moves.items()) or "-"
            return new, "", f"indicator {number}", shown

        return self._edit_checklist("renumber", make)

    def _edit_checklist(self, action: str, make: Callable[[Work], ChecklistChange]) -> Change[str]:
        """One checklist edit: the new checklist replaces the old in one durable write, logged
        with before and after and the old checklist to undo it."""
        with self._transaction() as work:
            work.rekey = {}
            new, item_id, before, after = make(work)
            meta = work.db.table("meta")
            doc = meta.all()[0]
            undo_with: dict[str, Any] = {"op": "checklist", "checklist": doc["checklist"]}
            if work.rekey:
                undo_with["rekey"] = work.rekey
            meta.update({"checklist": checklist_to_dict(new)}, doc_ids=[doc.doc_id])
            changes.log(work.db, self.user, action, item_id, before, after, None, undo_with)
        return work.change(item_id or (after if isinstance(after, str) else ""))

    # ----- undo ----------------------------------------------------------------------------

    def undo(self) -> Change[LogEntry]:
        """Undo this user's newest change not undone yet (a new log entry; nothing is deleted)."""
        return self._take_back(redo=False)

    def redo(self) -> Change[LogEntry]:
        """Make again the change this user's newest undo took back."""
        return self._take_back(redo=True)

    def _take_back(self, *, redo: bool) -> Change[LogEntry]:
        with self._transaction() as work:
            log = work.db.storage.read()["log"]
            found = undo.target(log, self.user, redo)
            if found is None:
                raise StoreError("err_nothing_to_redo" if redo else "err_nothing_to_undo")
            doc_id, record = found
            inverse = undo.apply(work.db, self.user, record["undo"])
            action, at = ("redo" if redo else "undo"), now_iso()
            before, after = undo.sides_swapped(record)
            new_doc = changes.log(work.db, self.user, action, record["item"], before, after, at, inverse)
            work.db.table("log").update({"redoes" if redo else "undoes": doc_id}, doc_ids=[new_doc])
            took_back = undo.original(log, doc_id)
            entry = LogEntry(at, self.user, took_back, record["item"], record["after"], record["before"])
        return work.change(entry)


def _numbered(db: Any, table: str, item_id: str, number: int) -> tuple[int, dict[str, Any]]:
    """Note (or link) `number` of the item, counted among all of them as status and log show them."""
    mine = [(doc, r) for doc, r in ordered(db.storage.read().get(table, {})) if r["item"] == item_id]
    if not 1 <= number <= len(mine):
        key = "err_no_note" if table == "notes" else "err_no_link"
        raise StoreError(key, item=item_id, number=number, count=len(mine))
    doc, record = mine[number - 1]
    return doc, dict(record)  # a copy: the table's own record changes with the update


def _note(r: dict[str, Any], number: int) -> Note:
    return Note(r["item"], r["author"], r["at"], r["text"], number, r["edited_by"], r["edited_at"])


def _link(r: dict[str, Any], number: int) -> Link:
    return Link(r["item"], r["url"], r["label"], r["author"], r["at"], number, r["edited_by"], r["edited_at"])


def _item_line(item: Any) -> str:
    """An item as the log keeps it: id, text and the fields that are set."""
    parts = [f"{item.id} {item.text}"]
    parts += [
        f"{name}: {getattr(item, name)}"
        for name in ("period", "follow_up", "responsible")
        if getattr(item, name)
    ]
    if item.oit_codes:
        parts.append("oit: " + " ".join(item.oit_codes))
    return " | ".join(parts)
