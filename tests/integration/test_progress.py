"""Issue 10 case 11: a long import or export said nothing while it ran."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from ita_tui.limits import IMPORT_FILE_MAX

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tests" / "data" / "escape-in-title.txt"


@pytest.mark.slow  # an ita-tui process on a pty, reading a large file
def test_case11_a_long_import_says_nothing_while_it_runs(tmp_path):
    text = SOURCE.read_text(encoding="utf-8") + "<p>ไม่ปิด\n" * (IMPORT_FILE_MAX // 24)
    source = tmp_path / "big.txt"
    source.write_text(text[: IMPORT_FILE_MAX // 2], encoding="utf-8")  # within the limit, slow to read
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ita_tui",
            "--lang",
            "en",
            "import",
            str(source),
            "-o",
            str(tmp_path / "c.json"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=slave,
        cwd=ROOT,
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=120) in (0, 2)
    os.close(master)
    shown = seen.decode("utf-8", "replace")
    assert "working… 1 s" in shown  # the seconds counted on the terminal ...
    assert shown.endswith("\r\x1b[K") or "error" in shown.rsplit("\x1b[K", 1)[-1]  # ... and erased
