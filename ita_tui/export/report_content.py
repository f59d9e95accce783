"""What the results report (OIT O43) says, before it is laid out as a PDF or a Word document (pure).

The seed's six columns per indicator: มาตรการ/แนวทาง (the indicator and its measures),
วิธีการดำเนินการ (findings, then each method item with its state), ระยะเวลาดำเนินการ,
สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม (each item's result, else its state and notes, and its
evidence links), ผลลัพธ์หรือความสำเร็จของการดำเนินการ (the indicator's outcome) and ผู้รับผิดชอบ.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.checklist.model import Indicator, Item, State, display_unit, unit_key
from ita_tui.figures import STATE_WORDS
from ita_tui.locale import Words
from ita_tui.store.records import RETURNED, VERIFIED, Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits

COLUMNS = 6


@dataclass(frozen=True)
class Para:
    """One paragraph of a cell: its text, bold or not, and the state mark drawn before it."""

    text: str
    style: str = ""  # "" or "B"
    mark: State | None = None  # the item's state, drawn as its square before the text
    grey: bool = False


@dataclass(frozen=True)
class Row:
    """One indicator's six cells."""

    number: str  # the indicator's number as printed, for "(ต่อ)" on a continued row
    cells: tuple[tuple[Para, ...], ...]


def state_label(words: Words, state: State) -> str:
    """The word a reader sees for an item state."""
    return words[STATE_WORDS[state]]


def item_rows(snapshot: Snapshot, words: Words, digit_style: str) -> list[Row]:
    """The report's rows, one per indicator, in checklist order."""
    return [_row(snapshot, indicator, words, digit_style) for indicator in snapshot.checklist.indicators]


def _row(snapshot: Snapshot, indicator: Indicator, words: Words, digit_style: str) -> Row:
    """The six cells of one indicator."""

    def fig(value: object) -> str:
        """A figure in the chosen digits."""
        return digits(value, digit_style)

    number = fig(indicator.number)
    measures = [Para(words("results_indicator", number=number, title=one_line(indicator.title)), "B")]
    measures += [Para(one_line(m)) for m in indicator.measures]
    methods = [Para(one_line(f)) for f in indicator.findings]
    if indicator.findings:
        methods.append(Para(words["report_methods"], "B"))
    results: list[Para] = []
    for item in indicator.items:
        state = snapshot.state(item.id)
        methods.append(Para(f"{fig(item.number)}. {one_line(item.text)}", mark=state.state))
        review = snapshot.review(item.id)
        if review is not None and review.status == VERIFIED:
            methods.append(Para(words("report_verified", by=one_line(review.by)), grey=True))
        elif review is not None and review.status == RETURNED:
            methods.append(Para(words("report_returned", comment=one_line(review.comment)), grey=True))
        results.extend(_result(snapshot, item, words, fig))
    outcome = snapshot.outcomes.get(indicator.number)
    outcomes = [Para(one_line(outcome.text))] if outcome else [Para(one_line(o)) for o in indicator.outcomes]
    periods = _unique(one_line(item.period) for item in indicator.items if item.period.strip())
    units = _unique(display_unit(item.responsible) for item in indicator.items)
    return Row(
        number,
        (
            tuple(measures),
            tuple(methods),
            tuple(Para(p) for p in periods),
            tuple(results),
            tuple(outcomes),
            tuple(Para(u) for u in units),
        ),
    )


def _result(snapshot: Snapshot, item: Item, words: Words, fig) -> list[Para]:  # type: ignore[no-untyped-def]
    """An item's result, else its state and notes; then its evidence links as typeable addresses."""
    written = snapshot.results.get(item.id)
    if written is not None and written.text.strip():
        paras = [Para(f"{fig(item.number)}. {one_line(written.text)}")]
    else:
        state = snapshot.state(item.id)
        label = state_label(words, state.state)
        if state.state == State.NOT_APPLICABLE and state.reason.strip():
            label = f"{label} ({one_line(state.reason)})"
        notes = "; ".join(one_line(n.text) for n in snapshot.notes.get(item.id, ()))
        text = f"{fig(item.number)}. {label}" + (f" — {notes}" if notes else "")
        paras = [Para(text, grey=not notes)]
    for link in snapshot.links.get(item.id, ()):
        label = f" ({one_line(link.label)})" if link.label.strip() else ""
        paras.append(Para(words("report_evidence", url=one_line(link.url)) + label, grey=True))
    return paras


def _unique(texts) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts in order, each once (units written with different spacing count as one)."""
    seen: dict[str, str] = {}
    for text in texts:
        seen.setdefault(unit_key(text), text)
    return list(seen.values())


def result_texts(snapshot: Snapshot) -> list[str]:
    """Every item result and indicator outcome the report prints (for checks that read it back)."""
    texts = [w.text for w in snapshot.results.values() if w.text.strip()]
    return texts + [w.text for w in snapshot.outcomes.values() if w.text.strip()]
