"""A measures document's items as `ita-tui import` reads them, side by side with the items as
written, white space left out: a text layer does not say whether a line wrap fell on a space."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ita_tui.importer import read_file

Fields = tuple[str, str, str, str, str]  # id, text, period, follow-up, responsible


def bare(text: str) -> str:
    """Text with white space left out."""
    return "".join(text.split())


def imported_items(path: Path) -> list[Fields]:
    """Each item the document at `path` imports to, its fields bare."""
    return [
        (i.id, bare(i.text), bare(i.period), bare(i.follow_up), bare(i.responsible))
        for i in read_file(path).checklist.items()
    ]


def expected_items(items: Iterable[Fields]) -> list[Fields]:
    """The items as the document was written (tests/fixtures/documents.py), their fields bare."""
    return [(i, bare(t), bare(p), bare(f), bare(r)) for i, t, p, f, r in items]
