"""Run every benchmark and print one Markdown table of medians, ranges and ratios.

Each part alternates ita-tui with its reference (a plain Textual Tree app, a bare durable
JSON write, a naive fpdf2 script) in the same run, so the ratios hold on a noisy machine.

Run from the repository after the README's set-up (command 2):
    .venv/bin/python benchmarks/run.py [--repeats N] [--update-docs]

--update-docs writes the table into docs/benchmarks.md, between its benchmarks markers.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARTS = (
    "benchmarks.bench_startup",
    "benchmarks.bench_tick",
    "benchmarks.bench_export",
    "benchmarks.bench_report",
    "benchmarks.bench_shared",
    "benchmarks.bench_import",
    "benchmarks.bench_hostile",
)
PAGE = ROOT / "docs" / "benchmarks.md"
TABLE_START, TABLE_END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"


# Issue 6's targets for the median ratio, by the start of the measure's name.
TARGETS = (
    ("first paint", "≤ 1.2× (31 items), ≤ 1.0× (4,000)"),
    ("peak RSS of that import", "< 500 MiB"),  # the worst hostile import's, before the app's
    ("peak RSS", "≤ 1.3×"),
    ("set_done", "≤ 2×"),
    ("app tick", "≤ 2×"),
    ("cli tick", "≤ 2×"),
    ("export_pdf", "≤ 0.7×"),
    ("`ita-tui export pdf`", "≤ 0.7×"),
    ("export report", "≤ 0.7×"),
    ("`ita-tui import` .docx", "≤ 0.5 s"),
    ("`ita-tui import` PDF", "≤ 2 s"),
    ("`ita-tui import` worst hostile", "≤ 10 s"),
)


def _target(row: dict) -> str:
    """The target for this row's ratio, or a dash."""
    for prefix, target in TARGETS:
        if row["measure"].startswith(prefix):
            if prefix == "first paint":
                return "≤ 1.0×" if row["size"].startswith("4,000") else "≤ 1.2×"
            return target
    return "–"


def _amount(row: dict, key: str) -> str:
    """A time in ms, or a memory figure in MiB; a dash where there is none."""
    value = row[key]
    if value is None:
        return "–"
    if "memory" in row["measure"] or "rss" in row["measure"].lower():
        return f"{value / 2**20:.0f} MiB"
    return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"


def table(rows: list[dict]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| measure | size | median | min–max | reference median | ratio | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = "–" if row["ratio"] is None else f"{row['ratio']:.2f}×"
        lines.append(
            f"| {row['measure']} | {row['size']} | {_amount(row, 'median_s')} | "
            f"{_amount(row, 'min_s')} – {_amount(row, 'max_s')} | "
            f"{_amount(row, 'reference_median_s')} | {ratio} | {_target(row)} |"
        )
    return "\n".join(lines)


def machine() -> str:
    """One line naming the machine the numbers come from."""
    return (
        f"{date.today().isoformat()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )


def main() -> int:
    """Run all parts, print the table, optionally write it into docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs of each measurement (default 7)")
    parser.add_argument("--update-docs", action="store_true", help="write the table into docs/benchmarks.md")
    args = parser.parse_args()
    started = time.perf_counter()
    rows: list[dict] = []
    for name in PARTS:
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(importlib.import_module(name).run(args.repeats))
    text = (
        f"Measured {machine()}; {args.repeats} repeats, "
        f"{time.perf_counter() - started:.0f} s in all.\n\n{table(rows)}\n"
    )
    print(text)
    if args.update_docs:
        content = PAGE.read_text(encoding="utf-8")
        block = f"{TABLE_START}\n{text}{TABLE_END}"
        content, count = re.subn(
            re.escape(TABLE_START) + ".*?" + re.escape(TABLE_END), lambda _: block, content, flags=re.S
        )
        if count != 1:
            print("docs/benchmarks.md has no benchmarks markers; table not written", file=sys.stderr)
            return 1
        PAGE.write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
