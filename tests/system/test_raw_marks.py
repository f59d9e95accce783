"""What the app writes to a real terminal: no redraw ever starts with a bare Thai mark.

A redraw that starts at a cursor move puts its first character on the cell it moves to; a
combining mark there has no base of its own and lands on whatever cell is before it ("บันทึกแล้้ว",
"เขียนไฟลแล้ว"). The raw bytes are recorded with tmux's pipe-pane while messages, toasts and
dialogs come and go over Thai text, at 80x24 and 120x40.
"""

from __future__ import annotations

import re

from tests.support.tmux import ita_tui_command, needs_tmux

pytestmark = needs_tmux

MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# A cursor-positioning sequence (CUP, HVP, CHA, VPA, CUU/CUD/CUF/CUB, CNL/CPL), then any colour
# changes (they move nothing), then a mark.
BARE_MARK = re.compile(rf"\x1b\[[0-9;]*[HfGdABCDEF](?:\x1b\[[0-9;:]*m)*[{MARKS}]")


def bare_marks(raw: str) -> list[str]:
    """Each place where a write starts with a combining mark, with the text before it."""
    return [raw[max(0, m.start() - 30) : m.end()].replace("\x1b", "ESC") for m in BARE_MARK.finditer(raw)]


def test_the_check_finds_the_fault_seen_in_the_field():
    seen = "บันทึกแล\x1b[0m\x1b[22;48H\x1b[38;5;253;48;5;59m้ว"
    assert len(bare_marks(seen)) == 1
    assert bare_marks("บันทึกแล\x1b[0m\x1b[38;5;253;48;5;59m้ว\x1b[22;48Hว") == []


def close(tmux, shown: str) -> None:
    """Escape, and wait for the dialog showing `shown` to go (a key right after a bare Escape
    would arrive as alt+key)."""
    tmux.keys("Escape")
    tmux.wait_until(lambda s: shown not in s)


def save_note(tmux, note: str) -> None:
    """n, a Thai note, Enter; wait for the saved toast to come and go (its leaving redraws)."""
    tmux.keys("n")
    tmux.wait_for("บันทึกความก้าวหน้า: ข้อ")
    tmux.keys(note, literal=True)
    tmux.wait_for(note)
    tmux.keys("Enter")
    tmux.wait_for("บันทึกแล")
    tmux.wait_until(lambda s: "บันทึกแล" not in s)


def test_no_write_starts_with_a_bare_mark(tmux, tmp_path):
    raw = tmp_path / "raw"
    tmux.start([*ita_tui_command(), "--db", str(tmp_path / "progress.json")], size=(80, 24), cwd=tmp_path)
    tmux.record(raw)
    tmux.wait_for("เผยแพร่ข้อมูลของหน่วยงาน")

    save_note(tmux, "ประชุมชี้แจงแล้ว ส่งหนังสือเวียนทุกกอง")

    tmux.keys("a")  # a link refused: the error repeats the Thai words typed as the URL
    tmux.wait_for("ข้อ 2.1")
    tmux.keys("เว็บไซต์ อบต.", literal=True)
    tmux.keys("Enter")
    tmux.wait_until(lambda s: s.count("เว็บไซ") >= 2)
    close(tmux, "เพิ่มลิงก์หลักฐาน")

    tmux.keys("e")  # the export dialog, then the export message at the right edge over the detail pane
    tmux.wait_for("สรุปหนึ่งหน้า")
    tmux.keys("Enter")
    tmux.wait_for("ita-summary-")
    tmux.wait_until(lambda s: "ita-summary-" not in s)

    for key, title in (("r", "เลือกหน่วยงาน"), ("?", "ปุ่มลัด")):  # dialogs over the tree
        tmux.keys(key)
        tmux.wait_for(title)
        close(tmux, title)
    tmux.keys("j", "j", "Space")  # a toast-free redraw of a Thai row
    tmux.wait_for("☑")

    tmux.run("resize-window", "-t", "app", "-x", "120", "-y", "40")
    save_note(tmux, "แก้ไขคำสั่งแต่งตั้งคณะทำงานแล้ว")
    tmux.quit()

    written = raw.read_bytes().decode("utf-8", errors="replace")
    assert "บันทึกแล" in written  # the recording holds the session
    assert bare_marks(written) == []
