"""Issue 10 case 1: long signer names and positions on the one-page PDF."""

from __future__ import annotations

from ita_tui.store import ProgressStore
from tests.waiting import pilot_wait_until


async def test_case1_export_key_with_a_long_user_name_crashes_the_app(tmp_path, monkeypatch):
    from ita_tui.tui.app import ItaApp

    monkeypatch.chdir(tmp_path)
    store = ProgressStore.open(tmp_path / "db.json", user="ส" * 30 + " " + "ม" * 30)
    app = ItaApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e", "enter")  # the export dialog's first choice: the summary
        await pilot_wait_until(pilot, lambda: list(tmp_path.glob("*.pdf")) and list(tmp_path.glob("*.html")))
        assert app.is_running
    pdfs = list(tmp_path.glob("*.pdf"))
    assert pdfs and pdfs[0].read_bytes().startswith(b"%PDF")
