"""The `e` key: the one-page summary or the results report (PDF or Word), written into the
database's folder, the signers asked once, nothing overwritten; `w` writes results and outcomes."""

from __future__ import annotations

from datetime import date

import pytest

from ita_tui.errors import ExportError
from ita_tui.export.signers import read_signers
from ita_tui.locale import Phrase
from ita_tui.store.commands import AddNote, SetState
from tests.support.app import screen_shows
from tests.waiting import pilot_wait_until

STAMP = f"{date.today():%Y%m%d}"


def _written(paths) -> bool:
    return all(p.exists() and p.stat().st_size for p in paths)


@pytest.mark.parametrize("key", ["e", "ำ"])
async def test_e_offers_the_export_tables_files_and_writes_them_into_the_databases_folder(
    make_app, store, tmp_path, monkeypatch, key
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # not the current folder: the database's
    store.apply(SetState.tick("2.1", True))
    app = make_app()
    folder = store.path.parent
    pdf, html = folder / f"ita-summary-2566-{STAMP}.pdf", folder / f"ita-summary-2566-{STAMP}.html"
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press(key)
        for offered in ("สรุปหนึ่งหน้า (PDF)", "เอกสารมาตรการ O42 (Word .docx)", "สรุป (หน้าเว็บ .html)"):
            assert await screen_shows(pilot, offered)  # every file the export table offers
        assert await screen_shows(pilot, "เขียนลงโฟลเดอร์ /")  # the database's folder is named
        await pilot.press("enter")
        assert await pilot_wait_until(pilot, lambda: _written((pdf,)))
        assert await screen_shows(pilot, "เขียนไฟล์แล้ว")
        await pilot.press(key)
        await pilot.press("enter")  # the same export again: a new name, the first file kept
        second = folder / f"ita-summary-2566-{STAMP}-2.pdf"
        assert await pilot_wait_until(pilot, lambda: _written((second,)))
        await pilot.press(key, *["down"] * 5, "enter")  # the summary as a web page (after the measures)
        assert await pilot_wait_until(pilot, lambda: _written((html,)))
    assert pdf.read_bytes().startswith(b"%PDF") and not list(elsewhere.iterdir())
    from pypdf import PdfReader  # read in process: the unit tier starts no reader program

    signed = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert f"({store.user})" not in signed and "(....." in signed  # no signer entered: dots, no login name
    assert "องค์การบริหารส่วนตำบลชุมแสง" in html.read_text(encoding="utf-8")


async def test_the_report_asks_for_the_signers_once_and_remembers_them(make_app, store):
    app = make_app()
    folder = store.path.parent
    docx = folder / f"ita-report-2566-{STAMP}.docx"
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await pilot.press("e", "down", "down", "enter")
        assert await screen_shows(pilot, "ผู้ลงนามในรายงาน")
        app.screen.query_one("#reporter").value = "นางสาวสมศรี ใจดี"
        app.screen.query_one("#approver_position").value = "นายกองค์การบริหารส่วนตำบล"
        await pilot.press("ctrl+s")
        assert await pilot_wait_until(pilot, lambda: _written((docx,)))
        assert read_signers(store.path)["reporter"] == "นางสาวสมศรี ใจดี"
        await pilot.press("e", "down", "enter")  # the PDF report: no question the second time
        pdf = folder / f"ita-report-2566-{STAMP}.pdf"
        assert await pilot_wait_until(pilot, lambda: _written((pdf,)))
        assert "ผู้ลงนามในรายงาน" not in str(app.screen)
    from docx import Document

    document = Document(str(docx))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    assert "(นางสาวสมศรี ใจดี)" in text and "นายกองค์การบริหารส่วนตำบล" in text


async def test_w_writes_an_items_result_drafted_from_its_notes_and_an_indicators_outcome(make_app, store):
    store.apply(AddNote("2.1", "ประชุมแล้ว"))
    store.apply(AddNote("2.1", "เผยแพร่แล้ว"))
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("w")  # the cursor starts on the first item, 2.1
        assert await screen_shows(pilot, "สรุปผลการดำเนินการ ข้อ 2.1")
        area = app.screen.query_one("#written")
        assert area.text == "ประชุมแล้ว เผยแพร่แล้ว"  # drafted from the notes, to edit
        area.text = "ประชุมและเผยแพร่ครบแล้ว"
        await pilot.press("ctrl+s")
        assert await pilot_wait_until(pilot, lambda: "2.1" in store.snapshot().results)
        await pilot.press("h", "w")  # up to indicator 2: its outcome
        assert await screen_shows(pilot, "ผลลัพธ์หรือความสำเร็จ ตัวชี้วัดที่ 2")
        app.screen.query_one("#written").text = "โปร่งใสขึ้น"
        await pilot.press("ctrl+s")
        assert await pilot_wait_until(pilot, lambda: 2 in store.snapshot().outcomes)
        assert await screen_shows(pilot, "ผลลัพธ์หรือความสำเร็จ (สำหรับรายงาน)")  # in the detail pane
        assert await screen_shows(pilot, "โปร่งใสขึ้น")
    snapshot = store.snapshot()
    assert snapshot.results["2.1"].text == "ประชุมและเผยแพร่ครบแล้ว"
    assert snapshot.outcomes[2].text == "โปร่งใสขึ้น"


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
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("e", "enter")
        assert await screen_shows(pilot, "ส่งออกไม่สำเร็จ")
        assert await screen_shows(pilot, shown)
        assert app.is_running


async def test_case5_an_unexpected_failure_in_the_export_worker_is_a_message_and_the_app_keeps_running(
    make_app, monkeypatch
):
    import ita_tui.export.pdf

    def broken(*args, **kwargs):
        raise ValueError("All strings must be XML compatible")  # what lxml raised for U+FFFF

    monkeypatch.setattr(ita_tui.export.pdf, "export_pdf", broken)
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("e", "enter")
        assert await screen_shows(pilot, "ส่งออกไม่สำเร็จ")
        assert await screen_shows(pilot, "XML compatible")
        await pilot.press("space")  # still working: a key still ticks
        assert app.is_running
