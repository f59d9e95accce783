"""Issue 19 case 7: hostile measures documents made by the test (never stored large: a Word list
numbered "%1" 5,000 times, a page of 3 million text operations, pages ruled 100 × 100, a zip that
lies about its size, a 100 MB CSV line …). Each import, run as a process of its own, ends read or
refused: exit 0, or exit 2 with one line naming the document (never the output, which is not
written) and the limit it is past; its peak memory under 500 MB (os.wait4 of that process). How
long each takes is measured in benchmarks/bench_hostile.py, not here."""

from __future__ import annotations

import pytest

from tests.support.hostile_files import HOSTILE
from tests.support.measured import measured_ita_tui

pytestmark = pytest.mark.slow  # ita-tui processes, files of up to 100 MB

PEAK_MB = 500
HANG = 900  # seconds: only so that a test of a reader that never ends fails instead of hanging


@pytest.mark.parametrize("name", list(HOSTILE))
def test_case7_a_hostile_office_file_ends_in_one_line_within_500_mb(tmp_path, name):
    make, limit_words = HOSTILE[name]
    source, output = make(tmp_path / name), tmp_path / "out.json"
    run = measured_ita_tui("import", str(source), "-o", str(output), "--lang", "en", timeout=HANG)
    assert run.status in (0, 2) and "Traceback" not in run.err, run
    assert run.peak_mb < PEAK_MB, f"{name}: peak {run.peak_mb:.0f} MB"
    if run.status == 0:
        assert run.err == "" and output.exists()
        return
    assert run.err.count("\n") == 1 and str(source) in run.err and str(output) not in run.err, run.err
    assert limit_words in run.err, run.err
    assert not output.exists()
