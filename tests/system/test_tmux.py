"""The installed `ita-tui` in a real terminal (tmux): tick, note in Thai, quit, start again."""

from __future__ import annotations

from tests.support.tmux import ita_tui_command, needs_tmux

pytestmark = needs_tmux


def test_tick_and_thai_note_survive_a_restart(tmux, tmp_path):
    db = tmp_path / "progress.json"
    note = "ประชุมชี้แจงเรื่องต่างๆ แล้ว"  # ๆ is q on the Thai layout: it must not quit
    command = [*ita_tui_command(), "--db", str(db)]
    tmux.start(command)
    tmux.wait_for("☐ 2.1 เผยแพร่ข้อมูลของหน่วยงาน")
    tmux.keys("Space")
    tmux.wait_for("☑ 2.1 เผยแพร่ข้อมูลของหน่วยงาน")
    tmux.keys("n")
    tmux.wait_for("บันทึกความก้าวหน้า: ข้อ 2.1")
    tmux.keys(note, literal=True)
    tmux.wait_for(note)
    tmux.keys("Enter")
    tmux.wait_for("บันทึกแล้ว")  # the box has closed (the user name is on the title bar all along)
    tmux.quit()

    tmux.start(command)
    screen = tmux.wait_for("☑ 2.1 เผยแพร่ข้อมูลของหน่วยงาน")
    screen = tmux.wait_for(note)
    assert "1/3" in screen and "สมชาย" in screen
    tmux.quit("ๆ")  # q on the Thai layout


def test_an_items_text_edited_in_thai_in_the_edit_mode_survives_a_restart(tmux, tmp_path):
    db = tmp_path / "progress.json"
    text = "เผยแพร่ข้อมูลข่าวสารของหน่วยงานทุกช่องทาง"  # marks above and below, typed as a terminal sends them
    command = [*ita_tui_command(), "--db", str(db)]
    tmux.start(command)
    tmux.wait_for("☐ 2.1 เผยแพร่ข้อมูลของหน่วยงาน")
    tmux.keys("E")
    tmux.wait_for("โหมดแก้ไขรายการ")
    tmux.keys("t")
    tmux.wait_for("แก้ข้อ 2.1: เลือกช่องที่จะแก้")
    tmux.keys("Enter")  # the item's text, the first of its fields
    tmux.wait_for("แก้วิธีการดำเนินการของข้อ 2.1")
    tmux.keys("C-k")  # the cursor starts at the start: delete to the end (one byte, no escape sequence)
    tmux.keys(text, literal=True)
    tmux.wait_for(text)
    tmux.keys("C-s")
    tmux.wait_for("☐ 2.1 " + text[:20])
    tmux.quit()

    tmux.start(command)
    tmux.wait_for("☐ 2.1 " + text[:20])
    screen = tmux.wait_for(text)  # whole in the detail pane
    assert "โหมดแก้ไขรายการ" not in screen  # the app starts outside the edit mode
    tmux.quit("ๆ")
