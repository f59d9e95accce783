"""Time `ita-tui import` on each format against the bare library reading the same file.

Measures, each as a whole process (`python -m ita_tui import FILE -o OUT`, what `ita-tui import`
runs) alternating with its reference process:
  .docx   the bundled checklist written in Word (tests/fixtures: one row per method, cells merged
          down, automatic numbering)  <->  python-docx opening it (`docx.Document(path)`)
  PDF     the same made a 6-page PDF by LibreOffice (tests/data/pdf/bundled.pdf)
          <->  pdfplumber extracting the tables of every page
  .xlsx   a 4,000-item checklist written by `export checklist`  <->  openpyxl reading every row
          (read-only, values only)
So the ratio shows the cost of the rules (row walker, wrapped lines, repairs) over the library's own.

Run: python benchmarks/bench_import.py [--repeats N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_export import (  # noqa: E402
    long_items_checklist,
    result_row,
)
from ita_tui.export.checklist_xlsx import checklist_xlsx  # noqa: E402
from tests.fixtures import documents, make_docs  # noqa: E402

BARE = {
    "docx": "import docx, sys; docx.Document(sys.argv[1])",
    "pdf": (
        "import pdfplumber, sys\nwith pdfplumber.open(sys.argv[1]) as pdf:\n"
        "    [p.extract_tables() for p in pdf.pages]"
    ),
    "xlsx": (
        "import openpyxl, sys\nbook = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)\n"
        "[row for ws in book.worksheets for row in ws.iter_rows(values_only=True)]"
    ),
}


def _time(command: list[str]) -> float:
    """Seconds the process takes."""
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(repeats: int = 7) -> list[dict]:
    """Alternate each import with its bare-library reference `repeats` times; one row per format."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docx = make_docs.build_docx(documents.bundled_doc(), folder / "bundled.docx")
        xlsx = folder / "large.xlsx"
        xlsx.write_bytes(checklist_xlsx(long_items_checklist()))
        files = (
            ("`ita-tui import` .docx vs python-docx opening it", "bundled (31 items)", docx, "docx"),
            (
                "`ita-tui import` PDF vs pdfplumber extract_tables",
                "bundled, 6 pages",
                ROOT / "tests" / "data" / "pdf" / "bundled.pdf",
                "pdf",
            ),
            ("`ita-tui import` .xlsx vs openpyxl reading it", "4,000 items", xlsx, "xlsx"),
        )
        for measure, size, path, kind in files:
            ours_cmd = [sys.executable, "-m", "ita_tui", "import", str(path), "-o", str(folder / "out.json")]
            bare_cmd = [sys.executable, "-c", BARE[kind], str(path)]
            _time(ours_cmd), _time(bare_cmd)  # warm the disk cache and the byte-code
            ours, bare = [], []
            for _ in range(repeats):
                ours.append(_time(ours_cmd))
                bare.append(_time(bare_cmd))
            rows.append(result_row(measure, size, ours, bare))
    return rows


if __name__ == "__main__":
    from benchmarks.run import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    print(table(run(parser.parse_args().repeats)))
