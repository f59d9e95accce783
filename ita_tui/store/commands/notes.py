"""Commands on an item's progress notes and evidence links: add, correct a note's text, retract
(take out of the views and reports; the log keeps it), and the inverses that undo them. Notes and
links are numbered per item in the order added (1, 2 …), as `status` and `log` show them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.store.commands.states import unverify
from ita_tui.store.migrate import UNCORRECTED
from ita_tui.store.records import Link, Note
from ita_tui.store.schema import ordered
from ita_tui.store.tables import append, refuse_past_limit
from ita_tui.store.transaction import Command, Inverse, Payload, Transaction
from ita_tui.store.validate import clean_line, clean_text, web_address


@dataclass(frozen=True)
class AddNote(Command[Note]):
    """Append a progress note to the item."""

    item_id: str
    text: str

    def prepared(self, checklist: Checklist) -> AddNote:
        text = clean_text(self.text)
        if not text.strip():
            raise StoreError("err_note_empty")
        return replace(self, text=text)

    def apply(self, tx: Transaction) -> Note:
        item_id = tx.item_id(self.item_id)
        number = refuse_past_limit(tx.db, "notes", item_id)
        note = Note(item_id, tx.user, tx.now(), self.text, number)
        record = {"item": item_id, "author": note.author, "at": note.at, "text": self.text}
        doc = append(tx.db, "notes", {**record, **UNCORRECTED})
        tx.log("note", item_id, "", self.text, undo=PutRetracted("note", doc, True), number=number)
        return note


@dataclass(frozen=True)
class AddLink(Command[Link]):
    """Add an evidence link (where the agency published it) to the item."""

    item_id: str
    url: str
    label: str = ""

    def prepared(self, checklist: Checklist) -> AddLink:
        return replace(self, url=web_address(self.url), label=clean_line(self.label.strip()))

    def apply(self, tx: Transaction) -> Link:
        item_id, url, label = tx.item_id(self.item_id), self.url, self.label
        number = refuse_past_limit(tx.db, "links", item_id)
        link = Link(item_id, url, label, tx.user, tx.now(), number)
        record = {"item": item_id, "url": url, "label": label, "author": link.author, "at": link.at}
        doc = append(tx.db, "links", {**record, **UNCORRECTED})
        undo = PutRetracted("link", doc, True)
        tx.log("link", item_id, "", f"{url} {label}".strip(), undo=undo, number=number)
        unverify(tx, item_id, ("link-added", {"url": url}))
        return link


@dataclass(frozen=True)
class EditNote(Command[Note]):
    """Correct note `number` of the item; the old text stays in the log, the note shows who
    corrected it and when."""

    item_id: str
    number: int
    text: str

    def prepared(self, checklist: Checklist) -> EditNote:
        return replace(self, text=AddNote(self.item_id, self.text).prepared(checklist).text)

    def apply(self, tx: Transaction) -> Note:
        item_id, number, text = tx.item_id(self.item_id), self.number, self.text
        doc, record = _numbered(tx, "notes", item_id, number)
        if record["retracted_at"]:
            raise StoreError("err_note_retracted", item=item_id, number=number, by=record["retracted_by"])
        note = _note(record, number)
        if record["text"] == text:
            return note
        tx.db.table("notes").update(
            {"text": text, "edited_by": tx.user, "edited_at": tx.now()}, doc_ids=[doc]
        )
        undo = PutNoteText(doc, record["text"])
        tx.log("note-edit", item_id, record["text"], text, undo=undo, number=number)
        return Note(item_id, note.author, note.at, text, number, tx.user, tx.now())


@dataclass(frozen=True)
class RetractNote(Command[Note]):
    """Take note `number` out of the views and reports; it stays in the log."""

    item_id: str
    number: int

    def apply(self, tx: Transaction) -> Note:
        item_id = tx.item_id(self.item_id)
        doc, record = _numbered(tx, "notes", item_id, self.number)
        _retract(tx, "note", item_id, doc, record, self.number, record["text"])
        return _note(record, self.number)


@dataclass(frozen=True)
class RetractLink(Command[Link]):
    """Take link `number` out of the views and reports; it stays in the log."""

    item_id: str
    number: int

    def apply(self, tx: Transaction) -> Link:
        item_id = tx.item_id(self.item_id)
        doc, record = _numbered(tx, "links", item_id, self.number)
        shown = f"{record['url']} {record['label']}".strip()
        _retract(tx, "link", item_id, doc, record, self.number, shown)
        return _link(record, self.number)


def _retract(
    tx: Transaction, kind: str, item_id: str, doc: int, record: Any, number: int, shown: str
) -> None:
    """Retract the note or link `doc` (unless it already is), logged with the text it showed."""
    if not record["retracted_at"]:
        tx.db.table(f"{kind}s").update({"retracted_by": tx.user, "retracted_at": tx.now()}, doc_ids=[doc])
        tx.log(f"{kind}-retract", item_id, shown, "", undo=PutRetracted(kind, doc, False), number=number)


@dataclass(frozen=True)
class PutNoteText(Inverse):
    """Undo of a note's correction: its text back as it was."""

    doc: int
    text: str
    op = ("note-text",)

    def payload(self) -> Payload:
        return {"op": "note-text", "doc": self.doc, "text": self.text}

    @classmethod
    def from_payload(cls, payload: Payload) -> PutNoteText:
        return cls(payload["doc"], payload["text"])

    def apply(self, tx: Transaction) -> Inverse:
        inverse = PutNoteText(self.doc, _record(tx, "notes", self.doc)["text"])
        fields = {"text": self.text, "edited_by": tx.user, "edited_at": tx.now()}
        tx.db.table("notes").update(fields, doc_ids=[self.doc])
        return inverse


