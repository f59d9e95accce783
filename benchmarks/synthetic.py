"""Synthetic checklists and progress databases of any size, for benchmarks."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist, Indicator, Item
from ita_tui.files import atomic_write
from ita_tui.store.migrate import UNCORRECTED
from ita_tui.store.schema import FORMAT_NAME, FORMAT_VERSION, TABLES
from ita_tui.store.tinydb_storage import encode

UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม")
TEXT = "จัดทำและเผยแพร่รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
NOTE = "ดำเนินการแล้ว ประชุมชี้แจงบุคลากรและเผยแพร่บนเว็บไซต์ของหน่วยงาน"
AT = "2023-03-01T10:00:00+07:00"


def make_checklist(indicators: int, items_per_indicator: int) -> Checklist:
    """A checklist of `indicators` × `items_per_indicator` Thai items, ids "N.K"."""
    return Checklist(
        title="มาตรการส่งเสริมคุณธรรมและความโปร่งใส (สังเคราะห์)",
        organization="องค์การบริหารส่วนตำบลสังเคราะห์",
        fiscal_year=2566,
        indicators=tuple(
            Indicator(
                number=n,
                title=f"ตัวชี้วัดที่ {n}",
                items=tuple(
                    Item(
                        id=f"{n}.{k}",
                        number=k,
                        text=f"{TEXT} {n}.{k}",
                        period="ต.ค. 2565 - ก.ย. 2566",
                        responsible=UNITS[(n + k) % len(UNITS)],
                    )
                    for k in range(1, items_per_indicator + 1)
                ),
            )
            for n in range(1, indicators + 1)
        ),
    )


def make_large_db(path: Path, items: int = 4000, notes: int = 20000, user: str = "bench") -> Path:
    """Write a valid database directly (one write): `items` items, half of them done, and
    `notes` notes spread over the items, each logged as the store would have logged it."""
    path = Path(path)
    per_indicator = 40
    checklist = make_checklist(max(1, items // per_indicator), per_indicator)
    ids = checklist.item_ids()
    states, note_table, log = {}, {}, {}
    for n, item_id in enumerate(ids[::2], start=1):
        states[str(n)] = {"item": item_id, "state": "done", "reason": "", "by": user, "at": AT}
        log[str(len(log) + 1)] = {
            "at": AT,
            "user": user,
            "action": "tick",
            "item": item_id,
            "before": "not done",
            "after": "done",
        }
    for n in range(1, notes + 1):
        item_id = ids[n % len(ids)]
        text = f"{NOTE} #{n}"
        note_table[str(n)] = {"item": item_id, "author": user, "at": AT, "text": text, **UNCORRECTED}
        log[str(len(log) + 1)] = {
            "at": AT,
            "user": user,
            "action": "note",
            "item": item_id,
            "before": "",
            "after": text,
        }
    tables: dict = {name: {} for name in TABLES}
    tables |= {
        "meta": {
            "1": {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "created_at": AT,
                "created_from": "benchmarks/synthetic.py",
                "checklist": checklist_file.checklist_to_dict(checklist),
            }
        },
        "states": states,
        "notes": note_table,
        "links": {},
        "log": log,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, encode(tables))
    return path
