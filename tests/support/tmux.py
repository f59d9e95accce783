"""The installed `ita-tui` in a real terminal: one tmux server of a test's own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support import ROOT
from tests.waiting import wait_until

ITA_TUI = Path(sys.executable).parent / "ita-tui"

# A real terminal: slow (a whole process per test), and skipped where tmux is missing.
needs_tmux = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def ita_tui_command() -> list[str]:
    """The installed command (as the README sets it up), else this checkout's module."""
    return [str(ITA_TUI)] if ITA_TUI.exists() else [sys.executable, "-m", "ita_tui"]


class Tmux:
    """One tmux server of our own (its own socket), one session."""

    def __init__(self, tmp: Path) -> None:
        self.socket = f"ita-test-{os.getpid()}-{tmp.name}"
        self.env = {
            **os.environ,
            "HOME": str(tmp / "home"),
            "XDG_DATA_HOME": str(tmp / "data"),
            "ITA_TUI_USER": "สมชาย",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        }
        (tmp / "home").mkdir(exist_ok=True)

    def run(self, *args: str) -> str:
        """A tmux command on our server; its output."""
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env, check=False
        ).stdout

    def start(self, command: list[str], *, size: tuple[int, int] = (120, 40), cwd: Path = ROOT) -> None:
        """Start `command` in a session of `size` (columns, lines), in folder `cwd`."""
        shell = " ".join(f"'{part}'" for part in command)
        width, height = size
        self.run("new-session", "-d", "-s", "app", "-x", str(width), "-y", str(height), "-c", str(cwd), shell)

    def start_app(self, db: Path, user: str = "สมชาย") -> None:
        """The app on `db` as `user` at 80x24, once its tree shows the first item."""
        self.start([*ita_tui_command(), "--db", str(db), "--user", user], size=(80, 24))
        self.wait_for("2.1 เผยแพร่ข้อมูลของหน่วยงาน")

    def status(self, db: Path) -> dict[str, Any]:
        """`ita-tui status --json` as another process reads `db` meanwhile."""
        out = subprocess.run(
            [*ita_tui_command(), "--db", str(db), "status", "--json"],
            capture_output=True,
            text=True,
            env=self.env,
            check=True,
        ).stdout
        return dict(json.loads(out))

    def items(self, db: Path) -> dict[str, dict[str, Any]]:
        """The items of `status --json` (as another process reads `db` meanwhile) by id."""
        return {item["id"]: item for item in self.status(db)["items"]}

    def record(self, raw: Path) -> None:
        """Append every byte the app writes to the terminal to `raw` from now on."""
        self.run("pipe-pane", "-o", "-t", "app", f"cat >> '{raw}'")

    def screen(self) -> str:
        """What the pane shows now."""
        return self.run("capture-pane", "-p", "-t", "app")

    def wait_for(self, text: str) -> str:
        """The pane once `text` shows on it (fails after the deadline)."""
        return self.wait_until(lambda screen: text in screen, f"{text!r} never appeared")

    def wait_until(self, ok: Callable[[str], bool], failure: str = "the pane never got there") -> str:
        """The pane once `ok(pane)` holds (fails after the deadline, showing the pane)."""

        def pane_if_ok() -> str:
            screen = self.screen()
            return screen if ok(screen) else ""

        screen = wait_until(pane_if_ok)
        if not screen:
            pytest.fail(f"{failure}; the pane shows:\n{self.screen()}")
        return screen

    def wait_gone(self) -> None:
        """Wait until the session has ended (the app quit)."""
        if not wait_until(lambda: not self._has_session()):
            pytest.fail(f"the app did not quit; the pane shows:\n{self.screen()}")

    def quit(self, key: str = "q") -> None:
        """Press `key` (q, or ๆ: q on the Thai layout) and wait until the app has ended."""
        self.keys(key, literal=True)
        self.wait_gone()

    def _has_session(self) -> bool:
        has = ["tmux", "-L", self.socket, "has-session", "-t", "app"]
        return subprocess.run(has, capture_output=True, env=self.env).returncode == 0

    def keys(self, *keys: str, literal: bool = False) -> None:
        """Type keys (literal: as text, every mark kept)."""
        self.run("send-keys", "-t", "app", *(["-l"] if literal else []), *keys)

    def kill(self) -> None:
        """Stop our tmux server."""
        self.run("kill-server")
