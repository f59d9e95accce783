"""Commands on who works on the checklist and the agency's units: record a user and their role,
add, rename and remove units, and confirm which units a responsible text means; each with its log
entry. Once a supervisor is recorded, only supervisors may make them (a workflow rule: anyone
who can write the file can edit it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ita_tui.checklist.model import Checklist, unit_key
from ita_tui.errors import StoreError
from ita_tui.store import log_phrases
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import ROLES, User
from ita_tui.store.tables import find, put, refuse_non_supervisor, supervisors
from ita_tui.store.transaction import Command, Transaction
from ita_tui.store.validate import clean_line


def _may_edit(tx: Transaction) -> None:
    if supervisors(tx.db):
        refuse_non_supervisor(tx.db, tx.user, "doing_units")


def _named(db: Any, name: str) -> Any:
    """The unit record whose name is `name` written with any spacing, or None."""
    key = unit_key(name)
    return next((r for r in db.table("units").all() if unit_key(r["name"]) == key), None)


def _existing(db: Any, name: str) -> Any:
    record = _named(db, name)
    if record is None:
        names = ", ".join(r["name"] for r in db.table("units").all()) or "-"
        raise StoreError("err_no_unit", unit=name, units=names)
    return record


@dataclass(frozen=True)
class AddUser(Command[User]):
    """Record a user and their role (supervisor or staff) and unit; once a supervisor is
    recorded, only supervisors may."""

    name: str
    role: str
    unit: str = ""

    def prepared(self, checklist: Checklist) -> AddUser:
        return replace(self, name=clean_line(self.name.strip()), unit=clean_line(self.unit.strip()))

    def apply(self, tx: Transaction) -> User:
        name, role, unit = self.name, self.role, self.unit
        if role not in ROLES:
            raise StoreError("err_unknown_role", role=role, roles=", ".join(ROLES))
        if not name.strip():
            raise StoreError("err_user_needs_name")
        if supervisors(tx.db):
            refuse_non_supervisor(tx.db, tx.user, "doing_users")
        users = tx.db.table("users")
        current = find(users, "name", name)
        put(users, current, {"name": name, "role": role, "unit": unit, "by": tx.user, "at": tx.now()})
        before: Side = log_phrases.role(current["role"], current["unit"]) if current else ""
        tx.log("user", "", before, log_phrases.user_role(name, role, unit))
        return User(name, role, unit)


@dataclass(frozen=True)
class AddUnit(Command[str]):
    """Add one of the agency's units (a sub-unit of `parent` when given); its name."""

    name: str
    parent: str = ""

    def prepared(self, checklist: Checklist) -> AddUnit:
        return replace(self, name=clean_line(self.name.strip()), parent=clean_line(self.parent.strip()))

    def apply(self, tx: Transaction) -> str:
        name, parent = self.name, self.parent
        _may_edit(tx)
        if not name.strip():
            raise StoreError("err_unit_needs_name")
        if _named(tx.db, name) is not None:
            raise StoreError("err_unit_exists", unit=name)
        if parent:
            parent = _existing(tx.db, parent)["name"]
        tx.db.table("units").insert({"name": name, "parent": parent, "by": tx.user, "at": tx.now()})
        tx.log("unit-add", "", "", f"{name} ({parent})" if parent else name)
        return name


@dataclass(frozen=True)
class RenameUnit(Command[str]):
    """Rename a unit wherever it is named (sub-units, confirmed mappings, users); the new name."""

    old: str
    new: str

    def prepared(self, checklist: Checklist) -> RenameUnit:
        return replace(self, new=clean_line(self.new.strip()))

    def apply(self, tx: Transaction) -> str:
        db, new = tx.db, self.new
        _may_edit(tx)
        record = _existing(db, self.old)
        old = record["name"]
        if not new.strip():
            raise StoreError("err_unit_needs_name")
        other = _named(db, new)
        if other is not None and other.doc_id != record.doc_id:
            raise StoreError("err_unit_exists", unit=new)
        units = db.table("units")
        units.update({"name": new, "by": tx.user, "at": tx.now()}, doc_ids=[record.doc_id])
        for sub in units.all():
            if sub["parent"] == old:
                units.update({"parent": new}, doc_ids=[sub.doc_id])
        _replace_in_maps(db, old, [new])
        users = db.table("users")
        for person in users.all():
            if person["unit"] == old:
                users.update({"unit": new}, doc_ids=[person.doc_id])
        tx.log("unit-rename", "", old, new)
        return new


@dataclass(frozen=True)
class RemoveUnit(Command[str]):
    """Remove a unit: its sub-units become units of their own, mappings forget it; its name."""

    name: str

    def apply(self, tx: Transaction) -> str:
        _may_edit(tx)
        record = _existing(tx.db, self.name)
        name: str = record["name"]
        units = tx.db.table("units")
        units.remove(doc_ids=[record.doc_id])
        for sub in units.all():
            if sub["parent"] == name:
                units.update({"parent": ""}, doc_ids=[sub.doc_id])
        _replace_in_maps(tx.db, name, [])
        tx.log("unit-remove", "", name, "")
        return name


def _replace_in_maps(db: Any, old: str, new: list[str]) -> None:
    """Every confirmed mapping naming `old` names `new` instead (none: the mapping is dropped
    when nothing is left, and the text is read from its words again)."""
    maps = db.table("unit_map")
    for record in maps.all():
        if old in record["units"]:
            names = list(dict.fromkeys(n for u in record["units"] for n in (new if u == old else [u])))
            if names:
                maps.update({"units": names}, doc_ids=[record.doc_id])
            else:
                maps.remove(doc_ids=[record.doc_id])


@dataclass(frozen=True)
class MapUnits(Command[tuple[str, ...]]):
    """Confirm which defined units a responsible text means (the text itself is left as written)."""

    responsible: str
    units: tuple[str, ...]

    def apply(self, tx: Transaction) -> tuple[str, ...]:
        _may_edit(tx)
        if not self.units:
            raise StoreError("err_map_needs_units")
        found = tuple(dict.fromkeys(_existing(tx.db, n)["name"] for n in self.units))
        maps = tx.db.table("unit_map")
        key = unit_key(self.responsible)
        current = find(maps, "responsible", key)
        put(maps, current, {"responsible": key, "units": list(found), "by": tx.user, "at": tx.now()})
        before = ", ".join(current["units"]) if current else ""
        tx.log(
            "unit-map",
            "",
            f"{self.responsible}: {before}".rstrip(": "),
            f"{self.responsible}: {', '.join(found)}",
        )
        return found
