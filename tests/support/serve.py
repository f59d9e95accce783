"""A running `ita-tui serve` for the browser and HTTP tests: a database with a supervisor and a
staff member who have passwords, the server as a process of its own on a free port, and its app
processes found by the database they serve."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ita_tui.serve.passwords import PasswordFile, passwords_path
from tests.support import ROOT, STORE_CHECKLIST, ita_tui_process

PASSWORDS = {"somsri": "somsri-pass-1", "somchai": "somchai-pass-2"}  # supervisor, staff


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Served:
    """The server process and what it serves."""

    process: subprocess.Popen[str]
    db: Path
    url: str

    def app_processes(self) -> list[int]:
        """The pids of the app processes running for this database (not the shell that
        textual-serve starts each through)."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                environ = (entry / "environ").read_bytes().split(b"\0")
                argv = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if f"ITA_TUI_WEB_DB={self.db}".encode() in environ and b"ita_tui.serve.app_process" in argv:
                found.append(int(entry.name))
        return found

    def stop(self) -> int:
        """SIGTERM, as systemd stops it; the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


def office_database(folder: Path, checklist: Path | None = STORE_CHECKLIST) -> Path:
    """A database on the test checklist (None: the bundled one) with somsri (supervisor) and
    somchai (staff), both with passwords."""
    db = folder / "office.json"
    chosen = ("--checklist", str(checklist)) if checklist else ()
    for args in (("users", "add", "somsri", "--role", "supervisor"), ("users", "add", "somchai")):
        done = ita_tui_process("--db", str(db), *chosen, "--user", "somsri", *args)
        assert done.returncode == 0, done.stderr
    passwords = PasswordFile(passwords_path(db))
    for name, password in PASSWORDS.items():
        passwords.set(name, password)
    return db


def start_server(db: Path, *extra: str, lang: str = "en") -> Served:
    """`python -m ita_tui --db DB --lang LANG serve --port P`, once it has said where it listens."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ita_tui",
            "--db",
            str(db),
            "--lang",
            lang,
            "serve",
            "--port",
            str(port),
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert "http://127.0.0.1:" in line, line + (process.stderr.read() if process.poll() is not None else "")
    return Served(process, db, f"http://127.0.0.1:{port}")
