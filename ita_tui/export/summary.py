"""The completion summary: Rich tables in the terminal, or the same written as text/html/svg/json/csv."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rich.cells import cell_len
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ita_tui.checklist.model import (
    Completion,
    indicator_completion,
    overall_completion,
    pending_by_unit,
    unit_completion,
)
from ita_tui.errors import ExportError
from ita_tui.locale import Words
from ita_tui.locale import words as words_of
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits
from ita_tui.thai_breaks import word_segments, wrap_segments

FORMATS = ("text", "html", "svg", "json", "csv")
FILE_WIDTH = 100  # columns of the text/html/svg files
BAR_WIDTH = 20


def print_summary(
    snapshot: Snapshot,
    *,
    pending: bool = False,
    lang: str = "th",
    digit_style: str = "arabic",
    console: Console | None = None,
) -> None:
    """Print the summary to the terminal (its width; plain text when piped).

    A reader that stops early (`| head`) raises BrokenPipeError for the caller to end quietly."""
    console = console or _TerminalConsole(highlight=False)
    console.print(
        summary_renderable(snapshot, pending=pending, lang=lang, digit_style=digit_style, width=console.width)
    )


class _TerminalConsole(Console):
    """A console that leaves a closed pipe to the caller (Rich's own handling exits with 1)."""

    def on_broken_pipe(self) -> None:
        """Raise BrokenPipeError instead of exiting the process."""
        raise BrokenPipeError


def write_summary(
    snapshot: Snapshot,
    output: Path,
    fmt: str,
    *,
    pending: bool = False,
    lang: str = "th",
    digit_style: str = "arabic",
) -> Path:
    """Write the summary to `output` as text, html, svg, json or csv; returns the path."""
    output = Path(output)
    if fmt not in FORMATS:
        raise ExportError(f"unknown summary format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "json":
        text = json.dumps(snapshot.status_dict(), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        text = _csv_text(snapshot)
    else:
        text = _recorded(snapshot, fmt, pending=pending, lang=lang, digit_style=digit_style)
    from ita_tui.files import atomic_write  # the previous file stays whole if writing fails

    try:
        atomic_write(output, text.encode("utf-8"))
    except OSError as exc:
        raise ExportError(f"{output}: cannot write the summary: {exc.strerror}") from None
    return output


def format_for_path(path: Path) -> str | None:
    """The summary format a file name implies (".html" -> "html"), or None."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"txt": "text", "text": "text", "htm": "html"}.get(suffix, suffix if suffix in FORMATS else None)


def _recorded(snapshot: Snapshot, fmt: str, **options) -> str:
    """The summary rendered through Rich's recording console, as text, html or svg."""
    console = Console(
        record=True,
        file=io.StringIO(),
        width=FILE_WIDTH,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
    )
    console.print(summary_renderable(snapshot, width=FILE_WIDTH, **options))
    if fmt == "text":
        return console.export_text()
    if fmt == "html":
        return console.export_html()
    return console.export_svg(title=one_line(snapshot.checklist.organization) or "ita-tui")


def summary_renderable(
    snapshot: Snapshot,
    *,
    pending: bool = False,
    lang: str = "th",
    digit_style: str = "arabic",
    width: int = FILE_WIDTH,
) -> Group:
    """Heading, indicator table, overall figure, unit table and (optionally) pending items,
    for a console `width` cells wide."""
    words = words_of(lang)
    checklist = snapshot.checklist
    done = snapshot.done_ids

    def fig(value: object) -> str:
        """A figure in the chosen digits."""
        return digits(value, digit_style)

    heading = Text(one_line(checklist.title), style="bold")
    place = " ".join(p for p in (checklist.organization, checklist.location) if p)
    parts: list = [heading, Text(one_line(place))]

    indicators = Table(title=Text(words["indicators"], style="bold"), title_justify="left", expand=False)
    indicators.add_column(words["indicator"], justify="right", no_wrap=True)
    indicators.add_column(words["title"], ratio=1, overflow="fold")
    _figure_columns(indicators, words)
    for ind, completion in indicator_completion(checklist, done):
        indicators.add_row(Text(fig(ind.number)), Text(one_line(ind.title)), *_figure_cells(completion, fig))
    parts.append(indicators)

    overall = overall_completion(checklist, done)
    parts.append(
        Text.assemble(
            (f"{words['overall']}: ", "bold"),
            f"{fig(overall.done)}/{fig(overall.total)} {words['items']} ",
            (f"({fig(overall.rounded_percent)}%)", "bold"),
        )
    )

    units = Table(title=Text(words["units"], style="bold"), title_justify="left")
    units.add_column(words["unit"], ratio=1, overflow="fold")
    _figure_columns(units, words)
    for name, completion in unit_completion(checklist, done):
        units.add_row(Text(one_line(name)), *_figure_cells(completion, fig))
    parts.append(units)

    if pending:
        parts.append(_pending_renderable(snapshot, words, fig, width))
    return Group(*parts)


def _figure_columns(table: Table, words: Words) -> None:
    """The done/total, percent and bar columns shared by both tables."""
    table.add_column(words["done"], justify="right", no_wrap=True)
    table.add_column(words["percent"], justify="right", no_wrap=True)
    table.add_column(words["progress"], no_wrap=True)


def _figure_cells(completion: Completion, fig) -> tuple[Text, Text, Text]:
    """done/total, percent and a bar drawn with block characters (visible without colour)."""
    filled = _filled_cells(completion, BAR_WIDTH)
    bar = Text.assemble(("█" * filled, "green"), ("░" * (BAR_WIDTH - filled), "grey50"))
    return (
        Text(f"{fig(completion.done)}/{fig(completion.total)}"),
        Text(f"{fig(completion.rounded_percent)}%"),
        bar,
    )


def _filled_cells(completion: Completion, width: int) -> int:
    """How many of `width` cells a bar fills, rounded half up."""
    if not completion.total:
        return 0
    return (2 * completion.done * width + completion.total) // (2 * completion.total)


def _pending_renderable(snapshot: Snapshot, words: Words, fig, width: int) -> Group:
    """The items not done, under their responsible unit, texts wrapped between Thai words."""
    groups = pending_by_unit(snapshot.checklist, snapshot.done_ids)
    lines: list = [Text(words["pending"], style="bold")]
    if not groups:
        lines.append(Text(words["no_pending"]))
    for unit, items in groups:
        lines.append(Text(f"{one_line(unit)} ({fig(len(items))})", style="bold"))
        numbers = [fig(one_line(item.id)) for item in items]
        number_width = max(6, *(cell_len(n) for n in numbers))
        rows = Table.grid(padding=(0, 1))
        rows.add_column(justify="right", no_wrap=True, width=number_width)
        rows.add_column(ratio=1, overflow="fold")
        text_width = max(10, width - number_width - 1)
        for number, item in zip(numbers, items, strict=True):
            rows.add_row(Text(number), Text(_wrapped(one_line(item.text), text_width)))
        lines.append(rows)
    return Group(*lines)


def _wrapped(text: str, width: int) -> str:
    """`text` in lines of at most `width` terminal cells, broken between Thai words."""
    return "\n".join(wrap_segments(word_segments(text), width, cell_len))


def _csv_text(snapshot: Snapshot) -> str:
    """One row per indicator, per unit and overall: kind, number, name, done, total, percent."""
    checklist = snapshot.checklist
    done = snapshot.done_ids
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["kind", "number", "name", "done", "total", "percent"])
    for ind, c in indicator_completion(checklist, done):
        writer.writerow(["indicator", ind.number, ind.title, c.done, c.total, round(c.percent, 1)])
    for name, c in unit_completion(checklist, done):
        writer.writerow(["unit", "", name, c.done, c.total, round(c.percent, 1)])
    c = overall_completion(checklist, done)
    writer.writerow(["overall", "", "", c.done, c.total, round(c.percent, 1)])
    return out.getvalue()
