"""The year cycle on the command line: `new-year -o NEXT.json` (next fiscal year's database from
this one) and `checklist diff A B` (what changed between two years' checklists, or a checklist and
a database's; its parser is in the checklist group, importing.py)."""

from __future__ import annotations

from pathlib import Path

from ita_tui.checklist.model import Checklist
from ita_tui.cli.args import Commands
from ita_tui.cli.context import CliContext
from ita_tui.errors import FormatError
from ita_tui.text import json_text, one_line

DIFF_WORDS = {  # each kind of change, of an indicator or an item -> its words
    ("added", "indicator"): "diff_added_indicator",
    ("removed", "indicator"): "diff_removed_indicator",
    ("reworded", "indicator"): "diff_reworded_indicator",
    ("added", "item"): "diff_added_item",
    ("removed", "item"): "diff_removed_item",
    ("reworded", "item"): "diff_reworded_item",
    ("moved", "item"): "diff_moved_item",
}


def add_commands(commands: Commands) -> None:
    """new-year -o NEXT.json."""
    p = commands.add("new-year", "help_cmd_new_year", new_year, reads_only=True)
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="NEXT.json",
        type=commands.path,
        help=commands.say["help_new_year_output"],
    )


def new_year(cli: CliContext) -> int:
    """Write next fiscal year's database from this one and say what it holds."""
    store = cli.store()
    following = store.next_year(Path(cli.options.output)).snapshot()
    print(
        cli.say(
            "new_year_written",
            path=cli.options.output,
            year=cli.figure(following.checklist.fiscal_year),
            source=store.path,
            items=cli.figure(len(following.checklist.item_ids())),
            users=cli.figure(len(following.users)),
            units=cli.figure(len(following.units)),
        )
    )
    return 0


def _checklist_of(cli: CliContext, path: Path) -> Checklist:
    """The checklist a file holds: a checklist file's, or a progress database's (read, never made)."""
    from ita_tui.checklist import file as checklist_file

    try:
        return checklist_file.load(path)
    except FormatError:
        if not _is_database(path):
            raise
    from ita_tui.paths import resolve_user
    from ita_tui.store import ProgressStore

    return ProgressStore.open(path, user=resolve_user(cli.option("user"))).snapshot().checklist


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b'"meta"' in head and b"ita-tui" in head


def diff(cli: CliContext) -> int:
    """Print the changes between two checklists as a table, or --json."""
    from ita_tui.checklist.year import compare_years

    old = _checklist_of(cli, Path(cli.options.old))
    new = _checklist_of(cli, Path(cli.options.new))
    changes = compare_years(old, new)
    if cli.options.json:
        print(json_text([change.__dict__ for change in changes], indent=2))
        return 0
    if not changes:
        print(cli.say("diff_none", old=cli.figure(old.fiscal_year), new=cli.figure(new.fiscal_year)))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=cli.say("diff_title", old=cli.figure(old.fiscal_year), new=cli.figure(new.fiscal_year))
    )
    for heading in ("diff_change", "diff_old", "diff_new", "diff_text"):
        table.add_column(cli.say(heading), overflow="fold")
    for change in changes:
        table.add_row(
            cli.say(DIFF_WORDS[change.kind, change.what]),
            cli.figure(change.old) if change.old else "-",
            cli.figure(change.new) if change.new else "-",
            one_line(change.new_text or change.old_text),
        )
    Console(highlight=False).print(table)
    return 0
