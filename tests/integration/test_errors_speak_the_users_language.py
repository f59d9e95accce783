"""Every error reads in the user's language: Thai by default, English with --lang en."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support import ROOT


@pytest.mark.parametrize(
    "lang, expected",
    [
        ([], "ita-tui: ข้อผิดพลาด: --format json ต้องมี -o FILE บอกไฟล์ที่จะเขียน\n"),
        (["--lang", "en"], "ita-tui: error: --format json needs -o FILE to write to\n"),
    ],
)
def test_as_a_process_the_error_is_one_line_in_the_chosen_language(tmp_path, lang, expected):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ita_tui",
            "summary",
            "--format",
            "json",
            "--db",
            str(tmp_path / "d.json"),
            *lang,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert (result.returncode, result.stdout, result.stderr) == (2, "", expected)
