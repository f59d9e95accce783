"""The completion summary a supervisor reads in the terminal or in a file."""

import os
import subprocess
import sys

from tests.support.export_fixtures import REALISTIC


def test_plain_text_when_piped():
    code = (
        "from ita_tui.checklist import file as checklist_file\n"
        "from ita_tui.store.records import Snapshot, ItemState\n"
        "from ita_tui.export.summary import print_summary\n"
        f"c = checklist_file.load({str(REALISTIC)!r})\n"
        "print_summary(Snapshot(c, {'2.1': ItemState('2.1', 'done')}), pending=True)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    env["TERM"] = "xterm-256color"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert "การใช้งบประมาณ" in result.stdout and "1/3" in result.stdout
    assert "\x1b" not in result.stdout
