"""What many tests share that is not a fixture: the repository's paths, the test checklists, and
running `ita-tui` (or the crash tests' writer) as a separate process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
STORE_CHECKLIST = DATA / "store-checklist.json"  # the CLI and store tests' checklist
SMALL_CHECKLIST = DATA / "small-checklist.json"  # the app tests' checklist (6 items)
CREATOR = "ผู้สร้าง"  # who made the `db` fixture's database (a Thai name, as in the field)


def ita_tui_process(*args: str, **options: Any) -> subprocess.CompletedProcess[str]:
    """`python -m ita_tui ARGS` in a process of its own, from the repository's root: text in and
    out, stdout and stderr captured unless `options` (passed to subprocess.run) say otherwise."""
    settings: dict[str, Any] = {"text": True, "cwd": ROOT, "timeout": 60, **options}
    if "stdout" not in settings and "stderr" not in settings:
        settings.setdefault("capture_output", True)
    return subprocess.run([sys.executable, "-m", "ita_tui", *args], **settings)


def store_writer(*args: str) -> subprocess.Popen[str]:
    """tests/support/store_writer.py ARGS (see there) in a process of its own, its stdin and
    stdout pipes of lines."""
    return subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "support" / "store_writer.py"), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        bufsize=1,
    )
