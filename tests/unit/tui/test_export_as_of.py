"""The app's export dialog offers the day the figures stand at, as `--round` and `--as-of` do: the
end of the 6- or 12-month round, or a date typed; the file is written with the figures of that day
(issue 20 item 13)."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from ita_tui.store.commands import SetState
from tests.support.app import screen_shows
from tests.waiting import pilot_wait_until

STAMP = f"{date.today():%Y%m%d}"


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


async def test_the_export_dialog_offers_the_rounds_and_a_date(make_app, store):
    store.apply(SetState.tick("2.1", True))
    app = make_app()
    folder = store.path.parent
    first, second = (folder / f"ita-summary-2566-{STAMP}{n}.pdf" for n in ("", "-2"))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("e")
        assert await screen_shows(pilot, "รอบ 6 เดือน (ถึง 31 มีนาคม 2566)")
        assert await screen_shows(pilot, "รอบ 12 เดือน (ถึง 30 กันยายน 2566)")
        await pilot.press("tab", "down", "enter", "enter")  # the 6-month round, then the one-page PDF
        assert await pilot_wait_until(pilot, lambda: first.exists() and first.stat().st_size > 0)
        await pilot.press("e", "tab", "tab", *"2569-01-15", "enter", "enter")  # a date typed
        assert await pilot_wait_until(pilot, lambda: second.exists() and second.stat().st_size > 0)
        await pilot.press("e", "tab", "tab", *"31/2/2569", "enter", "enter")  # no such day
        assert await screen_shows(pilot, "อ่านวันที่ 31/2/2569 ไม่ได้")
    round_six, on_a_day = _text(first), _text(second)
    assert "รอบ ๖ เดือน" in round_six and "๓๑ มีนาคม พ.ศ. ๒๕๖๖" in round_six
    assert "ร้อยละ ๐" in round_six or "๐/" in round_six  # 2.1 was ticked today: not done by then
    assert "๑๕ มกราคม พ.ศ. ๒๕๖๙" in on_a_day
