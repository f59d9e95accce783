"""Issue 10 cases 5 and 11, and the hostile-file battery: every CLI command on databases and
checklists built to break it (generated here, not stored) ends with exit 0 or 2, at most one line
on stderr, no traceback, and a refused file unchanged."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ita_tui.cli import main
from ita_tui.limits import ITEMS_MAX, NESTING_MAX, NOTES_PER_ITEM_MAX, TEXT_MAX
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState

CHECKLIST = Path(__file__).resolve().parents[1] / "data" / "store-checklist.json"
SOURCE = Path(__file__).resolve().parents[1] / "data" / "escape-in-title.txt"


def _good_db(path: Path) -> dict:
    store = ProgressStore.open(path, user="a", checklist_path=CHECKLIST)
    store.apply(SetState.tick("1.1", True))
    store.apply(AddNote("1.1", "x"))
    return json.loads(path.read_text(encoding="utf-8"))


def _checklist_data() -> dict:
    return json.loads(CHECKLIST.read_text(encoding="utf-8"))


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# Each builds a hostile database at `path` from a good one's tables.
def db_deep_nesting(path: Path, tables: dict) -> None:
    tables["x"] = "DEEP"
    text = json.dumps(tables, ensure_ascii=False).replace('"DEEP"', _nested(100_000))
    path.write_text(text, encoding="utf-8")


def db_nested_past_limit(path: Path, tables: dict) -> None:
    tables["notes"]["1"]["extra"] = json.loads(_nested(NESTING_MAX + 5))
    path.write_text(json.dumps(tables), encoding="utf-8")


def db_huge_format_version(path: Path, tables: dict) -> None:
    text = json.dumps(tables).replace('"format_version": 2', '"format_version": 1' + "0" * 5000, 1)
    path.write_text(text, encoding="utf-8")


def db_huge_document_id(path: Path, tables: dict) -> None:
    tables["notes"]["1" * 4000] = tables["notes"].pop("1")
    path.write_text(json.dumps(tables), encoding="utf-8")


def db_lone_surrogate_note(path: Path, tables: dict) -> None:
    tables["notes"]["1"]["text"] = "half \ud800 a pair"
    tables["log"]["1"]["\udfff"] = "key"
    path.write_text(json.dumps(tables), encoding="utf-8")  # json.dumps writes them as \ud800 escapes


def db_nan(path: Path, tables: dict) -> None:
    path.write_text(json.dumps(tables).replace('"format_version": 2', '"format_version": NaN', 1))


def db_note_past_limit(path: Path, tables: dict) -> None:
    tables["notes"]["1"]["text"] = "ก" * (TEXT_MAX + 1)
    path.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")


def db_notes_past_limit(path: Path, tables: dict) -> None:
    note = tables["notes"]["1"]
    tables["notes"] = {str(n): dict(note) for n in range(1, NOTES_PER_ITEM_MAX + 2)}
    path.write_text(json.dumps(tables), encoding="utf-8")


def db_checklist_text_past_limit(path: Path, tables: dict) -> None:
    tables["meta"]["1"]["checklist"]["indicators"][0]["items"][0]["text"] = "ข" * (TEXT_MAX + 1)
    path.write_text(json.dumps(tables), encoding="utf-8")


def db_escape_in_item_id(path: Path, tables: dict) -> None:
    tables["meta"]["1"]["checklist"]["indicators"][0]["items"][1]["id"] = "1.2\x1b]0;x\x07"
    path.write_text(json.dumps(tables), encoding="utf-8")


def db_not_utf8(path: Path, tables: dict) -> None:
    path.write_bytes(json.dumps(tables, ensure_ascii=False).encode("utf-8").replace(b"x", b"\xff", 1))


def db_binary(path: Path, tables: dict) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def db_array(path: Path, tables: dict) -> None:
    path.write_text(json.dumps([tables]))


HOSTILE_DBS: list[Callable[[Path, dict], None]] = [
    db_deep_nesting,
    db_nested_past_limit,
    db_huge_format_version,
    db_huge_document_id,
    db_lone_surrogate_note,
    db_nan,
    db_note_past_limit,
    db_notes_past_limit,
    db_checklist_text_past_limit,
    db_escape_in_item_id,
    db_not_utf8,
    db_binary,
    db_array,
]


def _commands(db: Path, out: Path) -> list[list[str]]:
    given = ["--db", str(db)]
    return [
        ["status", *given],
        ["status", "--json", *given],
        ["log", *given],
        ["log", "--json", *given],
        ["summary", "--pending", *given],
        ["summary", "-o", str(out / "s.csv"), *given],
        ["summary", "-o", str(out / "s.html"), *given],
        ["export", "pdf", "-o", str(out / "s.pdf"), *given],
        ["tick", "1.2", *given],
        ["tick", "1.1", "--undo", *given],
        ["note", "1.2", "a note", *given],
        ["link", "1.2", "www.example.go.th/ita", *given],
        ["checklist", "update", str(CHECKLIST), *given],
        ["mark", "1.3", "in-progress", *given],
        ["review", "1.1", "--verified", *given],
        ["users", "add", "somsri", "--role", "staff", *given],
        ["users", "list", *given],
        ["result", "1.1", "done as planned", *given],
        ["outcome", "1", "people were informed", *given],
        ["export", "report", "-o", str(out / "r.pdf"), *given],
        ["export", "checklist", "-o", str(out / "c.xlsx"), *given],
        [*given],  # the app: no terminal here, one line
    ]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _check(argv: list[str], capsys, watched: Path) -> int:
    before = _sha(watched)
    code = main(argv)
    err = capsys.readouterr().err
    assert code in (0, 2), (argv, err)
    assert err.count("\n") <= 1 and "Traceback" not in err, (argv, err)
    if code == 2:
        assert _sha(watched) == before, argv  # refused: the file is as it was
    return code


@pytest.mark.parametrize("build", HOSTILE_DBS, ids=lambda f: f.__name__)
def test_case5_every_command_on_a_hostile_database(tmp_path, capsys, build):
    db = tmp_path / "db.json"
    tables = _good_db(db)
    for leftover in tmp_path.glob("db.json.*"):
        leftover.unlink()
    build(db, tables)
    out = tmp_path / "out"
    out.mkdir()
    commands = _commands(db, out)
    codes = [_check(argv, capsys, db) for argv in commands]
    if build is db_lone_surrogate_note:  # made visible: the database stays usable
        refused = [argv[0] for argv, code in zip(commands, codes, strict=True) if code]
        assert refused == ["review", "--db"], (
            refused
        )  # a staff member may not review; the app needs a terminal
        assert "[U+D800]" in db.read_text(encoding="utf-8")
    else:
        assert codes == [2] * len(codes), codes


# Each returns a hostile checklist's JSON text.
def cl_deep_nesting() -> str:
    data = _checklist_data()
    data["x"] = "DEEP"
    return json.dumps(data).replace('"DEEP"', _nested(100_000))


def cl_huge_number() -> str:
    return json.dumps(_checklist_data()).replace('"number": 1,', '"number": 1' + "0" * 5000 + ",", 1)


def cl_lone_surrogate() -> str:
    data = _checklist_data()
    data["indicators"][0]["items"][0]["text"] += "\udc00"
    return json.dumps(data)


def cl_escape_in_id() -> str:
    data = _checklist_data()
    data["indicators"][0]["items"][0]["id"] = "1.1\x1b[2J"
    return json.dumps(data)


def cl_bidi_in_id() -> str:
    data = _checklist_data()
    data["indicators"][0]["items"][0]["id"] = "1.\u202e1"
    return json.dumps(data)


def cl_duplicate_indicator() -> str:
    data = _checklist_data()
    data["indicators"][1]["number"] = 1
    return json.dumps(data)


def cl_text_past_limit() -> str:
    data = _checklist_data()
    data["indicators"][0]["items"][0]["text"] = "ค" * (TEXT_MAX + 1)
    return json.dumps(data, ensure_ascii=False)


def cl_items_past_limit() -> str:
    data = _checklist_data()
    item = data["indicators"][0]["items"][0]
    data["indicators"][0]["items"] = [dict(item, id=f"1.{n}") for n in range(ITEMS_MAX + 1)]
    return json.dumps(data)


HOSTILE_CHECKLISTS = [
    cl_deep_nesting,
    cl_huge_number,
    cl_lone_surrogate,
    cl_escape_in_id,
    cl_bidi_in_id,
    cl_duplicate_indicator,
    cl_text_past_limit,
    cl_items_past_limit,
]


@pytest.mark.parametrize("build", HOSTILE_CHECKLISTS, ids=lambda f: f.__name__)
def test_case5_every_command_on_a_hostile_checklist(tmp_path, capsys, build):
    checklist = tmp_path / "hostile.json"
    checklist.write_text(build(), encoding="utf-8")
    db = tmp_path / "db.json"
    _good_db(db)
    new_db = tmp_path / "new.json"
    runs = [
        ["checklist", "update", str(checklist), "--db", str(db)],
        ["checklist", "update", str(checklist), "--force", "--db", str(db)],
        ["status", "--db", str(new_db), "--checklist", str(checklist)],
        ["tick", "1.2", "--db", str(new_db), "--checklist", str(checklist)],
        ["import", str(checklist), "-o", str(tmp_path / "imported.json")],  # JSON is not a measures document
    ]
    codes = [_check(argv, capsys, checklist) for argv in runs]
    assert codes[-1] == 2 and not (tmp_path / "imported.json").exists()
    codes = codes[:-1]
    if build is cl_lone_surrogate:
        assert codes == [0, 0, 0, 0]
        assert "[U+DC00]" in ProgressStore.open(new_db, user="a").checklist.find_item("1.1").text
    else:
        assert codes == [2, 2, 2, 2], codes
        assert not new_db.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["--user", "bob\udcff", "tick", "1.1"],
        ["note", "1.1", "\udcc1\udcd2"],
        ["link", "1.1", "www.a.go.th", "--label", "\udcff"],
        ["export", "pdf", "-o", "x.pdf", "--reporter", "\udcff"],
    ],
)
def test_case5_text_that_is_not_utf8_on_the_command_line(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "db.json"
    _good_db(db)
    before = _sha(db)
    assert main([*argv, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "UTF-8" in err
    assert _sha(db) == before


@pytest.mark.parametrize(
    "argv, limit",
    [
        (["note", "1.1", "ก" * (TEXT_MAX + 1)], "4,000"),
        (["--user", "u" * (TEXT_MAX + 1), "tick", "1.1"], "4,000"),
        (["link", "1.1", "www.a.go.th/" + "a" * TEXT_MAX], "4,000"),
        (["export", "pdf", "-o", "x.pdf", "--reporter-position", "ต" * (TEXT_MAX + 1)], "4,000"),
    ],
)
def test_case11_no_limit_on_the_size_of_a_text(tmp_path, capsys, monkeypatch, argv, limit):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "db.json"
    _good_db(db)
    before = _sha(db)
    assert main([*argv, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ขีดจำกัด" in err and limit in err
    assert _sha(db) == before and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("shape", ["long line", "large file"])
def test_case11_no_limit_on_the_size_of_an_import(tmp_path, capsys, shape):
    from ita_tui.limits import IMPORT_FILE_MAX, IMPORT_LINE_MAX

    text = SOURCE.read_text(encoding="utf-8")
    if shape == "long line":
        text += "<p>" + "ก" * (IMPORT_LINE_MAX + 1) + "\n"
    else:
        text += ("<p>ไม่ปิด\n" * (IMPORT_FILE_MAX // 20))[:IMPORT_FILE_MAX]
    source = tmp_path / "big.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "c.json"
    assert main(["import", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ขีดจำกัด" in err
    assert ("บรรทัด " in err) == (shape == "long line")
    assert not out.exists()


async def test_case5_a_damaged_file_swapped_under_the_running_app_crashes_it(tmp_path):
    from ita_tui.tui.app import POLL_SECONDS, ItaApp
    from tests.support.app import screen_shows

    db = tmp_path / "db.json"
    tables = _good_db(db)
    app = ItaApp(ProgressStore.open(db, user="a"))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause(POLL_SECONDS)
        swapped = tmp_path / "swap.json"
        db_deep_nesting(swapped, tables)
        swapped.replace(db)
        assert await screen_shows(pilot, "ซ้อนกันลึก")  # the poller's error, as a toast
        assert app.is_running
        restored = tmp_path / "good.json"
        restored.write_text(json.dumps(tables), encoding="utf-8")
        restored.replace(db)
        await pilot.pause(POLL_SECONDS * 3)
        assert app.is_running
