"""The one way tests wait: poll a condition until it holds or a deadline passes.

No test asserts how long something took; the deadline only bounds a test whose condition never
comes true, so that it fails with what it saw instead of hanging."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

DEADLINE_S = 20.0  # generous: the machine running the suite may be busy
POLL_S = 0.1


def wait_until(condition: Callable[[], T], *, timeout: float = DEADLINE_S, every: float = POLL_S) -> T:
    """`condition()`'s first truthy value, polling every `every` s; its last (falsy) value once
    `timeout` s have passed."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(every)


async def pilot_wait_until(
    pilot, condition: Callable[[], T], *, timeout: float = DEADLINE_S, every: float = POLL_S
) -> T:
    """The same inside a running app: the app keeps running (`pilot.pause`) between polls."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() >= deadline:
            return value
        await pilot.pause(every)
