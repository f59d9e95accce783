"""The command line's reading commands: `status` (the figures, now or as they stood) and `log`
(the activity log, oldest first), each as lines to read or as JSON."""

from __future__ import annotations

from datetime import date

from ita_tui.cli import lines
from ita_tui.cli.args import Commands, add_as_of_options
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError
from ita_tui.store.log_phrases import action_words
from ita_tui.text import json_text, one_line


def add_commands(commands: Commands) -> None:
    """status [--json] [--as-of DATE | --round 6|12], log [--since] [--until] [--json]."""
    say = commands.say
    p = commands.add("status", "help_cmd_status", status, reads_only=True)
    p.add_argument("--json", action="store_true", help=say["help_status_json"])
    add_as_of_options(p, say)

    p = commands.add("log", "help_cmd_log", log, reads_only=True)
    p.add_argument("--since", metavar="DATE", help=say["help_since"])
    p.add_argument("--until", metavar="DATE", help=say["help_until"])
    p.add_argument("--json", action="store_true", help=say["help_log_json"])


def status(cli: CliContext) -> int:
    """Print completion overall, per indicator and per unit (plain text or JSON)."""
    from ita_tui.checklist.model import Completion
    from ita_tui.export import figures
    from ita_tui.export.heading import fiscal_year_label
    from ita_tui.thai import digits

    day = cli.as_of_day()
    counts = cli.snapshot().status_dict()
    if cli.options.json:
        print(json_text(counts if day is None else {**counts, "as_of": day.isoformat()}, indent=2))
        return 0
    lang, words, style = cli.lang, cli.words, cli.digits

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
        one_line(f"{counts['organization']} — {words['status_year']} ")
        + fiscal_year_label(counts["fiscal_year"], lang, style)
    )
    if day is not None:  # which day the figures are for (--as-of, or the end of --round)
        from ita_tui.thai import long_date

        print(words["status_as_of"].format(day=long_date(day, lang, style)))
    overall = completion(counts["overall"])
    lines.say(
        f"{words['overall']}: "
        + f"{figures.fraction(overall, style)} ({figures.percent(overall, style)})"
        + beside(counts["overall"])
    )
    print(words["status_indicators"])
    indent = len(f"  {line(counts['overall'])}  ")  # continuation lines under the name, figures whole
    for ind in counts["indicators"]:
        lines.say(
            f"  {line(ind)}  {digits(ind['number'], style)} {one_line(ind['title'])}{beside(ind)}", indent
        )
    print(words["status_units"])
    for unit in counts["units"]:
        lines.say(f"  {line(unit)}  {one_line(unit['name'])}{beside(unit)}", indent)
    return 0


def log(cli: CliContext) -> int:
    """Print the activity log, oldest first (plain text or JSON)."""
    since, until = cli.date_option("since"), cli.date_option("until")
    if since and until and since > until:
        raise ItaError("log_since_after_until", since=cli.options.since, until=cli.options.until)  # as typed
    store = cli.store()
    entries = store.log(since=since)
    if until is not None:
        entries = [e for e in entries if e.at[:10] <= until.isoformat()]
    if cli.options.json:
        print(
            json_text(
                [
                    {
                        "at": e.at,
                        "user": e.user,
                        "login": e.login or None,
                        **({"web": True} if e.web else {}),
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
    say = cli.words
    if not entries:
        print(_nothing_logged(cli, since, until))
    # the OS login beside the name once the office records logins (a laptop's log reads as before)
    logins = any(user.login for user in store.snapshot().users.values())
    for e in entries:
        who = e.who().text(say.lang) if logins else e.user
        after = e.shown("after").text(say.lang)
        change = f"{e.shown('before').text(say.lang)} -> {after}" if e.before else after
        number = f" #{cli.figure(e.number)}" if e.number else ""  # the N of note/link --edit/--retract N
        lines.say(
            one_line(
                f"{cli.when(e.at)}  {who}  {action_words(e.action, say)} "
                f"{cli.figure(e.item_id)}{number}  {change}"
            )
        )
    return 0


def _nothing_logged(cli: CliContext, since: date | None, until: date | None) -> str:
    """The one line printed when the log holds nothing in the asked period."""
    from ita_tui.thai import long_date

    def shown(day: date) -> str:
        return long_date(day, cli.lang, cli.digits)

    if since and until:
        return cli.say("log_empty_between", since=shown(since), until=shown(until))
    if since:
        return cli.say("log_empty_since", since=shown(since))
    if until:
        return cli.say("log_empty_until", until=shown(until))
    return cli.say("log_empty")
