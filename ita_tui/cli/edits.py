"""The command line's edits of the checklist in place: `item add|edit|remove|move`,
`indicator add|edit|remove|renumber`, and `undo` and `redo` of this user's last change. Each is one
durable change and prints one confirmation line in the user's language."""

from __future__ import annotations

from typing import Any

from ita_tui.checklist.fields import DETAIL_FIELDS, ITEM_FIELDS, FieldKind, ItemField
from ita_tui.cli.args import Commands, Parser
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError
from ita_tui.store.commands import (
    AddIndicator,
    AddItem,
    EditIndicator,
    EditItem,
    MoveItem,
    Redo,
    RemoveIndicator,
    RemoveItem,
    Renumber,
    Undo,
)
from ita_tui.store.log_phrases import action_words
from ita_tui.text import visible_text


def add_commands(commands: Commands) -> None:
    """item add|edit|remove|move, indicator add|edit|remove|renumber, undo, redo."""
    say = commands.say

    def details(q: Parser, fields: tuple[ItemField, ...]) -> None:
        for f in fields:
            metavar = "CODES" if f.kind is FieldKind.CODES else "TEXT"
            q.add_argument(f.option, dest=f.name, metavar=metavar, help=say[f.help])

    item = commands.group("item", "help_cmd_item", "item_command")
    q = item.add("add", "help_cmd_item_add", add_item)
    q.add_argument("indicator", metavar="IND", type=int, help=say["help_arg_indicator"])
    q.add_argument("text", metavar="TEXT", help=say["help_arg_item_text"])
    q.add_argument("--after", metavar="ID", help=say["help_after"])
    details(q, DETAIL_FIELDS)  # the text is the command's own argument
    q = item.add("edit", "help_cmd_item_edit", edit_item)
    q.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    details(q, ITEM_FIELDS)
    q = item.add("remove", "help_cmd_item_remove", remove_item)
    q.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    q = item.add("move", "help_cmd_item_move", move_item)
    q.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    q.add_argument("--to", dest="indicator", metavar="IND", type=int, required=True, help=say["help_to"])
    q.add_argument("--after", metavar="ID", help=say["help_after"])

    indicator = commands.group("indicator", "help_cmd_indicator", "indicator_command")
    q = indicator.add("add", "help_cmd_indicator_add", add_indicator)
    q.add_argument("indicator", metavar="IND", type=int, help=say["help_arg_indicator"])
    q.add_argument("title", metavar="TITLE", help=say["help_arg_title"])
    q = indicator.add("edit", "help_cmd_indicator_edit", edit_indicator)
    q.add_argument("indicator", metavar="IND", type=int, help=say["help_arg_indicator"])
    q.add_argument("--title", metavar="TITLE", help=say["help_indicator_title"])
    q.add_argument("--issues", metavar="TEXT", help=say["help_indicator_issues"])
    q = indicator.add("remove", "help_cmd_indicator_remove", remove_indicator)
    q.add_argument("indicator", metavar="IND", type=int, help=say["help_arg_indicator"])
    q = indicator.add("renumber", "help_cmd_indicator_renumber", renumber)
    q.add_argument("indicator", metavar="IND", type=int, help=say["help_arg_indicator"])

    commands.add("undo", "help_cmd_undo", undo)
    commands.add("redo", "help_cmd_redo", redo)


def _details(cli: CliContext) -> dict[str, Any]:
    """The item fields the options give (only those written)."""
    return {f.name: f.parsed(cli.option(f.name)) for f in ITEM_FIELDS if cli.option(f.name) is not None}


def add_item(cli: CliContext) -> int:
    """Add an item to an indicator (after --after, else last)."""
    args = cli.options
    fields = _details(cli)
    fields.pop("text", None)
    item_id = cli.store().apply(AddItem(args.indicator, args.text, after=args.after, **fields)).value
    print(cli.say("item_added", item=cli.figure(item_id), indicator=cli.figure(args.indicator)))
    return 0


def edit_item(cli: CliContext) -> int:
    """Change an item's text, period, follow-up, responsible units or OIT codes."""
    fields = _details(cli)
    if not fields:
        raise ItaError("err_item_edit_nothing")
    item_id = cli.store().apply(EditItem(cli.options.item_id, **fields)).value
    print(cli.say("item_edited", item=cli.figure(item_id)))
    return 0


def remove_item(cli: CliContext) -> int:
    """Remove an item (undo brings it back with its progress)."""
    print(cli.say("item_removed", item=cli.figure(cli.store().apply(RemoveItem(cli.options.item_id)).value)))
    return 0


def move_item(cli: CliContext) -> int:
    """Move an item to another indicator (after --after, else last); it takes its new place's number."""
    args = cli.options
    now = cli.store().apply(MoveItem(args.item_id, args.indicator, after=args.after)).value
    was = visible_text("".join(args.item_id.split()))  # as typed: the item's id before the move
    said = {"item": cli.figure(was), "indicator": cli.figure(args.indicator), "now": cli.figure(now)}
    print(cli.say("item_moved", **said))
    return 0


def add_indicator(cli: CliContext) -> int:
    """Add an indicator."""
    number = cli.options.indicator
    cli.store().apply(AddIndicator(number, cli.options.title))
    print(cli.say("indicator_added", indicator=cli.figure(number)))
    return 0


def edit_indicator(cli: CliContext) -> int:
    """Change an indicator's title, or what its last score says to improve (--issues; "" clears)."""
    from ita_tui.store.commands import SetIssues

    number, title, issues = cli.options.indicator, cli.options.title, cli.options.issues
    if title is None and issues is None:
        raise ItaError("err_indicator_edit_nothing", indicator=number)
    if title is not None:
        cli.store().apply(EditIndicator(number, title))
        print(cli.say("indicator_edited", indicator=cli.figure(number)))
    if issues is not None:
        cli.store().apply(SetIssues(number, issues))
        print(cli.say("indicator_issues_kept", indicator=cli.figure(number)))
    return 0


def remove_indicator(cli: CliContext) -> int:
    """Remove an indicator."""
    number = cli.options.indicator
    cli.store().apply(RemoveIndicator(number))
    print(cli.say("indicator_removed", indicator=cli.figure(number)))
    return 0


def renumber(cli: CliContext) -> int:
    """Renumber an indicator's items 1, 2, 3 … in their order."""
    number = cli.options.indicator
    moves = cli.store().apply(Renumber(number)).value
    print(cli.say("indicator_renumbered", indicator=cli.figure(number), moves=cli.figure(moves)))
    return 0


def undo(cli: CliContext) -> int:
    """Undo this user's last change; one line saying what was taken back."""
    entry = cli.store().apply(Undo()).value
    action = action_words(entry.action, cli.words)
    print(cli.say("undone", action=action, item=cli.figure(entry.item_id)))
    return 0


def redo(cli: CliContext) -> int:
    """Redo what this user last undid; one line saying what was done again."""
    entry = cli.store().apply(Redo()).value
    action = action_words(entry.action, cli.words)
    print(cli.say("redone", action=action, item=cli.figure(entry.item_id)))
    return 0
