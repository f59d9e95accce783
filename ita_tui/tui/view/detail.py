"""What the detail pane shows for an item or an indicator, built from a snapshot (no Textual):
the id and text, period, unit, state, review, result, links and notes newest first."""

from __future__ import annotations

from rich.text import Text

from ita_tui.checklist.fields import DETAIL_FIELDS, FieldKind
from ita_tui.checklist.model import Completion, Indicator, Item, State
from ita_tui.checklist.scores import Score
from ita_tui.export import figures
from ita_tui.locale import Words
from ita_tui.store.records import Note, Snapshot, Written
from ita_tui.store.vocabulary import ReviewStatus
from ita_tui.text import visible_text
from ita_tui.thai import digits, short_datetime_of
from ita_tui.tui.view.pages import shortened

HEADING = "bold"
MUTED = "dim"
NOTES_SHOWN = 4000  # characters of notes in the pane, newest first; `v` reads them all
LINKS_SHOWN = 50  # the newest links in the pane


def when(at: str, lang: str, digit_style: str) -> str:
    """An ISO time stamp as a Thai (Buddhist Era) or English short date-time, shown safely."""
    return visible_text(short_datetime_of(at, lang, digit_style))


def _field(label: str, value: str, not_set: str) -> Text:
    """A `label: value` line; the value shown literally, or `not_set` (dimmed) when empty."""
    return Text.assemble((f"{label}: ", HEADING), visible_text(value) or (not_set, MUTED))


def _section(title: str, lines: list[Text], empty: str) -> list[Text]:
    """A heading and its lines (or the word for nothing yet)."""
    return [Text(""), Text(title, style=HEADING), *(lines or [Text("  " + empty, style=MUTED)])]


def item_detail(
    snapshot: Snapshot, indicator: Indicator, item: Item, words: Words, lang: str, digit_style: str
) -> Text:
    """The full detail of one method item."""
    state = snapshot.state(item.id)
    head = Text(
        digits(f"{words['indicator_no']} {indicator.number} ", digit_style) + visible_text(indicator.title),
        style=MUTED,
    )
    body = Text(digits(f"{item.id} ", digit_style), style=HEADING)
    body.append(visible_text(item.text))
    parts = [head, body]
    parts.append(Text(""))
    for f in DETAIL_FIELDS:  # an item without OIT codes shows its indicator's
        value = f.written(item) or (", ".join(indicator.oit_codes) if f.kind is FieldKind.CODES else "")
        parts.append(_field(words[f.label], value, words["field_not_set"]))
    mark = figures.STATE_MARKS[state.state]
    by = {"by": visible_text(state.by), "at": when(state.at, lang, digit_style) if state.at else ""}
    if state.done:
        status = words["done_by"].format(**by)
    elif state.state == State.IN_PROGRESS:
        status = words["in_progress_by"].format(**by)
    elif state.state == State.NOT_APPLICABLE:
        status = words["na_by"].format(reason=visible_text(state.reason), **by)
    elif state.by:
        status = words["undone_by"].format(**by)
    else:
        status = words["not_done"]
    parts.append(
        Text.assemble((f"{words['status']}: ", HEADING), (f"{mark} {status}", "green" if state.done else ""))
    )
    review = snapshot.review(item.id)
    if review is not None:
        reviewed = {"by": visible_text(review.by), "at": when(review.at, lang, digit_style)}
        if review.status == ReviewStatus.VERIFIED:
            line = Text(f"{figures.VERIFIED_MARK} " + words["verified_by"].format(**reviewed), style="green")
        else:
            line = Text(f"{figures.RETURNED_MARK} " + words["returned_by"].format(**reviewed), style="bold")
            line.append("\n  " + visible_text(review.comment))
        parts.append(Text.assemble((f"{words['review']}: ", HEADING), line))
    result = snapshot.results.get(item.id)
    if result is not None and result.text:
        parts += _section(
            words["result"],
            [
                Text("  " + visible_text(result.text)),
                Text(f"  {visible_text(result.by)} {when(result.at, lang, digit_style)}", style=MUTED),
            ],
            "",
        )
    all_links = snapshot.links.get(item.id, ())
    links = [
        Text.assemble(
            "  • ",
            (visible_text(link.label) + " " if link.label else "", ""),
            (visible_text(link.url), "underline"),
            (f"  {visible_text(link.author)} {when(link.at, lang, digit_style)}", MUTED),
        )
        for link in all_links[-LINKS_SHOWN:]
    ]
    if len(all_links) > LINKS_SHOWN:
        more = words["links_more"].format(more=f"{len(all_links) - LINKS_SHOWN:,}")
        links.insert(0, Text("  " + digits(more, digit_style), style=MUTED))
    parts += _section(words["links"], links, words["none"])
    parts += _section(
        words["notes"], _notes(snapshot.notes.get(item.id, ()), words, lang, digit_style), words["none"]
    )
    return Text("\n").join(parts)


