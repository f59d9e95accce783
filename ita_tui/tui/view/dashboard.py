"""What the dashboard shows, built from one snapshot and the log (no Textual): completion bars
per indicator and unit with their figures in columns, what is left by unit, the latest activity."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from ita_tui import figures
from ita_tui.checklist.model import Completion, indicator_completion, overall_completion
from ita_tui.checklist.units import pending_by_unit, unit_completion
from ita_tui.locale import Words
from ita_tui.store.log_phrases import action_words
from ita_tui.store.records import LogEntry, Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits
from ita_tui.tui.view.detail import when
from ita_tui.tui.widgets.word_wrap import Fitted, fit

BAR_WIDTH = 20
NAME_WIDTH = 34
LATEST = 10
ACTIVITY_CHARS = 300  # of a note in the activity list: one line, cut at the width anyway


def bar_line(name: str, completion: Completion, lang: str, digit_style: str, places: int) -> Text:
    """ "name ████░░░░  1/2   50%  อยู่ระหว่างดำเนินการ 1 · ไม่เกี่ยวข้อง 1": the name cut between
    words to a fixed width, the bar, the figures in columns (done right-aligned, applicable
    left-aligned, each `places` digits wide), then the other counts."""
    label = fit(Text(one_line(name)), NAME_WIDTH, pad=True)
    filled, empty = figures.bar(completion, BAR_WIDTH)
    done, applicable = completion.done, completion.applicable
    shown = digits(f" {done:>{places}}/{applicable:<{places}} {completion.percent:>3}%", digit_style)
    beside = figures.beside(completion, lang, digit_style)
    return Text.assemble(
        label,
        " ",
        (filled, "green"),
        (empty, "dim"),
        shown,
        (f"  {beside}" if beside else "", "dim"),
        no_wrap=True,
    )


def dashboard_body(
    snapshot: Snapshot, log: list[LogEntry], words: Words, lang: str, digit_style: str
) -> Group:
    """Everything the dashboard shows, built from one snapshot and the log."""
    checklist, progress, units = snapshot.checklist, snapshot.progress, snapshot.unit_model
    overall = overall_completion(checklist, progress)
    places = len(str(overall.applicable))  # every count is at most the overall one
    parts: list[Text | Fitted] = [
        Text(words["dashboard"], style="bold"),
        Text(one_line(checklist.title), style="dim"),
        Text(""),
        bar_line(words["dashboard_overall"], overall, lang, digit_style, places),
        Text(""),
        Text(words["by_indicator"], style="bold"),
    ]
    parts += [
        bar_line(
            digits(f"{words['indicator_no']} {ind.number} ", digit_style) + ind.title,
            c,
            lang,
            digit_style,
            places,
        )
        for ind, c in indicator_completion(checklist, progress)
    ]
    parts += [Text(""), Text(words["by_unit"], style="bold")]
    parts += [
        bar_line(name, c, lang, digit_style, places)
        for name, c in unit_completion(checklist, progress, units)
    ]
    parts += [Text(""), Text(words["pending_by_unit"], style="bold")]
    pending = pending_by_unit(checklist, progress, units)
    if not pending:
        parts.append(Text("  " + words["all_done"], style="green"))
    for name, items in pending:
        parts.append(Text("  " + one_line(name), style="bold"))
        parts += [
            Fitted(
                Text(
                    digits(
                        f"    {figures.STATE_MARKS[progress.state(item.id)]} {one_line(item.id)} ",
                        digit_style,
                    )
                    + one_line(item.text)
                )
            )
            for item in items
        ]
    parts += [Text(""), Text(words["activity"], style="bold")]
    if not log:
        parts.append(Text("  " + words["no_activity"], style="dim"))
    for entry in reversed(log[-LATEST:]):
        action = action_words(entry.action, words)
        parts.append(
            Fitted(
                Text.assemble(
                    ("  " + when(entry.at, lang, digit_style), "dim"),
                    "  ",
                    (one_line(entry.user), "bold"),
                    f" {action} ",
                    digits(one_line(entry.item_id), digit_style),
                    (
                        f"  {one_line(entry.after[:ACTIVITY_CHARS])}"
                        if entry.action in ("note", "link")
                        else "",
                        "dim",
                    ),
                )
            )
        )
    return Group(*parts)
