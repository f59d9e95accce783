"""Time to first paint and peak memory of ita-tui against a plain Textual Tree app (plain_tree_app.py).

Both read the same database file and show the same checklist. Measured alternately, several
times, at the bundled checklist and at a synthetic database of 4,000 items and 20,000 notes:
  first paint (tmux)      launch in a 120x40 tmux pane -> the first item's text in capture-pane
  first paint (headless)  launch of a process running App.run_test -> the tree has rendered
  peak RSS (headless)     ru_maxrss of that process once the tree has rendered (bytes)

Run: python benchmarks/bench_startup.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLAIN_APP = ROOT / "benchmarks" / "plain_tree_app.py"
SOCKET = f"ita-bench-{os.getpid()}"
WIDTH, HEIGHT = 120, 40
DEADLINE_S = 30.0


def _installed() -> Path | None:
    """The ita-tui command installed next to this Python, if any."""
    command = Path(sys.executable).parent / "ita-tui"
    return command if command.exists() else None


def _ita_command() -> list[str]:
    """The installed ita-tui, else `python -m ita_tui` from this checkout."""
    return [str(_installed())] if _installed() else [sys.executable, "-m", "ita_tui"]


def _child_env() -> dict[str, str]:
    """Children use the installed package (compiled bytecode), else this checkout with
    bytecode caching allowed, so neither app pays for compiling its modules on every start."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    if not _installed():
        env["PYTHONPATH"] = str(ROOT)
    return env


def _databases(folder: Path) -> dict[str, tuple[Path, str]]:
    """size name -> (database, text of its first item)."""
    from benchmarks.synthetic import make_large_db
    from ita_tui.store import ProgressStore

    small = folder / "bundled.json"
    store = ProgressStore.open(small, user="bench")
    large = make_large_db(folder / "large.json")
    large_store = ProgressStore.open(large, user="bench")
    return {
        f"bundled ({len(store.checklist.item_ids())} items)": (small, next(store.checklist.items()).text),
        "4,000 items + 20,000 notes": (large, next(large_store.checklist.items()).text),
    }


def _marker(first_item_text: str) -> str:
    """A piece of the first item's text that fits on screen in both apps."""
    return first_item_text.split()[0][:12]


# -- tmux ------------------------------------------------------------------------------------


def _tmux(*args: str) -> str:
    """Run a tmux command on the benchmark's own server; its output."""
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True).stdout


def tmux_first_paint(command: list[str], marker: str, home: Path) -> float:
    """Seconds from launching `command` in a tmux pane to `marker` showing in the pane."""
    shell = " ".join(f"'{part}'" for part in command)
    env = f"HOME='{home}' XDG_DATA_HOME='{home}/data' ITA_TUI_USER=bench"
    if not _installed():
        env += f" PYTHONPATH='{ROOT}'"
    start = time.perf_counter()
    _tmux(
        "new-session",
        "-d",
        "-s",
        "paint",
        "-x",
        str(WIDTH),
        "-y",
        str(HEIGHT),
        f"env -u PYTHONDONTWRITEBYTECODE {env} {shell}",
    )
    try:
        while time.perf_counter() - start < DEADLINE_S:
            if marker in _tmux("capture-pane", "-p", "-t", "paint"):
                return time.perf_counter() - start
            time.sleep(0.005)
        raise RuntimeError(f"{command[0]}: nothing painted within {DEADLINE_S} s")
    finally:
        _tmux("kill-session", "-t", "paint")


# -- headless --------------------------------------------------------------------------------

