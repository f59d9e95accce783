"""Commands on an item's progress notes and evidence links: add, correct a note's text, retract
(take out of the views and reports; the log keeps it), and the inverses that undo them. Notes and
links are numbered per item in the order added (1, 2 …), as `status` and `log` show them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.store.commands.states import unverify
from ita_tui.store.records import Link, Note
from ita_tui.store.rows import LINKS, NOTES, Codec, LinkRow, NoteRow
from ita_tui.store.tables import Table, refuse_past_limit
from ita_tui.store.transaction import Command, Inverse, Payload, Transaction
from ita_tui.store.validate import clean_line, clean_text, web_address

R = TypeVar("R", NoteRow, LinkRow)


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
        number = refuse_past_limit(tx.db, NOTES, item_id)
        row = NoteRow(item_id, tx.user, tx.now(), self.text)
        doc = tx.table(NOTES).append([row])
        tx.log("note", item_id, "", self.text, undo=PutRetracted("note", doc, True), number=number)
        return _note(row, number)


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
        number = refuse_past_limit(tx.db, LINKS, item_id)
        row = LinkRow(item_id, url, label, tx.user, tx.now())
        doc = tx.table(LINKS).append([row])
        undo = PutRetracted("link", doc, True)
        tx.log("link", item_id, "", f"{url} {label}".strip(), undo=undo, number=number)
        unverify(tx, item_id, ("link-added", {"url": url}))
        return _link(row, number)


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
        doc, row = _numbered(tx, NOTES, item_id, number)
        if row.retracted_at:
            raise StoreError("err_note_retracted", item=item_id, number=number, by=row.retracted_by)
        if row.text == text:
            return _note(row, number)
        edited = row._replace(text=text, edited_by=tx.user, edited_at=tx.now())
        tx.table(NOTES).replace(doc, edited)
        tx.log("note-edit", item_id, row.text, text, undo=PutNoteText(doc, row.text), number=number)
        return _note(edited, number)


@dataclass(frozen=True)
class RetractNote(Command[Note]):
    """Take note `number` out of the views and reports; it stays in the log."""

    item_id: str
    number: int

    def apply(self, tx: Transaction) -> Note:
        item_id = tx.item_id(self.item_id)
        doc, row = _numbered(tx, NOTES, item_id, self.number)
        if not row.retracted_at:
            tx.table(NOTES).replace(doc, row._replace(retracted_by=tx.user, retracted_at=tx.now()))
            _log_retract(tx, "note", item_id, doc, self.number, row.text)
        return _note(row, self.number)


@dataclass(frozen=True)
class RetractLink(Command[Link]):
    """Take link `number` out of the views and reports; it stays in the log."""

    item_id: str
    number: int

    def apply(self, tx: Transaction) -> Link:
        item_id = tx.item_id(self.item_id)
        doc, row = _numbered(tx, LINKS, item_id, self.number)
        if not row.retracted_at:
            tx.table(LINKS).replace(doc, row._replace(retracted_by=tx.user, retracted_at=tx.now()))
            _log_retract(tx, "link", item_id, doc, self.number, f"{row.url} {row.label}".strip())
        return _link(row, self.number)


def _log_retract(tx: Transaction, kind: str, item_id: str, doc: int, number: int, shown: str) -> None:
    """The log entry of a retraction, with the text the note or link showed."""
    tx.log(f"{kind}-retract", item_id, shown, "", undo=PutRetracted(kind, doc, False), number=number)


@dataclass(frozen=True)
class PutNoteText(Inverse):
    """Undo of a note's correction: its text back as it was."""

    doc: int
    text: str
    op = ("note-text",)

    def payload(self) -> Payload:
        return {"op": self.op[0], "doc": self.doc, "text": self.text}

    @classmethod
    def from_payload(cls, payload: Payload) -> PutNoteText:
        return cls(payload["doc"], payload["text"])

    def apply(self, tx: Transaction) -> Inverse:
        notes = tx.table(NOTES)
        row = _kept(notes.get(self.doc))
        notes.replace(self.doc, row._replace(text=self.text, edited_by=tx.user, edited_at=tx.now()))
        return PutNoteText(self.doc, row.text)


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
        by, at = (tx.user, tx.now()) if self.retract else ("", "")
        if self.kind == "note":
            _set_retracted(tx.table(NOTES), self.doc, by, at)
        else:
            _set_retracted(tx.table(LINKS), self.doc, by, at)
        return PutRetracted(self.kind, self.doc, not self.retract)


def _set_retracted(table: Table[R], doc: int, by: str, at: str) -> None:
    table.replace(doc, _kept(table.get(doc))._replace(retracted_by=by, retracted_at=at))


def _kept(row: R | None) -> R:
    """The row an undo changes (StoreError when the file lost it: nothing to undo)."""
    if row is None:
        raise StoreError("err_nothing_to_undo")
    return row


def _numbered(tx: Transaction, codec: Codec[R], item_id: str, number: int) -> tuple[int, R]:
    """Note (or link) `number` of the item, counted among all of them as status and log show them."""
    mine = [(doc, row) for doc, row in tx.table(codec).rows() if row.item == item_id]
    if not 1 <= number <= len(mine):
        key = "err_no_note" if codec is NOTES else "err_no_link"
        raise StoreError(key, item=item_id, number=number, count=len(mine))
    return mine[number - 1]


def _note(r: NoteRow, number: int) -> Note:
    return Note(r.item, r.author, r.at, r.text, number, r.edited_by, r.edited_at)


def _link(r: LinkRow, number: int) -> Link:
    return Link(r.item, r.url, r.label, r.author, r.at, number, r.edited_by, r.edited_at)
