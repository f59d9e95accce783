"""`ita-tui serve` in headless Chromium (Debian's, driven by Playwright), as office staff on a
Windows PC would use it: log in, tick with the keyboard, see a colleague's tick, export, log out."""

from __future__ import annotations

import json
import shutil

import pytest
from pypdf import PdfReader

from tests.support import ita_tui_process
from tests.support.serve import PASSWORDS, office_database, start_server
from tests.waiting import wait_until

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed"),
]


@pytest.fixture
def served(tmp_path):
    server = start_server(office_database(tmp_path), lang="th")
    yield server
    server.stop()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        yield chromium
        chromium.close()


class Screen:
    """What the app sent one page's terminal, as text (xterm draws on a canvas, so the bytes on
    the websocket are what can be read)."""

    def __init__(self, page) -> None:
        self.received: list[str] = []
        page.on("websocket", self._follow)

    def _follow(self, socket) -> None:
        socket.on("framereceived", lambda frame: self.received.append(_text(frame)))

    @property
    def text(self) -> str:
        return "".join(self.received)


def pumped(page, condition):
    """`condition`, after letting Playwright deliver what arrived (its sync API hands events over
    only while it is called), for tests.waiting.wait_until to poll."""
    return lambda: page.wait_for_timeout(100) or condition()


def _text(frame) -> str:
    return frame.decode("utf-8", "replace") if isinstance(frame, bytes) else frame


def log_in(browser, served, name: str, password: str | None = None, *, lang: str = "en"):
    """A new browser context logged in as `name`, its page showing the app; (page, screen)."""
    context = browser.new_context(viewport={"width": 1200, "height": 800}, accept_downloads=True)
    page = context.new_page()
    screen = Screen(page)
    page.goto(f"{served.url}/login?lang={lang}")
    page.fill("#name", name)
    page.fill("#password", password or PASSWORDS[name])
    page.click("button[type=submit]")
    page.wait_for_selector("body.-first-byte", timeout=60_000)
    assert wait_until(pumped(page, lambda: "2.1" in screen.text), timeout=60), screen.text[-500:]
    page.focus("textarea.xterm-helper-textarea")  # keys go to the terminal, as after a click on it
    return page, screen


