"""Commands that edit the checklist in place: add, change, remove and move items, add, retitle
and remove indicators, renumber an indicator's items; and the inverse that puts a checklist back.
Each writes the new checklist in one durable write, logged with before and after and the old
checklist to undo it. An item's id is its place: adding or moving an item numbers the indicators
it touches again, and the records of each item whose id changed follow it (`follow_ids`)."""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar

from ita_tui.checklist import edit
from ita_tui.checklist.fields import BY_NAME, DETAIL_FIELDS, ITEM_FIELDS
from ita_tui.checklist.file import checklist_to_dict
from ita_tui.checklist.model import Checklist, Item
from ita_tui.store.log_phrases import Coded, Side
from ita_tui.store.rows import ALIASES, LINKS, META, NOTES, RESULTS, REVIEWS, STATES, AliasRow
from ita_tui.store.tables import Table
from ita_tui.store.transaction import Command, Inverse, Payload, Transaction
from ita_tui.store.validate import clean_item_fields, clean_line

REMOVED: Coded = ("removed-from-checklist", {})


@dataclass(frozen=True)
class Edited:
    """What a checklist edit made: the new checklist, the item (or ""), the log's before and
    after, and a renumbering's new id -> old id (to undo it)."""

    checklist: Checklist
    item_id: str
    before: Side
    after: Side
    rekey: dict[str, str] = field(default_factory=dict)


class ChecklistEdit(Command[str]):
    """One edit of the checklist; the change's value is the item's id (or the log's "after")."""

    action: ClassVar[str]  # the log entry's action

    @abstractmethod
    def edit(self, tx: Transaction) -> Edited:
        """The edited checklist, from the transaction's."""

    def apply(self, tx: Transaction) -> str:
        done = self.edit(tx)
        undo = PutChecklist(put_checklist(tx, checklist_to_dict(done.checklist)), done.rekey)
        tx.log(self.action, done.item_id, done.before, done.after, undo=undo)
        return done.item_id or (done.after if isinstance(done.after, str) else "")


def _item_line(item: Item) -> Coded:
    """An item as the log keeps it: a code whose fields are its id, its text and each other field
    that is set (said in the reader's language, log_phrases.ITEM_DETAIL_WORDS)."""
    details = {f.name: f.written(item) for f in DETAIL_FIELDS if f.written(item)}
    return ("item-line", {"id": item.id, "text": item.text, **details})


def _in_indicator(number: int) -> Coded:
    """An indicator whose items were numbered again."""
    return ("in-indicator", {"number": number})


def _item_in(item_id: str, number: int) -> Coded:
    """Where a moved item was or is now: its id there and the indicator."""
    return ("item-in-indicator", {"id": item_id, "number": number})


@dataclass(frozen=True)
class AddItem(ChecklistEdit):
    """Add an item to the indicator (after `after`, else last); its new id."""

    indicator: int
    text: str
    after: str | None = None
    period: str = ""
    follow_up: str = ""
    responsible: str = ""
    oit_codes: tuple[str, ...] = ()
    action = "item-add"

    def prepared(self, checklist: Checklist) -> AddItem:
        return replace(self, **clean_item_fields({f.name: getattr(self, f.name) for f in ITEM_FIELDS}))

    def edit(self, tx: Transaction) -> Edited:
        place = tx.item_id(self.after) if self.after else None
        details = {f.name: getattr(self, f.name) for f in DETAIL_FIELDS}  # all but the text
        new, item, moves = edit.add_item(tx.checklist, self.indicator, self.text, after=place, **details)
        return Edited(new, item.id, "", _item_line(item), follow_ids(tx, moves, item.id))


@dataclass(frozen=True)
class EditItem(ChecklistEdit):
    """Change the item's text, period, follow-up, responsible unit or OIT codes (those given)."""

    item_id: str
    text: str | None = None
    period: str | None = None
    follow_up: str | None = None
    responsible: str | None = None
    oit_codes: tuple[str, ...] | None = None
    action = "item-edit"

    @classmethod
    def one_field(cls, item_id: str, name: str, value: str | tuple[str, ...]) -> EditItem:
        """Change one field of the item, named as checklist.fields.ITEM_FIELDS names it."""
        given: dict[str, Any] = {BY_NAME[name].name: value}
        return replace(cls(item_id), **given)

    def changes(self) -> dict[str, Any]:
        """The fields given, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self)[1:] if getattr(self, f.name) is not None}

    def prepared(self, checklist: Checklist) -> EditItem:
        return replace(self, **clean_item_fields(self.changes()))

    def edit(self, tx: Transaction) -> Edited:
        found = tx.item_id(self.item_id)
        new, old, changed = edit.edit_item(tx.checklist, found, **self.changes())
        return Edited(new, found, _item_line(old), _item_line(changed))


@dataclass(frozen=True)
class RemoveItem(ChecklistEdit):
    """Take the item out of the checklist; its ticks, notes and links stay (undo brings them back)."""

    item_id: str
    action = "item-remove"

    def edit(self, tx: Transaction) -> Edited:
        found = tx.item_id(self.item_id)
        new, old = edit.remove_item(tx.checklist, found)
        return Edited(new, found, _item_line(old), REMOVED)


@dataclass(frozen=True)
class MoveItem(ChecklistEdit):
    """Move the item to the indicator (after `after`, else last): it takes the id of its new place
    and keeps its progress, notes and links; the value is its new id."""

    item_id: str
    indicator: int
    after: str | None = None
    action = "item-move"

    def edit(self, tx: Transaction) -> Edited:
        found = tx.item_id(self.item_id)
        place = tx.item_id(self.after) if self.after else None
        was = tx.checklist.indicator_of(found)
        assert was is not None
        new, moves = edit.move_item(tx.checklist, found, self.indicator, place)
        now = moves.get(found, found)
        before, after = _item_in(found, was.number), _item_in(now, self.indicator)
        return Edited(new, now, before, after, follow_ids(tx, moves))


@dataclass(frozen=True)
class AddIndicator(ChecklistEdit):
    """Add an empty indicator."""

    number: int
    title: str
    action = "indicator-add"

    def prepared(self, checklist: Checklist) -> AddIndicator:
        return replace(self, title=clean_line(self.title.strip()))

    def edit(self, tx: Transaction) -> Edited:
        new = edit.add_indicator(tx.checklist, self.number, self.title)
        return Edited(new, "", "", f"{self.number} {self.title}")


@dataclass(frozen=True)
class EditIndicator(ChecklistEdit):
    """Change the indicator's title."""

    number: int
    title: str
    action = "indicator-edit"

    def prepared(self, checklist: Checklist) -> EditIndicator:
        return replace(self, title=clean_line(self.title.strip()))

    def edit(self, tx: Transaction) -> Edited:
        new, old = edit.edit_indicator(tx.checklist, self.number, self.title)
        return Edited(new, "", f"{self.number} {old.title}", f"{self.number} {self.title}")


