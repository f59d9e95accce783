"""The completion summary: Rich tables in the terminal, or a file: text, an HTML page, JSON, CSV, xlsx.

SVG is not written: Rich draws it as a grid of monospace cells, and Thai, whose marks take no cell
and whose letters have no monospace form, cannot be drawn right in one (letters spread apart,
headers run into the next column). The HTML page and the PDF are the pictures of the summary.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ita_tui.checklist.model import Completion, indicator_completion, overall_completion
from ita_tui.checklist.units import pending_by_unit, unit_completion
from ita_tui.export import figures
from ita_tui.export.figures import FIGURE_HEADS
from ita_tui.export.options import ExportOptions, write_bytes
from ita_tui.export.wrapped_cell import WrappedCell
from ita_tui.locale import Words
from ita_tui.locale import words as words_of
from ita_tui.store.records import Snapshot
from ita_tui.text import json_text, one_line, spreadsheet_text
from ita_tui.thai import digits
from ita_tui.thai_breaks import word_segments, wrap_segments

KIND_WORDS = {
    "indicator": "kind_indicator",
    "unit": "kind_unit",
    "overall": "kind_overall",
}  # a CSV row's kind
FILE_WIDTH = 100  # columns of the text file
BAR_WIDTH = 20


def print_summary(
    snapshot: Snapshot,
    *,
    pending: bool = False,
    lang: str = "th",
    digit_style: str = "arabic",
    console: Console | None = None,
    as_of: date | None = None,
) -> None:
    """Print the summary to the terminal (its width; plain text when piped), saying the day its
    figures are for when it is not today (`as_of`: --as-of, or the end of --round).

    A reader that stops early (`| head`) raises BrokenPipeError for the caller to end quietly."""
    console = console or _TerminalConsole(highlight=False)
    renderable = summary_renderable(
        snapshot, pending=pending, lang=lang, digit_style=digit_style, width=console.width, as_of=as_of
    )
    console.print(renderable)


class _TerminalConsole(Console):
    """A console that leaves a closed pipe to the caller (Rich's own handling exits with 1)."""

    def on_broken_pipe(self) -> None:
        """Raise BrokenPipeError instead of exiting the process."""
        raise BrokenPipeError


def write_text(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """The summary as the terminal shows it, as plain text FILE_WIDTH columns wide."""
    day = options.as_of or (options.day(snapshot.checklist.fiscal_year) if options.months else None)
    text = _recorded(
        snapshot, pending=options.pending, lang=options.lang, digit_style=options.digits, as_of=day
    )
    return write_bytes(output, text.encode("utf-8"), "err_summary_write")


def write_json(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """The figures as `status --json` prints them."""
    data = (json_text(snapshot.status_dict(), indent=2) + "\n").encode("utf-8")
    return write_bytes(output, data, "err_summary_write")


def write_csv(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """The figures as CSV; the byte-order mark makes Excel read UTF-8, not Windows-874."""
    return write_bytes(output, _csv_text(snapshot, options.lang).encode("utf-8-sig"), "err_summary_write")


def write_html(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """The summary as a web page opening with the PDF's title, round and date line; a web page is
    a document like the PDF: its digits (Thai in Thai), not the terminal's."""
    from ita_tui.export.summary_html import summary_html

    top = options.heading(snapshot.checklist.fiscal_year, options.print_digits)
    page = summary_html(
        snapshot,
        title=top.title,
        round_line=top.round,
        as_of=top.as_of,
        pending=options.pending,
        lang=options.lang,
        digit_style=options.print_digits,
    )
    return write_bytes(output, page.encode("utf-8"), "err_summary_write")


def write_xlsx(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """The summary as a workbook opening with the PDF's title, round and date line."""
    from ita_tui.export.summary_xlsx import summary_xlsx

    top = options.heading(snapshot.checklist.fiscal_year, options.digits)
    title = f"{top.title} {top.round}".strip()
    data = summary_xlsx(snapshot, title=title, as_of=top.as_of, lang=options.lang)
    return write_bytes(output, data, "err_summary_write")


def _recorded(snapshot: Snapshot, **options: Any) -> str:
    """The summary rendered through Rich's recording console, as plain text."""
    console = Console(
        record=True,
        file=io.StringIO(),
        width=FILE_WIDTH,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
    )
    console.print(summary_renderable(snapshot, width=FILE_WIDTH, **options))
    return console.export_text()


def summary_renderable(
    snapshot: Snapshot,
    *,
    pending: bool = False,
    lang: str = "th",
    digit_style: str = "arabic",
    width: int = FILE_WIDTH,
    as_of: date | None = None,
) -> Group:
    """Heading (with the day of the figures when `as_of` is given, as `status` says it), indicator
    table, overall figure, unit table and (optionally) pending items, for a console `width` cells
    wide."""
    words = words_of(lang)
    checklist = snapshot.checklist
    progress, units_of = snapshot.progress, snapshot.unit_model

    def fig(value: object) -> str:
        """A figure in the chosen digits."""
        return digits(value, digit_style)

    heading = WrappedCell(one_line(checklist.title), style="bold")
    place = " ".join(p for p in (checklist.organization, checklist.location) if p)
    parts: list[RenderableType] = [heading, WrappedCell(one_line(place))]
    if as_of is not None:
        from ita_tui.thai import long_date

        parts.append(WrappedCell(words["status_as_of"].format(day=long_date(as_of, lang, digit_style))))
    bar = bar_width(width)

    indicators = Table(title=Text(words["indicators"], style="bold"), title_justify="left", expand=False)
    indicators.add_column(WrappedCell(words["indicator"]), justify="right", no_wrap=True)
    indicators.add_column(WrappedCell(words["title"]), ratio=1)
    _figure_columns(indicators, words, bar)
    for ind, completion in indicator_completion(checklist, progress):
        indicators.add_row(
            Text(fig(ind.number)),
            WrappedCell(one_line(ind.title)),
            *_figure_cells(completion, lang, digit_style, bar),
        )
    parts.append(indicators)

    overall = overall_completion(checklist, progress)
    beside = figures.beside(overall, lang, digit_style)
    said = f"{words['overall']}: {figures.fraction(overall, digit_style)} {words['items']} "
    said += f"({figures.percent(overall, digit_style)})" + (f" · {beside}" if beside else "")
    parts.append(WrappedCell(said))

    units = Table(title=Text(words["units"], style="bold"), title_justify="left")
    units.add_column(WrappedCell(words["unit"]), ratio=1)
    _figure_columns(units, words, bar)
    for name, completion in unit_completion(checklist, progress, units_of, words["no_unit"]):
        units.add_row(WrappedCell(one_line(name)), *_figure_cells(completion, lang, digit_style, bar))
    parts.append(units)

    if pending:
        parts.append(_pending_renderable(snapshot, words, fig, width))
    return Group(*parts)


def bar_width(width: int) -> int:
    """The bar's length on a console `width` cells wide: none below 72 columns, where the figures
    and the text need the room (figures are never cut; the text column gives way first)."""
    return BAR_WIDTH if width >= 100 else BAR_WIDTH // 2 if width >= 72 else 0


def _figure_columns(table: Table, words: Words, bar: int) -> None:
    """The done/total, percent and bar columns shared by both tables; headers wrap between words."""
    table.add_column(WrappedCell(words["done"]), justify="right", no_wrap=True)
    table.add_column(WrappedCell(words["percent"]), justify="right", no_wrap=True)
    if bar:
        table.add_column(WrappedCell(words["progress"]), no_wrap=True, width=bar)
    table.add_column(WrappedCell(words["fig_beside"]))


def _figure_cells(
    completion: Completion, lang: str, digit_style: str, bar: int
) -> tuple[RenderableType, ...]:
    """done/applicable, percent, a bar drawn with block characters (visible without colour; none
    when `bar` is 0), and the in-progress, not-applicable and verified counts."""
    filled, empty = figures.bar(completion, bar)
    drawn = (Text.assemble((filled, "green"), (empty, "grey50")),) if bar else ()
    return (
        Text(figures.fraction(completion, digit_style)),
        Text(figures.percent(completion, digit_style)),
        *drawn,
        WrappedCell(figures.beside(completion, lang, digit_style)),
    )


def _pending_renderable(snapshot: Snapshot, words: Words, fig: Callable[[object], str], width: int) -> Group:
    """The items not done, under their responsible unit, texts wrapped between Thai words."""
    groups = pending_by_unit(snapshot.checklist, snapshot.progress, snapshot.unit_model, words["no_unit"])
    lines: list[RenderableType] = [Text(words["pending"], style="bold")]
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


def _csv_text(snapshot: Snapshot, lang: str) -> str:
    """One row per indicator, per unit and overall: kind, number, name and a figure's six counts
    (done, applicable, percent, in progress, not applicable, verified); headers and kinds in the
    language's words, figures in Arabic digits for spreadsheets."""
    say = words_of(lang)
    checklist, progress = snapshot.checklist, snapshot.progress
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([say[key] for key in ("csv_kind", "csv_number", "csv_name", *FIGURE_HEADS)])

    def row(kind: str, number: object, name: str, c: Completion) -> None:
        figure = (c.done, c.applicable, c.percent, c.in_progress, c.not_applicable, c.verified)
        cells = (say[KIND_WORDS[kind]], number, name)  # text cells never start a formula
        writer.writerow([spreadsheet_text(c) if isinstance(c, str) else c for c in cells] + list(figure))

    for ind, c in indicator_completion(checklist, progress):
        row("indicator", ind.number, one_line(ind.title), c)
    for name, c in unit_completion(checklist, progress, snapshot.unit_model, say["no_unit"]):
        row("unit", "", one_line(name), c)
    row("overall", "", "", overall_completion(checklist, progress))
    return out.getvalue()
