"""The app's changes, saved off the screen's thread: one ordered queue, one write at a time in a
worker thread, so the screen keeps drawing and moving while the store waits for the lock.

A key pressed while an earlier change is still being saved is queued behind it, never dropped;
what an item will be once the queue is through (`expected`) is what the next key toggles.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ita_tui.errors import ItaError
from ita_tui.store.records import Change
from ita_tui.store.transaction import Command

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from ita_tui.locale import Words
    from ita_tui.store import ProgressStore

SLOW_SECONDS = 0.5  # a save still running after this long says "saving…"


class SavingApp(Protocol):
    """What the write queue uses of the app (tui/host.py AppHost, the screens' view of it, adds the rest)."""

    @property
    def store(self) -> ProgressStore:
        """The database the app works on (the queue applies each command to it)."""

    @property
    def read_only(self) -> bool:
        """Whether this is a reader's copy (--read-only, or a file it may not change): never written."""

    @property
    def read_only_said(self) -> str:
        """Why a key that changes things does nothing in a reader's copy, in one line."""

    @property
    def lang(self) -> str:
        """The app's language ("th" or "en")."""

    @property
    def words(self) -> Words:
        """The words of the app's language."""

    @property
    def digit_style(self) -> str:
        """The app's own figures on screen: "arabic" or "thai"."""

    def saved(self, change: Change[Any]) -> None:
        """Show the database as this app's change left it."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a message for a while."""

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run `callback` on the app's thread (from a worker)."""

    def run_worker(self, work: Any, *args: Any, **kwargs: Any) -> Any:
        """Run `work` in a worker."""

    def set_timer(self, delay: float, callback: Callable[[], Any] | None = None) -> Any:
        """Call `callback` once after `delay` seconds."""


@dataclass
class Write:
    """One change to save: the store command, what to do once it is durable or has failed, and
    the state it leaves an item in (`key`, `intent`), e.g. ("done", "2.1") -> True."""

    command: Command[Any]
    saved: Callable[[Change[Any]], None]
    failed: Callable[[str], None]
    key: tuple[str, str] | None = None
    intent: object = None


class WriteQueue:
    """The app's pending writes, saved in the order they were asked for."""

    def __init__(self, app: SavingApp) -> None:
        self.app = app
        self._waiting: deque[Write] = deque()
        self._running: Write | None = None
        self._when_idle: list[Callable[[], None]] = []

    @property
    def busy(self) -> bool:
        """Whether a change is being saved or waits to be."""
        return self._running is not None or bool(self._waiting)

    def expected(self, key: tuple[str, str], default: object) -> object:
        """What `key` will be once every queued change is saved (`default` if none touches it)."""
        for write in reversed((*([self._running] if self._running else []), *self._waiting)):
            if write.key == key:
                return write.intent
        return default

    def submit(self, write: Write) -> None:
        """Save `write` after the ones before it; say "saving…" when it has to wait. A reader's copy
        saves nothing: it says why, whatever key asked."""
        if self.app.read_only:
            self.app.notify(self.app.read_only_said, severity="warning", markup=False)
            return
        if self.busy:
            self.app.notify(self.app.words["saving"], markup=False)
        self._waiting.append(write)
        self._next()

    def when_idle(self, then: Callable[[], None]) -> None:
        """Call `then` once nothing is left to save (at once if nothing is)."""
        if self.busy:
            self._when_idle.append(then)
        else:
            then()

    def _next(self) -> None:
        """Start the next write unless one is running."""
        if self._running is not None:
            return
        if not self._waiting:
            callbacks, self._when_idle = self._when_idle, []
            for then in callbacks:
                then()
            return
        write = self._running = self._waiting.popleft()
        self.app.set_timer(SLOW_SECONDS, lambda: self._still_running(write))
        self.app.run_worker(lambda: self._save(write), thread=True, group="write", exit_on_error=False)

    def _still_running(self, write: Write) -> None:
        """Say "saving…" when a save takes long (another program holds the lock)."""
        if self._running is write:
            self.app.notify(self.app.words["saving"], markup=False)

    def _save(self, write: Write) -> None:
        """(thread) Apply the command to the store; hand the result back to the screen's thread."""
        try:
            change = self.app.store.apply(write.command)
            change.snapshot  # noqa: B018  made here, off the screen's thread
        except ItaError as exc:
            self.app.call_from_thread(self._done, write, None, exc.text(self.app.lang))
            return
        self.app.call_from_thread(self._done, write, change, "")

    def _done(self, write: Write, change: Change[Any] | None, error: str) -> None:
        """Show the saved change (or the error), then start the next write."""
        self._running = None
        try:
            if change is not None:
                self.app.saved(change)
                write.saved(change)
            else:
                write.failed(error)
        finally:
            self._next()


def say_if_already(app: SavingApp) -> Callable[[Change[Any]], None]:
    """What to do once a state change is through: when the database already held it (another
    user made it first) say so in one line, by whom and when; the view shows the file as it is."""

    def saved(change: Change[Any]) -> None:
        if not change.changed and change.value.by:
            from ita_tui.export.figures import already

            app.notify(already(change.value, app.lang, app.digit_style), markup=False)

    return saved
