"""Every record the store writes reads back through its table's codec and writes again byte for
byte (keys in the file's order), and every table of the file has a codec: a database made by
each kind of change, and the held-out format 1 database after its migration."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ita_tui.store import ProgressStore
from ita_tui.store.commands import (
    AddIndicator,
    AddItem,
    AddLink,
    AddNote,
    AddUnit,
    AddUser,
    EditNote,
    MapUnits,
    Renumber,
    RetractLink,
    ReviewItem,
    SetIssues,
    SetOutcome,
    SetResult,
    SetScores,
    SetState,
    Undo,
)
from ita_tui.store.rows import (
    ALIASES,
    ISSUES,
    LINKS,
    LOG,
    META,
    NOTES,
    OUTCOMES,
    RESULTS,
    REVIEWS,
    SCORES,
    STATES,
    UNIT_MAP,
    UNITS,
    USERS,
)
from ita_tui.store.schema import TABLES
from tests.support import STORE_CHECKLIST

CODECS = (
    META,
    STATES,
    REVIEWS,
    NOTES,
    LINKS,
    RESULTS,
    OUTCOMES,
    USERS,
    UNITS,
    UNIT_MAP,
    ALIASES,
    SCORES,
    ISSUES,
    LOG,
)
DATA = Path(__file__).resolve().parents[1] / "data"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _round_trips(path: Path) -> None:
    tables = json.loads(path.read_bytes())
    assert [codec.name for codec in CODECS] == list(TABLES) == list(tables)
    for codec in CODECS:
        for doc_id, record in tables[codec.name].items():
            assert _dumps(codec.encode(codec.decode(record))) == _dumps(record), (codec.name, doc_id)


def test_every_kind_of_record_reads_back_and_writes_again_byte_for_byte(tmp_path):
    store = ProgressStore.open(tmp_path / "db.json", user="somsri", checklist_path=STORE_CHECKLIST)
    for command in (
        AddUser("somsri", "supervisor", "กองคลัง"),
        AddUnit("กองคลัง"),
        AddUnit("งานพัสดุ", "กองคลัง"),
        MapUnits("ทุกกอง", ("กองคลัง",)),
        SetState("1.1", "done"),
        SetState("1.2", "na", "ไม่มีครุภัณฑ์"),
        AddNote("1.1", "ประชุมแล้ว"),
        EditNote("1.1", 1, "ประชุมแล้ว ๒ ครั้ง"),
        AddLink("1.1", "example.org/o12", "O12"),
        RetractLink("1.1", 1),
        ReviewItem("1.1", verified=True),
        SetResult("1.1", "ดำเนินการครบ"),
        SetOutcome(1, "บรรลุเป้าหมาย"),
        SetScores(2566, (("1", "82.5"), ("OIT", "91"))),
        SetIssues(1, "ผู้รับบริการยังไม่มั่นใจ"),
        AddIndicator(9, "ตัวชี้วัดใหม่"),
        AddItem(9, "รายการใหม่", oit_codes=("O12",)),
        Renumber(1),
        Undo(),
    ):
        store.apply(command)
    _round_trips(store.path)


def test_a_migrated_format_1_database_reads_back_byte_for_byte(tmp_path):
    db = tmp_path / "db.json"
    shutil.copy(DATA / "db-v1.json", db)
    ProgressStore.open(db, user="somchai").apply(SetState("2.2", "in-progress"))  # migrated on disk first
    _round_trips(db)
