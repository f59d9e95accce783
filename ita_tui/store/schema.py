"""The progress database's content as plain data: its format, the checks a file must pass, and
its records read back as snapshots, log entries and history lines (no TinyDB, no file access).

Format 2 (format 1 files are migrated by migrate.py) has these tables, each a dict from document
id ("1", "2" …) to record, as TinyDB keeps them in its JSON file:

- `meta`: the format mark and the checklist;
- `states`: one record per item whose state was ever set: not-started, in-progress, done, na (+ reason);
- `reviews`: one record per item a supervisor verified or returned (removed when the item changes);
- `notes`, `links`: append-only; a correction fills `edited_by/at`, a retraction `retracted_by/at`,
  and the old text goes to the log;
- `results` (per item, สรุปผลการดำเนินการ) and `outcomes` (per indicator, ผลลัพธ์หรือความสำเร็จ);
- `users` (name, role, unit), `units` (name, parent unit or ""), `unit_map` (a responsible text's key and
  the units it means, once confirmed), `aliases` (an old item id and the item's id now);
- `scores`: the ITA's published scores, one record per year and subject (an indicator 1–10, a
  tool IIT/EIT/OIT, or the total), with who entered it and when. Added within format 2: a file
  without it reads as having none;
- `issues` (per indicator, ประเด็นที่ต้องแก้ไข/ปรับปรุง: what last year's score says to improve, for
  the measures document), added within format 2 as `scores` was;
- `log`: the append-only activity log. A record may also hold `number` (a note's or link's
  number among the item's), `undo`, `undoes`, `redoes` (how to undo it, see commands/undo.py),
  `login` (the OS login of the process that made it) and `web` (true: a browser session of
  `ita-tui serve`); a user may hold `login` (the OS login that alone may act as that name): fields
  added within format 2, which readers that do not know them ignore.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist, State
from ita_tui.checklist.scores import Score
from ita_tui.limits import NOTES_PER_ITEM_MAX, TEXT_MAX
from ita_tui.locale import Phrase
from ita_tui.store import log_phrases
from ita_tui.store.records import ItemState, Link, LogEntry, Note, Review, Snapshot, User, Written
from ita_tui.store.rows import (
    ALIASES,
    ISSUES,
    LINKS,
    LOG,
    NOTES,
    OUTCOMES,
    RESULTS,
    REVIEWS,
    SCORES,
    STATES,
    UNIT_MAP,
    UNITS,
    USERS,
    ItemKeyed,
)
from ita_tui.store.vocabulary import ReviewStatus, Role
from ita_tui.text import one_line

R = TypeVar("R", bound=ItemKeyed)

FORMAT_NAME = "ita-tui-db"
FORMAT_VERSION = 2
TABLES = (
    "meta",
    "states",
    "reviews",
    "notes",
    "links",
    "results",
    "outcomes",
    "users",
    "units",
    "unit_map",
    "aliases",
    "scores",
    "issues",
    "log",
)


class UnusableFile(Exception):
    """A database file's content cannot be used; `phrase` says why ("is empty" …)."""

    def __init__(self, key: str, /, **fields: object) -> None:
        super().__init__(key)
        self.phrase = Phrase(key, **fields)


