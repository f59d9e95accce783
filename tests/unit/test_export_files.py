"""Summary and PDF files are replaced whole: an export through a symlink updates the file it points
to (a full disk keeping the previous file is in tests/integration/test_export_files.py)."""

from __future__ import annotations

from ita_tui import cli
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState


def test_an_export_through_a_symlink_updates_the_file_it_points_to(tmp_path, capsys):
    db = tmp_path / "office.json"
    ProgressStore.open(db, user="a").apply(SetState.tick("2.1", True))
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "figures.csv").write_text("old")
    link = tmp_path / "figures.csv"
    link.symlink_to(shared / "figures.csv")
    assert cli.main(["summary", "-o", str(link), "--db", str(db)]) == 0
    assert link.is_symlink() and (shared / "figures.csv").read_text("utf-8").startswith("\ufeffประเภท,")
