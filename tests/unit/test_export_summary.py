"""The completion summary a supervisor reads in the terminal or in a file."""

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from ita_tui.checklist.model import Item
from ita_tui.errors import ExportError
from ita_tui.export.kinds import EXPORTS
from ita_tui.export.summary import print_summary, write_csv, write_json, write_text
from ita_tui.thai_breaks import word_segments
from tests.support.export_fixtures import export_options, realistic_checklist, snapshot_with


def _printed(snapshot, width=120, **options) -> str:
    out = io.StringIO()
    print_summary(snapshot, console=Console(file=out, width=width), **options)
    return out.getvalue()


def _row(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if label in line)


def test_figures_after_ticks():
    text = _printed(snapshot_with(realistic_checklist(), ["2.1", "2.2", "3.1"]))
    assert "2/3" in _row(text, "การใช้งบประมาณ") and "67%" in _row(text, "การใช้งบประมาณ")
    assert "1/5" in _row(text, "การใช้อำนาจ") and "20%" in _row(text, "การใช้อำนาจ")
    assert "0/3" in _row(text, "การใช้ทรัพย์สินของทางราชการ")
    assert "3/31" in _row(text, "ภาพรวม") and "(10%)" in _row(text, "ภาพรวม")
    # the two spellings of "every division" are one unit row (no unit is defined yet)
    assert "3/31" in _row(text, "ทุกๆ กอง/ สำนักฯ") and "ทุกๆ กอง/สำนักงาน" not in text


def test_thai_digits_and_english_labels():
    snapshot = snapshot_with(realistic_checklist(), ["2.1", "2.2"])
    assert "๖๗%" in _row(_printed(snapshot, digit_style="thai"), "การใช้งบประมาณ")
    english = _printed(snapshot, lang="en")
    assert "Overall" in english and "Responsible unit" in english and "ภาพรวม" not in english


def test_pending_lists_items_not_done_by_unit():
    checklist = realistic_checklist()
    text = _printed(snapshot_with(checklist, ["2.1", "2.2"]), pending=True)
    pending = text[text.index("รายการที่ยังไม่ได้ดำเนินการ") :]
    assert "2.3" in pending and checklist.find_item("2.3").text in pending
    assert "2.1 " not in pending
    assert "ทุกๆ กอง/ สำนักฯ (29)" in pending and "ทุกๆ กอง/สำนักงาน" not in pending
    assert "รายการที่ยังไม่ได้ดำเนินการ" not in _printed(snapshot_with(realistic_checklist(), []))


def test_follows_the_terminal_width():
    snapshot = snapshot_with(realistic_checklist(), [])
    for width in (60, 90, 140):
        lines = _printed(snapshot, width=width, pending=True).splitlines()
        assert max(cell_len(line) for line in lines) <= width


def test_markup_and_control_characters_in_data_appear_literally():
    checklist = realistic_checklist()
    first = checklist.indicators[0]
    odd = replace(
        first,
        title="[bold]x[/] งบ",
        items=(Item("2.1", 1, "ตรวจ [red]สอบ[/red] \x1b[31mแดง"),) + first.items[1:],
    )
    text = _printed(
        snapshot_with(replace(checklist, indicators=(odd,) + checklist.indicators[1:]), []), pending=True
    )
    assert "[bold]x[/] งบ" in text
    assert "ตรวจ [red]สอบ[/red] ␛[31mแดง" in text
    assert "\x1b" not in text


def test_text_file_is_the_terminal_summary_without_escapes(tmp_path):
    path = write_text(
        snapshot_with(realistic_checklist(), ["2.1", "2.2"]), tmp_path / "s.txt", export_options(pending=True)
    )
    content = path.read_text(encoding="utf-8")
    assert "\x1b" not in content
    assert "67%" in content and "ใช้งบประมาณ" in content


