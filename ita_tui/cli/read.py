"""The command line's reading commands: `status` (figures and one item's history) and `log`.

Handlers only (their arguments are in args.py); the options, words and the store come from
cli.py, imported when a command runs, as cli.py imports this module for its command table."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from ita_tui.cli import lines
from ita_tui.cli import report as cli_report
from ita_tui.errors import ItaError
from ita_tui.text import json_text, one_line

if TYPE_CHECKING:
    from ita_tui.store import Snapshot


def _cmd_status(args: argparse.Namespace) -> int:
    """Print completion overall, per indicator and per unit (plain text or JSON)."""
    from ita_tui import figures
    from ita_tui.checklist.model import Completion
    from ita_tui.cli.entry import _open_store, _option
    from ita_tui.export.heading import fiscal_year_label
    from ita_tui.locale import words as words_of
    from ita_tui.thai import digits

    store = _open_store(args)
    day = cli_report.as_of_day(args, store)
    status = cli_report.snapshot_for(args, store).status_dict()
    if args.json:
        print(json_text(status if day is None else {**status, "as_of": day.isoformat()}, indent=2))
        return 0
    lang = _option(args, "lang", "th")
    words = words_of(lang)
    style = _option(args, "digits", "arabic")

    def completion(c: dict[str, int]) -> Completion:
        return Completion(c["done"], c["applicable"], c["in_progress"], c["not_applicable"], c["verified"])

    def line(c: dict[str, int]) -> str:
        """done/applicable and the percent in aligned columns, the other counts after the name."""
        figure = completion(c)
        return digits(f"{figure.done:>4}/{figure.applicable:<4} {figure.percent:>3}%", style)

    def beside(c: dict[str, int]) -> str:
        text = figures.beside(completion(c), lang, style)
        return f"  ({text})" if text else ""

    print(
        one_line(f"{status['organization']} — {words['status_year']} ")
        + fiscal_year_label(status["fiscal_year"], lang, style)
    )
    if day is not None:  # which day the figures are for (--as-of, or the end of --round)
        from ita_tui.thai import long_date

        print(words["status_as_of"].format(day=long_date(day, lang, style)))
    overall = completion(status["overall"])
    lines.say(
        f"{words['overall']}: "
        + f"{figures.fraction(overall, style)} ({figures.percent(overall, style)})"
        + beside(status["overall"])
    )
    print(words["status_indicators"])
    indent = len(f"  {line(status['overall'])}  ")  # continuation lines under the name, figures whole
    for ind in status["indicators"]:
        lines.say(
            f"  {line(ind)}  {digits(ind['number'], style)} {one_line(ind['title'])}{beside(ind)}", indent
        )
    print(words["status_units"])
    for unit in status["units"]:
        lines.say(f"  {line(unit)}  {one_line(unit['name'])}{beside(unit)}", indent)
    return 0


def _cmd_log(args: argparse.Namespace) -> int:
    """Print the activity log, oldest first (plain text or JSON)."""
    from ita_tui.cli.entry import _date_option, _figure, _open_store, _option, _when
    from ita_tui.locale import words

    since, until = _date_option(args, "since"), _date_option(args, "until")
    if since and until and since > until:
        raise ItaError("log_since_after_until", since=args.since, until=args.until)  # as typed
    entries = _open_store(args).log(since=since)
    if until is not None:
        entries = [e for e in entries if e.at[:10] <= until.isoformat()]
    if args.json:
        print(
            json_text(
                [
                    {
                        "at": e.at,
                        "user": e.user,
                        "action": e.action,
                        "item": e.item_id,
                        "before": e.before,
                        "after": e.after,
                        **({"fields": e.fields} if e.fields else {}),
                    }
                    for e in entries
                ],
                indent=2,
            )
        )
        return 0
    say = words(_option(args, "lang", "th"))
    if not entries:
        print(_nothing_logged(args, since, until))
    for e in entries:
        after = e.shown("after").text(say.lang)
        change = f"{e.shown('before').text(say.lang)} -> {after}" if e.before else after
        number = f" #{_figure(args, e.number)}" if e.number else ""  # the N of note/link --edit/--retract N
        lines.say(
            one_line(
                f"{_when(args, e.at)}  {e.user}  {say.get(f'act_{e.action}', e.action)} "
                f"{_figure(args, e.item_id)}{number}  {change}"
            )
        )
    return 0


def history(args: argparse.Namespace, snapshot: Snapshot, item_id: str) -> str:
    """An item's progress in `snapshot` as one phrase: its state, and how many notes and links."""
    from ita_tui.cli.entry import _figure, _say, _when

    state = snapshot.state(item_id)
    done = (
        _say(args, "history_done", by=state.by, at=_when(args, state.at))
        if state.done
        else _say(args, "history_not_done")
    )
    return _say(
        args,
        "history",
        state=done,
        notes=_figure(args, len(snapshot.notes.get(item_id, ()))),
        links=_figure(args, len(snapshot.links.get(item_id, ()))),
    )


def _nothing_logged(args: argparse.Namespace, since: date | None, until: date | None) -> str:
    """The one line printed when the log holds nothing in the asked period."""
    from ita_tui.cli.entry import _option, _say
    from ita_tui.thai import long_date

    def shown(day: date) -> str:
        return long_date(day, _option(args, "lang", "th"), _option(args, "digits", "arabic"))

    if since and until:
        return _say(args, "log_empty_between", since=shown(since), until=shown(until))
    if since:
        return _say(args, "log_empty_since", since=shown(since))
    if until:
        return _say(args, "log_empty_until", until=shown(until))
    return _say(args, "log_empty")
