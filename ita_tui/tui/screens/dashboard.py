"""The supervisors' dashboard: completion bars per indicator and unit, what is left, what happened."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static

from ita_tui.errors import ItaError
from ita_tui.store.records import LogEntry, Snapshot
from ita_tui.tui.keys import APP_KEYS, DASHBOARD_HELP, DASHBOARD_KEYS, bindings
from ita_tui.tui.screens.base import AppScreen
from ita_tui.tui.view.dashboard import LATEST, dashboard_body
from ita_tui.tui.widgets.bars import KeyBar, TitleBar


class DashboardScreen(AppScreen[None]):
    """Completion at a glance; Escape goes back."""

    KEYS = DASHBOARD_KEYS
    HELP_KEYS = DASHBOARD_HELP
    BINDINGS = bindings(DASHBOARD_KEYS)

    def __init__(self) -> None:
        super().__init__()
        self._log: list[LogEntry] = []

    def compose(self):
        """Header, the scrolling body, footer."""
        app = self.app
        yield TitleBar(app.title, app.sub_title, id="title-bar")
        with VerticalScroll(id="dashboard"):
            yield Static(id="dashboard-body", markup=False)
        yield KeyBar((*DASHBOARD_KEYS, *APP_KEYS), app.words, id="key-bar")

    def on_mount(self) -> None:
        """Fill in the figures."""
        self.show_snapshot(self.app.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw with this state of the database at once, then with its latest log entries,
        which a worker reads (only the ones shown)."""
        self._draw(snapshot)
        self.run_worker(lambda: self._read_log(snapshot), thread=True, group="dashboard-log", exclusive=True)

    def _draw(self, snapshot: Snapshot) -> None:
        """Fill the body from the snapshot and the log entries read so far."""
        app = self.app
        self.query_one("#dashboard-body", Static).update(
            dashboard_body(snapshot, self._log, app.words, app.lang, app.digit_style)
        )

    def _read_log(self, snapshot: Snapshot) -> None:
        """(thread) The last entries of the activity log, handed back to the screen."""
        try:
            log = self.app.store.log(last=LATEST)
        except ItaError as exc:
            self.app.call_from_thread(self.notify, exc.text(self.app.lang), severity="error", markup=False)
            return
        self.app.call_from_thread(self._log_read, snapshot, log)

    def _log_read(self, snapshot: Snapshot, log: list[LogEntry]) -> None:
        """Show the log entries just read (with the newest snapshot by then)."""
        self._log = log
        if self.is_attached:
            self._draw(self.app.snapshot)

    def action_body_down(self) -> None:
        """j: scroll down a line, as the arrow does."""
        self.query_one("#dashboard", VerticalScroll).scroll_relative(y=1, animate=False)

    def action_body_up(self) -> None:
        """k: scroll up a line, as the arrow does."""
        self.query_one("#dashboard", VerticalScroll).scroll_relative(y=-1, animate=False)

    def action_back(self) -> None:
        """Back to the checklist."""
        self.app.pop_screen()