CHILD = r"""
import asyncio, io, json, sys
kind, db, marker = sys.argv[1], sys.argv[2], sys.argv[3]
size = (int(sys.argv[5]), int(sys.argv[6]))
if kind == "ita":
    from ita_tui.cli.context import CliContext
    from ita_tui.cli.entry import build_parser
    store = CliContext.of(build_parser().parse_args(["--db", db, "--user", "bench"])).store()
    from ita_tui.tui.app import ItaApp
    app = ItaApp(store)
else:
    sys.path.insert(0, sys.argv[4])
    from plain_tree_app import PlainTreeApp
    app = PlainTreeApp(db)

def screen(app):
    from rich.console import Console
    console = Console(width=app.size.width, height=app.size.height, file=io.StringIO(),
                      record=True, force_terminal=True, color_system="truecolor")
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text(styles=False)

async def main():
    async with app.run_test(size=size) as pilot:
        for _ in range(2000):
            if marker in screen(app):
                break
            await pilot.pause(0.002)
        # VmHWM, not ru_maxrss: ru_maxrss survives exec
        status = open("/proc/self/status").read().splitlines()
        rss = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))
        print(json.dumps({"rss": rss}), flush=True)
        await pilot.press("q")

asyncio.run(main())
"""


def headless_first_paint(kind: str, db: Path, marker: str) -> tuple[float, int]:
    """(seconds from launch to the rendered tree, peak RSS in bytes) of one headless run."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, kind, str(db), marker, str(PLAIN_APP.parent), str(WIDTH), str(HEIGHT)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=db.parent,
        env=_child_env(),
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=DEADLINE_S)
    if not line:
        raise RuntimeError(f"{kind}: the headless run printed nothing")
    return elapsed, json.loads(line)["rss"]


# -- the table -------------------------------------------------------------------------------


def _row(measure: str, size: str, ours: list[float], reference: list[float]) -> dict:
    """One result row; the ratio is the median of the alternating pairs' ratios."""
    return {
        "measure": measure,
        "size": size,
        "median_s": statistics.median(ours),
        "min_s": min(ours),
        "max_s": max(ours),
        "reference_median_s": statistics.median(reference),
        "ratio": statistics.median(a / b for a, b in zip(ours, reference, strict=True)),
    }


def run(repeats: int = 5) -> list[dict]:
    """Measure everything `repeats` times, alternating ita-tui and the plain Tree app."""
    rows = []
    use_tmux = shutil.which("tmux") is not None
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        home.mkdir()
        try:
            for size, (db, first_text) in _databases(folder).items():
                marker = _marker(first_text)
                ita = [*_ita_command(), "--db", str(db), "--user", "bench"]
                plain = [sys.executable, str(PLAIN_APP), str(db)]
                paint = {"ita": [], "plain": []}
                head = {"ita": [], "plain": []}
                rss = {"ita": [], "plain": []}
                for kind in ("ita", "plain"):  # warm-up: bytecode written, files cached
                    headless_first_paint(kind, db, marker)
                for n in range(repeats):
                    order = ("ita", "plain") if n % 2 == 0 else ("plain", "ita")
                    for kind in order:
                        if use_tmux:
                            paint[kind].append(
                                tmux_first_paint(ita if kind == "ita" else plain, marker, home)
                            )
                        seconds, peak = headless_first_paint(kind, db, marker)
                        head[kind].append(seconds)
                        rss[kind].append(peak)
                if use_tmux:
                    rows.append(_row("first paint (tmux)", size, paint["ita"], paint["plain"]))
                rows.append(_row("first paint (headless)", size, head["ita"], head["plain"]))
                rows.append(_row("peak RSS (headless)", size, rss["ita"], rss["plain"]))
        finally:
            if use_tmux:
                _tmux("kill-server")
    return rows


def print_table(rows: list[dict]) -> None:
    """The rows as a plain text table."""
    print(f"{'measure':28} {'size':26} {'median':>10} {'min-max':>21} {'reference':>10} {'ratio':>6}")
    for r in rows:
        unit = (lambda v: f"{v / 2**20:.1f}MiB") if "RSS" in r["measure"] else (lambda v: f"{v:.3f}s")
        print(
            f"{r['measure']:28} {r['size']:26} {unit(r['median_s']):>10} "
            f"{unit(r['min_s']) + '-' + unit(r['max_s']):>21} {unit(r['reference_median_s']):>10} "
            f"{r['ratio']:>5.2f}x"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    print_table(run(parser.parse_args().repeats))
