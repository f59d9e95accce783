"""Database format 1 -> format 2, as plain data (pure: no TinyDB, no file access).

Format 1 knew only done / not done; format 2 adds the four states, reviews, results, outcomes,
users, units and their mapping, corrected and retracted notes and links, and item id aliases
(schema.py). Migrating keeps every record of format 1 under its document id and adds one log
entry; the store writes the result in one atomic write after keeping the old file as `<db>.v1`.
"""

from __future__ import annotations

from typing import Any

from ita_tui.checklist.model import DONE, NOT_STARTED
from ita_tui.store.clock import now_iso
from ita_tui.store.rows import LOG, STATES, LogRow, StateRow
from ita_tui.store.schema import FORMAT_VERSION, TABLES

UNCORRECTED = {"edited_by": "", "edited_at": "", "retracted_by": "", "retracted_at": ""}


def v1_copy_name(name: str) -> str:
    """The name of the copy of a format 1 database kept beside it when it is migrated."""
    return f"{name}.v1"


def migrate_v1(tables: dict[str, Any], user: str, at: str | None = None, login: str = "") -> dict[str, Any]:
    """Format 1 tables (checked by schema.decode) as format 2 tables; the input is not changed."""
    at = at or now_iso()
    (meta_id, meta), *_ = tables["meta"].items()
    migrated: dict[str, Any] = {name: {} for name in TABLES}
    migrated["meta"] = {meta_id: {**meta, "format_version": FORMAT_VERSION, "migrated_at": at}}
    migrated["states"] = {  # format 1's keys: item, done, by, at
        doc_id: STATES.encode(StateRow(r["item"], DONE if r["done"] else NOT_STARTED, "", r["by"], r["at"]))
        for doc_id, r in tables["states"].items()
    }
    migrated["notes"] = {doc_id: {**r, **UNCORRECTED} for doc_id, r in tables["notes"].items()}
    migrated["links"] = {doc_id: {**r, **UNCORRECTED} for doc_id, r in tables["links"].items()}
    log = dict(tables["log"])
    next_id = max(map(int, log), default=0) + 1
    fields = {"before": {"version": 1}, "after": {"version": FORMAT_VERSION}}
    entry = LogRow(at, user, "migrate", "", "format", "format", fields, login=login or None)
    log[str(next_id)] = LOG.encode(entry)
    migrated["log"] = log
    return migrated
