"""The edit mode's new-item dialog in a real terminal (tmux, 80x24), typed in one burst as a fast
typist over SSH or a paste sends it: the keys that open it, each field with Tab between and
ctrl+s, or with Enter between and Enter in the last box. Every field lands in its own box and is
saved exactly; the item is numbered where it stands (issue 20, item 12)."""

from __future__ import annotations

import pytest

from ita_tui.store import ProgressStore
from tests.support.tmux import ita_tui_command, needs_tmux
from tests.waiting import wait_until

pytestmark = needs_tmux

FIELDS = ("จัดอบรมบุคลากรเรื่องการเปิดเผยข้อมูล", "ม.ค. – มี.ค. ๒๕๖๖", "รายงานผลทุกเดือน", "กองคลัง", "O12 O13")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_new_item_typed_in_one_burst(tmux, tmp_path, lang):
    db = tmp_path / "progress.json"
    tmux.start([*ita_tui_command(), "--db", str(db), "--user", "สมชาย", "--lang", lang], size=(80, 24))
    tmux.wait_for("2.1 เผยแพร่ข้อมูลของหน่วยงาน")
    # E, then i on 2.1 (en: j down to 2.2 first); Tab between the boxes and ctrl+s, or Enter (en)
    burst = "Ei" + "\t".join(FIELDS) + "\x13" if lang == "th" else "Eji" + "\r".join(FIELDS) + "\r"
    tmux.keys(burst, literal=True)  # one write

    def saved():
        checklist = ProgressStore.open(db, user="x").checklist
        return next((i for i in checklist.items() if i.text == FIELDS[0]), None)

    item = wait_until(saved)
    assert item, tmux.screen()
    assert (item.period, item.follow_up, item.responsible, item.oit_codes) == (
        FIELDS[1],
        FIELDS[2],
        FIELDS[3],
        ("O12", "O13"),
    )
    assert item.id == ("2.2" if lang == "th" else "2.3")  # right after the item under the cursor
    tmux.wait_for(f"{item.id} จัดอบรมบุคลากร")
