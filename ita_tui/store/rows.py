"""The database's records as typed rows: one named tuple per table, whose field names are
the record's keys in the file, in the file's order, and one `Codec` per table that turns a stored
record into its row and back. Every record read or written goes through a codec; nothing else
in the store names a record's keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, get_type_hints

from ita_tui.checklist.model import State
from ita_tui.store.vocabulary import ReviewStatus, Role

R = TypeVar("R")


class Codec(Generic[R]):
    """The table `name` of the file, whose records are rows of `row`; optional keys (a row's
    fields that default to None) are left out of a record when None. A field typed as a StrEnum
    (a state, review status or role) is read as its member; the file holds its value."""

    def __init__(self, name: str, row: type[R]) -> None:
        self.name = name
        self.row = row
        self._keys: tuple[str, ...] = row._fields  # type: ignore[attr-defined]
        hints = get_type_hints(row)
        self._enums = tuple(
            (n, kind)
            for n, kind in enumerate(hints[key] for key in self._keys)
            if isinstance(kind, type) and issubclass(kind, StrEnum)
        )

    def decode(self, record: Mapping[str, Any]) -> R:
        """The row a stored record holds (keys it does not know are left out). A checked file's
        records hold every key a row requires (schema.py), an enum's field one of its values; an
        optional key left out reads as None."""
        values: list[Any] = list(map(record.get, self._keys))
        for n, kind in self._enums:
            values[n] = kind(values[n])
        return self.row(*values)

    def encode(self, row: R) -> dict[str, Any]:
        """The record as stored, keys in the file's order (None left out)."""
        return {key: value for key, value in zip(self._keys, row, strict=True) if value is not None}  # type: ignore[call-overload]

    def rows(self, tables: Mapping[str, Any]) -> list[R]:
        """The table's rows as the file lists them (plain data, as read from the file)."""
        return [self.decode(record) for record in tables[self.name].values()]

    def ordered(self, tables: Mapping[str, Any]) -> list[R]:
        """The table's rows in the order added (by document id)."""
        table = tables[self.name]
        return [self.decode(table[doc_id]) for doc_id in sorted(table, key=int)]


class ItemKeyed(Protocol):
    """A row kept by item id (a renumbering moves it to the item's new id)."""

    @property
    def item(self) -> str: ...


class MetaRow(NamedTuple):
    format: str
    format_version: int
    created_at: str | None = None  # None: the file does not say (left out when written)
    created_from: str | None = None
    checklist: dict[str, Any] = {}
    migrated_at: str | None = None  # when a format 1 file was migrated


class StateRow(NamedTuple):
    item: str
    state: State
    reason: str
    by: str
    at: str


class ReviewRow(NamedTuple):
    item: str
    status: ReviewStatus
    comment: str
    by: str
    at: str


class NoteRow(NamedTuple):
    item: str
    author: str
    at: str
    text: str
    edited_by: str = ""
    edited_at: str = ""
    retracted_by: str = ""
    retracted_at: str = ""


class LinkRow(NamedTuple):
    item: str
    url: str
    label: str
    author: str
    at: str
    edited_by: str = ""
    edited_at: str = ""
    retracted_by: str = ""
    retracted_at: str = ""


class ResultRow(NamedTuple):
    item: str
    text: str
    by: str
    at: str


class OutcomeRow(NamedTuple):
    indicator: int
    text: str
    by: str
    at: str


class UserRow(NamedTuple):
    name: str
    role: Role
    unit: str
    by: str
    at: str
    login: str | None = None  # the OS login that alone may act as this name ("" or None: any)


class UnitRow(NamedTuple):
    name: str
    parent: str
    by: str
    at: str


class UnitMapRow(NamedTuple):
    responsible: str
    units: list[str]
    by: str
    at: str


class AliasRow(NamedTuple):
    alias: str
    item: str
    by: str
    at: str


class ScoreRow(NamedTuple):
    year: int  # the ITA's year (BE) the score was published for
    subject: str  # "1".."10", "IIT", "EIT", "OIT" or "total" (checklist/scores.py)
    score: str  # its decimal value as text: "82.5"
    by: str
    at: str


class IssuesRow(NamedTuple):
    indicator: int
    text: str  # ประเด็นที่ต้องแก้ไข/ปรับปรุง: what last year's score says to improve
    by: str
    at: str


class LogRow(NamedTuple):
    at: str
    user: str
    action: str
    item: str
    before: str
    after: str
    fields: dict[str, dict[str, Any]] | None = None  # the sides' fields when a side is a code
    undo: dict[str, Any] | None = None  # the inverse that undoes it
    number: int | None = None  # the note's or link's number
    undoes: str | None = None  # the document id of the entry an undo takes back
    redoes: str | None = None
    login: str | None = None  # the OS login of the process that made the change (None: older logs)
    web: bool | None = None  # True: made in a browser session of `ita-tui serve` (the server's login)

    def sides(self) -> tuple[str | tuple[str, dict[str, Any]], str | tuple[str, dict[str, Any]]]:
        """Its before and after: a text, or a code with its fields (log_phrases.Side)."""
        fields = self.fields or {}
        before = (self.before, fields["before"]) if "before" in fields else self.before
        after = (self.after, fields["after"]) if "after" in fields else self.after
        return before, after


META = Codec("meta", MetaRow)
STATES = Codec("states", StateRow)
REVIEWS = Codec("reviews", ReviewRow)
NOTES = Codec("notes", NoteRow)
LINKS = Codec("links", LinkRow)
RESULTS = Codec("results", ResultRow)
OUTCOMES = Codec("outcomes", OutcomeRow)
USERS = Codec("users", UserRow)
UNITS = Codec("units", UnitRow)
UNIT_MAP = Codec("unit_map", UnitMapRow)
ALIASES = Codec("aliases", AliasRow)
SCORES = Codec("scores", ScoreRow)
ISSUES = Codec("issues", IssuesRow)
LOG = Codec("log", LogRow)
