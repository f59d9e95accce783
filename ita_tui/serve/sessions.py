"""Who is logged in to the server, how long a name or an address must wait after failed logins,
and which address a login is counted by.

Bookkeeping in the server's memory: a restart logs everybody out.
"""

from __future__ import annotations

import contextlib
import ipaddress
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

FREE_FAILURES = 5  # failed logins before a wait is asked
WAIT_FIRST = 2.0  # seconds after the sixth failure; doubled at each further one
WAIT_MAX = 15 * 60.0


@dataclass
class Session:
    """One browser's login: a secret token for the cookie, one for forms, and who it is."""

    user: str
    lang: str = "th"  # the language chosen on the login page: the app's and the pages' after it
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    last_seen: float = 0.0
    apps: set[Any] = field(default_factory=set)  # the app processes (AppService) this login started


class Sessions:
    """The live sessions; one idle longer than `idle` seconds is gone."""

    def __init__(self, idle: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.idle = idle
        self._clock = clock
        self._by_token: dict[str, Session] = {}

    def start(self, user: str, lang: str = "th") -> Session:
        """A new session for `user`, in `lang`."""
        session = Session(user, lang, last_seen=self._clock())
        self._by_token[session.token] = session
        return session

    def find(self, token: str | None, *, touch: bool = True) -> Session | None:
        """The live session of this cookie value, or None (unknown, forged or idle too long)."""
        if not token:
            return None
        session = self._by_token.get(token)
        if session is None or not secrets.compare_digest(session.token, token):
            return None
        now = self._clock()
        if now - session.last_seen > self.idle:
            del self._by_token[token]
            return None
        if touch:
            session.last_seen = now
        return session

    def end(self, session: Session) -> None:
        """Log this session out."""
        self._by_token.pop(session.token, None)

    def expired(self) -> list[Session]:
        """Remove and return the sessions idle too long (their app processes are to be ended)."""
        now = self._clock()
        gone = [s for s in self._by_token.values() if now - s.last_seen > self.idle]
        for session in gone:
            del self._by_token[session.token]
        return gone

    def all(self) -> list[Session]:
        """Every live session."""
        return list(self._by_token.values())


class Throttle:
    """Failed logins counted per name and per address; past FREE_FAILURES each asks a growing wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._until: dict[str, float] = {}

    @staticmethod
    def _keys(name: str, address: str) -> tuple[str, str]:
        return "name:" + name.casefold(), "addr:" + address

    def wait(self, name: str, address: str) -> float:
        """Seconds to wait before this name or address may try again (0: now)."""
        now = self._clock()
        return max(0.0, *(self._until.get(key, 0.0) - now for key in self._keys(name, address)))

    def failed(self, name: str, address: str) -> float:
        """Count a failure; the wait it now asks."""
        for key in self._keys(name, address):
            count = self._failures.get(key, 0) + 1
            self._failures[key] = count
            if count > FREE_FAILURES:
                delay = min(WAIT_MAX, WAIT_FIRST * 2 ** (count - FREE_FAILURES - 1))
                self._until[key] = self._clock() + delay
        return self.wait(name, address)

    def succeeded(self, name: str, address: str) -> None:
        """A right password clears the counts of its name and address (an office behind one address
        is not kept waiting for a colleague's typos; a guessed name keeps its own count)."""
        for key in self._keys(name, address):
            self._failures.pop(key, None)
            self._until.pop(key, None)


def client_address(request: Any) -> str:
    """The browser's address: the connection's, or the last X-Forwarded-For entry when the
    connection comes from a proxy on this machine (nginx, Caddy)."""
    remote = request.remote or "?"
    forwarded = request.headers.get("X-Forwarded-For", "")
    with contextlib.suppress(ValueError):
        if forwarded and ipaddress.ip_address(remote).is_loopback:
            return forwarded.split(",")[-1].strip() or remote
    return remote
