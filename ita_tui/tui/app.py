"""The ita-tui Textual app: holds the store, follows other users' changes, shows the screens."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.notifications import Notify
from textual.reactive import var

from ita_tui.errors import ItaError
from ita_tui.export.heading import fiscal_year_label
from ita_tui.locale import words
from ita_tui.store.records import Change, Snapshot
from ita_tui.text import one_line
from ita_tui.tui.key_order import KeysInOrder
from ita_tui.tui.keys import APP_KEYS, Key, bindings, shown_thai, translate_bindings
from ita_tui.tui.screens.base import AppScreen
from ita_tui.tui.screens.main import MainScreen
from ita_tui.tui.thai_cells import install as keep_thai_marks_whole
from ita_tui.tui.writes import WriteQueue

POLL_SECONDS = 1.0


class KeyCommands(Provider):
    """The keys of the screen the palette was opened on, and the app's, as commands (ctrl+p)."""

    @property
    def app(self) -> ItaApp:
        """The running ItaApp (Textual types it as a plain App)."""
        return cast(ItaApp, super().app)

    def _commands(self):
        """(name, action, target) for every key that belongs in the palette."""
        words = self.app.words
        for key in (*_keys(self.screen), *APP_KEYS):
            if key.palette:
                target = self.app if key in APP_KEYS else self.screen
                name = f"{words[key.label]} ({key.display}{' ' + shown_thai(key) if key.thai else ''})"
                yield name, key.action, target

    async def discover(self) -> Hits:
        """Every command, before anything is typed."""
        for name, action, target in self._commands():
            yield DiscoveryHit(name, _runner(target, action))

    async def search(self, query: str) -> Hits:
        """The commands whose name (or English action name, e.g. "dashboard") matches."""
        matcher = self.matcher(query)
        for name, action, target in self._commands():
            score = max(matcher.match(name), matcher.match(action))
            if score > 0:
                yield Hit(score, matcher.highlight(name), _runner(target, action))


def _keys(screen: object) -> tuple[Key, ...]:
    """The keys a screen offers in the command palette (a dialog offers none)."""
    return screen.KEYS if isinstance(screen, AppScreen) else ()


def _runner(target, action: str):
    """A callback running `action` on the app or screen."""

    async def run() -> None:
        """Run the action."""
        await target.run_action(action)

    return run