@dataclass(frozen=True)
class RemoveIndicator(ChecklistEdit):
    """Take the indicator and its items out; their progress stays (undo brings it back)."""

    number: int
    action = "indicator-remove"

    def edit(self, tx: Transaction) -> Edited:
        new, old = edit.remove_indicator(tx.checklist, self.number)
        ids = ", ".join(i.id for i in old.items) or "-"
        return Edited(
            new, "", ("indicator-items", {"number": self.number, "title": old.title, "items": ids}), REMOVED
        )


@dataclass(frozen=True)
class Renumber(ChecklistEdit):
    """Number the indicator's items 1, 2 … in their order; each old id becomes an alias of the
    new one (`tick 2.3` still finds the item now 2.2) and its progress moves with it."""

    number: int
    action = "renumber"

    def edit(self, tx: Transaction) -> Edited:
        new, moves = edit.renumber(tx.checklist, self.number)
        shown = ", ".join(f"{old} -> {now}" for old, now in moves.items()) or "-"
        return Edited(new, "", _in_indicator(self.number), shown, follow_ids(tx, moves))


def follow_ids(tx: Transaction, moves: dict[str, str], new_item: str = "") -> dict[str, str]:
    """The records of each item whose id changed (old -> new) follow it, and each old id becomes
    an alias of the new one (`tick 2.3` still finds the item now 2.4 when no item is 2.3); a
    removed item's history under an id now taken is kept apart. Returns what undo does: each id
    now back to its id then, and what was recorded under `new_item` (an item added) kept apart."""
    current, at = set(tx.checklist.item_ids()), tx.now()
    kept = {row.item for table in _item_tables(tx) for _, row in table.rows()}
    targets = [*moves.values(), *([new_item] if new_item else [])]
    apart = {t: f"{t} (removed {at})" for t in targets if t not in current and t in kept}
    rekey_items(tx, {**moves, **apart})
    tx.table(ALIASES).append(AliasRow(old, now, tx.user, at) for old, now in moves.items())
    undo = {now: old for old, now in {**moves, **apart}.items()}
    if new_item:
        undo.setdefault(new_item, f"{new_item} (removed {at})")
    return undo


@dataclass(frozen=True)
class PutChecklist(Inverse):
    """Undo of a checklist edit: the checklist back as it was (as stored), and renumbered ids'
    records back under their ids (`rekey`: id now -> id then)."""

    checklist: dict[str, Any]
    rekey: dict[str, str] = field(default_factory=dict)
    op = ("checklist",)

    def payload(self) -> Payload:
        payload: Payload = {"op": self.op[0], "checklist": self.checklist}
        if self.rekey:
            payload["rekey"] = self.rekey
        return payload

    @classmethod
    def from_payload(cls, payload: Payload) -> PutChecklist:
        return cls(payload["checklist"], payload.get("rekey") or {})

    def apply(self, tx: Transaction) -> Inverse:
        if self.rekey:
            rekey_items(tx, self.rekey)
        return PutChecklist(put_checklist(tx, self.checklist), {new: old for old, new in self.rekey.items()})


def put_checklist(tx: Transaction, checklist: dict[str, Any]) -> dict[str, Any]:
    """The database holds `checklist` (as stored) now; the one it held before."""
    meta = tx.table(META)
    doc, row = meta.rows()[0]
    meta.replace(doc, row._replace(checklist=checklist))
    return row.checklist


def rekey_items(tx: Transaction, moves: dict[str, str]) -> None:
    """Records of item `old` become records of item `new`, for every old -> new in `moves`."""
    for table in _item_tables(tx):
        for doc, row in table.rows():
            if row.item in moves:
                table.replace(doc, row._replace(item=moves[row.item]))


def _item_tables(tx: Transaction) -> tuple[Table[Any], ...]:
    """The tables whose rows are kept by item id."""
    return tuple(tx.table(codec) for codec in (STATES, REVIEWS, NOTES, LINKS, RESULTS))
