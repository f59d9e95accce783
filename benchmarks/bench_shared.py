"""A shared database under load: 8 concurrent writers, and `checklist update` on large checklists.

Measures
  8 writers   eight processes each making CHANGES changes (ticks and notes) at once on the
              synthetic database of 4,000 items and 20,000 notes: how many changes failed
              ("busy"), and the wait for the lock per change (p50, p99, longest)
  checklist update   ProgressStore.update_checklist with a corrected checklist (every tenth
              item reworded, 5% removed, 5% added) at 1,000 / 4,000 / 10,000 items, no notes

Run: python benchmarks/bench_shared.py [--repeats N] [--writers N] [--changes N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import make_large_db
from ita_tui.checklist.model import Item
from ita_tui.store import ProgressStore
from ita_tui.store.commands import UpdateChecklist

ROOT = Path(__file__).resolve().parent.parent

WRITER = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from ita_tui.errors import StoreError
from ita_tui.store import ProgressStore
from ita_tui.store import lock as lock_module
from ita_tui.store.commands import AddNote, SetState

waits = []
acquire = lock_module.FairLock.acquire
def timed(self):
    start = time.perf_counter()
    acquire(self)
    waits.append(time.perf_counter() - start)
lock_module.FairLock.acquire = timed

db, number, changes = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
store = ProgressStore.open(db, user=f"writer{number}")
ids = store.checklist.item_ids()
failed = 0
for n in range(changes):
    item = ids[(number * 997 + n * 13) % len(ids)]
    try:
        if n % 2:
            store.apply(AddNote(item, f"note {number}.{n}"))
        else:
            store.apply(SetState.tick(item, True))
    except StoreError:
        failed += 1
print(json.dumps({"failed": failed, "waits": waits}))
"""


def concurrent_writers(writers: int, changes: int) -> dict:
    """Run `writers` processes at once on a fresh large database; failures and lock waits."""
    with tempfile.TemporaryDirectory() as folder:
        db = make_large_db(Path(folder) / "db.json", items=4000, notes=20000)
        ProgressStore.open(db, user="bench")  # the first open's backup, out of the timing
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(db), str(n), str(changes), str(ROOT)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for n in range(writers)
        ]
        results = [json.loads(p.communicate()[0]) for p in procs]
        final = ProgressStore.open(db, user="bench")
        notes = sum(len(v) for v in final.snapshot().notes.values())
    waits = sorted(w for r in results for w in r["waits"])
    return {
        "failed": sum(r["failed"] for r in results),
        "waits": waits,
        "notes_added": notes - 20000,
    }


def _percentile(values: list[float], fraction: float) -> float:
    return values[min(len(values) - 1, int(fraction * len(values)))]


def corrected(checklist):
    """Every tenth item reworded, every twentieth removed, as many new items added."""
    indicators = []
    for ind in checklist.indicators:
        items = []
        for n, item in enumerate(ind.items):
            if n % 20 == 19:
                continue
            items.append(replace(item, text=item.text + " (แก้ไข)") if n % 10 == 0 else item)
        extra = len(ind.items) // 20
        items += [Item(id=f"{ind.number}.new{k}", number=900 + k, text="ข้อใหม่") for k in range(extra)]
        indicators.append(replace(ind, items=tuple(items)))
    return replace(checklist, indicators=tuple(indicators))


def checklist_update(items: int) -> float:
    """Seconds for one update_checklist on a fresh database of `items` items."""
    with tempfile.TemporaryDirectory() as folder:
        db = make_large_db(Path(folder) / "db.json", items=items, notes=0)
        store = ProgressStore.open(db, user="bench")
        new = corrected(store.checklist)
        start = time.perf_counter()
        store.apply(UpdateChecklist(new))
        return time.perf_counter() - start


def run(repeats: int, writers: int = 8, changes: int = 40) -> list[dict]:
    """Rows for benchmarks/run.py."""
    rows = []
    result = concurrent_writers(writers, changes)
    waits = result["waits"]
    size = (
        f"4,000 items + 20,000 notes, {writers} writers × {changes} changes: "
        f"{result['failed']} failed, {result['notes_added']} notes kept"
    )
    for label, value in (("p50", _percentile(waits, 0.5)), ("p99", _percentile(waits, 0.99))):
        rows.append(
            {
                "measure": f"lock wait {label}",
                "size": size,
                "median_s": value,
                "min_s": waits[0],
                "max_s": waits[-1],
                "reference_median_s": None,
                "ratio": None,
            }
        )
    for items in (1000, 4000, 10000):
        times = sorted(checklist_update(items) for _ in range(max(1, repeats // 3)))
        rows.append(
            {
                "measure": "checklist update",
                "size": f"{items:,} items",
                "median_s": statistics.median(times),
                "min_s": times[0],
                "max_s": times[-1],
                "reference_median_s": None,
                "ratio": None,
            }
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--changes", type=int, default=40)
    args = parser.parse_args()
    for row in run(args.repeats, args.writers, args.changes):
        print(
            f"{row['measure']:<18} {row['size']:<70} {row['median_s'] * 1000:8.0f} ms "
            f"({row['min_s'] * 1000:.0f}–{row['max_s'] * 1000:.0f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
