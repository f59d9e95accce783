"""The `e` key: the one-page PDF and the HTML summary written into the current folder."""

from __future__ import annotations

from datetime import date

import pytest

from ita_tui.errors import ExportError
from ita_tui.locale import Phrase
from tests.tui.helpers import screen_shows
from tests.waiting import pilot_wait_until


@pytest.mark.parametrize("key", ["e", "ำ"])
async def test_e_writes_the_pdf_and_the_summary(make_app, store, tmp_path, monkeypatch, key):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    store.set_done("2.1", True)
    app = make_app()
    stem = f"ita-summary-2566-{date.today():%Y%m%d}"
    pdf, html = out / f"{stem}.pdf", out / f"{stem}.html"
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press(key)
        assert await pilot_wait_until(
            pilot, lambda: all(p.exists() and p.stat().st_size for p in (pdf, html))
        )
        assert await screen_shows(pilot, "เขียนไฟล์แล้ว")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = html.read_text(encoding="utf-8")
    assert "องค์การบริหารส่วนตำบลชุมแสง" in text


@pytest.mark.parametrize(
    "error, shown",
    [
        (("err_pdf_write", "ita-summary.pdf", "os_disk_full"), "ดิสก์เต็ม"),
        (("err_summary_write", "out/x.html", "os_permission_denied"), "ไม่มีสิทธิ์"),
    ],
)
async def test_a_failed_export_is_an_error_notification_in_the_apps_language(
    make_app, tmp_path, monkeypatch, error, shown
):
    import ita_tui.export.pdf

    def refuse(*args, **kwargs):
        key, path, reason = error
        raise ExportError(key, path=path, reason=Phrase(reason))

    monkeypatch.setattr(ita_tui.export.pdf, "export_pdf", refuse)
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("e")
        assert await screen_shows(pilot, "ส่งออกไม่สำเร็จ")
        assert await screen_shows(pilot, shown)
        assert app.is_running


async def test_export_from_a_folder_that_was_removed_is_an_error_not_a_crash(make_app, tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()  # the folder the app was started in is deleted while it runs
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("e")
        assert await screen_shows(pilot, "ส่งออกไม่สำเร็จ")
        assert await screen_shows(pilot, "โฟลเดอร์ปัจจุบันใช้ไม่ได้")
        assert app.is_running
