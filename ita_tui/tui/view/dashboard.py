"""What the dashboard shows, built from one snapshot and the log (no Textual): completion bars
per indicator and unit with their figures in columns, the items waiting for review and those
returned, what is left by unit, the latest activity."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Group
from rich.text import Text

from ita_tui.checklist.model import Completion, indicator_completion, overall_completion
from ita_tui.checklist.scores import Score
from ita_tui.checklist.units import pending_by_unit, unit_completion
from ita_tui.export import figures
from ita_tui.locale import Words
from ita_tui.store.log_phrases import action_words
from ita_tui.store.records import LogEntry, Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits
from ita_tui.tui.view.detail import when
from ita_tui.tui.view.review import returned, review_sections, waiting
from ita_tui.tui.widgets.word_wrap import Fitted, fit

BAR_WIDTH = 20
NAME_WIDTH = 34
WIDE = 100  # columns from which the bar is drawn BAR_WIDTH cells long (half as long below)
LATEST = 10
ACTIVITY_CHARS = 300  # of a note in the activity list: one line, cut at the width anyway


class BarLine:
    """A Rich renderable: "name ████░░░░  1/2   50%  อยู่ระหว่างดำเนินการ 1 · ไม่เกี่ยวข้อง 1".
    The figures are never cut: the name gives way first (cut between words with "…"), the bar
    narrows on a narrow terminal, and counts that do not fit beside go on the lines below, under
    the bar. Names take the same width on every line, so bars and figures stand in columns."""

    def __init__(
        self,
        name: str,
        completion: Completion,
        lang: str,
        digit_style: str,
        places: int,
        after: Text | None = None,
        after_room: int = 0,
    ) -> None:
        self.name = Text(one_line(name))
        self.after = after or Text()  # on the bar's line after the figures: an indicator's ITA score
        self.after_room = after_room  # cells kept for it on every line of its section: bars line up
        self.completion = completion
        done, applicable = completion.done, completion.applicable
        self.shown = digits(f" {done:>{places}}/{applicable:<{places}} {completion.percent:>3}%", digit_style)
        self.beside = figures.beside(completion, lang, digit_style).split(" · ")
        self.beside = [part for part in self.beside if part]

    def __rich_console__(self, console, options):
        """One line, or more when the counts beside do not fit."""
        width = max(1, options.max_width)
        bar_width = BAR_WIDTH if width >= WIDE else BAR_WIDTH // 2
        after = self.after_room + 2 if self.after_room else 0  # the score stays whole too
        name_width = max(1, min(NAME_WIDTH, width - bar_width - 1 - len(self.shown) - after))
        filled, empty = figures.bar(self.completion, bar_width)
        line = Text.assemble(
            fit(self.name, name_width, pad=True),
            " ",
            (filled, "green"),
            (empty, "dim"),
            self.shown,
            no_wrap=True,
        )
        if self.after:
            line.append("  ")
            line.append(self.after)
        beside = " · ".join(self.beside)
        if beside and line.cell_len + 2 + cell_len(beside) <= width:
            line.append(f"  {beside}", "dim")
            yield line
            return
        yield line
        indent = " " * min(name_width + 1, width // 2)
        row = ""
        for part in self.beside:  # the counts packed onto lines under the bar, split at " · "
            joined = f"{row} · {part}" if row else part
            if row and cell_len(indent + joined) > width:
                yield Text(indent + row, style="dim", no_wrap=True)
                joined = part
            row = joined
        if row:
            yield Text(indent + row, style="dim", no_wrap=True)


def score_text(score: Score | None, words: Words, digit_style: str) -> Text | None:
    """ "ITA 82.5 ต่ำกว่าเกณฑ์" for an indicator's shown ITA score (the mark under 85), or None."""
    if score is None:
        return None
    text = Text(digits(words("tree_score", score=score.score), digit_style))
    if score.under_pass_mark:
        text.append(f" {words['under_pass']}", style="bold red")
    return text


def dashboard_body(
    snapshot: Snapshot, log: list[LogEntry], words: Words, lang: str, digit_style: str
) -> Group:
    """Everything the dashboard shows, built from one snapshot and the log."""
    checklist, progress, units = snapshot.checklist, snapshot.progress, snapshot.unit_model
    overall = overall_completion(checklist, progress)
    places = len(str(overall.applicable))  # every count is at most the overall one
    scores = snapshot.shown_scores
    by_indicator = [
        (ind, c, score_text(scores.get(str(ind.number)), words, digit_style))
        for ind, c in indicator_completion(checklist, progress)
    ]
    # the room the widest score takes, kept on every bar line: the bars stand in one column
    room = max((after.cell_len for _, _, after in by_indicator if after is not None), default=0)
    parts: list[Text | Fitted | BarLine] = [
        Text(words["dashboard"], style="bold"),
        Text(one_line(checklist.title), style="dim"),
        Text(""),
        BarLine(words["dashboard_overall"], overall, lang, digit_style, places, after_room=room),
        Fitted(
            Text(
                digits(
                    words("review_counts", waiting=len(waiting(snapshot)), returned=len(returned(snapshot))),
                    digit_style,
                )
            )
        ),
        Text(""),
        Text(words["by_indicator"], style="bold"),
    ]
    parts += [
        BarLine(
            digits(f"{words['indicator_no']} {ind.number} ", digit_style) + ind.title,
            c,
            lang,
            digit_style,
            places,
            after,
            room,
        )
        for ind, c, after in by_indicator
    ]
    parts += [Text(""), Text(words["by_unit"], style="bold")]
    parts += [
        BarLine(name, c, lang, digit_style, places, after_room=room)
        for name, c in unit_completion(checklist, progress, units, words["no_unit"])
    ]
    parts += [Text(""), *review_sections(snapshot, words, lang, digit_style)]
    parts += [Text(""), Text(words["pending_by_unit"], style="bold")]
    pending = pending_by_unit(checklist, progress, units, words["no_unit"])
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
    logins = any(user.login for user in snapshot.users.values())  # then who is shown with their login
    for entry in reversed(log[-LATEST:]):
        action = action_words(entry.action, words)
        parts.append(
            Fitted(
                Text.assemble(
                    ("  " + when(entry.at, lang, digit_style), "dim"),
                    "  ",
                    (one_line(entry.who().text(lang) if logins else entry.user), "bold"),
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