def _notes(notes: tuple[Note, ...], words: Words, lang: str, digit_style: str) -> list[Text]:
    """The item's notes, newest first, until NOTES_SHOWN characters are shown; then one line saying
    how much more there is (read whole with v): wrapping 10,000 notes on each cursor move stalls."""
    lines: list[Text] = []
    budget = NOTES_SHOWN
    for n, note in enumerate(reversed(notes)):
        if budget <= 0:
            left = notes[: len(notes) - n]
            more = words["notes_more"].format(
                notes=f"{len(left):,}", chars=f"{sum(len(x.text) for x in left):,}"
            )
            lines.append(Text("  " + digits(more, digit_style), style=MUTED))
            break
        lines.append(
            Text.assemble(
                "  • ", (when(note.at, lang, digit_style), MUTED), "  ", (visible_text(note.author), "bold")
            )
        )
        if note.edited_at:
            edited = words["note_edited_by"].format(
                by=note.edited_by, at=when(note.edited_at, lang, digit_style)
            )
            lines.append(Text("    " + visible_text(edited), style=MUTED))
        shown = shortened(note.text, budget)
        lines += [Text("    " + visible_text(line)) for line in shown.split("\n")]  # its own line breaks
        budget -= len(shown)
        if len(shown) < len(note.text):  # the rest is read page by page (v)
            cut = words["note_cut"].format(shown=f"{len(shown):,}", total=f"{len(note.text):,}")
            lines.append(Text("    " + digits(cut, digit_style), style=MUTED))
    return lines


def indicator_detail(
    indicator: Indicator,
    completion: Completion,
    words: Words,
    lang: str,
    digit_style: str,
    outcome: Written | None = None,
    score: Score | None = None,
    issues: Written | None = None,
) -> Text:
    """An indicator's completion, its ITA score (when kept), the outcome written for the report,
    measures, findings, results, outcomes and OIT items."""
    figure = words["items_count"].format(
        done=completion.done, total=completion.applicable, pct=completion.percent
    )
    beside = figures.beside(completion, lang, digit_style)
    parts = [
        Text(
            digits(f"{words['indicator_no']} {indicator.number} ", digit_style)
            + visible_text(indicator.title),
            style=HEADING,
        ),
        Text(digits(figure, digit_style) + (f" · {beside}" if beside else "")),
    ]
    if score is not None:
        key = "indicator_score_under" if score.under_pass_mark else "indicator_score"
        said = digits(words(key, year=score.year, score=score.score), digit_style)
        parts.append(Text(said, style="bold red" if score.under_pass_mark else ""))
    if outcome is not None and outcome.text:
        by = Text(f"  {visible_text(outcome.by)} {when(outcome.at, lang, digit_style)}", style=MUTED)
        parts += _section(words["written_outcome"], [Text("  " + visible_text(outcome.text)), by], "")
    if issues is not None and issues.text:
        by = Text(f"  {visible_text(issues.by)} {when(issues.at, lang, digit_style)}", style=MUTED)
        parts += _section(words["issues_heading"], [Text("  " + visible_text(issues.text)), by], "")
    for key in ("description", "measures", "findings", "results", "outcomes"):
        texts = getattr(indicator, key)
        if texts:
            parts += _section(words[key], [Text("  • " + visible_text(t)) for t in texts], "")
    if indicator.sub_indicators:
        subs = []
        for sub in indicator.sub_indicators:
            subs.append(Text("  " + visible_text(f"{sub.number} {sub.title}")))
            subs += [Text("    " + visible_text(f"{o.code} {o.title}")) for o in sub.oit_items]
        parts += _section(words["sub_indicators"], subs, "")
    return Text("\n").join(parts)