def decode(raw: bytes) -> dict[str, Any]:
    """Parse and check the database file's bytes; UnusableFile saying what is wrong."""
    import json

    from ita_tui.limits import OverLimit, load_json

    if not raw.strip():
        raise UnusableFile("bad_empty")
    try:
        tables = load_json(raw.decode("utf-8"))
    except OverLimit as exc:
        raise UnusableFile("bad_limit", problem=exc.phrase) from None
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3:
            raise UnusableFile("bad_cut_in_char") from None
        raise UnusableFile("bad_not_utf8") from None
    except json.JSONDecodeError as exc:
        raise UnusableFile("bad_json", line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    if not isinstance(tables, dict):
        raise UnusableFile("bad_other_json")
    meta = meta_record(tables)
    if tables.get("format") == checklist_file.FORMAT_NAME:
        raise UnusableFile("bad_is_checklist")
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        raise UnusableFile("bad_other_json")
    version = meta.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UnusableFile("bad_no_version")
    if version > FORMAT_VERSION:
        raise UnusableFile("bad_newer", version=version, reads=FORMAT_VERSION)
    problem = shape_problem(tables, FIELDS_V1 if version == 1 else FIELDS)
    if problem:
        raise UnusableFile("bad_damaged", problem=problem)
    return tables


def meta_record(tables: dict[str, Any]) -> Any:
    """The single meta record, or None."""
    meta = tables.get("meta")
    if isinstance(meta, dict) and len(meta) == 1:
        return next(iter(meta.values()))
    return None


def format_version(tables: dict[str, Any]) -> int:
    """The format version of tables that passed `decode`."""
    version: int = meta_record(tables)["format_version"]
    return version


_LOG: dict[str, type] = {"at": str, "user": str, "action": str, "item": str, "before": str, "after": str}
_CORRECTED = {"edited_by": str, "edited_at": str, "retracted_by": str, "retracted_at": str}
FIELDS_V1: dict[str, dict[str, type]] = {
    "states": {"item": str, "done": bool, "by": str, "at": str},
    "notes": {"item": str, "author": str, "at": str, "text": str},
    "links": {"item": str, "url": str, "label": str, "author": str, "at": str},
    "log": _LOG,
}
FIELDS: dict[str, dict[str, type]] = {
    "states": {"item": str, "state": State, "reason": str, "by": str, "at": str},
    "reviews": {"item": str, "status": ReviewStatus, "comment": str, "by": str, "at": str},
    "notes": {"item": str, "author": str, "at": str, "text": str, **_CORRECTED},
    "links": {"item": str, "url": str, "label": str, "author": str, "at": str, **_CORRECTED},
    "results": {"item": str, "text": str, "by": str, "at": str},
    "outcomes": {"indicator": int, "text": str, "by": str, "at": str},
    "users": {"name": str, "role": Role, "unit": str, "by": str, "at": str},
    "units": {"name": str, "parent": str, "by": str, "at": str},
    "unit_map": {"responsible": str, "units": list, "by": str, "at": str},
    "aliases": {"alias": str, "item": str, "by": str, "at": str},
    "scores": {"year": int, "subject": str, "score": str, "by": str, "at": str},
    "issues": {"indicator": int, "text": str, "by": str, "at": str},
    "log": _LOG,
}
OPTIONAL: dict[str, dict[str, type]] = {  # keys added within format 2: of this type when present
    "users": {"login": str},
    "log": {"login": str, "web": bool},
}


def shape_problem(tables: dict[str, Any], fields_of: dict[str, dict[str, type]]) -> Phrase | None:
    """What is wrong with the tables' shape, or None when every record is as expected."""
    if not isinstance(meta_record(tables).get("checklist"), dict):
        return Phrase("bad_no_checklist")
    if not all(_DOC_ID.fullmatch(doc_id) for doc_id in tables["meta"]):
        return Phrase("bad_meta_unnumbered")
    for name, fields in fields_of.items():
        optional = OPTIONAL.get(name, {})
        table = tables.get(name, {})
        if not isinstance(table, dict):
            return Phrase("bad_table_not_object", table=name)
        per_item: dict[str, int] = {}
        for doc_id, record in table.items():
            if not _DOC_ID.fullmatch(doc_id):
                return Phrase("bad_record_unnumbered", record=one_line(doc_id)[:40], table=name)
            if (
                not isinstance(record, dict)
                or any(not _fits(record.get(key), kind) for key, kind in fields.items())
                or any(not isinstance(record.get(key, kind()), kind) for key, kind in optional.items())
            ):
                return Phrase("bad_record_field", record=doc_id, table=name)
            for key, kind in fields.items():  # the log quotes texts (a link's URL and label): not checked
                if kind is str and name != "log" and len(record[key]) > TEXT_MAX:
                    return Phrase(
                        "bad_record_text_limit",
                        record=doc_id,
                        table=name,
                        field=key,
                        found=f"{len(record[key]):,}",
                        limit=f"{TEXT_MAX:,}",
                    )
            if name in ("notes", "links"):
                count = per_item[record["item"]] = per_item.get(record["item"], 0) + 1
                if count > NOTES_PER_ITEM_MAX:
                    return Phrase(
                        "bad_notes_limit",
                        item=one_line(record["item"])[:40],
                        table=name,
                        limit=f"{NOTES_PER_ITEM_MAX:,}",
                    )
        tables.setdefault(name, table)
    return None


def _fits(value: Any, kind: type) -> bool:
    """Whether a record's value is of its field's kind; a state, review status or role is one of
    the enum's values, written as text."""
    if issubclass(kind, StrEnum):
        return isinstance(value, str) and value in frozenset(kind)
    return isinstance(value, kind)


_DOC_ID = re.compile("[0-9]{1,9}")  # TinyDB reads ids as ints: a 5,000-digit one breaks every read


def snapshot_of(
    checklist: Checklist,
    tables: dict[str, Any],
    *,
    before: Snapshot | None = None,
    unchanged: frozenset[str] = frozenset(),
) -> Snapshot:
    """The checklist with the progress the tables (format 2) hold on its items. After a change,
    `before` (the snapshot of the same checklist before it) lends its notes and links when those
    tables are `unchanged`: a tick at 20,000 notes rebuilds no note."""
    ids = set(checklist.item_ids())
    if before is not None and before.checklist is checklist:
        notes_of = before.notes if NOTES.name in unchanged else None
        links_of = before.links if LINKS.name in unchanged else None
    else:
        notes_of = links_of = None
    if notes_of is None:
        notes: dict[str, list[Note]] = {}
        for number, r in _numbered(NOTES.ordered(tables)):
            if r.item in ids and not r.retracted_at:
                note = Note(r.item, r.author, r.at, r.text, number, r.edited_by, r.edited_at)
                notes.setdefault(r.item, []).append(note)
        notes_of = {k: tuple(v) for k, v in notes.items()}
    if links_of is None:
        links: dict[str, list[Link]] = {}
        for number, k in _numbered(LINKS.ordered(tables)):
            if k.item in ids and not k.retracted_at:
                link = Link(k.item, k.url, k.label, k.author, k.at, number, k.edited_by, k.edited_at)
                links.setdefault(k.item, []).append(link)
        links_of = {k: tuple(v) for k, v in links.items()}
    units = UNITS.ordered(tables)
    return Snapshot(
        checklist=checklist,
        states={
            r.item: ItemState(r.item, r.state, r.by, r.at, r.reason)
            for r in STATES.rows(tables)
            if r.item in ids
        },
        notes=notes_of,
        links=links_of,
        reviews={
            r.item: Review(r.item, r.status, r.comment, r.by, r.at)
            for r in REVIEWS.rows(tables)
            if r.item in ids
        },
        results={r.item: Written(r.text, r.by, r.at) for r in RESULTS.rows(tables)},
        outcomes={r.indicator: Written(r.text, r.by, r.at) for r in OUTCOMES.rows(tables)},
        users={r.name: User(r.name, r.role, r.unit, r.login or "") for r in USERS.ordered(tables)},
        units=tuple(r.name for r in units),
        unit_parents={r.name: r.parent for r in units if r.parent},
        unit_map={r.responsible: tuple(r.units) for r in UNIT_MAP.ordered(tables)},
        aliases={r.alias: r.item for r in ALIASES.ordered(tables)},
        scores=_scores(tables),
        issues={r.indicator: Written(r.text, r.by, r.at) for r in ISSUES.rows(tables)},
    )


def _scores(tables: dict[str, Any]) -> dict[int, dict[str, Score]]:
    """The published scores by year, then by subject."""
    scores: dict[int, dict[str, Score]] = {}
    for r in SCORES.ordered(tables):
        scores.setdefault(r.year, {})[r.subject] = Score(r.year, r.subject, r.score, r.by, r.at)
    return scores


def _numbered(rows: list[R]) -> list[tuple[int, R]]:
    """Each note (or link) with its number among its item's, in the order added."""
    counts: dict[str, int] = {}
    numbered = []
    for row in rows:
        counts[row.item] = number = counts.get(row.item, 0) + 1
        numbered.append((number, row))
    return numbered


def log_entries(log: dict[str, Any], since: date | None = None, *, last: int | None = None) -> list[LogEntry]:
    """The log table's entries, oldest first; only those on or after `since` when given, and only
    the `last` ones when given (the others are never turned into entries). Records written before
    the log held codes have their English fixed phrases read as codes here."""
    if last is not None:
        import heapq

        log = {key: log[key] for key in sorted(heapq.nlargest(last, log, key=int), key=int)}
    entries = []
    for doc_id in sorted(log, key=int):
        r = LOG.decode(log[doc_id])
        if _well_formed(r.fields):
            before, after, fields = r.before, r.after, r.fields
        else:
            before, after, fields = log_phrases.old_sides(r.action, r.before, r.after)
        entries.append(
            LogEntry(
                r.at,
                r.user,
                r.action,
                r.item,
                before,
                after,
                r.number or 0,
                fields or {},
                r.login or "",
                r.web is True,
            )
        )
    if since is not None:
        day = since.isoformat()
        entries = [e for e in entries if e.at[:10] >= day]
    return entries


def _well_formed(fields: Any) -> bool:
    """Whether a log record's `fields` is {"before"/"after": {name: value}} (codes are in use)."""
    return (
        isinstance(fields, dict)
        and set(fields) <= {"before", "after"}
        and all(isinstance(v, dict) and all(isinstance(k, str) for k in v) for v in fields.values())
    )
