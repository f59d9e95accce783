"""The supervisor's two lists, from one snapshot (no Textual): done items waiting for review, and
items returned for correction with the reason and who returned them, each oldest first."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from rich.text import Text

from ita_tui.checklist.model import DONE, Indicator, Item
from ita_tui.export import figures
from ita_tui.locale import Words
from ita_tui.store.records import Snapshot
from ita_tui.store.vocabulary import RETURNED, SUPERVISOR
from ita_tui.text import one_line
from ita_tui.thai import digits
from ita_tui.tui.view.detail import when
from ita_tui.tui.widgets.word_wrap import Fitted


class Waiting(NamedTuple):
    """A done item not yet reviewed: who marked it done and when."""

    indicator: Indicator
    item: Item
    by: str
    at: str


class Returned(NamedTuple):
    """An item a supervisor returned: why, who, when, and whether it changed since."""

    indicator: Indicator
    item: Item
    reason: str
    by: str
    at: str
    marked_by: str  # who set the item's state: the one it goes back to
    changed_since: bool  # a note, link or state change after the return


def _moment(at: str) -> datetime:
    """An ISO time stamp as a moment to sort by (offsets compared as moments, not as text)."""
    try:
        return datetime.fromisoformat(at)
    except ValueError:
        return datetime.min.astimezone()


def waiting(snapshot: Snapshot) -> list[Waiting]:
    """Done items with no review yet, the longest waiting first."""
    found = [
        Waiting(ind, item, state.by, state.at)
        for ind in snapshot.checklist.indicators
        for item in ind.items
        if (state := snapshot.state(item.id)).done and snapshot.review(item.id) is None
    ]
    return sorted(found, key=lambda w: _moment(w.at))


def returned(snapshot: Snapshot) -> list[Returned]:
    """Items returned for correction, the longest waiting first."""
    found = []
    for ind in snapshot.checklist.indicators:
        for item in ind.items:
            review = snapshot.review(item.id)
            if review is None or review.status != RETURNED:
                continue
            since = _moment(review.at)
            later = [snapshot.state(item.id).at]
            later += [n.at for n in snapshot.notes.get(item.id, ())]
            later += [k.at for k in snapshot.links.get(item.id, ())]
            changed = any(at and _moment(at) > since for at in later)
            marked_by = snapshot.state(item.id).by
            found.append(Returned(ind, item, review.comment, review.by, review.at, marked_by, changed))
    return sorted(found, key=lambda r: _moment(r.at))


def supervisors(snapshot: Snapshot) -> list[str]:
    """The recorded users who may review, in the order added."""
    return [u.name for u in snapshot.users.values() if u.role == SUPERVISOR]


def review_sections(snapshot: Snapshot, words: Words, lang: str, digit_style: str) -> list[Text | Fitted]:
    """The dashboard's two sections: waiting for review, and returned with the reason."""
    lines: list[Text | Fitted] = []
    queue = waiting(snapshot)
    lines.append(Text(digits(words("review_waiting_heading", n=len(queue)), digit_style), style="bold"))
    if not queue:
        lines.append(Text("  " + words["review_none_waiting"], style="dim"))
    for w in queue:
        lines.append(_item_line(w.item, digit_style))
        by = words("done_by", by=one_line(w.by), at=when(w.at, lang, digit_style))
        lines.append(Fitted(Text("      " + by, style="dim")))
    back = returned(snapshot)
    lines += [Text("")]
    lines.append(Text(digits(words("review_returned_heading", n=len(back)), digit_style), style="bold"))
    if not back:
        lines.append(Text("  " + words["review_none_returned"], style="dim"))
    for r in back:
        lines.append(_item_line(r.item, digit_style, figures.RETURNED_MARK))
        lines.append(Fitted(Text("      " + one_line(r.reason))))
        by = words("review_returned_by", by=one_line(r.by), at=when(r.at, lang, digit_style))
        if r.changed_since:
            by += " · " + words["review_changed_since"]
        lines.append(Fitted(Text("      " + by, style="dim")))
    return lines


def _item_line(item: Item, digit_style: str, mark: str = figures.STATE_MARKS[DONE]) -> Fitted:
    """One item as the lists show it: mark, id and text cut between words."""
    return Fitted(Text(digits(f"    {mark} {one_line(item.id)} ", digit_style) + one_line(item.text)))
