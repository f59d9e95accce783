"""Time from a tick to its durable acknowledgement, against a bare durable JSON write.

Measures, for the bundled checklist (a synthetic 32-item stand-in while it is missing) and for a
synthetic database of 4,000 items and 20,000 notes:
  set_done     ProgressStore.apply(SetState.tick(…)) call to return (lock, re-read, change, one durable write)
  app tick     space pressed in the app (Textual pilot) to the tick saved (in the app's write
               worker thread) and shown
  cli tick     `python -m ita_tui tick ID` as a whole process
Each is alternated with its reference on the same database content:
  set_done, app tick  <->  json.dumps + write + flush + fsync + os.replace in this process
  cli tick  <->  a Python process that reads and parses the file, then does that bare write
(json.dumps with the store's settings, not json.dump: json.dump streams through the pure-Python
encoder and is several times slower, which would flatter the store).

Run: python benchmarks/bench_tick.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_export import result_row
from benchmarks.synthetic import make_checklist, make_large_db
from ita_tui import paths
from ita_tui.checklist import file as checklist_file
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState

ROOT = Path(__file__).resolve().parent.parent

BARE_WRITE = """
import json, os, sys
path, out = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    tables = json.loads(f.read())
with open(out, "w", encoding="utf-8") as f:
    f.write(json.dumps(tables, ensure_ascii=False, separators=(",", ":")))
    f.flush()
    os.fsync(f.fileno())
os.replace(out, out + ".done")
"""


def bare_write(tables: dict, target: Path) -> float:
    """Seconds for a bare durable write of `tables` to `target` (temp file, fsync, rename)."""
    start = time.perf_counter()
    temp = target.with_suffix(".tmp")
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(tables, ensure_ascii=False, separators=(",", ":")))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)
    return time.perf_counter() - start


def _small_db(workdir: Path) -> tuple[str, Path]:
    """The bundled checklist's database (a 32-item synthetic stand-in while it is missing)."""
    bundled = paths.bundled_checklist()
    if bundled.is_file():
        checklist, label = checklist_file.load(bundled), "bundled"
    else:
        checklist, label = make_checklist(8, 4), "32-item stand-in"
    source = workdir / "checklist.json"
    checklist_file.save(checklist, source)
    small = workdir / "small.json"
    ProgressStore.open(small, user="bench", checklist_path=source)
    return f"{label} ({len(checklist.item_ids())} items)", small


def _large_db(workdir: Path) -> tuple[str, Path]:
    """The synthetic database of 4,000 items and 20,000 notes."""
    return "4,000 items + 20,000 notes", make_large_db(workdir / "large.json")


def _time_set_done(db: Path, repeats: int) -> tuple[list[float], list[float]]:
    """Seconds per set_done call and per bare write, alternated."""
    store = ProgressStore.open(db, user="bench")
    item = store.checklist.item_ids()[1]
    target = db.with_name("reference.json")
    times, reference = [], []
    for n in range(-3, repeats):  # three warm-up rounds
        tables = json.loads(db.read_bytes())
        reference.append(bare_write(tables, target))
        start = time.perf_counter()
        store.apply(SetState.tick(item, n % 2 == 0))
        times.append(time.perf_counter() - start)
    return times[3:], reference[3:]


def _time_app_tick(db: Path, repeats: int) -> tuple[list[float], list[float]]:
    """Seconds from a space key press in the app (pilot) until the tick, saved by the app's write
    worker, is shown, alternated with a bare write; the first item is ticked and unticked in turn."""
    import asyncio

    from ita_tui.tui.app import ItaApp

    async def measure() -> tuple[list[float], list[float]]:
        store = ProgressStore.open(db, user="bench")
        first = store.checklist.item_ids()[0]
        target = db.with_name("reference.json")
        times, reference = [], []
        async with ItaApp(store).run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            app, acknowledged = pilot.app, []
            saved = app.saved

            def timed_saved(change) -> None:
                saved(change)  # the tree and the detail now show the saved tick
                acknowledged.append(time.perf_counter())

            # Stop the clock when the app shows the saved change, not when the pilot has
            # finished waiting for the screen to settle (which a user never waits for).
            app.saved = timed_saved
            for n in range(-3, repeats):  # three warm-up rounds
                reference.append(bare_write(json.loads(db.read_bytes()), target))
                want = not ProgressStore.open(db, user="check").snapshot().state(first).done
                start = time.perf_counter()
                await pilot.press("space")
                while len(acknowledged) < n + 4:
                    await asyncio.sleep(0.0005)
                times.append(acknowledged[-1] - start)
                done = ProgressStore.open(db, user="check").snapshot().state(first).done
                if done != want:
                    raise RuntimeError(f"the key press did not save the tick of {first}")
        return times[3:], reference[3:]

    return asyncio.run(measure())


def _time_cli(db: Path, repeats: int) -> tuple[list[float], list[float]]:
    """Seconds per `ita-tui tick` process and per bare-write process, alternated."""
    item = ProgressStore.open(db, user="bench").checklist.item_ids()[1]
    # As installed: byte-code cached (this sandbox sets PYTHONDONTWRITEBYTECODE), after a warm-up run.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    times, reference = [], []
    for n in range(-1, repeats):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", BARE_WRITE, str(db), str(db.with_name("ref.json"))], check=True, env=env
        )
        bare_s = time.perf_counter() - start
        command = [sys.executable, "-m", "ita_tui", "tick", item, "--db", str(db), "--user", "bench"]
        if n % 2:
            command.append("--undo")
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
        if n >= 0:
            reference.append(bare_s)
            times.append(time.perf_counter() - start)
    return times, reference


def run(repeats: int = 15) -> list[dict]:
    """Benchmark rows: {measure, size, median_s, min_s, max_s, reference_median_s, ratio}."""
    workdir = Path(tempfile.mkdtemp(prefix="ita-bench-", dir=ROOT / "benchmarks"))
    try:
        rows = []
        for make in (_small_db, _large_db):
            size, db = make(workdir)
            os.sync()  # start each size with no other writes pending
            rows.append(result_row("set_done", size, *_time_set_done(db, repeats)))
            rows.append(result_row("app tick (space key, pilot)", size, *_time_app_tick(db, repeats)))
            rows.append(result_row("cli tick", size, *_time_cli(db, max(3, repeats // 2))))
        return rows
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    """Print the rows as a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    rows = run(parser.parse_args().repeats)
    print(f"{'measure':<10} {'size':<28} {'median':>9} {'min-max':>19} {'reference':>10} {'ratio':>6}")
    for r in rows:
        print(
            f"{r['measure']:<10} {r['size']:<28} {r['median_s'] * 1000:>7.1f}ms "
            f"{r['min_s'] * 1000:>8.1f}-{r['max_s'] * 1000:<8.1f}ms "
            f"{r['reference_median_s'] * 1000:>8.1f}ms {r['ratio']:>5.2f}x"
        )


if __name__ == "__main__":
    main()
