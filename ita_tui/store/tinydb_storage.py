"""The TinyDB storage of one transaction: TinyDB's writes stay in memory, `commit` writes the
database file once (files.atomic_write), and the JSON encoding that skips unchanged tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from ita_tui.files import FileToken, atomic_write


def _dumps(value: Any) -> bytes:
    """One JSON value as compact UTF-8 bytes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode(tables: dict[str, Any], cache: dict[str, tuple[Any, bytes]] | None = None) -> bytes:
    """The database's tables as compact UTF-8 JSON (Thai kept readable), byte for byte what
    json.dumps gives. With a `cache`, a table that is the very object encoded last time is not
    encoded again: TinyDB replaces the dict of every table it changes, and never touches others."""
    if cache is None:
        return _dumps(tables) + b"\n"
    parts = []
    for name, table in tables.items():
        cached = cache.get(name)
        if cached is None or cached[0] is not table:
            cached = cache[name] = (table, _dumps(table))
        parts.append(_dumps(name) + b":" + cached[1])
    for name in set(cache) - set(tables):
        del cache[name]
    return b"{" + b",".join(parts) + b"}\n"


class TransactionStorage(Storage):
    """A TinyDB storage over tables already read under the lock; TinyDB's writes stay in
    memory and `commit` writes the file once, atomically and durably."""

    def __init__(
        self,
        path: Path,
        tables: dict[str, Any],
        encoded: dict[str, tuple[Any, bytes]] | None = None,
        *,
        like: Path | None = None,
    ) -> None:
        self.path = path
        self.like = like  # a new database's model for its mode and group (None: the file it replaces)
        self.tables = tables
        self.encoded = encoded  # the store's cache of encoded tables (see `encode`)
        self.dirty = False

    def read(self) -> dict[str, Any]:
        """The tables as read at the start of the transaction, with its changes so far."""
        return self.tables

    def write(self, data: dict[str, Any]) -> None:
        """Remember TinyDB's change; nothing touches the disk before `commit`."""
        self.tables = data
        self.dirty = True

    def commit(self) -> tuple[bytes, FileToken] | None:
        """Write the changed tables durably: their bytes and the new file's token (None if unchanged)."""
        if not self.dirty:
            return None
        data = encode(self.tables, self.encoded)
        token = atomic_write(self.path, data, like=self.like)
        self.dirty = False
        return data, token