@dataclass(frozen=True)
class PutRetracted(Inverse):
    """Undo of adding or retracting a note or link: it is retracted (`retract`) or put back."""

    kind: str  # "note" or "link"
    doc: int
    retract: bool
    op = ("note-retract", "link-retract", "note-restore", "link-restore")

    def payload(self) -> Payload:
        return {"op": f"{self.kind}-{'retract' if self.retract else 'restore'}", "doc": self.doc}

    @classmethod
    def from_payload(cls, payload: Payload) -> PutRetracted:
        kind, action = payload["op"].split("-")
        return cls(kind, payload["doc"], action == "retract")

    def apply(self, tx: Transaction) -> Inverse:
        table = f"{self.kind}s"
        _record(tx, table, self.doc)
        by, at = (tx.user, tx.now()) if self.retract else ("", "")
        tx.db.table(table).update({"retracted_by": by, "retracted_at": at}, doc_ids=[self.doc])
        return PutRetracted(self.kind, self.doc, not self.retract)


def _record(tx: Transaction, table: str, doc: int) -> Any:
    """The record `doc` of `table` (StoreError when the file lost it: nothing to undo)."""
    record = tx.db.table(table).get(doc_id=doc)
    if record is None:
        raise StoreError("err_nothing_to_undo")
    return record


def _numbered(tx: Transaction, table: str, item_id: str, number: int) -> tuple[int, dict[str, Any]]:
    """Note (or link) `number` of the item, counted among all of them as status and log show them."""
    mine = [(doc, r) for doc, r in ordered(tx.tables().get(table, {})) if r["item"] == item_id]
    if not 1 <= number <= len(mine):
        key = "err_no_note" if table == "notes" else "err_no_link"
        raise StoreError(key, item=item_id, number=number, count=len(mine))
    doc, record = mine[number - 1]
    return doc, dict(record)  # a copy: the table's own record changes with the update


def _note(r: dict[str, Any], number: int) -> Note:
    return Note(r["item"], r["author"], r["at"], r["text"], number, r["edited_by"], r["edited_at"])


def _link(r: dict[str, Any], number: int) -> Link:
    return Link(r["item"], r["url"], r["label"], r["author"], r["at"], number, r["edited_by"], r["edited_at"])
