"""--help and usage errors: Thai by default, English with --lang en, argparse's own words too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang, first", [([], "วิธีใช้: ita-tui"), (["--lang", "en"], "usage: ita-tui")])
def test_as_a_process(lang, first):
    result = subprocess.run(
        [sys.executable, "-m", "ita_tui", *lang, "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith(first)
