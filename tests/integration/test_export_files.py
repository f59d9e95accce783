"""Summary and PDF files are replaced whole: a failed write never destroys the previous file."""

from __future__ import annotations

import pytest

from ita_tui import cli
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState


@pytest.mark.parametrize(
    "argv, name",
    [(["export", "pdf"], "summary.pdf"), (["summary"], "summary.html"), (["summary"], "summary.csv")],
)
def test_a_full_disk_keeps_the_previous_export(tmp_path, small_disk, fill_disk, capsys, argv, name):
    db = tmp_path / "office.json"
    ProgressStore.open(db, user="a").apply(SetState.tick("2.1", True))
    target = small_disk / name
    target.write_bytes(b"the previous export, handed in last month")
    fill_disk(small_disk)

    assert cli.main([*argv, "-o", str(target), "--db", str(db)]) == 2

    err = capsys.readouterr().err
    assert err.startswith("ita-tui: ข้อผิดพลาด: ") and "ดิสก์เต็ม" in err and err.count("\n") == 1
    assert target.read_bytes() == b"the previous export, handed in last month"
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(["filler", name])
