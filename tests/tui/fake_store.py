"""A stand-in ProgressStore over an in-memory Snapshot, until the real store lands on main."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ita_tui import checklist_file
from ita_tui.progress import ItemState, Link, LogEntry, Note, Snapshot, now_iso


class FakeStore:
    """Same methods as ProgressStore; nothing written to disk."""

    def __init__(self, checklist_path: Path, user: str = "tester") -> None:
        self.path = checklist_path
        self.user = user
        self._snapshot = Snapshot(checklist_file.load(checklist_path))
        self._log: list[LogEntry] = []
        self._version = 0

    @property
    def checklist(self):
        return self._snapshot.checklist

    def snapshot(self) -> Snapshot:
        return self._snapshot

    def version(self) -> object:
        return self._version

    def log(self, since=None) -> list[LogEntry]:
        return list(self._log)

    def _changed(self, snapshot: Snapshot, entry: LogEntry) -> None:
        self._snapshot = snapshot
        self._log.append(entry)
        self._version += 1

    def set_done(self, item_id: str, done: bool) -> ItemState:
        state = ItemState(item_id, done, self.user, now_iso())
        s = self._snapshot
        self._changed(replace(s, states={**s.states, item_id: state}),
                      LogEntry(state.at, self.user, "tick" if done else "untick", item_id))
        return state

    def add_note(self, item_id: str, text: str) -> Note:
        note = Note(item_id, self.user, now_iso(), text)
        s = self._snapshot
        self._changed(replace(s, notes={**s.notes, item_id: (*s.notes.get(item_id, ()), note)}),
                      LogEntry(note.at, self.user, "note", item_id, after=text))
        return note

    def add_link(self, item_id: str, url: str, label: str = "") -> Link:
        link = Link(item_id, url, label, self.user, now_iso())
        s = self._snapshot
        self._changed(replace(s, links={**s.links, item_id: (*s.links.get(item_id, ()), link)}),
                      LogEntry(link.at, self.user, "link", item_id, after=url))
        return link
