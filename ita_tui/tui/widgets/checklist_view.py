"""The checklist as a tree drawn line by line: only the rows on screen are ever rendered."""

from __future__ import annotations

from collections.abc import Mapping

from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ita_tui.checklist.model import Checklist, Progress, count
from ita_tui.checklist.scores import Score
from ita_tui.checklist.units import Units
from ita_tui.tui.keys import NAVIGATION_KEYS, bindings
from ita_tui.tui.view.rows import ROOT_KEY, Filters, Row, RowKey, RowKind, in_unit, visible_rows
from ita_tui.tui.view.search import Extras, parse_query
from ita_tui.tui.view.tree_row import RowStyles, TreeDrawing, row_text


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
        text = row_text(self.rows[index], width, self.drawing())
        if index == self.cursor:
            text.stylize(self.get_component_rich_style("checklist--cursor"))
        segments = list(text.render(self.app.console))
        return Strip(segments).crop_extend(0, width, base).simplify()

    def drawing(self) -> TreeDrawing:
        """What the rows' text is drawn from: the tree's state, words and component styles."""
        style = self.get_component_rich_style
        return TreeDrawing(
            title=self._checklist.title,
            word=self._word,
            progress=self._progress,
            overall=self._overall,
            counts=self._counts,
            digit_style=self._digits,
            collapsed=frozenset(self._collapsed),
            scores=self._scores,
            score_words=self._score_words,
            found_in=self._found_in,
            query=self._query,
            word_breaks=self.word_breaks,
            styles=RowStyles(
                root=style("checklist--root"),
                indicator=style("checklist--indicator"),
                done=style("checklist--done"),
                figures=style("checklist--figures"),
                returned=style("checklist--returned"),
                match=style("checklist--match"),
            ),
        )

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
