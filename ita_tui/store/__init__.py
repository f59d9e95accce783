"""The progress database: ProgressStore and the records it reads and writes."""

from ita_tui.store.records import ItemState, Link, LogEntry, Note, Snapshot
from ita_tui.store.store import ProgressStore

__all__ = ["ItemState", "Link", "LogEntry", "Note", "ProgressStore", "Snapshot"]
