"""The detail pane's Thai wrapping: lines break between words, never inside one."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from ita_tui.thai_breaks import word_segments
from ita_tui.tui.widgets.word_wrap import WordWrapped

TEXT = "เผยแพร่ข้อมูลของหน่วยงานแก่บุคลากรภายในและประชาชนทราบผ่านช่องทางที่หลากหลาย"


def rendered(renderable, width: int) -> list[str]:
    console = Console(width=width, file=io.StringIO(), record=True)
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_thai_lines_break_only_between_words():
    words = word_segments(TEXT)
    boundaries = {sum(len(w) for w in words[:n]) for n in range(len(words) + 1)}
    lines = rendered(WordWrapped(Text(TEXT)), 20)
    assert "".join(lines) == TEXT and len(lines) > 2
    position = 0
    for line in lines:
        position += len(line)
        assert position in boundaries, f"broke inside a word after {line!r}"
    # Rich alone cuts Thai words in the middle: the reason this wrapper exists
    plain = rendered(Text(TEXT), 20)
    assert any(sum(len(x) for x in plain[: n + 1]) not in boundaries for n in range(len(plain)))


def test_markup_like_text_stays_literal_and_blank_lines_stay():
    lines = rendered(WordWrapped(Text("[bold]x[/] หมายเหตุ\n\nบรรทัดที่สาม")), 40)
    assert lines == ["[bold]x[/] หมายเหตุ", "", "บรรทัดที่สาม"]


def test_a_run_longer_than_the_line_is_cut_to_fit():
    lines = rendered(WordWrapped(Text("https://example.org/" + "a" * 50)), 16)
    assert all(len(line) <= 16 for line in lines)
    assert "".join(lines) == "https://example.org/" + "a" * 50


def test_bullet_continuation_lines_sit_under_the_text():
    lines = rendered(WordWrapped(Text("  • " + TEXT)), 30)
    assert lines[0].startswith("  • ") and len(lines) > 2
    assert all(line.startswith("    ") and not line.startswith("     ") for line in lines[1:])
    assert "".join(line.strip(" •") for line in lines) == TEXT
