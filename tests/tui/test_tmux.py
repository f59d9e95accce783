"""The installed `ita-tui` in a real terminal (tmux): tick, note in Thai, quit, start again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ITA_TUI = Path(sys.executable).parent / "ita-tui"
ROOT = Path(__file__).resolve().parent.parent.parent
DEADLINE_S = 20.0

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


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

    def start(self, command: list[str]) -> None:
        """Start `command` in a 120x40 session."""
        shell = " ".join(f"'{part}'" for part in command)
        self.run("new-session", "-d", "-s", "app", "-x", "120", "-y", "40", "-c", str(ROOT), shell)

    def screen(self) -> str:
        """What the pane shows now."""
        return self.run("capture-pane", "-p", "-t", "app")

    def wait_for(self, text: str) -> str:
        """The pane once `text` shows on it (fails after the deadline)."""
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        pytest.fail(f"{text!r} never appeared; the pane shows:\n{self.screen()}")

    def wait_gone(self) -> None:
        """Wait until the session has ended (the app quit)."""
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            if (
                subprocess.run(
                    ["tmux", "-L", self.socket, "has-session", "-t", "app"], capture_output=True, env=self.env
                ).returncode
                != 0
            ):
                return
            time.sleep(0.1)
        pytest.fail(f"the app did not quit; the pane shows:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        """Type keys (literal: as text, every mark kept)."""
        self.run("send-keys", "-t", "app", *(["-l"] if literal else []), *keys)

    def kill(self) -> None:
        """Stop our tmux server."""
        self.run("kill-server")


@pytest.fixture
def tmux(tmp_path):
    """A tmux server of the test's own, stopped afterwards."""
    server = Tmux(tmp_path)
    yield server
    server.kill()


def test_tick_and_thai_note_survive_a_restart(tmux, tmp_path):
    db = tmp_path / "progress.json"
    note = "ประชุมชี้แจงเรื่องต่างๆ แล้ว"  # ๆ is q on the Thai layout: it must not quit
    command = [*ita_tui_command(), "--db", str(db)]
    tmux.start(command)
    tmux.wait_for("☐ 1. เผยแพร่ข้อมูลของหน่วยงาน")
    tmux.keys("Space")
    tmux.wait_for("☑ 1. เผยแพร่ข้อมูลของหน่วยงาน")
    tmux.keys("n")
    tmux.wait_for("บันทึกความก้าวหน้า: ข้อ 2.1")
    tmux.keys(note, literal=True)
    tmux.wait_for(note)
    tmux.keys("Enter")
    tmux.wait_for("สมชาย")
    tmux.keys("q")
    tmux.wait_gone()

    tmux.start(command)
    screen = tmux.wait_for("☑ 1. เผยแพร่ข้อมูลของหน่วยงาน")
    screen = tmux.wait_for(note)
    assert "1/3" in screen and "สมชาย" in screen
    tmux.keys("ๆ", literal=True)  # q on the Thai layout
    tmux.wait_gone()
