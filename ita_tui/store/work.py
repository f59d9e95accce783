"""One transaction of the store: its TinyDB and checklist while it runs, then the version and
the snapshot the change hands back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ita_tui.checklist.ids import find_item_id
from ita_tui.checklist.model import Checklist
from ita_tui.store.records import Change, Snapshot
from ita_tui.store.schema import snapshot_of

if TYPE_CHECKING:
    from ita_tui.store.store import ProgressStore

T = TypeVar("T")


class Work:
    """One transaction's TinyDB and checklist; once written, the version and the way to the
    snapshot the change hands back."""

    def __init__(self, db: Any, checklist: Checklist) -> None:
        self.db = db
        self.checklist = checklist
        self.version: object = None
        self.changed = True
        self.rekey: dict[str, str] = {}  # a renumbering's new id -> old id, to undo it
        self.make_snapshot: Callable[[], Snapshot] = no_snapshot

    def finish(self, store: ProgressStore) -> None:
        """Note the store's version and snapshot now (under its lock, right after the write)."""
        self.version = store._token
        snapshot = store._snapshot
        if snapshot is not None:
            self.make_snapshot = lambda: snapshot
        else:
            checklist, tables = store._checklist, dict(store._tables)  # later changes replace tables
            assert checklist is not None
            self.make_snapshot = lambda: snapshot_of(checklist, tables)

    def item_id(self, typed: str) -> str:
        """The checklist's id of the item `typed` names (an old id, an alias, finds it too)."""
        aliases = {r["alias"]: r["item"] for r in self.db.storage.read().get("aliases", {}).values()}
        return find_item_id(self.checklist, typed, aliases)

    def change(self, value: T) -> Change[T]:
        """The change's result for the caller."""
        return Change(value, self.version, self.make_snapshot, self.changed)


def no_snapshot() -> Snapshot:
    """Placeholder until a transaction has finished."""
    raise RuntimeError("the transaction has not finished")
