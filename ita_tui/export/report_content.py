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

from collections.abc import Callable
from dataclasses import dataclass

from ita_tui.checklist.model import Indicator, Item, State, display_unit, unit_key
from ita_tui.export.blocks import Para, TableBlock, shared
from ita_tui.export.figures import STATE_WORDS
from ita_tui.locale import Words
from ita_tui.store.records import Snapshot
from ita_tui.store.vocabulary import RETURNED, VERIFIED
from ita_tui.text import one_line
from ita_tui.thai import digits

SHARES = (0.17, 0.27, 0.10, 0.22, 0.14, 0.10)  # the six columns' parts of the width
MEASURES, METHOD, PERIOD, RESULT, OUTCOME, UNIT = range(6)
HEADS = ("col_measures", "col_methods", "col_period", "col_results", "col_outcome", "col_units")


@dataclass(frozen=True)
class ReportOptions:
    """What goes into the report beyond the published columns."""

    links: bool = True  # each item's evidence links under its result
    internal: bool = False  # progress notes, review comments and reviewers' names


PUBLISHED = ReportOptions()  # the default: published words and evidence links only


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


def state_label(words: Words, state: State) -> str:
    """The word a reader sees for an item state."""
    return words[STATE_WORDS[state]]


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
        shared([r.period for r in rows]),
        shared([r.responsible for r in rows], unit_key),
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
        if state.state == State.NOT_APPLICABLE and state.reason.strip():
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


def as_table(block: Block) -> TableBlock:
    """The block as the table lays it out: measures and outcome (and a shared period or unit) span
    its rows; the findings are the first row, kept with the first item's."""
    spans = {MEASURES: block.measures, OUTCOME: block.outcome}
    if block.period is not None:
        spans[PERIOD] = (Para(block.period),)
    if block.responsible is not None:
        spans[UNIT] = (Para(block.responsible),)
    rows = [{METHOD: block.lead}] if block.lead else []
    for row in block.items:
        cells = {
            METHOD: row.method,
            RESULT: row.result,
            PERIOD: (Para(row.period),),
            UNIT: (Para(row.responsible),),
        }
        rows.append({c: paras for c, paras in cells.items() if c not in spans})
    return TableBlock(block.number, spans, tuple(rows), 2 if block.lead and block.items else 1)


def result_texts(snapshot: Snapshot) -> list[str]:
    """Every item result and indicator outcome the report prints (for checks that read it back)."""
    texts = [w.text for w in snapshot.results.values() if w.text.strip()]
    return texts + [w.text for w in snapshot.outcomes.values() if w.text.strip()]
