"""Commands on who works on the checklist and the agency's units: record a user and their role,
add, rename and remove units, and confirm which units a responsible text means; each with its log
entry. Once a supervisor is recorded, only supervisors may make them (a workflow rule: anyone
who can write the file can edit it), and under a name whose record names an OS login, only from
that login.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ita_tui.checklist.model import Checklist, unit_key
from ita_tui.errors import StoreError
from ita_tui.store import log_phrases
from ita_tui.store.identity import login_problem
from ita_tui.store.log_phrases import Side
from ita_tui.store.records import User
from ita_tui.store.rows import UNIT_MAP, UNITS, USERS, UnitMapRow, UnitRow, UserRow
from ita_tui.store.tables import Found, refuse_non_supervisor, refuse_other_login, supervisors
from ita_tui.store.transaction import Command, Transaction
from ita_tui.store.validate import clean_line
from ita_tui.store.vocabulary import ROLES, Role


def _may_edit(tx: Transaction) -> None:
    refuse_other_login(tx.db, tx.user, tx.login, tx.web, "doing_units")
    if supervisors(tx.db):
        refuse_non_supervisor(tx.db, tx.user, "doing_units")


def _named(tx: Transaction, name: str) -> Found[UnitRow] | None:
    """The unit whose name is `name` written with any spacing, or None."""
    key = unit_key(name)
    return tx.table(UNITS).find(lambda r: unit_key(r.name) == key)


def _existing(tx: Transaction, name: str) -> Found[UnitRow]:
    found = _named(tx, name)
    if found is None:
        names = ", ".join(r.name for _, r in tx.table(UNITS).rows()) or "-"
        raise StoreError("err_no_unit", unit=name, units=names)
    return found


@dataclass(frozen=True)
class AddUser(Command[User]):
    """Record a user and their role (supervisor or staff), unit and the OS login that alone may
    act as them (`login` None: the one recorded stays; "": none, any login may); once a supervisor
    is recorded, only supervisors may."""

    name: str
    role: Role | str  # a Role, or its value as the CLI writes it ("staff")
    unit: str = ""
    login: str | None = None

    def prepared(self, checklist: Checklist) -> AddUser:
        login = None if self.login is None else self.login.strip()
        if login and login_problem(login):
            raise StoreError("err_login_bad", login=clean_line(login))
        return replace(
            self, name=clean_line(self.name.strip()), unit=clean_line(self.unit.strip()), login=login
        )

    def apply(self, tx: Transaction) -> User:
        name, unit = self.name, self.unit
        if self.role not in ROLES:
            raise StoreError("err_unknown_role", role=self.role, roles=", ".join(ROLES))
        role = Role(self.role)
        if not name.strip():
            raise StoreError("err_user_needs_name")
        refuse_other_login(tx.db, tx.user, tx.login, tx.web, "doing_users")
        if supervisors(tx.db):
            refuse_non_supervisor(tx.db, tx.user, "doing_users")
        users = tx.table(USERS)
        current = users.find(lambda r: r.name == name)
        was = (current[1].login or "") if current else ""
        login = was if self.login is None else self.login
        users.put(current, UserRow(name, role, unit, tx.user, tx.now(), login if login or was else None))
        before: Side = log_phrases.role(current[1].role, current[1].unit) if current else ""
        tx.log("user", "", before, log_phrases.user_role(name, role, unit))
        if login != was:
            tx.log("user-login", "", log_phrases.user_login(name, was), log_phrases.user_login(name, login))
        return User(name, role, unit, login)


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
        if _named(tx, name) is not None:
            raise StoreError("err_unit_exists", unit=name)
        if parent:
            parent = _existing(tx, parent)[1].name
        tx.table(UNITS).put(None, UnitRow(name, parent, tx.user, tx.now()))
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
        new = self.new
        _may_edit(tx)
        doc, unit = _existing(tx, self.old)
        old = unit.name
        if not new.strip():
            raise StoreError("err_unit_needs_name")
        other = _named(tx, new)
        if other is not None and other[0] != doc:
            raise StoreError("err_unit_exists", unit=new)
        units = tx.table(UNITS)
        units.replace(doc, unit._replace(name=new, by=tx.user, at=tx.now()))
        for sub_doc, sub in units.rows():
            if sub.parent == old:
                units.replace(sub_doc, sub._replace(parent=new))
        _replace_in_maps(tx, old, [new])
        users = tx.table(USERS)
        for person_doc, person in users.rows():
            if person.unit == old:
                users.replace(person_doc, person._replace(unit=new))
        tx.log("unit-rename", "", old, new)
        return new


@dataclass(frozen=True)
class RemoveUnit(Command[str]):
    """Remove a unit: its sub-units become units of their own, mappings forget it; its name."""

    name: str

    def apply(self, tx: Transaction) -> str:
        _may_edit(tx)
        doc, unit = _existing(tx, self.name)
        units = tx.table(UNITS)
        units.remove(doc)
        for sub_doc, sub in units.rows():
            if sub.parent == unit.name:
                units.replace(sub_doc, sub._replace(parent=""))
        _replace_in_maps(tx, unit.name, [])
        tx.log("unit-remove", "", unit.name, "")
        return unit.name


def _replace_in_maps(tx: Transaction, old: str, new: list[str]) -> None:
    """Every confirmed mapping naming `old` names `new` instead (none: the mapping is dropped
    when nothing is left, and the text is read from its words again)."""
    maps = tx.table(UNIT_MAP)
    for doc, mapping in maps.rows():
        if old in mapping.units:
            names = list(dict.fromkeys(n for u in mapping.units for n in (new if u == old else [u])))
            if names:
                maps.replace(doc, mapping._replace(units=names))
            else:
                maps.remove(doc)


@dataclass(frozen=True)
class MapUnits(Command[tuple[str, ...]]):
    """Confirm which defined units a responsible text means (the text itself is left as written)."""

    responsible: str
    units: tuple[str, ...]

    def apply(self, tx: Transaction) -> tuple[str, ...]:
        _may_edit(tx)
        if not self.units:
            raise StoreError("err_map_needs_units")
        found = tuple(dict.fromkeys(_existing(tx, n)[1].name for n in self.units))
        maps, key = tx.table(UNIT_MAP), unit_key(self.responsible)
        current = maps.find(lambda r: r.responsible == key)
        maps.put(current, UnitMapRow(key, list(found), tx.user, tx.now()))
        before = ", ".join(current[1].units) if current else ""
        shown = f"{self.responsible}: {', '.join(found)}"
        tx.log("unit-map", "", f"{self.responsible}: {before}".rstrip(": "), shown)
        return found
