"""The bundled checklist with a written result for every item, its results report as PDF and
Word: what the report's row tests read back."""

from __future__ import annotations

from pathlib import Path

from ita_tui.export.report_content import Para, report_blocks
from ita_tui.locale import words
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetResult, SetState

STATES = ("done", "in-progress", "done", "not-started", "done")


def every_result_store(db: Path) -> ProgressStore:
    """A database whose every item has a state and a result, some long enough to wrap often."""
    store = ProgressStore.open(db, user="somsri")
    for n, item in enumerate(store.checklist.items()):
        store.apply(SetState(item.id, STATES[n % len(STATES)]))
        length = 1 + n % 4
        text = " ".join(["ดำเนินการตามวิธีการข้อนี้ครบถ้วน เผยแพร่ผลทางเว็บไซต์ขององค์การบริหารส่วนตำบล"] * length)
        store.apply(SetResult(item.id, f"{text} ({item.id})"))
    return store


def report_paragraphs(store: ProgressStore) -> list[str]:
    """Every paragraph the report's cells hold, for checks of where lines end."""
    texts: list[str] = []
    for block in report_blocks(store.snapshot(), words("th"), "thai"):
        paras: list[Para] = [*block.measures, *block.lead, *block.outcome]
        for row in block.items:
            paras += [*row.method, *row.result, Para(row.period), Para(row.responsible)]
        texts += [p.text for p in paras]
    return texts
