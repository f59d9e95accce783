"""The table changes that edit the agency's units and which units a responsible text means, each
with its log entry. ProgressStore runs them under its lock, in one durable write.

Once a supervisor is recorded, only supervisors may change them (a workflow rule, as for users).
"""

from __future__ import annotations

from typing import Any

from ita_tui.checklist.model import unit_key
from ita_tui.errors import StoreError
from ita_tui.store.changes import find, log, put, refuse_non_supervisor, supervisors
from ita_tui.store.records import now_iso


def _may_edit(db: Any, user: str) -> None:
    if supervisors(db):
        refuse_non_supervisor(db, user, "doing_units")


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


def add_unit(db: Any, user: str, name: str, parent: str = "") -> str:
    """Add a unit (a sub-unit of `parent` when given); returns its name."""
    _may_edit(db, user)
    if not name.strip():
        raise StoreError("err_unit_needs_name")
    if _named(db, name) is not None:
        raise StoreError("err_unit_exists", unit=name)
    if parent:
        parent = _existing(db, parent)["name"]
    at = now_iso()
    db.table("units").insert({"name": name, "parent": parent, "by": user, "at": at})
    log(db, user, "unit-add", "", "", f"{name} ({parent})" if parent else name, at)
    return name


def rename_unit(db: Any, user: str, old: str, new: str) -> str:
    """Rename a unit everywhere it is named: sub-units, mappings, users; returns the new name."""
    _may_edit(db, user)
    record = _existing(db, old)
    old = record["name"]
    if not new.strip():
        raise StoreError("err_unit_needs_name")
    other = _named(db, new)
    if other is not None and other.doc_id != record.doc_id:
        raise StoreError("err_unit_exists", unit=new)
    at = now_iso()
    units = db.table("units")
    units.update({"name": new, "by": user, "at": at}, doc_ids=[record.doc_id])
    for sub in units.all():
        if sub["parent"] == old:
            units.update({"parent": new}, doc_ids=[sub.doc_id])
    _replace_in_maps(db, old, [new])
    users = db.table("users")
    for person in users.all():
        if person["unit"] == old:
            users.update({"unit": new}, doc_ids=[person.doc_id])
    log(db, user, "unit-rename", "", old, new, at)
    return new


def remove_unit(db: Any, user: str, name: str) -> str:
    """Remove a unit: its sub-units become units of their own, mappings forget it."""
    _may_edit(db, user)
    record = _existing(db, name)
    name = record["name"]
    units = db.table("units")
    units.remove(doc_ids=[record.doc_id])
    for sub in units.all():
        if sub["parent"] == name:
            units.update({"parent": ""}, doc_ids=[sub.doc_id])
    _replace_in_maps(db, name, [])
    log(db, user, "unit-remove", "", name, "")
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


def map_units(db: Any, user: str, responsible: str, names: list[str]) -> tuple[str, ...]:
    """Confirm which defined units a responsible text means; returns them."""
    _may_edit(db, user)
    if not names:
        raise StoreError("err_map_needs_units")
    found = tuple(dict.fromkeys(_existing(db, n)["name"] for n in names))
    maps = db.table("unit_map")
    key = unit_key(responsible)
    current = find(maps, "responsible", key)
    at = now_iso()
    put(maps, current, {"responsible": key, "units": list(found), "by": user, "at": at})
    before = ", ".join(current["units"]) if current else ""
    log(
        db,
        user,
        "unit-map",
        "",
        f"{responsible}: {before}".rstrip(": "),
        f"{responsible}: {', '.join(found)}",
        at,
    )
    return found