def test_json_is_the_status_figures(tmp_path):
    snapshot = snapshot_with(realistic_checklist(), ["2.1", "2.2"])
    path = write_json(snapshot, tmp_path / "s.json", export_options())
    raw = path.read_text(encoding="utf-8")
    assert "องค์การบริหารส่วนตำบลชุมแสง" in raw  # Thai written as Thai, not \u escapes
    assert json.loads(raw) == snapshot.status_dict()


def test_csv_has_a_byte_order_mark_and_a_row_per_indicator_and_unit(tmp_path):
    path = write_csv(
        snapshot_with(realistic_checklist(), ["2.1", "2.2"]), tmp_path / "s.csv", export_options()
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel on Thai Windows then reads UTF-8
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert list(rows[0]) == [
        "ประเภท",
        "ลำดับ",
        "ชื่อ",
        "ดำเนินการแล้ว",
        "ที่ต้องดำเนินการ",
        "ร้อยละ",
        "อยู่ระหว่างดำเนินการ",
        "ไม่เกี่ยวข้อง",
        "ตรวจสอบแล้ว",
    ]
    indicators = [r for r in rows if r["ประเภท"] == "ตัวชี้วัด"]
    assert [r["ลำดับ"] for r in indicators] == ["2", "3", "4", "5", "6", "8", "9"]
    first = indicators[0]
    assert (first["ดำเนินการแล้ว"], first["ที่ต้องดำเนินการ"], first["ร้อยละ"]) == ("2", "3", "67")
    assert [r["ชื่อ"] for r in rows if r["ประเภท"] == "หน่วยงาน"] == ["ทุกๆ กอง/ สำนักฯ"]
    assert [r["ดำเนินการแล้ว"] for r in rows if r["ประเภท"] == "ภาพรวม"] == ["2"]


def test_csv_in_english_has_english_headers(tmp_path):
    snapshot = snapshot_with(realistic_checklist(), ["2.1"])
    path = write_csv(snapshot, tmp_path / "s.csv", export_options(lang="en"))
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert list(rows[0])[:6] == ["kind", "number", "name", "done", "applicable", "percent"]
    assert rows[-1]["kind"] == "overall" and rows[-1]["done"] == "1"


def test_svg_is_refused_with_the_reason(tmp_path, capsys):
    from ita_tui.cli import main

    db = ["--db", str(tmp_path / "db.json")]
    assert main(["summary", "-o", str(tmp_path / "s.svg"), "--lang", "en", *db]) == 2
    assert "Thai cannot be drawn" in capsys.readouterr().err
    assert not (tmp_path / "s.svg").exists()


def test_format_from_file_name_and_a_write_that_fails(tmp_path):
    summary = EXPORTS["summary"]
    assert summary.format_for(Path("a/b.HTML")).name == "html"
    assert summary.format_for(Path("x.txt")).name == "text"
    assert summary.format_for(Path("x.pdf")) is None and summary.format_for(Path("x.svg")) is None
    with pytest.raises(ExportError, match="cannot write"):
        write_json(snapshot_with(realistic_checklist(), []), tmp_path / "no" / "x.json", export_options())


def test_pending_texts_wrap_between_thai_words_in_a_narrow_terminal():
    checklist = realistic_checklist()
    item = checklist.find_item("9.6")
    text = _printed(snapshot_with(checklist, []), width=50, pending=True)
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip().startswith("9.6 "))
    printed = [lines[start].split("9.6 ", 1)[1].strip()]
    for line in lines[start + 1 :]:
        if not line.startswith(" " * 7) or not line.strip():
            break
        printed.append(line.strip())
    assert len(printed) > 3
    assert "".join(printed).replace(" ", "") == item.text.replace(" ", "")
    boundaries, at = set(), 0
    for segment in word_segments(item.text):
        at += len(segment.replace(" ", ""))
        boundaries.add(at)
    at = 0
    for line in printed[:-1]:
        at += len(line.replace(" ", ""))
        assert at in boundaries, f"a line ends inside a word: {line[-6:]}|"
