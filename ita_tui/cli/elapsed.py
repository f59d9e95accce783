"""A long command shows that it is working: on a terminal, after a second, one line on stderr
counting the seconds, rewritten in place and erased when the command ends (nothing when stderr is
a file or a pipe, so scripts still get at most one line)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

DELAY_S = 1.0  # a command quicker than this shows nothing
EVERY_S = 0.5


@contextmanager
def elapsed(stream: TextIO, line: Callable[[int], str]) -> Iterator[None]:
    """While the body runs, show `line(seconds)` on `stream` if it is a terminal."""
    try:
        shown = stream.isatty()
    except (AttributeError, ValueError):
        shown = False
    if not shown:
        yield
        return
    done = threading.Event()
    started = time.monotonic()
    wrote = False

    def tick() -> None:
        nonlocal wrote
        if done.wait(DELAY_S):
            return
        while not done.is_set():
            stream.write("\r" + line(int(time.monotonic() - started)) + "\x1b[K")
            stream.flush()
            wrote = True
            done.wait(EVERY_S)

    thread = threading.Thread(target=tick, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        if wrote:
            stream.write("\r\x1b[K")
            stream.flush()
