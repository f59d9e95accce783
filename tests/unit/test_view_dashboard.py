"""The dashboard's body (pure view code, no app): figures per indicator and per unit in aligned
columns, what is left by unit, and the latest activity in the reader's language."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console

from ita_tui.locale import words
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from ita_tui.tui.view.dashboard import dashboard_body


def _read(db, lang: str, digit_style: str = "arabic", *, log: bool = True) -> list[str]:
    """The dashboard as a reader sees it on a wide terminal, one string a line (trailing spaces off)."""
    store = ProgressStore.open(db, user="สมชาย")
    entries = store.log(last=10) if log else []
    console = Console(record=True, width=120, force_terminal=False, color_system=None)
    console.print(dashboard_body(store.snapshot(), entries, words(lang), lang, digit_style))
    return [line.rstrip() for line in console.export_text().splitlines()]


def _section(lines: list[str], title: str) -> list[str]:
    """The lines under a heading, up to the next blank line."""
    start = lines.index(title) + 1
    end = lines.index("", start) if "" in lines[start:] else len(lines)
    return lines[start:end]


def test_figures_per_indicator_and_per_unit_stand_in_one_column(db):
    store = ProgressStore.open(db, user="สมชาย")
    store.apply(SetState.tick("1.1", True))
    store.apply(SetState.tick("1.2", True))
    store.apply(SetState("2.1", "in-progress"))
    lines = _read(db, "en")
    indicators = _section(lines, "By indicator")
    units = _section(lines, "By responsible unit")
    assert [line.split()[0:2] for line in indicators] == [
        ["Indicator", "1"],
        ["Indicator", "2"],
        ["Indicator", "3"],
    ]
    assert " 2/4   50%" in indicators[0] and " 0/4    0%" in indicators[1]
    assert indicators[1].endswith("0%  in progress 1")
    assert {line.split()[0] for line in units} == {"กองคลัง", "กองช่าง", "สำนักปลัด"}
    overall = next(line for line in lines if line.startswith("Overall"))
    assert " 2/12  17%" in overall
    bars = [overall, *indicators, *units]
    slashes = {cell_len(line[: line.index("/")]) for line in bars}  # the terminal column
    assert len(slashes) == 1, bars  # done right-aligned, applicable left-aligned, at one place


def test_what_is_left_is_listed_by_unit(db):
    ProgressStore.open(db, user="สมชาย").apply(SetState.tick("1.1", True))
    left = _section(_read(db, "en"), "Items not done, by unit")
    assert "  กองคลัง" in left
    assert not any("1.1 " in line for line in left)
    assert "    ☐ 2.2 ประชาสัมพันธ์ช่องทางการร้องเรียน" in left


def test_activity_is_newest_first_in_the_readers_language(db):
    store = ProgressStore.open(db, user="สมชาย")
    store.apply(SetState.tick("1.1", True))
    store.apply(AddNote("2.1", "นัดประชุมแล้ว"))
    english = _section(_read(db, "en"), "Latest activity")
    assert "สมชาย added a note to 2.1  นัดประชุมแล้ว" in english[0]
    assert "สมชาย ticked 1.1" in english[1]
    thai = _section(_read(db, "th", "thai"), "ความเคลื่อนไหวล่าสุด")
    assert "สมชาย เพิ่มบันทึก ๒.๑  นัดประชุมแล้ว" in thai[0]
    assert "สมชาย ทำเครื่องหมายว่าทำแล้ว ๑.๑" in thai[1]


def test_no_activity_read_yet_says_so(db):
    lines = _read(db, "th", log=False)
    assert _section(lines, "ความเคลื่อนไหวล่าสุด")[-1] == "  ยังไม่มีความเคลื่อนไหว"
