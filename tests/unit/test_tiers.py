"""tests/unit stays the inner loop: no test module there starts a process or a terminal, sleeps, or
is marked slow; such a test belongs in tests/integration or tests/system (docs/development.md)."""

from __future__ import annotations

import re

from tests.support import ROOT

# What a test of the other tiers does: start processes (subprocess, fork, or a helper that runs a
# program: pdftotext, pdftoppm, LibreOffice), drive tmux, sleep, or say it is slow.
NOT_UNIT = re.compile(
    r"\bsubprocess\b|\bos\.fork\b|\btmux\b|\btime\.sleep\b|mark\.slow|needs_tmux"
    r"|pdftotext|pdftoppm|bbox_lines|\bsoffice\b"
)


def test_no_unit_test_starts_a_process_or_a_terminal_or_sleeps():
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "tests" / "unit").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if NOT_UNIT.search(line) and path.name != "test_tiers.py"
    ]
    assert not found, "move these tests to tests/integration or tests/system:\n" + "\n".join(found)
