"""The progress database's content as plain data: its format, the checks a file must pass, and
its records read back as snapshots, log entries and history lines (no TinyDB, no file access).

The tables are `meta` (format mark and the checklist), `states` (one record per ticked item),
`notes` and `links` (append-only) and `log` (append-only activity log), each a dict from
document id ("1", "2" …) to record, as TinyDB keeps them in its JSON file.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist
from ita_tui.store.records import ItemState, Link, LogEntry, Note, Snapshot, now_iso
from ita_tui.text import one_line

FORMAT_NAME = "ita-tui-db"
FORMAT_VERSION = 1
TABLES = ("meta", "states", "notes", "links", "log")


class UnusableFile(Exception):
    """A database file's content cannot be used; the message says why, as one phrase."""


def new_meta(source: str, checklist: Checklist) -> dict[str, Any]:
    """The meta record of a new database holding `checklist`, made from the file `source`."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "created_at": now_iso(),
        "created_from": source,
        "checklist": checklist_file.checklist_to_dict(checklist),
    }


def decode(raw: bytes) -> dict[str, Any]:
    """Parse and check the database file's bytes; UnusableFile saying what is wrong."""
    import json

    if not raw.strip():
        raise UnusableFile("is empty")
    try:
        tables = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3:
            raise UnusableFile("is not valid JSON (it ends inside a character), perhaps cut short") from None
        raise UnusableFile("is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise UnusableFile(
            f"is not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg}), perhaps cut short"
        ) from None
    meta = meta_record(tables) if isinstance(tables, dict) else None
    if isinstance(tables, dict) and tables.get("format") == checklist_file.FORMAT_NAME:
        raise UnusableFile(
            "is a checklist file, not a progress database (give it as --checklist "
            "FILE, with --db naming the database to create)"
        )
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        raise UnusableFile("is not an ita-tui progress database (JSON of another kind)")
    version = meta.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UnusableFile("has no valid format version")
    if version > FORMAT_VERSION:
        raise UnusableFile(
            f"was written by a newer ita-tui (format version {version}; this one reads "
            f"{FORMAT_VERSION}): upgrade ita-tui"
        )
    problem = shape_problem(tables)
    if problem:
        raise UnusableFile(f"is damaged ({problem})")
    return tables


def meta_record(tables: dict[str, Any]) -> Any:
    """The single meta record, or None."""
    meta = tables.get("meta")
    if isinstance(meta, dict) and len(meta) == 1:
        return next(iter(meta.values()))
    return None


_FIELDS = {
    "states": {"item": str, "done": bool, "by": str, "at": str},
    "notes": {"item": str, "author": str, "at": str, "text": str},
    "links": {"item": str, "url": str, "label": str, "author": str, "at": str},
    "log": {"at": str, "user": str, "action": str, "item": str, "before": str, "after": str},
}


def shape_problem(tables: dict[str, Any]) -> str:
    """What is wrong with the tables' shape, or "" when every record is as expected."""
    if not isinstance(meta_record(tables).get("checklist"), dict):
        return "no checklist in the meta table"
    if not all(re.fullmatch("[0-9]+", doc_id) for doc_id in tables["meta"]):
        return "the meta record is not numbered"
    for name, fields in _FIELDS.items():
        table = tables.get(name, {})
        if not isinstance(table, dict):
            return f"table {name} is not an object"
        for doc_id, record in table.items():
            if not re.fullmatch("[0-9]+", doc_id):
                return f"record {one_line(doc_id)[:40]} of table {name} is not numbered"
            if not isinstance(record, dict) or any(
                not isinstance(record.get(key), kind) for key, kind in fields.items()
            ):
                return f"record {doc_id} of table {name} lacks a field"
        tables.setdefault(name, table)
    return ""


def ordered(table: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """The table's records in the order they were added (by document id)."""
    return sorted(((int(k), v) for k, v in table.items()), key=lambda pair: pair[0])


def snapshot_of(checklist: Checklist, tables: dict[str, Any]) -> Snapshot:
    """The checklist with the progress the tables hold on its items."""
    ids = set(checklist.item_ids())
    states = {
        r["item"]: ItemState(r["item"], r["done"], r["by"], r["at"])
        for r in tables["states"].values()
        if r["item"] in ids
    }
    notes: dict[str, list[Note]] = {}
    for _, r in ordered(tables["notes"]):
        if r["item"] in ids:
            notes.setdefault(r["item"], []).append(Note(r["item"], r["author"], r["at"], r["text"]))
    links: dict[str, list[Link]] = {}
    for _, r in ordered(tables["links"]):
        if r["item"] in ids:
            links.setdefault(r["item"], []).append(
                Link(r["item"], r["url"], r["label"], r["author"], r["at"])
            )
    return Snapshot(
        checklist=checklist,
        states=states,
        notes={k: tuple(v) for k, v in notes.items()},
        links={k: tuple(v) for k, v in links.items()},
    )


def log_entries(log: dict[str, Any], since: date | None = None, *, last: int | None = None) -> list[LogEntry]:
    """The log table's entries, oldest first; only those on or after `since` when given, and only
    the `last` ones when given (the others are never turned into entries)."""
    if last is not None:
        import heapq

        log = {key: log[key] for key in sorted(heapq.nlargest(last, log, key=int), key=int)}
    entries = [
        LogEntry(
            at=r["at"],
            user=r["user"],
            action=r["action"],
            item_id=r["item"],
            before=r["before"],
            after=r["after"],
        )
        for _, r in ordered(log)
    ]
    if since is not None:
        day = since.isoformat()
        entries = [e for e in entries if e.at[:10] >= day]
    return entries


def state_text(record: dict[str, Any] | None) -> str:
    """A state as the log shows it: "done" / "not done"."""
    return "done" if record and record["done"] else "not done"


def history(tables: dict[str, Any], item_id: str) -> str:
    """An item's state, note and link counts as one line of text."""
    state = next((r for r in tables["states"].values() if r["item"] == item_id), None)
    notes = sum(1 for r in tables["notes"].values() if r["item"] == item_id)
    links = sum(1 for r in tables["links"].values() if r["item"] == item_id)
    text = f"done by {state['by']} at {state['at']}" if state and state["done"] else "not done"
    return f"{text}; {notes} notes; {links} links"
