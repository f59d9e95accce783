"""An empty path is refused, not replaced by the default. The CLI's output going nowhere (a reader
that stops early, a full disk, no terminal) is in tests/integration/test_cli_output.py."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "argv",
    [
        ["tick", "1.1", "--db", ""],
        ["status", "--checklist", "", "--db", "x.json"],
        ["export", "pdf", "-o", ""],
        ["import", "", "-o", "c.json"],
    ],
)
def test_an_empty_path_is_refused_not_replaced_by_the_default(argv, tmp_path, monkeypatch, capsys):
    from ita_tui.cli import main

    monkeypatch.setenv("HOME", str(tmp_path))  # the default database would land here
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ITA_TUI_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "ได้ค่าว่าง" in err and err.count("\n") == 1  # Thai by default
    assert list(tmp_path.iterdir()) == []
