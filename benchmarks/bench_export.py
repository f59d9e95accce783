"""Time the exports against a naive fpdf2 script laying out the same page.

Measures, for the bundled checklist (31 items)
and for a synthetic checklist of 4,000 long items (a third of them done):
  summary      print_summary(pending=True) to a 100-column console, in process (no reference)
  export_pdf   export_pdf in process  <->  benchmarks/naive_pdf.naive_pdf in process
  process      `python -m ita_tui export pdf --db DB -o OUT` (what `ita-tui export pdf` runs)
               <->  `python benchmarks/naive_pdf.py DB OUT`, both reading the database
               through ProgressStore; the 4,000-item database is benchmarks/synthetic.py's
               (shorter item texts, half done, no notes)
Each measurement alternates with its reference. In process, fonts, fpdf2 and ICU are imported
before timing starts, so both sides pay only for the page itself.

Run: python benchmarks/bench_export.py [--repeats N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.naive_pdf import naive_pdf
from benchmarks.synthetic import make_large_db
from ita_tui import paths
from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist, Indicator, Item
from ita_tui.export.options import ExportOptions
from ita_tui.export.pdf import export_pdf
from ita_tui.export.summary import print_summary
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState
from ita_tui.store.records import ItemState, Snapshot

ROOT = Path(__file__).resolve().parent.parent

UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม")
TODAY = date(2026, 11, 26)


def realistic_checklist() -> Checklist:
    """The bundled checklist (Chumsaeng FY2566, 31 items)."""
    return checklist_file.load(paths.bundled_checklist())


def long_items_checklist(items: int = 4000, per_indicator: int = 200) -> Checklist:
    """`items` long Thai items (texts of the realistic checklist, doubled) in five units."""
    base = realistic_checklist()
    texts = [item.text for item in base.items()]
    indicators = []
    for n in range(1, items // per_indicator + 1):
        indicators.append(
            Indicator(
                n,
                f"{base.indicators[n % len(base.indicators)].title} ({n})",
                items=tuple(
                    Item(
                        f"{n}.{k}",
                        k,
                        f"{texts[(n + k) % len(texts)]} {texts[k % len(texts)]}",
                        responsible=UNITS[(n + k) % len(UNITS)],
                    )
                    for k in range(1, per_indicator + 1)
                ),
            )
        )
    return replace(base, indicators=tuple(indicators))


def snapshot_third_done(checklist: Checklist) -> Snapshot:
    """Every third item done."""
    return Snapshot(
        checklist,
        {
            item.id: ItemState(item.id, "done", "bench")
            for n, item in enumerate(checklist.items())
            if n % 3 == 0
        },
    )


def _time(action) -> float:
    """Seconds `action()` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def result_row(measure: str, size: str, times: list[float], reference: list[float] | None) -> dict:
    """One result row: median, min, max and the ratio to the reference median (none without one).
    Shared by every part of run.py that times against a reference run side by side."""
    median = statistics.median(times)
    ref = statistics.median(reference) if reference else None
    return {
        "measure": measure,
        "size": size,
        "median_s": median,
        "min_s": min(times),
        "max_s": max(times),
        "reference_median_s": ref,
        "ratio": median / ref if ref else None,
    }


def run(repeats: int = 7) -> list[dict]:
    """Alternate each export with its reference `repeats` times; one row per measure and size."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        export_pdf(snapshot_third_done(realistic_checklist()), out / "warm.pdf", ExportOptions(as_of=TODAY))
        naive_pdf(snapshot_third_done(realistic_checklist()), out / "warm-naive.pdf", TODAY)
        for size, checklist in (
            ("bundled (31 items)", realistic_checklist()),
            ("synthetic 4,000 items", long_items_checklist()),
        ):
            snapshot = snapshot_third_done(checklist)
            summary, ours, naive = [], [], []
            for _ in range(repeats):
                summary.append(_time(lambda s=snapshot: print_summary(s, pending=True, console=_console())))
                ours.append(
                    _time(lambda s=snapshot: export_pdf(s, out / "ours.pdf", ExportOptions(as_of=TODAY)))
                )
                naive.append(_time(lambda s=snapshot: naive_pdf(s, out / "naive.pdf", TODAY)))
            rows.append(result_row("summary --pending (in process)", size, summary, None))
            rows.append(result_row("export_pdf vs naive multi_cell (in process)", size, ours, naive))
        quiet = {"cwd": ROOT, "check": True, "stdout": subprocess.DEVNULL}
        for size, db in (
            ("bundled (31 items)", _bundled_db(out / "bundled.json")),
            ("synthetic 4,000 items", make_large_db(out / "large.json", 4000, notes=0)),
        ):
            ours_cmd = [
                sys.executable,
                "-m",
                "ita_tui",
                "export",
                "pdf",
                "--db",
                str(db),
                "-o",
                str(out / "ours.pdf"),
            ]
            naive_cmd = [
                sys.executable,
                str(ROOT / "benchmarks" / "naive_pdf.py"),
                str(db),
                str(out / "naive.pdf"),
            ]
            ours, naive = [], []
            for _ in range(repeats):
                ours.append(_time(lambda cmd=ours_cmd: subprocess.run(cmd, **quiet)))
                naive.append(_time(lambda cmd=naive_cmd: subprocess.run(cmd, cwd=ROOT, check=True)))
            rows.append(result_row("`ita-tui export pdf` vs naive script (whole process)", size, ours, naive))
    return rows


def _bundled_db(path: Path) -> Path:
    """A database of the bundled checklist with every third item done."""
    store = ProgressStore.open(path, user="bench")
    for n, item_id in enumerate(store.checklist.item_ids()):
        if n % 3 == 0:
            store.apply(SetState.tick(item_id, True))
    return path


def _console():
    """A 100-column console writing to memory."""
    from rich.console import Console

    return Console(file=io.StringIO(), width=100)


def table(rows: list[dict]) -> str:
    """The rows as a Markdown table (for docs/benchmarks.md)."""
    lines = ["| measure | size | median | min–max | naive median | ratio |", "|---|---|---|---|---|---|"]
    for r in rows:
        ref = f"{r['reference_median_s'] * 1000:.0f} ms" if r["reference_median_s"] else "–"
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] else "–"
        lines.append(
            f"| {r['measure']} | {r['size']} | {r['median_s'] * 1000:.0f} ms | "
            f"{r['min_s'] * 1000:.0f}–{r['max_s'] * 1000:.0f} ms | {ref} | {ratio} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    print(table(run(parser.parse_args().repeats)))
