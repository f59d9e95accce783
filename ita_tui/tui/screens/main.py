"""The main screen: the checklist tree on the left, the detail of the row under the cursor right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from ita_tui.checklist.model import count
from ita_tui.checklist.units import unit_names
from ita_tui.store.records import Snapshot
from ita_tui.text import visible_text
from ita_tui.thai import digits
from ita_tui.tui.keys import APP_KEYS, EDIT_KEYS, MAIN_HELP, MAIN_KEYS, bindings
from ita_tui.tui.screens.edit_actions import EDIT_ACTIONS, EditActions
from ita_tui.tui.screens.progress_actions import ProgressActions
from ita_tui.tui.screens.review_actions import ReviewActions
from ita_tui.tui.view.detail import indicator_detail, item_detail
from ita_tui.tui.view.review import supervisors
from ita_tui.tui.view.rows import (
    Filters,
    Row,
    RowKind,
    filter_labels,
    next_status,
    status_word,
    under_pass_mark,
)
from ita_tui.tui.view.search import FOUND_IN, extras_of
from ita_tui.tui.widgets.bars import KeyBar, TitleBar
from ita_tui.tui.widgets.checklist_view import ChecklistView
from ita_tui.tui.widgets.item_detail import ItemDetail

if TYPE_CHECKING:
    from textual.widgets import Input  # imported when the search box is first needed


class MainScreen(ProgressActions, ReviewActions, EditActions):
    """Find items, tick them, write notes and links."""

    KEYS = MAIN_KEYS
    HELP_KEYS = MAIN_HELP
    BINDINGS = [
        *bindings(MAIN_KEYS),
        *bindings(EDIT_KEYS[:5]),  # only in the edit mode (check_action)
        # reached only while the search box has the keyboard: move in the filtered tree
        Binding("down", "tree_down", show=False),
        Binding("up", "tree_up", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filters = Filters()

    def compose(self):
        """Title bar, bottom bar (filter line, key bar; the search box joins it), tree, detail."""
        words = self.app.words
        app = self.app
        snapshot = app.snapshot
        view = ChecklistView(
            snapshot.checklist,
            snapshot.progress,
            snapshot.unit_model,
            word=words["indicator_no"],
            found_in={place: words[key] for place, key in FOUND_IN.items()},
            digit_style=app.digit_style,
            score_words=(words["tree_score"], words["under_pass"]),
            scores=snapshot.shown_scores,
            id="checklist",
        )
        yield TitleBar(app.title, app.sub_title, id="title-bar")
        with Vertical(id="bottom"):
            if app.read_only:
                yield Static(app.read_only_banner, id="read-only", markup=False)
            yield Static("", id="filter-status", markup=False)
            yield KeyBar((*MAIN_KEYS, *APP_KEYS), words, id="key-bar")
        yield view
        yield ItemDetail(self._detail_of(view.current_row), id="detail")

    def on_mount(self) -> None:
        """The tree has the keyboard; the cursor starts on the first item."""
        self.view.focus()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show this state of the database; the cursor stays on its item."""
        row = self.view.current_row
        extras = extras_of(snapshot) if self.filters.query.strip() else None
        scores = snapshot.shown_scores
        self.filters = self.filters._replace(under_pass=under_pass_mark(scores))
        self.view.show(
            snapshot.checklist, snapshot.progress, snapshot.unit_model, self.filters, extras, scores
        )
        same_row = (
            row is not None and self.view.current_row is not None and row.key == self.view.current_row.key
        )
        self._show_detail(self.view.current_row, keep_scroll=same_row)
        self._show_filter_status()

    def on_checklist_view_highlighted(self, message: ChecklistView.Highlighted) -> None:
        """The cursor moved: show the new row's detail."""
        self._show_detail(message.row)

    def _show_detail(self, row: Row | None, *, keep_scroll: bool = False) -> None:
        """Fill the detail pane for the row under the cursor."""
        self.query_one("#detail", ItemDetail).show(self._detail_of(row), keep_scroll=keep_scroll)

    def _detail_of(self, row: Row | None):
        """The detail of one row (only the row under the cursor is ever computed)."""
        app = self.app
        snapshot = app.snapshot
        if row is None or row.kind == RowKind.ROOT:
            checklist = snapshot.checklist
            return Text(
                "\n".join(
                    visible_text(line)
                    for line in (checklist.title, checklist.organization, checklist.location)
                    if line
                )
            )
        assert row.indicator is not None  # indicator and item rows both carry their indicator
        if row.item is None:
            completion = count(row.indicator.items, snapshot.progress)
            outcome = snapshot.outcomes.get(row.indicator.number)
            score = snapshot.shown_scores.get(str(row.indicator.number))
            issues = snapshot.issues.get(row.indicator.number)
            return indicator_detail(
                row.indicator, completion, app.words, app.lang, app.digit_style, outcome, score, issues
            )
        return item_detail(snapshot, row.indicator, row.item, app.words, app.lang, app.digit_style)

    def _show_filter_status(self) -> None:
        """One line under the tree saying, with labels, what is filtered; or nothing."""
        words = self.app.words
        parts = filter_labels(self.filters, words)
        if self.filters.active and len(self.view.rows) <= 1:
            parts.append(words["no_match"])
        status = self.query_one("#filter-status", Static)
        status.update(" · ".join(parts))
        status.display = bool(parts)

    def _refilter(self, filters: Filters) -> None:
        """Apply new filters to the tree."""
        self.filters = filters
        self.show_snapshot(self.app.snapshot)

    def action_read_notes(self) -> None:
        """The item's notes in full, page by page."""
        from ita_tui.tui.screens.note_reader import NoteReader

        item = self._current_item()
        if item is not None:
            self.app.push_screen(NoteReader(item, self.app.snapshot.notes.get(item.id, ())))

    def action_open_link(self) -> None:
        """L: open the item's evidence link (one of them, picked, when it has several, newest first)."""
        from ita_tui.tui.screens.edit_dialogs import ChoicePicker

        item, app = self._current_item(), self.app
        if item is None:
            return
        links = {str(link.number): link for link in reversed(app.snapshot.links.get(item.id, ()))}
        if not links:
            self.notify(app.words("no_links", item=digits(item.id, app.digit_style)), markup=False)
            return
        if len(links) == 1:
            self._open(next(iter(links.values())).url)
            return
        choices = [(n, f"{link.label}  {link.url}" if link.label else link.url) for n, link in links.items()]

        def picked(number: str | None) -> None:
            if number is not None:
                self._open(links[number].url)

        app.push_screen(
            ChoicePicker(app.words("open_link_title", item=digits(item.id, app.digit_style)), choices), picked
        )

    def _open(self, url: str) -> None:
        """In a browser (ita-tui serve) the link opens in a new tab. On a terminal it is copied
        (OSC 52) and shown, for the terminal to open: a browser started on the server over SSH
        (Python's webbrowser may pick a text browser inside this very terminal) would be wrong."""
        app = self.app
        if app.is_web:
            app.open_url(url, new_tab=True)
            self.notify(app.words("link_opened", url=url), markup=False)
            return
        app.copy_to_clipboard(url)
        self.notify(app.words("link_copied", url=url), markup=False, timeout=10)

    # -- finding ------------------------------------------------------------

    async def action_search(self) -> None:
        """Show the search box (mounted the first time it is needed, not at start-up); the tree
        filters as you type. The box takes the keyboard before the next key is handled: with
        Widget.focus it waited behind the keys typed in the same burst ("/ 2.3 Enter space"
        searched nothing and ticked the item under the cursor)."""
        from textual.widgets import Input

        if not self.query("#search"):
            await self.query_one("#bottom").mount(
                Input(placeholder=self.app.words["search"], id="search"), before=0
            )
        search = self._search_box()
        search.display = True
        self.set_focus(search)

    def _search_box(self) -> Input:
        """The search box, once action_search has mounted it."""
        from textual.widgets import Input

        return self.query_one("#search", Input)

    def on_input_changed(self, event) -> None:
        """Filter the tree live."""
        if event.input.id == "search":
            self._refilter(self.filters._replace(query=event.value))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """↓/↑ move the tree from the search box only: once Tab has put the keyboard on the detail
        pane they scroll it, and do nothing when it has nothing to scroll (the README's Tab)."""
        if action in ("tree_down", "tree_up"):
            focused = self.focused
            return focused is not None and focused.id == "search"
        return self.edit_mode or action not in EDIT_ACTIONS

    def action_tree_down(self) -> None:
        """Next row of the tree while typing a search."""
        self.view.action_cursor_down()

    def action_tree_up(self) -> None:
        """Previous row of the tree while typing a search."""
        self.view.action_cursor_up()

    def on_input_submitted(self, event) -> None:
        """Enter in the search box goes back to the tree, keeping the filter."""
        if event.input.id == "search":
            self.set_focus(self.view)  # before the next key, as in action_search

    def action_clear(self) -> None:
        """Escape: clear the search and every filter."""
        if self.query("#search"):  # the box exists once the user has searched
            search = self._search_box()
            search.value = ""
            search.display = False
        self.set_focus(self.view)
        was_filtered = self.filters.active
        self._refilter(Filters())
        if was_filtered:
            self.notify(self.app.words["filters_cleared"], markup=False)

    def action_filter(self) -> None:
        """Cycle all -> not done -> done -> waiting for review -> returned (to me or my unit; a
        supervisor sees every returned item), and say which is shown now."""
        app = self.app
        me = app.store.user
        user = app.snapshot.users.get(me)
        status = next_status(self.filters.status)
        self._refilter(
            self.filters._replace(
                status=status,
                me=me,
                my_unit=user.unit if user else "",
                everyone=me in supervisors(app.snapshot),
            )
        )
        words = self.app.words
        self.notify(words["filter_status"].format(which=status_word(self.filters, words)), markup=False)

    def action_unit(self) -> None:
        """Pick a responsible unit to show only its items (the list starts on the user's own)."""
        from ita_tui.tui.screens.dialogs import UnitPicker

        snapshot, no_unit = self.app.snapshot, self.app.words["no_unit"]
        names = unit_names(snapshot.checklist, snapshot.unit_model, no_unit)
        self._units = {shown: key for key, shown in names}
        user = snapshot.users.get(self.app.store.user)
        mine = [shown for shown, key in self._units.items() if user and user.unit in (shown, key)]
        self.app.push_screen(UnitPicker(list(self._units), mine[0] if mine else ""), self._pick_unit)

    def _pick_unit(self, unit: str | None) -> None:
        """Show only this unit's items ("" for every unit, None: cancelled)."""
        if unit is not None:
            self._refilter(self.filters._replace(unit=self._units[unit] if unit else "", unit_name=unit))
            words = self.app.words
            self.notify(words["filter_unit"].format(unit=unit or words["all_units"]), markup=False)

    def action_units(self) -> None:
        """Add, rename or remove the agency's units."""
        from ita_tui.tui.screens.units import edit_units

        edit_units(self)

    def action_dashboard(self) -> None:
        """The supervisors' dashboard."""
        from ita_tui.tui.screens.dashboard import DashboardScreen

        self.app.push_screen(DashboardScreen())

    def action_export(self) -> None:
        """Ask what to export (summary, report as PDF or Word); the files go into the database's folder."""
        from ita_tui.tui.screens.report_dialogs import ask_export

        ask_export(self.app)

    def action_write(self) -> None:
        """The report's text of the row (an item's result, an indicator's outcome) in a text box;
        in the edit mode, an indicator's ประเด็นที่ต้องแก้ไข/ปรับปรุง for the measures document."""
        from ita_tui.tui.screens.report_dialogs import ask_written

        if self.app.read_only:
            self.notify(self.app.read_only_said, severity="warning", markup=False)
            return
        ask_written(
            self.app,
            self.view.current_row,
            lambda command: self._append(command, "saved_text", _ignore),
            issues=self.edit_mode,
        )


def _ignore(saved: bool) -> None:
    """Nothing more to do once a report text is saved (or not: the error is already shown)."""
