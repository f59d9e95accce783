"""A database whose folder its user may not write opens read-only (tried as another user, `nobody`);
tests/unit/test_store_changes.py holds what each change hands back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ita_tui.store import ProgressStore
from tests.support import STORE_CHECKLIST
from tests.support.shared_folder import as_nobody


def test_a_folder_the_user_may_not_write_makes_the_store_read_only(tmp_path):
    prefix = as_nobody()
    top = Path(tempfile.mkdtemp(prefix="ita-ro-"))
    try:
        os.chmod(top, 0o755)
        ProgressStore.open(top / "db.json", user="a", checklist_path=STORE_CHECKLIST)
        os.chmod(top / "db.json", 0o666)  # the file itself may be written, the folder not
        os.chmod(top, 0o555)
        code = (
            "import sys; from ita_tui.store import ProgressStore; "
            "print(ProgressStore.open(sys.argv[1], user='b').writable())"
        )
        done = subprocess.run(
            [*prefix, sys.executable, "-c", code, str(top / "db.json")], capture_output=True, text=True
        )
        assert done.stdout.strip() == "False", done.stderr
        assert ProgressStore.open(top / "db.json", user="root").writable()
    finally:
        os.chmod(top, 0o755)
        shutil.rmtree(top)