class ItaApp(KeysInOrder):
    """Tick, note and review an agency's ITA measures."""

    CSS_PATH = "app.tcss"
    COMMANDS = {KeyCommands}  # the app's keys only: Textual's own commands are English-only
    BINDINGS = bindings(APP_KEYS)
    # the database as last read or saved; every full screen watches it (screens/base.py)
    snapshot: var[Snapshot] = var(cast(Snapshot, None), always_update=True, init=False)

    def __init__(
        self,
        store,
        *,
        lang: str = "th",
        digit_style: str = "arabic",
        pdf_digit_style: str = "thai",
        logout_url: str | None = None,
        read_only: bool = False,
    ) -> None:
        keep_thai_marks_whole()  # before anything is drawn: no redraw may start with a bare mark
        super().__init__()
        self.store = store
        self.lang = lang
        self.digit_style = digit_style  # the app's own figures on screen
        self.pdf_digit_style = pdf_digit_style
        self.logout_url = logout_url  # served to a browser (ita-tui serve): q also logs out
        self.words = words(lang)
        # A reader's copy (--read-only, or a file this user may not change): nothing is ever
        # written, and the keys that change things say why not, in one line.
        self.read_only = read_only or not store.writable()
        said = ("read_only_asked", "read_only_asked_key") if read_only else ("read_only", "read_only_key")
        self.read_only_banner, self.read_only_said = (self.words[key] for key in said)
        self.writes = WriteQueue(self)  # every change is saved in a worker, in order
        self.set_reactive(ItaApp.snapshot, store.snapshot())
        self._version = store.version()
        self._reloading = False
        self._writes = 0  # changes saved by this app, to spot a re-read that predates one
        translate_bindings(self, self.words)
        checklist = self.snapshot.checklist
        self.title = one_line(checklist.organization)
        self.sub_title = (
            f"{self.words['fiscal_year']} {fiscal_year_label(checklist.fiscal_year, lang, digit_style)}"
            f" · {self.words['user']}: {one_line(store.user)}"
            + (f" · {self.words['read_only_title']}" if self.read_only else "")
        )

    def get_default_screen(self) -> MainScreen:
        """The app opens straight on the checklist (no extra screen to paint first)."""
        return MainScreen()

    def on_mount(self) -> None:
        """Start polling for other users' changes."""
        self.set_interval(POLL_SECONDS, self.check_for_changes)

    def check_for_changes(self, *, always: bool = False) -> None:
        """Re-read the database in a thread when its version token changed (or `always`)."""
        if self._reloading:
            return
        try:
            version = self.store.version()
        except ItaError:
            return
        if always or version != self._version:
            self._reloading = True
            writes = self._writes
            self.run_worker(lambda: self._reload(writes), thread=True, group="reload")

    def _reload(self, writes: int) -> None:
        """(thread) Read the current snapshot and hand it back to the UI thread."""
        version = None
        try:
            version = self.store.version()
            snapshot = self.store.snapshot()
        except ItaError as exc:
            self.call_from_thread(self._reload_failed, exc.text(self.lang), version)
            return
        self.call_from_thread(self._reloaded, snapshot, version, writes)

    def _reloaded(self, snapshot: Snapshot, version: object, writes: int) -> None:
        """Show a re-read snapshot, unless this app saved a change while it was being read."""
        self._reloading = False
        if writes == self._writes:  # else it may predate our own change: the next poll re-reads
            self._version = version
            self.show_snapshot(snapshot)

    def _reload_failed(self, message: str, version: object) -> None:
        """Say once why the database could not be re-read; retry when the file changes again."""
        self._reloading = False
        self._version = version
        self.notify(message, severity="error", markup=False)

    def _on_notify(self, event: Notify) -> None:
        """One message at a time for the same cause: a new message replaces the same words still
        shown and any earlier message that is not an error ("exporting…" gives way to "written:"),
        so messages never stack up over the tree (Textual's App._on_notify, which runs after this,
        would keep them all)."""
        new = event.notification
        for shown in [n for n in self._notifications if n.message == new.message or n.severity != "error"]:
            del self._notifications[shown]

    def saved(self, change: Change) -> None:
        """Show the database as this app's change left it: its version is ours, so the poller
        does not read the file again for it."""
        self._writes += 1
        self._version = change.version
        self.show_snapshot(change.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Make this snapshot current: the screens that watch it show it."""
        self.snapshot = snapshot

    def action_command_palette(self) -> None:
        """The command palette (ctrl+p), its search box in the app's language."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            from ita_tui.tui.palette import WordsPalette

            palette = WordsPalette(
                self.words["palette_none"], placeholder=self.words["palette_search"], id="--command-palette"
            )
            self.push_screen(palette)

    async def action_quit(self) -> None:
        """q: quit, once every change asked for is saved."""
        if self.writes.busy:
            self.notify(self.words["quit_after_save"], markup=False)
        self.writes.when_idle(self._leave)

    @cached_property
    def delivery_folder(self) -> Path:
        """Served to a browser: a folder only this process's account can read, for exports on
        their way to the browser's downloads; removed when the process ends."""
        folder = Path(tempfile.mkdtemp(prefix="ita-tui-web-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        return folder

    def _leave(self) -> None:
        """Quit; in a browser, the page goes to the server's logout first, which ends the session."""
        if self.logout_url and self.is_web:
            self.open_url(self.logout_url, new_tab=False)
        self.exit()

    def action_help_quit(self) -> None:
        """ctrl+c (Textual's copy key): say in the app's language how to quit."""
        self.notify(self.words["quit_hint"], markup=False)

    def action_help(self) -> None:
        """The help screen with the keys of the screen it is opened on."""
        from ita_tui.tui.screens.help import HelpScreen

        screen = self.screen
        if not isinstance(screen, HelpScreen):
            self.push_screen(HelpScreen(screen.HELP_KEYS if isinstance(screen, AppScreen) else ()))


def run_app(
    store,
    *,
    lang: str = "th",
    digit_style: str = "arabic",
    pdf_digit_style: str = "thai",
    logout_url: str | None = None,
    read_only: bool = False,
) -> int:
    """Run the app until the user quits (`read_only`: it never writes); the exit status."""
    app = ItaApp(
        store,
        lang=lang,
        digit_style=digit_style,
        pdf_digit_style=pdf_digit_style,
        logout_url=logout_url,
        read_only=read_only,
    )
    app.run()
    return app.return_code or 0


if TYPE_CHECKING:
    from ita_tui.tui.host import AppHost

    _OFFERS_THE_HOST: type[AppHost] = ItaApp  # mypy: the app gives the screens all they are typed against
