"""Command line: correct notes and links, edit the checklist in place, undo and redo. Each command
is one durable change and prints one confirmation line in the user's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ita_tui.errors import ItaError
from ita_tui.store.commands import (
    AddIndicator,
    AddItem,
    AddLink,
    AddNote,
    EditIndicator,
    EditItem,
    EditNote,
    MoveItem,
    Redo,
    RemoveIndicator,
    RemoveItem,
    Renumber,
    RetractLink,
    RetractNote,
    Undo,
)


def _cmd_note(args: argparse.Namespace) -> int:
    """Add a progress note to an item, or correct (--edit N) or retract (--retract N) one."""
    from ita_tui.cli.entry import _figure, _open_store, _say, _when

    store = _open_store(args)
    if args.retract is not None:
        return _retracted(args, store.apply(RetractNote(args.item_id, args.retract)), "note_retracted")
    if args.edit is not None:
        number, text = args.edit
        if not number.isdigit():
            raise ItaError("err_note_number", number=number)
        change = store.apply(EditNote(args.item_id, int(number), text))
        note = change.value
        key = "note_edited" if change.changed else "note_unchanged"
        print(
            _say(
                args,
                key,
                item=_figure(args, note.item_id),
                number=_figure(args, note.number),
                by=note.edited_by,
                at=_when(args, note.edited_at),
            )
        )
        return 0
    if args.text is None:
        raise ItaError("err_note_needs_text")
    note = store.apply(AddNote(args.item_id, args.text)).value
    print(
        _say(
            args,
            "note_added",
            item=_figure(args, note.item_id),
            by=note.author,
            at=_when(args, note.at),
            number=_figure(args, note.number),
        )
    )
    return 0


def _cmd_link(args: argparse.Namespace) -> int:
    """Add an evidence link to an item, or retract one (--retract N)."""
    from ita_tui.cli.entry import _figure, _open_store, _say

    store = _open_store(args)
    if args.retract is not None:
        return _retracted(args, store.apply(RetractLink(args.item_id, args.retract)), "link_retracted")
    if args.url is None:
        raise ItaError("err_link_needs_url")
    link = store.apply(AddLink(args.item_id, args.url, args.label)).value
    url = f"{link.url} ({link.label})" if link.label else link.url
    print(
        _say(args, "link_added", item=_figure(args, link.item_id), url=url, number=_figure(args, link.number))
    )
    return 0


def _retracted(args: argparse.Namespace, change: Any, key: str) -> int:
    """The line for a retraction, or that it was retracted already."""
    from ita_tui.cli.entry import _figure, _say

    value = change.value
    fields = {"item": _figure(args, value.item_id), "number": _figure(args, value.number)}
    print(_say(args, key if change.changed else "already_retracted", **fields))
    return 0


def _details(args: argparse.Namespace) -> dict[str, Any]:
    """The item fields the options give (only those written)."""
    fields: dict[str, Any] = {
        name: getattr(args, name)
        for name in ("text", "period", "follow_up", "responsible")
        if getattr(args, name, None) is not None
    }
    if getattr(args, "oit", None) is not None:
        fields["oit_codes"] = tuple(args.oit.replace(",", " ").split())
    return fields


def _cmd_item(args: argparse.Namespace) -> int:
    """item add|edit|remove|move."""
    from ita_tui.cli.entry import _figure, _open_store, _say

    store, action = _open_store(args), args.item_command
    if action == "add":
        fields = _details(args)
        fields.pop("text", None)
        item_id = store.apply(AddItem(args.indicator, args.text, after=args.after, **fields)).value
        print(_say(args, "item_added", item=_figure(args, item_id), indicator=_figure(args, args.indicator)))
    elif action == "edit":
        fields = _details(args)
        if not fields:
            raise ItaError("err_item_edit_nothing")
        item_id = store.apply(EditItem(args.item_id, **fields)).value
        print(_say(args, "item_edited", item=_figure(args, item_id)))
    elif action == "remove":
        print(_say(args, "item_removed", item=_figure(args, store.apply(RemoveItem(args.item_id)).value)))
    else:
        item_id = store.apply(MoveItem(args.item_id, args.indicator, after=args.after)).value
        print(_say(args, "item_moved", item=_figure(args, item_id), indicator=_figure(args, args.indicator)))
    return 0


def _cmd_indicator(args: argparse.Namespace) -> int:
    """indicator add|edit|remove|renumber."""
    from ita_tui.cli.entry import _figure, _open_store, _say

    store, action, number = _open_store(args), args.indicator_command, args.indicator
    if action == "add":
        store.apply(AddIndicator(number, args.title))
    elif action == "edit":
        store.apply(EditIndicator(number, args.title))
    elif action == "remove":
        store.apply(RemoveIndicator(number))
    else:
        moves = store.apply(Renumber(number)).value
        print(_say(args, "indicator_renumbered", indicator=_figure(args, number), moves=_figure(args, moves)))
        return 0
    print(_say(args, f"indicator_{action}ed".replace("eed", "ed"), indicator=_figure(args, number)))
    return 0


def _cmd_undo(args: argparse.Namespace, *, redo: bool = False) -> int:
    """Undo (or redo) this user's last change; one line saying what was taken back."""
    from ita_tui.cli.entry import _figure, _open_store, _say
    from ita_tui.locale import words

    store = _open_store(args)
    entry = store.apply(Redo() if redo else Undo()).value
    say = words(args.lang if getattr(args, "lang", None) else "th")
    action = say.get(f"act_{entry.action}", entry.action)
    print(_say(args, "redone" if redo else "undone", action=action, item=_figure(args, entry.item_id)))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "note": _cmd_note,
    "link": _cmd_link,
    "item": _cmd_item,
    "indicator": _cmd_indicator,
    "undo": _cmd_undo,
    "redo": lambda args: _cmd_undo(args, redo=True),
}
