"""`ita-tui summary` in a terminal 60, 80 and 120 columns wide: a table cell's text goes on to its
next line only between Thai words (ICU), never inside one ("การใช้งบประ│มาณ"); the figures stand
whole on every row; nothing is wider than the terminal."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from ita_tui.checklist.model import indicator_completion
from ita_tui.checklist.units import unit_completion
from ita_tui.export import figures
from ita_tui.export.summary import print_summary
from ita_tui.store.records import ItemState
from ita_tui.text import one_line
from ita_tui.thai_breaks import breaks_of, word_segments
from tests.support.export_fixtures import realistic_checklist, snapshot_with


def _snapshot():
    snapshot = snapshot_with(realistic_checklist(), ["2.1", "2.2"])
    snapshot.states["3.1"] = ItemState("3.1", "in-progress", "a", "2026-12-01T10:00:00+07:00")
    return snapshot


def _printed(width: int, lang: str = "th") -> list[str]:
    snapshot = _snapshot()
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    print_summary(snapshot, lang=lang, console=console)
    return console.file.getvalue().splitlines()


def _cells(lines: list[str]) -> list[list[str]]:
    """Each table row as its cells' texts, the lines of a wrapped cell joined with a "|" between
    them (a row goes on while its figure cells are empty)."""
    rows: list[list[list[str]]] = []
    for line in lines:
        if not line.startswith("│"):
            continue
        cells = [c.strip() for c in line.strip("│").split("│")]
        if rows and not any("/" in c for c in cells):  # the figures are on a row's first line
            for column, cell in enumerate(cells):
                if cell:
                    rows[-1][column].append(cell)
        else:
            rows.append([[c] if c else [] for c in cells])
    return [["|".join(parts) for parts in row] for row in rows]


def _sources(snapshot, lang: str) -> list[str]:
    """Every text a cell of the tables holds: titles, unit names, the counts beside the figures."""
    checklist, progress = snapshot.checklist, snapshot.progress
    texts = [one_line(ind.title) for ind in checklist.indicators]
    completions = [c for _, c in indicator_completion(checklist, progress)]
    for name, completion in unit_completion(checklist, progress, snapshot.unit_model):
        texts.append(one_line(name))
        completions.append(completion)
    return texts + [figures.beside(c, lang) for c in completions]


def _junction_inside_a_word(cell: str, sources: list[str]) -> str | None:
    """Where a cell's lines meet inside a Thai word (ICU), shown as "before│after"; else None.
    The lines are matched to the text they came from, spaces included."""
    parts = cell.split("|")
    flat = "".join(parts).replace(" ", "")
    source = next((t for t in sources if t.replace(" ", "") == flat), None)
    assert source is not None, f"no text reads {cell!r}"
    breaks = set(breaks_of(word_segments(source)))
    letters = [n for n, char in enumerate(source) if char != " "]
    seen = 0
    for part in parts[:-1]:
        seen += len(part.replace(" ", ""))
        at = letters[seen - 1] + 1  # just after the line's last letter
        if at not in breaks and source[at : at + 1] != " ":
            return f"{source[:at]}│{source[at:]}"
    return None


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_cells_wrap_between_words_and_figures_stay_whole(width, lang):
    lines = _printed(width, lang)
    assert max(cell_len(line) for line in lines) <= width
    rows = _cells(lines)
    assert len(rows) == 8  # seven indicators and one unit
    sources = _sources(_snapshot(), lang)
    texts = [cell for row in rows for cell in row if cell and not re.fullmatch(r"[\d/%█░]+", cell)]
    bad = [j for cell in texts if (j := _junction_inside_a_word(cell, sources))]
    assert bad == []
    for row in rows:
        assert any(re.fullmatch(r"\d+/\d+", c) for c in row), row  # done/applicable whole
        assert any(re.fullmatch(r"\d+%", c) for c in row), row
    assert "…" not in "\n".join(lines)
    in_progress = "อยู่ระหว่างดำเนินการ" if lang == "th" else "in progress"
    assert any(in_progress in c.replace("|", "") and c.endswith("1") for row in rows for c in row)


def test_the_cut_seen_at_80_columns_is_gone():
    rows = _cells(_printed(80))
    titles = {row[1].replace("|", "") for row in rows[:-1]}
    assert "การใช้งบประมาณ" in titles and "การปรับปรุงระบบการทำงาน" in titles
    assert not any(row[1] in ("การใช้งบประ|มาณ", "การปรับปรุงร|ะบบการทำงา|น") for row in rows)
