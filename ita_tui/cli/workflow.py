"""The command line's workflow commands: `mark` (the four states), `review`, `users` and `units`.

Handlers only (their arguments are in args.py); the options, words and the store come from
cli.py, imported when a command runs, as cli.py imports this module for its command table."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ita_tui import figures
from ita_tui.store.commands import AddUnit, AddUser, MapUnits, RemoveUnit, RenameUnit, ReviewItem, SetState


def _cmd_mark(args: argparse.Namespace) -> int:
    """Put an item in one of the four states and print one line once that is durable."""
    from ita_tui.cli.entry import _figure, _open_store, _option, _say, _when

    change = _open_store(args).apply(SetState(args.item_id, args.state, args.reason))
    state = change.value
    if not change.changed and state.by:  # another user (or an earlier run) already did it
        print(figures.already(state, _option(args, "lang", "th"), _option(args, "digits", "arabic")))
        return 0
    print(
        _say(
            args,
            "marked_na" if state.state == "na" else "marked",
            mark=figures.STATE_MARKS[state.state],
            item=_figure(args, state.item_id),
            state=_say(args, f"state_{state.state}"),
            reason=state.reason,
            by=state.by or "-",
            at=_when(args, state.at) if state.at else "-",
        )
    )
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    """A supervisor verifies a done item or returns it with a comment."""
    from ita_tui.cli.entry import _figure, _open_store, _say, _when

    review = (
        _open_store(args)
        .apply(ReviewItem(args.item_id, verified=args.verified, comment=args.comment or ""))
        .value
    )
    key = "verified" if review.status == "verified" else "returned"
    print(
        _say(
            args,
            key,
            item=_figure(args, review.item_id),
            comment=review.comment,
            by=review.by,
            at=_when(args, review.at),
        )
    )
    return 0


def _cmd_users(args: argparse.Namespace) -> int:
    """Record a user and their role, or list them."""
    from ita_tui.cli.entry import _open_store, _say

    if args.users_command == "passwd":
        from ita_tui.cli.serve import cmd_passwd

        return cmd_passwd(args)
    store = _open_store(args)
    if args.users_command == "add":
        user = store.apply(AddUser(args.name, args.role, args.unit)).value
        print(_say(args, "user_added", name=user.name, role=_say(args, f"role_{user.role}")))
        return 0
    users = store.snapshot().users
    for user in users.values():
        print(_say(args, "user_line", name=user.name, role=_say(args, f"role_{user.role}"), unit=user.unit))
    if not users:
        print(_say(args, "no_users"))
    return 0


def _cmd_units(args: argparse.Namespace) -> int:
    """Add, rename, remove and list the agency's units; confirm what responsible texts mean."""
    from ita_tui.checklist.units import mapping_table
    from ita_tui.cli.entry import _open_store, _say

    store = _open_store(args)
    command = args.units_command
    if command == "add":
        print(_say(args, "unit_added", unit=store.apply(AddUnit(args.name, args.parent)).value))
    elif command == "rename":
        print(
            _say(args, "unit_renamed", old=args.old, unit=store.apply(RenameUnit(args.old, args.new)).value)
        )
    elif command == "remove":
        print(_say(args, "unit_removed", unit=store.apply(RemoveUnit(args.name)).value))
    elif command == "map":
        units = store.apply(MapUnits(args.text, tuple(args.units))).value
        print(_say(args, "unit_mapped", text=args.text, units=", ".join(units)))
    elif command == "confirm":
        snapshot = store.snapshot()
        model = snapshot.unit_model
        defined = set(model.names)
        for text, units, confirmed in mapping_table(snapshot.checklist, model):
            if confirmed:
                continue
            if set(units) <= defined:
                print(
                    _say(
                        args,
                        "unit_mapped",
                        text=text,
                        units=", ".join(store.apply(MapUnits(text, tuple(units))).value),
                    )
                )
            else:
                print(
                    _say(
                        args,
                        "unit_not_mapped",
                        text=text,
                        units=", ".join(u for u in units if u not in defined),
                    )
                )
    else:
        _print_units(args, store.snapshot())
    return 0


def _print_units(args: argparse.Namespace, snapshot: Any) -> None:
    """Each unit with its figure, then each responsible text and the units it means."""
    from ita_tui.checklist.units import EVERY_UNIT, mapping_table, unit_completion
    from ita_tui.cli.entry import _option, _say

    lang, style = _option(args, "lang", "th"), _option(args, "digits", "arabic")
    model = snapshot.unit_model
    if not model.names:
        print(_say(args, "no_units"))
    for name, c in unit_completion(snapshot.checklist, snapshot.progress, model):
        beside = figures.beside(c, lang, style)
        line = f"{figures.fraction(c, style):>9} {figures.percent(c, style):>4}  {name}"
        print(line + (f"  ({beside})" if beside else ""))
    for name in model.names:  # sub-units count under their unit and have no row of their own
        if name in model.parents:
            print(f"{'':>14}  {name} ⊂ {model.parents[name]}")
    print(_say(args, "unit_texts"))
    for text, units, confirmed in mapping_table(snapshot.checklist, model):
        names = ", ".join(_say(args, "every_unit") if u == EVERY_UNIT else u for u in units)
        print(
            _say(args, "unit_text_confirmed" if confirmed else "unit_text_proposed", text=text, units=names)
        )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "mark": _cmd_mark,
    "review": _cmd_review,
    "users": _cmd_users,
    "units": _cmd_units,
}
