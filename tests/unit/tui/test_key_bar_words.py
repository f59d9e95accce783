"""The key bar at 80 columns uses short words; in Thai each is made of the words the help screen
gives the same key ("d สรุป" on the bar was "ภาพรวม" in help: two names for one screen), so a
key read on the bar is found again on the help screen."""

from __future__ import annotations

from ita_tui.locale import words
from ita_tui.thai_breaks import word_segments
from ita_tui.tui.keys import APP_KEYS, DASHBOARD_KEYS, EDIT_KEYS, MAIN_KEYS


def test_each_short_thai_key_word_is_made_of_its_help_words():
    table = words("th")
    for key in (*MAIN_KEYS, *EDIT_KEYS, *DASHBOARD_KEYS, *APP_KEYS):
        if not key.short:
            continue
        short, label = table[key.short], table[key.label]
        missing = [w for w in word_segments(short) if w.strip(" /") and w.strip(" /") not in label]
        assert not missing, f"{key.display}: the bar says {short!r}, help says {label!r}"
