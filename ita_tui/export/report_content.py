"""What the results report (OIT O43) says, before it is laid out as a PDF or a Word document (pure).

The seed's six columns per indicator: มาตรการ/แนวทาง (the indicator and its measures),
วิธีการดำเนินการ (the findings, then each method item with its state), ระยะเวลาดำเนินการ,
สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม (each item's result beside its item, else its state; its
evidence links when asked), ผลลัพธ์หรือความสำเร็จของการดำเนินการ (the indicator's outcome) and
ผู้รับผิดชอบ. An indicator is a block: its measures and outcome span all its rows, each method item
is a row of its own with its result; period and responsible are one cell when every item shares
them, else one per item.

Only published words: review comments, verifiers' names and progress notes are internal and
appear only when `ReportOptions.internal` asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ita_tui.checklist.model import Indicator, Item, display_unit, unit_key
from ita_tui.locale import Words
from ita_tui.store.records import RETURNED, VERIFIED, Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits

COLUMNS = 6


@dataclass(frozen=True)
class ReportOptions:
    """What goes into the report beyond the published columns."""

    links: bool = True  # each item's evidence links under its result
    internal: bool = False  # progress notes, review comments and reviewers' names


PUBLISHED = ReportOptions()  # the default: published words and evidence links only


@dataclass(frozen=True)
class Para:
    """One paragraph of a cell: its text, bold or not, and the state mark drawn before it."""

    text: str
    style: str = ""  # "" or "B"
    mark: str = ""  # an item state ("done", "in-progress", "not-started", "na") or ""
    grey: bool = False


@dataclass(frozen=True)
class ItemRow:
    """One method item's row: the item, its period, its result, its responsible unit."""

    method: tuple[Para, ...]
    period: str
    result: tuple[Para, ...]
    responsible: str


@dataclass(frozen=True)
class Block:
    """One indicator: the cells that span its rows, the findings above its items, the item rows."""

    number: str  # the indicator's number as printed, for "(ต่อ)" on a continued block
    measures: tuple[Para, ...]
    lead: tuple[Para, ...]  # findings and the "วิธีการดำเนินการ" heading, above the items
    outcome: tuple[Para, ...]
    items: tuple[ItemRow, ...]
    period: str | None  # the one period every item shares (one merged cell), else None
    responsible: str | None  # likewise the responsible unit


def state_label(words: Words, state: str) -> str:
    """The word a reader sees for an item state."""
    return words[f"state_{state}"]


def report_blocks(
    snapshot: Snapshot, words: Words, digit_style: str, options: ReportOptions = PUBLISHED
) -> list[Block]:
    """The report's blocks, one per indicator, in checklist order."""
    return [_block(snapshot, ind, words, digit_style, options) for ind in snapshot.checklist.indicators]


def _block(
    snapshot: Snapshot, indicator: Indicator, words: Words, digit_style: str, options: ReportOptions
) -> Block:
    """One indicator's block."""

    def fig(value: object) -> str:
        """A figure in the chosen digits."""
        return digits(value, digit_style)

    number = fig(indicator.number)
    measures = [Para(words("results_indicator", number=number, title=one_line(indicator.title)), "B")]
    measures += [Para(one_line(m)) for m in indicator.measures]
    lead = [Para(one_line(f)) for f in indicator.findings]
    if indicator.findings:
        lead.append(Para(words["report_methods"], "B"))
    rows = []
    for item in indicator.items:
        method = [Para(f"{fig(item.number)}. {one_line(item.text)}", mark=snapshot.state(item.id).state)]
        method += _review(snapshot, item, words, options)
        rows.append(
            ItemRow(
                tuple(method),
                one_line(item.period),
                tuple(_result(snapshot, item, words, fig, options)),
                display_unit(item.responsible),
            )
        )
    outcome = snapshot.outcomes.get(indicator.number)
    outcomes = [Para(one_line(outcome.text))] if outcome else [Para(one_line(o)) for o in indicator.outcomes]
    return Block(
        number,
        tuple(measures),
        tuple(lead),
        tuple(outcomes),
        tuple(rows),
        _shared(r.period for r in rows),
        _shared((r.responsible for r in rows), unit_key),
    )


def _review(snapshot: Snapshot, item: Item, words: Words, options: ReportOptions) -> list[Para]:
    """The supervisor's review under the item, only when internal words are asked for."""
    review = snapshot.review(item.id)
    if not options.internal or review is None:
        return []
    if review.status == VERIFIED:
        return [Para(words("report_verified", by=one_line(review.by)), grey=True)]
    if review.status == RETURNED:
        return [Para(words("report_returned", comment=one_line(review.comment)), grey=True)]
    return []


def _result(
    snapshot: Snapshot, item: Item, words: Words, fig: Callable[[object], str], options: ReportOptions
) -> list[Para]:
    """An item's result, else its state (and notes when asked); then its evidence links."""
    written = snapshot.results.get(item.id)
    if written is not None and written.text.strip():
        paras = [Para(f"{fig(item.number)}. {one_line(written.text)}")]
    else:
        state = snapshot.state(item.id)
        label = state_label(words, state.state)
        if state.state == "na" and state.reason.strip():
            label = f"{label} ({one_line(state.reason)})"
        notes = (
            "; ".join(one_line(n.text) for n in snapshot.notes.get(item.id, ())) if options.internal else ""
        )
        text = f"{fig(item.number)}. {label}" + (f" — {notes}" if notes else "")
        paras = [Para(text, grey=not notes)]
    for link in snapshot.links.get(item.id, ()) if options.links else ():
        label = f" ({one_line(link.label)})" if link.label.strip() else ""
        paras.append(Para(words("report_evidence", url=one_line(link.url)) + label, grey=True))
    return paras


def _shared(texts: Iterable[str], key: Callable[[str], str] = lambda t: " ".join(t.split())) -> str | None:
    """The one text all of `texts` are (spacing aside), else None."""
    seen: dict[str, str] = {}
    for text in texts:
        seen.setdefault(key(text), text)
    return next(iter(seen.values())) if len(seen) == 1 else None


def result_texts(snapshot: Snapshot) -> list[str]:
    """Every item result and indicator outcome the report prints (for checks that read it back)."""
    texts = [w.text for w in snapshot.results.values() if w.text.strip()]
    return texts + [w.text for w in snapshot.outcomes.values() if w.text.strip()]
