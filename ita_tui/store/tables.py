"""A table of a transaction's TinyDB, read and written as typed rows through its codec (rows.py):
all of them in the order added, the one a condition finds, put, replace, remove and append;
and the rules commands share on who may review, which OS login may act as a name, and how many
notes an item may hold."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Generic, TypeVar

from ita_tui.errors import StoreError
from ita_tui.limits import NOTES_PER_ITEM_MAX
from ita_tui.locale import Phrase
from ita_tui.store import identity
from ita_tui.store.rows import USERS, Codec, LinkRow, NoteRow
from ita_tui.store.vocabulary import SUPERVISOR

if TYPE_CHECKING:
    from tinydb import TinyDB

R = TypeVar("R")
Kept = TypeVar("Kept", NoteRow, LinkRow)
Found = tuple[int, R]  # a row and its document id


class Table(Generic[R]):
    """One table of the transaction's TinyDB as rows of `codec`."""

    def __init__(self, db: TinyDB, codec: Codec[R]) -> None:
        self.codec = codec
        self._table = db.table(codec.name)

    def rows(self) -> list[Found[R]]:
        """Every row with its document id, in the order added (by document id)."""
        decode = self.codec.decode
        return sorted(((doc.doc_id, decode(doc)) for doc in self._table), key=lambda pair: pair[0])

    def find(self, matches: Callable[[R], bool]) -> Found[R] | None:
        """The first row (in the order added) that `matches`, or None."""
        return next(((doc, row) for doc, row in self.rows() if matches(row)), None)

    def get(self, doc: int) -> R | None:
        """The row of document `doc`, or None."""
        found = self._table.get(doc_id=doc)
        return None if found is None else self.codec.decode(found)

    def put(self, current: Found[R] | None, row: R) -> None:
        """Replace the row `current` (or add one when None) with `row`."""
        if current is None:
            self._table.insert(self.codec.encode(row))
        else:
            self.replace(current[0], row)

    def replace(self, doc: int, row: R) -> None:
        """Document `doc` holds `row` now (its keys keep their place in the file)."""
        self._table.update(self.codec.encode(row), doc_ids=[doc])

    def remove(self, doc: int) -> None:
        self._table.remove(doc_ids=[doc])

    def append(self, rows: Iterable[R]) -> int:
        """Add rows to an append-only table under the next document ids, in one TinyDB update
        (TinyDB rebuilds the whole table on each: one per record made `checklist update`
        quadratic); returns the first id (0 when there were none)."""
        ids = self._table.insert_multiple(self.codec.encode(row) for row in rows)
        return ids[0] if ids else 0


def refuse_past_limit(db: TinyDB, codec: Codec[Kept], item_id: str) -> int:
    """StoreError when the item already has as many notes (or links) as the limit allows; else
    the number the next one gets."""
    count = sum(1 for _, row in Table(db, codec).rows() if row.item == item_id)
    if count >= NOTES_PER_ITEM_MAX:
        raise StoreError(
            "err_notes_limit",
            item=item_id,
            count=f"{count:,}",
            table=codec.name,
            limit=f"{NOTES_PER_ITEM_MAX:,}",
        )
    return count + 1


def supervisors(db: TinyDB) -> list[str]:
    """The names of the users who may review, in the order added."""
    return [row.name for _, row in Table(db, USERS).rows() if row.role == SUPERVISOR]


def refuse_non_supervisor(db: TinyDB, user: str, doing: str) -> None:
    """StoreError naming who may do this unless `user` is a supervisor (`doing`: a key, "doing_…")."""
    names = supervisors(db)
    if user in names:
        return
    if not names:
        raise StoreError("err_no_supervisor", doing=Phrase(doing))
    raise StoreError("err_not_supervisor", doing=Phrase(doing), names=", ".join(names), user=user)


def refuse_other_login(db: TinyDB, user: str, login: str, web: bool, doing: str) -> None:
    """StoreError naming the OS login that alone may act as `user` when the user's record names
    one and this process runs as another `login` (whatever --user said). A browser session the
    server vouched for (`web`) acts as the name its login page established."""
    found = Table(db, USERS).find(lambda r: r.name == user)
    identity.refuse_other_login(user, (found[1].login or "") if found else "", login, web, doing)
