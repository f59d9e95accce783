"""The command line's writing about an item: `note` and `link` (added, corrected, retracted) and the
report's texts, `result` (an item's สรุปผลการดำเนินการ) and `outcome` (an indicator's ผลลัพธ์).
Each is one durable change and prints one line in the user's language."""

from __future__ import annotations

from typing import Any

from ita_tui.cli.args import Commands
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError
from ita_tui.store.commands import AddLink, AddNote, EditNote, RetractLink, RetractNote, SetOutcome, SetResult


def add_commands(commands: Commands) -> None:
    """note ID [TEXT] [--edit N TEXT | --retract N], link ID [URL] [--label] [--retract N],
    result ID [TEXT] [--from-notes], outcome IND TEXT."""
    say = commands.say
    p = commands.add("note", "help_cmd_note", note)
    p.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    p.add_argument("text", metavar="TEXT", nargs="?", default=None, help=say["help_arg_note"])
    correct = p.add_mutually_exclusive_group()
    correct.add_argument("--edit", nargs=2, metavar=("N", "TEXT"), help=say["help_note_edit"])
    correct.add_argument("--retract", type=int, metavar="N", help=say["help_retract"])

    p = commands.add("link", "help_cmd_link", link)
    p.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    p.add_argument("url", metavar="URL", nargs="?", default=None, help=say["help_arg_url"])
    p.add_argument("--label", default="", metavar="TEXT", help=say["help_label"])
    p.add_argument("--retract", type=int, metavar="N", help=say["help_retract"])

    p = commands.add("result", "help_cmd_result", result)
    p.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    p.add_argument("text", metavar="TEXT", nargs="?", default=None, help=say["help_arg_result"])
    p.add_argument("--from-notes", action="store_true", help=say["help_from_notes"])

    p = commands.add("outcome", "help_cmd_outcome", outcome)
    p.add_argument("indicator", metavar="IND", type=int, help=say["help_arg_indicator"])
    p.add_argument("text", metavar="TEXT", help=say["help_arg_outcome"])


def note(cli: CliContext) -> int:
    """Add a progress note to an item, or correct (--edit N) or retract (--retract N) one."""
    args, store = cli.options, cli.store()
    if args.retract is not None:
        return _retracted(cli, store.apply(RetractNote(args.item_id, args.retract)), "note_retracted")
    if args.edit is not None:
        number, text = args.edit
        if not number.isdigit():
            raise ItaError("err_note_number", number=number)
        change = store.apply(EditNote(args.item_id, int(number), text))
        edited = change.value
        print(
            cli.say(
                "note_edited" if change.changed else "note_unchanged",
                item=cli.figure(edited.item_id),
                number=cli.figure(edited.number),
                by=edited.edited_by,
                at=cli.when(edited.edited_at),
            )
        )
        return 0
    if args.text is None:
        raise ItaError("err_note_needs_text")
    added = store.apply(AddNote(args.item_id, args.text)).value
    print(
        cli.say(
            "note_added",
            item=cli.figure(added.item_id),
            by=added.author,
            at=cli.when(added.at),
            number=cli.figure(added.number),
        )
    )
    return 0


def link(cli: CliContext) -> int:
    """Add an evidence link to an item, or retract one (--retract N)."""
    args, store = cli.options, cli.store()
    if args.retract is not None:
        return _retracted(cli, store.apply(RetractLink(args.item_id, args.retract)), "link_retracted")
    if args.url is None:
        raise ItaError("err_link_needs_url")
    added = store.apply(AddLink(args.item_id, args.url, args.label)).value
    url = f"{added.url} ({added.label})" if added.label else added.url
    print(cli.say("link_added", item=cli.figure(added.item_id), url=url, number=cli.figure(added.number)))
    return 0


def _retracted(cli: CliContext, change: Any, key: str) -> int:
    """The line for a retraction, or that it was retracted already."""
    value = change.value
    fields = {"item": cli.figure(value.item_id), "number": cli.figure(value.number)}
    print(cli.say(key if change.changed else "already_retracted", **fields))
    return 0


def result(cli: CliContext) -> int:
    """Write an item's result text, or draft it from its notes."""
    from ita_tui.checklist.ids import find_item_id

    args, store = cli.options, cli.store()
    text = args.text
    if args.from_notes:
        snapshot = store.snapshot()
        item_id = find_item_id(store.checklist, args.item_id, snapshot.aliases)  # an old id too
        text = " ".join(n.text for n in snapshot.notes.get(item_id, ()))
        if not text.strip():
            raise ItaError("err_result_no_notes", item=args.item_id)
    if text is None or not text.strip():
        raise ItaError("err_result_needs_text")
    written = store.apply(SetResult(args.item_id, text)).value
    print(cli.say("result_written", item=cli.figure(args.item_id), by=written.by))
    return 0


def outcome(cli: CliContext) -> int:
    """Write an indicator's outcome text."""
    args = cli.options
    written = cli.store().apply(SetOutcome(args.indicator, args.text)).value
    print(cli.say("outcome_written", indicator=cli.figure(args.indicator), by=written.by))
    return 0
