"""Time and peak memory of the worst hostile import against an ordinary import of the same format.

The hostile files are those of tests/system/test_hostile_office_files.py (tests/support/
hostile_files.py: a Word list numbered "%1" 5,000 times, a page of 3 million text operations, pages
ruled 100 × 100, a 100 MB CSV line …). Each is imported once, as a whole process measured alone
(tests/support/measured.py: its own peak memory and processor time); the one that took the most
processor time is the worst. It is then timed `repeats` times alternating with its reference: the
bundled checklist written in the same format (Word by tests/fixtures, the 6-page PDF LibreOffice
made of it, the template filled in as CSV), imported the same way. So the ratio is what the worst
file a reader can be given costs over an ordinary document; issue 19 asks for it to end within
10 s and 500 MB.

Run: python benchmarks/bench_hostile.py [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_export import result_row  # noqa: E402
from tests.fixtures import documents, make_docs  # noqa: E402
from tests.support.hostile_files import HOSTILE  # noqa: E402
from tests.support.measured import Measured, measured_ita_tui  # noqa: E402


def _import(path: Path, out: Path) -> tuple[float, Measured]:
    """Seconds one `ita-tui import` of `path` takes, and its measures."""
    start = time.perf_counter()
    run = measured_ita_tui("import", str(path), "-o", str(out), "--lang", "en")
    return time.perf_counter() - start, run


def _references(folder: Path) -> dict[str, Path]:
    """An ordinary measures document in each format: the bundled checklist."""
    import csv
    import io

    from openpyxl import load_workbook

    from ita_tui.checklist import file as checklist_file
    from ita_tui.export.checklist_xlsx import checklist_xlsx
    from ita_tui.paths import bundled_checklist

    sheet = load_workbook(io.BytesIO(checklist_xlsx(checklist_file.load(bundled_checklist())))).active
    text = io.StringIO()
    csv.writer(text).writerows(
        [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    )
    (folder / "bundled.csv").write_text(text.getvalue(), encoding="utf-8")
    return {
        ".docx": make_docs.build_docx(documents.bundled_doc(), folder / "bundled.docx"),
        ".pdf": ROOT / "tests" / "data" / "pdf" / "bundled.pdf",
        ".csv": folder / "bundled.csv",
    }


def run(repeats: int = 7) -> list[dict]:
    """The worst hostile import against the bundled checklist's, alternating; a time and a memory row."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        out = folder / "out.json"
        cost: dict[str, float] = {}
        for name, (make, _) in HOSTILE.items():
            cost[name] = _import(make(folder / name), out)[1].cpu_s
        worst = max(cost, key=lambda n: cost[n])
        hostile, reference = folder / worst, _references(folder)[Path(worst).suffix]
        times, peaks, cpus, ref_times, ref_peaks, ref_cpus = [], [], [], [], [], []
        outcome = ""
        for _ in range(repeats):
            seconds, measured = _import(hostile, out)
            times.append(seconds)
            peaks.append(measured.peak_mb * 2**20)
            cpus.append(measured.cpu_s)
            outcome = "read" if measured.status == 0 else "refused"
            seconds, measured = _import(reference, out)
            ref_times.append(seconds)
            ref_peaks.append(measured.peak_mb * 2**20)
            ref_cpus.append(measured.cpu_s)
        size = f"{worst} ({outcome}; {cost[worst]:.1f} s of processor time)"
        measure = f"`ita-tui import` worst hostile file vs the bundled checklist as {Path(worst).suffix}"
        rows = [
            result_row(measure, size, times, ref_times),
            result_row("processor time of that import (its work, whatever the load)", size, cpus, ref_cpus),
        ]
        memory = result_row("peak RSS of that import vs the bundled checklist's", size, peaks, ref_peaks)
        memory["ratio"] = statistics.median(peaks) / statistics.median(ref_peaks)
        rows.append(memory)
    return rows


if __name__ == "__main__":
    from benchmarks.run import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    print(table(run(parser.parse_args().repeats)))
