"""The one-page PDF's list of items not done, under their units, shortened evenly when the page
is full ("และอีก N รายการ")."""

from __future__ import annotations

from ita_tui.checklist.model import Item
from ita_tui.export.pdf_content import Content
from ita_tui.export.pdf_page import CONTENT_W, GREY, MARGIN_LEFT, DoesNotFit, Page
from ita_tui.text import one_line

ITEM_LINES = 4  # longest pending item, in lines
UNIT_GAP = 0.8  # mm between the pending lists of two units


def draw_pending(page: Page, content: Content, reserve: float, allow_shortening: bool) -> None:
    """The items not done, under their unit; when they do not all fit, every unit is cut
    to about the same number of items (its first ones), each cut list ending "and N more"."""
    groups = content.pending
    count = sum(len(items) for _, items in groups)
    words = content.words
    heading = words["pending"] + (f" ({content.fig(count)} {words['items']})" if count else "")
    page.paragraph(MARGIN_LEFT, CONTENT_W, page.size, heading, "B")
    if not groups:
        page.paragraph(MARGIN_LEFT, CONTENT_W, page.size - 1, words["no_pending"])
        return
    start_y, start_ops = page.y, len(page.ops)

    def fits(caps: list[int]) -> bool:
        """Lay the list out with these per-unit caps; whether it fitted."""
        page.y, page.ops[start_ops:] = start_y, []
        try:
            _pending_lists(page, content, groups, caps, reserve)
            return True
        except DoesNotFit:
            return False

    if fits([len(items) for _, items in groups]):
        return
    if not allow_shortening:
        raise DoesNotFit
    caps = [0] * len(groups)
    grown = True
    while grown:  # round robin: one more item for each unit that still has room
        grown = False
        for n, (_, items) in enumerate(groups):
            if caps[n] < len(items):
                caps[n] += 1
                if fits(caps):
                    grown = True
                else:
                    caps[n] -= 1
    if not fits(caps):  # lays the chosen caps out again: the last trial may have failed
        page.y, page.ops[start_ops:] = start_y, []  # not even every unit's heading fits
        _pending_flat(page, content, groups, reserve)


def _pending_lists(
    page: Page, content: Content, groups: list[tuple[str, list[Item]]], caps: list[int], reserve: float
) -> None:
    """Each unit's first `caps[n]` pending items, then "and N more" for the rest of that unit."""
    size = page.size - 1
    for n, ((unit, items), cap) in enumerate(zip(groups, caps, strict=True)):
        if n:
            page.y += UNIT_GAP  # between units only: a gap after the last would eat the signatures' room
        _unit_heading(page, f"{unit} ({content.fig(len(items))})", size, reserve)
        for item in items[:cap]:
            _pending_item(page, content, item, size, reserve)
        if len(items) > cap:
            _pending_more(page, content, len(items) - cap, size, reserve)


def _pending_flat(page: Page, content: Content, groups: list[tuple[str, list[Item]]], reserve: float) -> None:
    """As many units and items as fit in order, then one "and N more" for all the rest."""
    size = page.size - 1
    lh = page.line_height(size)
    entries: list[tuple[str, Item | None]] = []
    for unit, items in groups:
        entries.append((f"{unit} ({content.fig(len(items))})", None))
        entries.extend((unit, item) for item in items)
    total = sum(len(items) for _, items in groups)
    shown = 0
    for label, item in entries:
        start_y, start_ops = page.y, len(page.ops)
        try:
            if item is None:
                _unit_heading(page, label, size, reserve + 2 * lh)
            else:
                _pending_item(page, content, item, size, reserve + lh)
                shown += 1
        except DoesNotFit:
            page.y, page.ops[start_ops:] = start_y, []
            break
    if total > shown:
        _pending_more(page, content, total - shown, size, reserve)


def _unit_heading(page: Page, label: str, size: float, reserve: float) -> None:
    """A unit's name and count in bold above its pending items (two lines at most)."""
    lines = page.widths.wrap_at_most(label, "B", size, CONTENT_W - 2, 2)
    page.need(len(lines) * page.line_height(size), reserve)
    for line in lines:
        page.text(MARGIN_LEFT + 2, page.y, CONTENT_W - 2, size, line, "B")
        page.y += page.line_height(size)


def _pending_item(page: Page, content: Content, item: Item, size: float, reserve: float) -> None:
    """One pending item: its number, then its text with a hanging indent."""
    number = content.fig(one_line(item.id))
    number_w = max(12.0, page.widths.width(number, "", size) + 2.0)
    x = MARGIN_LEFT + 6
    text_w = CONTENT_W - 6 - number_w
    lines = page.widths.wrap_at_most(one_line(item.text), "", size, text_w, ITEM_LINES)
    lh = page.line_height(size)
    page.need(len(lines) * lh, reserve)
    page.text(x, page.y, number_w, size, number)
    for line in lines:
        page.text(x + number_w, page.y, text_w, size, line)
        page.y += lh


def _pending_more(page: Page, content: Content, count: int, size: float, reserve: float) -> None:
    """The "and N more" line under a shortened pending list."""
    page.need(page.line_height(size), reserve)
    page.text(
        MARGIN_LEFT + 18,
        page.y,
        CONTENT_W - 18,
        size,
        content.words["more"].format(n=content.fig(count)),
        "",
        "L",
        GREY,
    )
    page.y += page.line_height(size)
