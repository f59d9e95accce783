"""`ita-tui serve` in the browser, against textual-serve serving a plain Textual Tree app
(plain_tree_app.py) in the same run, and many sessions at once:

  browser first paint   ita-tui: the login form submitted -> the first item's text on the page's
                        websocket; reference: textual-serve's page opened -> the first node's text
  app process RSS       VmRSS of one session's app process after its first paint (bytes)
  20 sessions: tick     20 logged-in websocket sessions at once, each ticking its own item: the
                        time from the key to the tick being durable in the database (median,
                        p95) and the changes lost (items not done in the end)

Headless Chromium is Debian's (Playwright drives it); every address is this machine's.
Run: python benchmarks/bench_serve.py [--repeats N] [--sessions N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_export import result_row  # noqa: E402
from tests.support.serve import PASSWORDS, free_port, office_database, start_server  # noqa: E402

PLAIN_APP = ROOT / "benchmarks" / "plain_tree_app.py"
DEADLINE_S = 60.0
MARKER = "เผยแพร่ข้อมูล"  # the first item's first words, drawn by both apps


def _first_text(page, frames: list[str], needle: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while needle not in "".join(frames):
        if time.monotonic() > deadline:
            raise TimeoutError(needle)
        page.wait_for_timeout(5)


def _listen(page) -> list[str]:
    frames: list[str] = []

    def follow(socket) -> None:
        socket.on(
            "framereceived",
            lambda f: frames.append(f if isinstance(f, str) else f.decode("utf-8", "replace")),
        )

    page.on("websocket", follow)
    return frames


def _ita_paint(browser, url: str) -> float:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    frames = _listen(page)
    page.goto(f"{url}/login?lang=en")
    page.fill("#name", "somchai")
    page.fill("#password", PASSWORDS["somchai"])
    start = time.perf_counter()
    page.click("button[type=submit]")
    _first_text(page, frames, MARKER)
    took = time.perf_counter() - start
    context.close()
    return took


def _reference_paint(browser, url: str) -> float:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())  # offline
    page = context.new_page()
    frames = _listen(page)
    start = time.perf_counter()
    page.goto(url)
    _first_text(page, frames, MARKER)
    took = time.perf_counter() - start
    context.close()
    return took


def _reference_server(db: Path) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    command = shlex.join([sys.executable, str(PLAIN_APP), str(db)])
    code = (
        "import sys; from textual_serve.server import Server; "
        f"Server({command!r}, host='127.0.0.1', port={port}).serve()"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + DEADLINE_S
    import urllib.request

    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return process, url
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def _moves(count: int) -> list[tuple[int, str]]:
    """For each of the first `count` items: how many `j` presses take the cursor there from the
    first item (an indicator's row stands between two indicators' items), and its id."""
    from ita_tui.checklist.file import load
    from ita_tui.paths import bundled_checklist

    moves, row = [], 0
    for n, indicator in enumerate(load(bundled_checklist()).indicators):
        row += n > 0
        for item in indicator.items:
            moves.append((row, item.id))
            row += 1
    return moves[:count]


def _done(db: Path, item_id: str) -> bool:
    """Whether the database holds the item as done (what a tick's round trip waits for: durable)."""
    from ita_tui.store import ProgressStore

    return ProgressStore.open(db, user="bench").snapshot().state(item_id).done


async def _sessions(url: str, count: int, db: Path) -> tuple[list[float], int]:
    """`count` sessions at once, each moving to its own item and ticking it; the round trips."""
    import aiohttp

    moves = _moves(count)

    async def one(index: int) -> float:
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as http:
            async with http.get(f"{url}/login") as form:
                token = re.search(r'name="csrf" value="([^"]+)"', await form.text()).group(1)
            await http.post(
                f"{url}/login",
                data={"name": "somchai", "password": PASSWORDS["somchai"], "csrf": token},
                headers={"Origin": url},
            )
            socket = await http.ws_connect(f"{url}/ws?width=120&height=60", headers={"Origin": url})
            screen = ""
            while "2.1" not in screen:
                message = await socket.receive(timeout=DEADLINE_S)
                screen += message.data.decode("utf-8", "replace") if isinstance(message.data, bytes) else ""
            steps, item_id = moves[index]
            for _ in range(steps):
                await socket.send_str(json.dumps(["stdin", "j"]))
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.0)
            while True:  # drain what the moves drew
                try:
                    await socket.receive(timeout=0.5)
                except TimeoutError:
                    break
            start = time.perf_counter()
            await socket.send_str(json.dumps(["stdin", " "]))
            # The round trip ends when the tick is durable in the database (another session's ☑
            # on this screen says nothing about this one); the session stays open until then.
            took = float("inf")
            while time.perf_counter() - start < DEADLINE_S:
                if await asyncio.to_thread(_done, db, item_id):
                    took = time.perf_counter() - start
                    break
                await asyncio.sleep(0.1)
            await socket.close()
            return took

    times = [t for t in await asyncio.gather(*(one(i) for i in range(count))) if t != float("inf")]
    status = subprocess.run(
        [sys.executable, "-m", "ita_tui", "--db", str(db), "status", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    done = json.loads(status.stdout)["overall"]["done"]
    return list(times), done


def run(repeats: int = 3, sessions: int = 20) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as tmp:
        folder = Path(tmp)
        db = office_database(folder, checklist=None)  # the bundled 31 items
        served = start_server(db)
        reference, reference_url = _reference_server(db)
        try:
            ours, theirs, rss = [], [], []
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=shutil.which("chromium"), args=["--no-sandbox"]
                )
                _ita_paint(browser, served.url)  # warm both
                _reference_paint(browser, reference_url)
                for _ in range(repeats):
                    ours.append(_ita_paint(browser, served.url))
                    theirs.append(_reference_paint(browser, reference_url))
                context = browser.new_context()
                page = context.new_page()
                frames = _listen(page)
                page.goto(f"{served.url}/login")
                page.fill("#name", "somchai")
                page.fill("#password", PASSWORDS["somchai"])
                page.click("button[type=submit]")
                _first_text(page, frames, "2.1")
                rss = [_rss(pid) for pid in served.app_processes()]
                browser.close()
            rows.append(result_row("browser first paint after login", "bundled (31 items)", ours, theirs))
            rows.append({**result_row("app process RSS (bytes)", "one session", rss, None)})
            times, done = asyncio.run(_sessions(served.url, sessions, db))
            row = result_row(f"{sessions} sessions: tick round trip", "bundled (31 items)", times, None)
            row["p95_s"] = sorted(times)[max(0, int(0.95 * len(times)) - 1)]
            row["lost"] = sessions - done
            rows.append(row)
        finally:
            served.stop()
            reference.terminate()
            reference.wait(timeout=20)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sessions", type=int, default=20)
    options = parser.parse_args()
    for result in run(options.repeats, options.sessions):
        print(json.dumps(result, ensure_ascii=False))
