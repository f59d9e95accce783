"""The checklist as a tree drawn line by line: only the rows on screen are ever rendered."""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ita_tui.checklist.model import DONE, Checklist, Completion, Progress, count
from ita_tui.checklist.scores import Score
from ita_tui.checklist.units import Units
from ita_tui.export import figures
from ita_tui.text import one_line
from ita_tui.thai import digits
from ita_tui.tui.keys import NAVIGATION_KEYS, bindings
from ita_tui.tui.view.rows import ROOT_KEY, Filters, Row, RowKey, RowKind, in_unit, visible_rows
from ita_tui.tui.view.search import Extras, find_in, parse_query, snippet
from ita_tui.tui.widgets.word_wrap import fit


class ChecklistView(ScrollView, can_focus=True):
    """Root, indicator nodes with their completion, and items as check boxes, one row each."""

    BINDINGS = [
        *bindings(NAVIGATION_KEYS),
        Binding("pagedown", "page_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]
    COMPONENT_CLASSES = {
        "checklist--cursor",
        "checklist--root",
        "checklist--indicator",
        "checklist--done",
        "checklist--figures",
        "checklist--returned",
        "checklist--match",
    }

    cursor = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to another row."""

        def __init__(self, row: Row | None) -> None:
            self.row = row
            super().__init__()

    def __init__(
        self,
        checklist: Checklist,
        progress: Progress,
        units: Units,
        *,
        word: str,
        found_in: dict[str, str],
        digit_style: str,
        score_words: tuple[str, str] = ("{score}", ""),
        scores: Mapping[str, Score] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self._word = word  # "ตัวชี้วัดที่" / "Indicator"
        self._score_words = score_words  # "ITA {score}" and "ต่ำกว่าเกณฑ์"
        self._scores: Mapping[str, Score] = scores or {}  # the ITA scores shown beside the indicators
        self._found_in = found_in  # where a search hit was, in words: {"note": "บันทึก", ...}
        self._extras: Mapping[str, Extras] = {}
        self._query = parse_query("")
        self._digits = digit_style
        self.word_breaks = False  # ICU is loaded after the first paint (start-up time)
        self._filters = Filters()
        self._collapsed: set[RowKey] = set()
        self._take(checklist, progress, units)
        self.rows = visible_rows(checklist, progress, units, self._filters, self._collapsed)
        self.set_reactive(ChecklistView.cursor, self._item_near(0))
        row = self.current_row
        self._last_key = row.key if row else None  # the screen shows this row's detail at start
        self._last_item = self._last_key  # the item the user was last on, to come back to

    def on_mount(self) -> None:
        """The scrollable height is the number of rows; words are found once the first screen is up."""
        self.virtual_size = Size(0, len(self.rows))
        self.call_after_refresh(self.start_word_breaks)

    # -- data ---------------------------------------------------------------

    def show(
        self,
        checklist: Checklist,
        progress: Progress,
        units: Units,
        filters: Filters | None = None,
        extras: Mapping[str, Extras] | None = None,
        scores: Mapping[str, Score] | None = None,
    ) -> None:
        """Show this checklist state; the cursor stays on the same item when it is still shown.
        `extras`: the items' notes and link labels, for a search; `scores`: the ITA scores shown
        beside the indicators, by subject."""
        current = self.current_row
        self._scores = scores or {}
        keep = current.key if current else None
        filtered_anew = filters is not None and filters != self._filters
        if filters is not None:
            self._filters = filters
            self._query = parse_query(filters.query)
        self._take(checklist, progress, units)
        self._extras = extras or {}
        if filtered_anew and keep == ROOT_KEY:
            keep = None  # the root was all a filter left: go back to an item
        self._rebuild(keep, first_match=filtered_anew and self._filters.query != "")

    def _take(self, checklist: Checklist, progress: Progress, units: Units) -> None:
        """Remember the checklist state and each indicator's completion."""
        self._checklist = checklist
        self._progress = progress
        self._units = units
        unit = self._filters.unit  # under a unit filter the figures count that unit's items only
        self._counts = {
            ind.number: count(in_unit(ind.items, unit, units), progress) for ind in checklist.indicators
        }
        self._overall = count(in_unit(checklist.items(), unit, units), progress)
        self._order = {
            row.key: n for n, row in enumerate(visible_rows(checklist, progress, units, Filters(), set()))
        }

    def _rebuild(self, keep: RowKey | None, *, first_match: bool = False) -> None:
        """Recompute the visible rows; the cursor stays on `keep` when it is shown. Else, on a
        new search, the first match; otherwise the first shown item that comes at or after
        `keep` (or the item the user was last on) in the checklist's order: a ticked item that
        a filter hides hands the cursor to the next one."""
        self.rows = visible_rows(
            self._checklist, self._progress, self._units, self._filters, self._collapsed, self._extras
        )
        self.virtual_size = Size(0, len(self.rows))
        index = self._index_of(keep) if keep else None
        if index is None:
            index = self._item_near(0) if first_match else self._item_from(keep or self._last_item)
        self.cursor = index
        self.refresh()

    def _item_from(self, key: RowKey | None) -> int:
        """The first shown item at or after `key` in the unfiltered order, else the last one
        before it, else the first row."""
        start = self._order.get(key, 0) if key else 0
        items = [
            (self._order.get(row.key, 0), n) for n, row in enumerate(self.rows) if row.kind == RowKind.ITEM
        ]
        after = [n for place, n in items if place >= start]
        if after:
            return after[0]
        return items[-1][1] if items else 0

    def _item_near(self, index: int) -> int:
        """The first item row at or after `index`, else the last one before it, else 0."""
        index = min(index, len(self.rows) - 1)
        after = (n for n in range(index, len(self.rows)) if self.rows[n].kind == RowKind.ITEM)
        before = (n for n in range(index, -1, -1) if self.rows[n].kind == RowKind.ITEM)
        found = next(after, None)
        return found if found is not None else next(before, 0)

    def _index_of(self, key: RowKey) -> int | None:
        """The row index of a row key, or None when it is not shown."""
        for n, row in enumerate(self.rows):
            if row.key == key:
                return n
        return None

    @property
    def current_row(self) -> Row | None:
        """The row under the cursor."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def move_to(self, key: RowKey) -> None:
        """Put the cursor on the row with this key, when it is shown."""
        index = self._index_of(key)
        if index is not None:
            self.cursor = index

    def validate_cursor(self, cursor: int) -> int:
        """The cursor always sits on a shown row."""
        return max(0, min(cursor, len(self.rows) - 1))

    def watch_cursor(self, cursor: int) -> None:
        """Keep the cursor row on screen and tell the screen which row it is on."""
        self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=False, force=True)
        self.refresh()
        row = self.current_row
        key = row.key if row else None
        if row is not None and row.kind == RowKind.ITEM:
            self._last_item = key
        if key != self._last_key:
            self._last_key = key
            self.post_message(self.Highlighted(row))

    # -- drawing ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """One screen line: the row at this height, cut to the width, never wrapped."""
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        base = self.rich_style
        if index >= len(self.rows):
            return Strip.blank(width, base)
        text = self._row_text(self.rows[index], width)
        if index == self.cursor:
            text.stylize(self.get_component_rich_style("checklist--cursor"))
        segments = list(text.render(self.app.console))
        return Strip(segments).crop_extend(0, width, base).simplify()

    def _row_text(self, row: Row, width: int) -> Text:
        """The text of a row, exactly `width` cells wide."""
        arrow = "▶ " if row.key in self._collapsed else "▼ "
        if row.kind == RowKind.ROOT:
            head = Text(
                arrow + one_line(self._checklist.title),
                style=self.get_component_rich_style("checklist--root"),
            )
            return self._with_figures(head, self._overall, width)
        if row.kind == RowKind.INDICATOR:
            ind = row.indicator
            assert ind is not None
            head = Text(
                "  " + arrow + digits(f"{self._word} {ind.number} ", self._digits) + one_line(ind.title),
                style=self.get_component_rich_style("checklist--indicator"),
            )
            return self._with_figures(
                head, self._counts[ind.number], width, self._scores.get(str(ind.number))
            )
        item = row.item
        assert item is not None
        state = self._progress.state(item.id)
        box = figures.STATE_MARKS[state]
        style = self.get_component_rich_style("checklist--done") if state == DONE else Style()
        text = Text(f"      {box} ", style=style)
        match = self.get_component_rich_style("checklist--match")
        text.append(digits(item.id, self._digits), match if row.hit and row.hit.place == "id" else "")
        text.append(" ")
        if item.id in self._progress.returned:  # back for correction: seen without colour too
            text.append(f"{figures.RETURNED_MARK} ", self.get_component_rich_style("checklist--returned"))
        elif item.id in self._progress.verified:
            text.append(f"{figures.VERIFIED_MARK} ")
        shown = one_line(item.text)
        hit = row.hit
        if hit is not None and hit.place not in ("text", "id"):
            where = one_line(hit.text)
            piece, start, end = snippet(where, find_in(self._query, where) or (0, 0))
            text.append(f"{self._found_in[hit.place]}: ", self.get_component_rich_style("checklist--figures"))
            text.append(piece[:start])
            text.append(piece[start:end], match)
            text.append(piece[end:] + " · ")
        body = Text(shown)
        span = find_in(self._query, shown) if hit is not None and hit.place == "text" else None
        if span:
            body.stylize(match, *span)
            room = width - text.cell_len
            if cell_len(shown[: span[1]]) > room - 1:  # the match would be cut away: show it
                piece, start, end = snippet(shown, span, context=max(4, room // 3))
                body = Text(piece)
                body.stylize(match, start, end)
        return self._fit(Text.assemble(text, body, style=style), width)

    def _with_figures(
        self, head: Text, completion: Completion, width: int, score: Score | None = None
    ) -> Text:
        """A node's label cut to leave room for "ITA 82.5 ต่ำกว่าเกณฑ์  done/applicable pct% ◐n ⊘n ✔n"
        at the right edge (the score only when one is kept)."""
        marks = figures.beside_marks(completion, self._digits)
        shown = Text(style=self.get_component_rich_style("checklist--figures"))
        if score is not None:
            shown.append("  " + digits(self._score_words[0].format(score=score.score), self._digits))
            if score.under_pass_mark:
                shown.append(f" {self._score_words[1]}", self.get_component_rich_style("checklist--returned"))
        shown.append(
            f"  {figures.fraction(completion, self._digits)}  {figures.percent(completion, self._digits)}"
            + (f"  {marks}" if marks else "")
        )
        head = self._fit(head, max(0, width - shown.cell_len))
        head.rstrip()
        pad = width - head.cell_len - shown.cell_len
        return self._fit(Text.assemble(head, " " * max(0, pad), shown), width)

    def _fit(self, text: Text, width: int) -> Text:
        """The text cut with "…" or padded to exactly `width` cells: between Thai words once
        the word breaker is loaded (after the first paint), between grapheme clusters before."""
        return fit(text, width, words=self.word_breaks, pad=True)

    def start_word_breaks(self) -> None:
        """From now on cut rows between words (ICU is loaded): redraw."""
        self.word_breaks = True
        self.refresh()

    # -- keys and mouse -----------------------------------------------------

    def action_cursor_down(self) -> None:
        """Next row."""
        if self.cursor < len(self.rows) - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        """Previous row."""
        if self.cursor > 0:
            self.cursor -= 1

    def action_page_down(self) -> None:
        """One screen down."""
        self.cursor = min(len(self.rows) - 1, self.cursor + max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        """One screen up."""
        self.cursor = max(0, self.cursor - max(1, self.size.height - 1))

    def action_first(self) -> None:
        """The first row."""
        self.cursor = 0

    def action_last(self) -> None:
        """The last row."""
        self.cursor = len(self.rows) - 1

    def action_toggle_node(self) -> None:
        """Open a closed node, close an open one."""
        row = self.current_row
        if row and row.kind != RowKind.ITEM:
            if row.key in self._collapsed:
                self.action_expand()
            else:
                self.action_collapse()

    def action_expand(self) -> None:
        """Open the node under the cursor."""
        row = self.current_row
        if row and row.kind != RowKind.ITEM and row.key in self._collapsed:
            self._collapsed.discard(row.key)
            self._rebuild(row.key)

    def action_collapse(self) -> None:
        """Close the node under the cursor; on an item, go to its indicator."""
        row = self.current_row
        if row is None:
            return
        if row.kind == RowKind.ITEM:
            assert row.indicator is not None
            self.move_to(RowKey(RowKind.INDICATOR, row.indicator.number))
        elif row.key not in self._collapsed:
            self._collapsed.add(row.key)
            self._rebuild(row.key)

    def on_click(self, event: Click) -> None:
        """A click puts the cursor on the clicked row."""
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self.rows):
            self.cursor = index

    def on_resize(self) -> None:
        """After a resize the cursor row is still on screen."""
        self.call_after_refresh(
            self.scroll_to_region, Region(0, self.cursor, 1, 1), animate=False, force=True
        )
