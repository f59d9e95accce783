"""`status` and `log` in a terminal 40, 60 and 120 columns wide: a line too long goes on to the
next only between Thai words (ICU), indented; the figures at the start of a status line stay whole;
piped output keeps one line per entry."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from ita_tui.cli import lines
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from ita_tui.thai_breaks import breaks_of, word_segments


def _entries(out: str) -> list[list[str]]:
    """The printed lines grouped: a line that starts with spaces beyond an entry's goes with it."""
    groups: list[list[str]] = []
    for line in out.splitlines():
        if groups and line.startswith("    ") and not re.match(r"\s+\d+/\d+", line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _inside_a_word(group: list[str]) -> str | None:
    """Where a wrapped line meets its next inside a Thai word, else None."""
    parts = [group[0].rstrip(), *(line.strip() for line in group[1:])]
    for n in range(1, len(parts)):
        before, after = "".join(parts[:n]), "".join(parts[n:])
        ok = any(
            at in breaks_of(word_segments(joined))
            for joined, at in ((before + after, len(before)), (f"{before} {after}", len(before) + 1))
        )
        if not ok:
            return f"{parts[n - 1]}│{parts[n]}"
    return None


@pytest.fixture
def worked(db, db_path):
    store = ProgressStore.open(db_path, user="สมชาย")
    store.apply(SetState("2.1", "in-progress"))
    store.apply(AddNote("2.2", "ประชุมชี้แจงแล้ว ส่งหนังสือเวียนทุกกองเพื่อทราบและถือปฏิบัติโดยเคร่งครัด"))
    return db


@pytest.mark.parametrize("width", [40, 60, 120])
@pytest.mark.parametrize("command", ["status", "log"])
def test_lines_wrap_between_words(cli, worked, monkeypatch, width, command):
    monkeypatch.setattr(lines, "terminal_width", lambda: width)  # as a terminal this wide reports
    out = cli("--db", worked, command).out
    assert max(cell_len(line) for line in out.splitlines()) <= width
    groups = _entries(out)
    assert [j for g in groups if (j := _inside_a_word(g))] == []
    if command == "status":
        figures = [g[0] for g in groups if re.match(r"\s+\d+/\d+\s+\d+%", g[0])]
        assert len(figures) >= 3  # every indicator and unit line starts with its figures, whole
    if width == 40:
        assert any(len(g) > 1 for g in groups)  # something did wrap


def test_piped_lines_are_not_wrapped(cli, worked):
    out = cli("--db", worked, "log").out
    assert all(not line.startswith("    ") for line in out.splitlines())
