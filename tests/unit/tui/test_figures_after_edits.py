"""After every kind of checklist edit, and an undo, the figures agree everywhere: the tree, the
dashboard, the summary, the PDF and `status --json` (asserted together, step by step)."""

from __future__ import annotations

import contextlib
import io
import json

from rich.console import Console

from ita_tui.cli import main
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState
from tests.support import STORE_CHECKLIST
from tests.support.app import detail_text, tree_lines
from tests.waiting import pilot_wait_until

STEPS = [  # (the command, done and applicable items after it)
    (("item", "add", "2", "จัดอบรมบุคลากร"), 3, 13),
    (("item", "edit", "2.1", "--text", "ประชุมชี้แจงบุคลากรทุกกอง"), 3, 13),
    (("item", "move", "2.2", "--to", "1"), 3, 13),
    (("item", "remove", "3.1"), 2, 12),
    (("undo",), 3, 13),
    (("indicator", "add", "4", "การป้องกันการทุจริต"), 3, 13),
    (("item", "add", "4", "ประกาศเจตนารมณ์"), 3, 14),
    (("indicator", "remove", "2"), 2, 10),
    (("indicator", "renumber", "1"), 2, 10),
    (("mark", "1.5", "na", "--reason", "ไม่มีในปีนี้"), 1, 9),
]


def _run(*argv: str) -> tuple[int, str]:
    """The command line run in this process: its exit status and what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(list(argv))
    return status, out.getvalue()


def _summary_line(db) -> str:
    from ita_tui.export.summary import print_summary

    out = io.StringIO()
    print_summary(ProgressStore.open(db, user="x").snapshot(), console=Console(file=out, width=160))
    return next(line for line in out.getvalue().splitlines() if "ภาพรวม" in line)


def _pdf_text(db, path) -> str:
    from pypdf import PdfReader

    from ita_tui.export.options import ExportOptions
    from ita_tui.export.pdf import export_pdf

    export_pdf(ProgressStore.open(db, user="x").snapshot(), path, ExportOptions(print_digits="arabic"))
    return "".join(PdfReader(path).pages[0].extract_text().split())


async def test_figures_agree_everywhere_after_every_kind_of_edit(tmp_path):
    from ita_tui.tui.app import ItaApp

    db = tmp_path / "db.json"
    store = ProgressStore.open(db, user="somchai", checklist_path=STORE_CHECKLIST)
    for item in ("2.1", "2.2", "3.1"):
        store.apply(SetState.tick(item, True))
    app = ItaApp(ProgressStore.open(db, user="somchai"))
    async with app.run_test(size=(110, 40)) as pilot:
        for argv, done, applicable in STEPS:
            assert _run(*argv, "--db", str(db), "--user", "somchai")[0] == 0, argv
            percent = (200 * done + applicable) // (2 * applicable)
            fraction = f"{done}/{applicable}"
            # the tree follows the edit another process made
            assert await pilot_wait_until(pilot, lambda fraction=fraction: fraction in tree_lines(app)[0]), (
                argv,
                tree_lines(app)[0],
            )
            assert f"{percent}%" in tree_lines(app)[0]
            await pilot.press("d")

            def dashboard_shows(fraction=fraction, percent=percent) -> bool:
                if app.screen.id != "dashboard" and not app.screen.query("#dashboard-body"):
                    return False
                body = detail_text(app, "#dashboard-body")
                return any(fraction in line and f"{percent}%" in line for line in body.splitlines())

            assert await pilot_wait_until(pilot, dashboard_shows), argv
            await pilot.press("escape")
            assert await pilot_wait_until(pilot, lambda: bool(app.screen.query("#checklist")))
            assert f"ภาพรวม: {fraction} รายการ ({percent}%)" in _summary_line(db), argv
            assert f"{fraction}{percent}" in _pdf_text(db, tmp_path / "s.pdf"), argv
            overall = json.loads(_run("status", "--json", "--db", str(db))[1])["overall"]
            assert (overall["done"], overall["applicable"], overall["percent"]) == (done, applicable, percent)
