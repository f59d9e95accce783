"""`ita-tui serve` over plain HTTP, as an attacker would try it: the login form wants its token and
the right password, keeps a growing wait after five failures, and nothing (a screen, a file, an app
process) is had without a live session from the server's own origin."""

from __future__ import annotations

import asyncio
import re

import aiohttp
import pytest

from tests.support.serve import PASSWORDS, office_database, start_server

pytestmark = pytest.mark.slow


@pytest.fixture
def served(tmp_path):
    server = start_server(office_database(tmp_path))
    yield server
    server.stop()


async def _login(http: aiohttp.ClientSession, url: str, name: str, password: str) -> aiohttp.ClientResponse:
    async with http.get(f"{url}/login") as form:
        token = re.search(r'name="csrf" value="([^"]+)"', await form.text()).group(1)
    return await http.post(
        f"{url}/login",
        data={"name": name, "password": password, "csrf": token},
        headers={"Origin": url},
        allow_redirects=False,
    )


def test_the_login_page_is_thai_by_default_and_fetches_nothing_from_elsewhere(served):
    async def run():
        async with (
            aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http,
            http.get(f"{served.url}/login?lang=th") as page,
        ):
            return page.status, page.headers, await page.text()

    status, headers, html = asyncio.run(run())
    assert status == 200
    assert "เข้าสู่ระบบ" in html and "รหัสผ่าน" in html
    assert not re.search(r"(src|href)=\"https?://", html)  # no font service, no CDN
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    cookie = headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_a_wrong_password_is_refused_and_the_right_one_gives_a_session(served):
    async def run():
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            wrong = await _login(http, served.url, "somsri", "not-the-password")
            wrong_text = await wrong.text()
            right = await _login(http, served.url, "somsri", PASSWORDS["somsri"])
            async with http.get(f"{served.url}/") as app_page:
                page = await app_page.text()
            return wrong.status, wrong_text, right.status, right.headers.get("Set-Cookie", ""), page

    wrong_status, wrong_text, right_status, cookie, page = asyncio.run(run())
    assert wrong_status == 401 and "Wrong user name or password" in wrong_text
    assert right_status == 303 and "ita_session=" in cookie and "HttpOnly" in cookie
    assert "Logged in as somsri" in page and "textual-terminal" in page


def test_a_login_without_the_forms_token_is_refused(served):
    async def run():
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            response = await http.post(
                f"{served.url}/login",
                data={"name": "somsri", "password": PASSWORDS["somsri"], "csrf": "forged"},
                headers={"Origin": served.url},
                allow_redirects=False,
            )
            return response.status, response.headers.get("Set-Cookie", "")

    status, cookie = asyncio.run(run())
    assert status == 403 and "ita_session" not in cookie


def test_after_five_failures_the_name_must_wait_and_the_page_says_so(served):
    async def run():
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            statuses = []
            for _ in range(7):
                response = await _login(http, served.url, "somsri", "guess")
                statuses.append(response.status)
                text = await response.text()
            right = await _login(http, served.url, "somsri", PASSWORDS["somsri"])
            return statuses, text, right.status

    statuses, text, right_status = asyncio.run(run())
    assert statuses[:5] == [401] * 5 and 429 in statuses[5:]
    assert re.search(r"wait \d+ seconds", text)
    assert right_status == 429  # even the right password waits its turn


def test_no_screen_without_a_session_a_forged_cookie_or_a_foreign_origin(served):
    async def run():
        results = {}
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            for case, cookie in (("no cookie", ""), ("forged cookie", "ita_session=forged-token")):
                headers = {"Origin": served.url, **({"Cookie": cookie} if cookie else {})}
                try:
                    async with http.ws_connect(f"{served.url}/ws", headers=headers):
                        results[case] = "connected"
                except aiohttp.WSServerHandshakeError as exc:
                    results[case] = exc.status
            await _login(http, served.url, "somchai", PASSWORDS["somchai"])
            try:
                async with http.ws_connect(f"{served.url}/ws", headers={"Origin": "http://evil.example"}):
                    results["foreign origin"] = "connected"
            except aiohttp.WSServerHandshakeError as exc:
                results["foreign origin"] = exc.status
            async with http.get(f"{served.url}/download/anything") as download:
                results["download of a key not ours"] = download.status
        return results

    assert asyncio.run(run()) == {
        "no cookie": 403,
        "forged cookie": 403,
        "foreign origin": 403,
        "download of a key not ours": 404,
    }
    assert served.app_processes() == []  # none of them started an app


def test_sigterm_stops_the_server_and_its_app_processes(served):
    async def run():
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            await _login(http, served.url, "somchai", PASSWORDS["somchai"])
            socket = await http.ws_connect(
                f"{served.url}/ws?width=80&height=24", headers={"Origin": served.url}
            )
            first = await socket.receive(timeout=60)  # the app drew something
            started = served.app_processes()
            status = await asyncio.get_running_loop().run_in_executor(None, served.stop)
            return first.type, started, status

    kind, started, status = asyncio.run(run())
    assert kind == aiohttp.WSMsgType.BINARY and len(started) == 1
    assert status == 0
    assert served.app_processes() == []
