"""The command line's item states: `tick` (done or not), `mark` (the four states) and `review`
(a supervisor verifies or returns). Each is one durable change and one line once it is durable."""

from __future__ import annotations

from ita_tui.checklist.model import State
from ita_tui.cli.args import Commands
from ita_tui.cli.context import CliContext
from ita_tui.export import figures
from ita_tui.store.commands import ReviewItem, SetState
from ita_tui.store.vocabulary import ReviewStatus


def add_commands(commands: Commands) -> None:
    """tick ID [--undo], mark ID STATE [--reason], review ID --verified|--return COMMENT."""
    say = commands.say
    p = commands.add("tick", "help_cmd_tick", tick)
    p.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    p.add_argument("--undo", action="store_true", help=say["help_undo"])

    p = commands.add("mark", "help_cmd_mark", mark)
    p.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    p.add_argument("state", metavar="STATE", choices=[str(s) for s in State], help=say["help_arg_state"])
    p.add_argument("--reason", default="", metavar="TEXT", help=say["help_reason"])

    p = commands.add("review", "help_cmd_review", review)
    p.add_argument("item_id", metavar="ID", help=say["help_arg_item"])
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--verified", action="store_true", help=say["help_verified"])
    choice.add_argument("--return", dest="comment", metavar="COMMENT", help=say["help_return"])


def tick(cli: CliContext) -> int:
    """Mark an item done (or not done) and print one line once that is durable."""
    args = cli.options
    change = cli.store().apply(SetState.tick(args.item_id, not args.undo))
    state = change.value
    if not change.changed and state.by:  # another user (or an earlier run) already did it
        print(figures.already(state, cli.lang, cli.digits))
        return 0
    key = "confirm_ticked" if state.done else "confirm_unticked" if state.by else "confirm_never_ticked"
    print(cli.say(key, item=cli.figure(state.item_id), by=state.by, at=cli.when(state.at)))
    return 0


def mark(cli: CliContext) -> int:
    """Put an item in one of the four states and print one line once that is durable."""
    args = cli.options
    change = cli.store().apply(SetState(args.item_id, args.state, args.reason))
    state = change.value
    if not change.changed and state.by:  # another user (or an earlier run) already did it
        print(figures.already(state, cli.lang, cli.digits))
        return 0
    print(
        cli.say(
            "marked_na" if state.state == State.NOT_APPLICABLE else "marked",
            mark=figures.STATE_MARKS[state.state],
            item=cli.figure(state.item_id),
            state=cli.say(figures.STATE_WORDS[state.state]),
            reason=state.reason,
            by=state.by or "-",
            at=cli.when(state.at) if state.at else "-",
        )
    )
    return 0


def review(cli: CliContext) -> int:
    """A supervisor verifies a done item or returns it with a comment."""
    args = cli.options
    done = (
        cli.store().apply(ReviewItem(args.item_id, verified=args.verified, comment=args.comment or "")).value
    )
    print(
        cli.say(
            "verified" if done.status == ReviewStatus.VERIFIED else "returned",
            item=cli.figure(done.item_id),
            comment=done.comment,
            by=done.by,
            at=cli.when(done.at),
        )
    )
    return 0