def status_json(db) -> dict:
    done = ita_tui_process("--db", str(db), "status", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_wrong_password_is_refused_on_the_page_in_thai(served, browser, tmp_path):
    page = browser.new_page()
    page.goto(f"{served.url}/")
    assert page.url.endswith("/login")
    assert "เข้าสู่ระบบ" in page.inner_text("h1")
    page.fill("#name", "somsri")
    page.fill("#password", "wrong-password")
    page.click("button[type=submit]")
    assert "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in page.inner_text("[role=alert]")
    page.screenshot(path=str(tmp_path / "login-refused.png"))
    assert served.app_processes() == []


def test_a_tick_by_keyboard_is_saved_under_the_login_and_a_second_session_sees_it(served, browser):
    staff, _ = log_in(browser, served, "somchai")
    supervisor, supervisor_screen = log_in(browser, served, "somsri")
    seen_before = len(supervisor_screen.received)
    staff.keyboard.press("Space")  # the cursor starts on the first item, 2.1
    assert wait_until(pumped(staff, lambda: status_json(served.db)["indicators"][0]["done"] == 1), timeout=30)
    # the other session's app polls the database once a second (benchmarks/ measure how soon)
    assert wait_until(
        pumped(supervisor, lambda: "☑" in "".join(supervisor_screen.received[seen_before:])), timeout=30
    )
    log = ita_tui_process("--db", str(served.db), "--lang", "en", "log")
    assert "somchai" in log.stdout.splitlines()[-1]


def test_the_export_key_delivers_a_pdf_to_the_browser(served, browser, tmp_path):
    page, screen = log_in(browser, served, "somchai", lang="th")
    downloads = []  # each delivery opens a tab; Chromium gives the download to the app's page
    page.on("download", lambda d: downloads.append(d))
    page.keyboard.press("e")
    assert wait_until(pumped(page, lambda: "สรุปหนึ่งหน้า" in screen.text), timeout=30)
    page.keyboard.press("Enter")  # the first choice: the one-page summary (PDF and HTML)
    pdfs = lambda: [d for d in downloads if d.suggested_filename.endswith(".pdf")]  # noqa: E731
    assert wait_until(pumped(page, pdfs), timeout=60), screen.text[-800:]
    download = pdfs()[0]
    saved = tmp_path / "downloads" / download.suggested_filename
    download.save_as(saved)
    assert saved.suffix == ".pdf"
    assert "ตัวชี้วัด" in PdfReader(saved).pages[0].extract_text()
    assert not list(served.db.parent.glob("ita-summary-*"))  # nothing left on the server


def test_logout_ends_the_sessions_app_process(served, browser):
    page, _ = log_in(browser, served, "somchai")
    assert wait_until(lambda: len(served.app_processes()) == 1, timeout=30)
    page.click("#logout")
    page.wait_for_selector("[role=alert]")
    assert "Logged out" in page.inner_text("[role=alert]")
    assert wait_until(lambda: served.app_processes() == [], timeout=30)
    page.goto(f"{served.url}/")
    assert page.url.endswith("/login")


def test_q_in_the_app_logs_out(served, browser):
    page, _ = log_in(browser, served, "somchai")
    page.keyboard.press("q")
    page.wait_for_url("**/logout*", timeout=30_000)
    assert wait_until(lambda: served.app_processes() == [], timeout=30)
    page.goto(f"{served.url}/")
    assert page.url.endswith("/login")


def test_the_app_in_the_browser_draws_thai_with_the_bundled_font(served, browser, tmp_path):
    page, screen = log_in(browser, served, "somsri", lang="th")
    assert wait_until(pumped(page, lambda: "ตัวชี้วัด" in screen.text), timeout=30)
    fonts = page.evaluate(
        "() => Promise.all([document.fonts.load('16px \"Roboto Mono\"', 'ก')])"
        ".then(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family))"
    )
    assert "Roboto Mono" in str(fonts)  # the bundled Thai mono font under the name textual.js asks for
    page.screenshot(path=str(tmp_path / "app-thai.png"))


def test_a_staff_login_cannot_verify_and_a_supervisors_review_is_theirs(served, browser):
    staff, _ = log_in(browser, served, "somchai")
    staff.keyboard.press("Space")  # 2.1 done, by somchai
    assert wait_until(pumped(staff, lambda: status_json(served.db)["overall"]["done"] == 1), timeout=30)
    staff.keyboard.press("o")  # verify: staff may not
    staff.wait_for_timeout(2000)
    assert status_json(served.db)["overall"]["verified"] == 0
    supervisor, _ = log_in(browser, served, "somsri")
    supervisor.keyboard.press("o")
    assert wait_until(
        pumped(supervisor, lambda: status_json(served.db)["overall"]["verified"] == 1), timeout=30
    )
    log = ita_tui_process("--db", str(served.db), "--lang", "en", "log")
    assert "somsri" in log.stdout.splitlines()[-1]


def test_a_supervisor_whose_login_is_recorded_reviews_in_the_browser_on_the_servers_word(tmp_path, browser):
    """somsri's record names the OS login somsri; the server runs as another account (this one),
    yet her session's app acts as her: the server's ticket and its passwords file vouch for it."""
    from ita_tui.store.identity import os_login

    db = office_database(tmp_path)
    as_somsri = ("--db", str(db), "--lang", "en", "--user", "somsri")
    recorded = ita_tui_process(*as_somsri, "users", "add", "somsri", "--role", "supervisor", "--login=somsri")
    assert recorded.returncode == 0, recorded.stderr
    refused = ita_tui_process(*as_somsri, "review", "1.1", "--verified")
    assert "only the OS login somsri may review items as somsri" in refused.stderr  # not from this terminal
    ticked = ita_tui_process("--db", str(db), "--user", "somchai", "tick", "1.1")  # where the cursor starts
    assert ticked.returncode == 0
    served = start_server(db, lang="th")
    try:
        supervisor, _ = log_in(browser, served, "somsri")
        supervisor.keyboard.press("o")
        assert wait_until(
            pumped(supervisor, lambda: status_json(served.db)["overall"]["verified"] == 1), timeout=30
        )
    finally:
        served.stop()
    log = ita_tui_process("--db", str(db), "--lang", "en", "log")
    assert f"somsri (web, OS login {os_login()})  verified 1.1" in log.stdout.splitlines()[-1]
