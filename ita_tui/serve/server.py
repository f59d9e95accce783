"""The web server of `ita-tui serve`: logins first, then one app process per browser session.

Built on textual-serve's AppService (runs `python -m ita_tui.serve.app_process` with Textual's web
driver and relays its screen) and DownloadManager (the export key's files). textual-serve's own
Server is not used: it starts an app for any websocket that connects, and its page loads a font
from the internet. Here no app process starts, and no screen byte or file leaves, without a live
session cookie and a websocket from this server's own origin.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from aiohttp import web
from aiohttp.web_runner import GracefulExit
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from ita_tui.locale import Words, words
from ita_tui.paths import fonts_dir
from ita_tui.serve.apps import SessionApp, app_command, relay, stop_app, terminal_size
from ita_tui.serve.pages import app_page, login_page, security_headers
from ita_tui.serve.passwords import PasswordFile
from ita_tui.serve.sessions import Session, Sessions, Throttle, client_address
from ita_tui.serve.tickets import Tickets

SESSION_COOKIE = "ita_session"
LOGIN_COOKIE = "ita_login"  # the login form's CSRF token, before any session exists
FONTS = ("TlwgMono-Web.ttf", "TlwgMono-Web-Bold.ttf", "Sarabun-Regular.ttf")
SWEEP_SECONDS = 30.0
FORM_MAX = 16 * 1024  # bytes of a login form


@dataclass(frozen=True)
class ServeOptions:
    """What `ita-tui serve` was asked for."""

    db: Path
    passwords: Path
    host: str = "127.0.0.1"
    port: int = 8080
    public_url: str | None = None
    idle_hours: float = 8.0
    lang: str = "th"
    digits: str | None = None

    @property
    def url(self) -> str:
        """Where browsers reach the server: --public-url, else the address it listens on."""
        if self.public_url:
            return self.public_url.rstrip("/")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


class ItaServer:
    """The aiohttp application and its sessions."""

    def __init__(self, options: ServeOptions) -> None:
        self.options = options
        self.passwords = PasswordFile(options.passwords)
        self.sessions = Sessions(idle=options.idle_hours * 3600)
        self.throttle = Throttle()
        self.downloads = DownloadManager()
        self.secure = options.url.startswith("https://")
        origin = urlsplit(options.url)
        self.origins = {f"{origin.scheme}://{origin.netloc}"}
        if options.public_url is None and options.host in ("127.0.0.1", "::1", "localhost"):
            self.origins |= {f"http://localhost:{options.port}", f"http://127.0.0.1:{options.port}"}
        import textual_serve

        self.statics = Path(textual_serve.__file__).parent / "static"
        self._sweeper: asyncio.Task[None] | None = None
        self._services: set[AppService] = set()  # every app process started and not yet ended
        self._tickets: Tickets | None = None  # the server's word to each app it starts (tickets.py)

    # --- the application ---

    def make_app(self) -> web.Application:
        """The routes, behind the security headers."""
        app = web.Application(middlewares=[security_headers(self.origins)], client_max_size=FORM_MAX)
        app.add_routes(
            [
                web.get("/", self.index),
                web.get("/login", self.login_form),
                web.post("/login", self.login),
                web.post("/logout", self.logout),
                web.get("/logout", self.logout),
                web.get("/ws", self.websocket),
                web.get("/download/{key}", self.download),
                web.get("/fonts/{name}", self.font),
                web.static("/static", self.statics, show_index=False),
            ]
        )
        app.on_startup.append(self._started)
        app.on_shutdown.append(self._stopping)
        return app

    def _say(self, request: web.Request) -> Words:
        lang = request.query.get("lang", "")
        return words(lang if lang in ("th", "en") else self.options.lang)

    def _session(self, request: web.Request, *, touch: bool = True) -> Session | None:
        return self.sessions.find(request.cookies.get(SESSION_COOKIE), touch=touch)

    def _same_origin(self, request: web.Request, *, required: bool) -> bool:
        """Whether the request comes from this server's pages (a missing Origin passes only when
        not `required`: browsers leave it out of plain navigations)."""
        origin = request.headers.get("Origin")
        if origin is None:
            return not required and request.headers.get("Sec-Fetch-Site", "same-origin") in (
                "same-origin",
                "none",
            )
        return origin in self.origins

    def _cookie(self, response: web.StreamResponse, name: str, value: str) -> None:
        response.set_cookie(name, value, httponly=True, samesite="Strict", secure=self.secure, path="/")

    # --- pages ---

    async def index(self, request: web.Request) -> web.StreamResponse:
        """The app page for a live session; the login page otherwise."""
        session = self._session(request)
        if session is None:
            raise web.HTTPSeeOther("/login")
        scheme = "wss" if self.secure else "ws"
        base = urlsplit(self.options.url)
        font_size = request.query.get("fontsize", "16")
        html = app_page(
            words(session.lang),
            user=session.user,
            csrf=session.csrf,
            websocket_url=f"{scheme}://{base.netloc}/ws",
            font_size=int(font_size) if font_size.isdigit() and 8 <= int(font_size) <= 40 else 16,
        )
        return web.Response(text=html, content_type="text/html")

    def _login_response(
        self, request: web.Request, *, status: int = 200, name: str = "", message: str = "", ok: bool = False
    ) -> web.Response:
        token = secrets.token_urlsafe(32)
        html = login_page(self._say(request), csrf=token, name=name, message=message, ok=ok)
        response = web.Response(text=html, content_type="text/html", status=status)
        self._cookie(response, LOGIN_COOKIE, token)
        return response

    async def login_form(self, request: web.Request) -> web.StreamResponse:
        """The login form (a live session goes straight to the app)."""
        if self._session(request) is not None:
            raise web.HTTPSeeOther("/")
        return self._login_response(request)

    async def login(self, request: web.Request) -> web.StreamResponse:
        """Check the form's token, the wait, then the password; a session cookie on success."""
        say = self._say(request)
        form = await request.post()
        name = str(form.get("name", "")).strip()[:200]
        password = str(form.get("password", ""))
        token = str(form.get("csrf", ""))
        expected = request.cookies.get(LOGIN_COOKIE, "")
        if not (
            self._same_origin(request, required=False)
            and expected
            and secrets.compare_digest(token, expected)
        ):
            return self._login_response(request, status=403, name=name, message=say["web_login_expired"])
        address = client_address(request)
        wait = self.throttle.wait(name, address)
        if wait > 0:
            message = say("web_login_wait", seconds=int(wait + 0.999))
            return self._login_response(request, status=429, name=name, message=message)
        right = await asyncio.get_running_loop().run_in_executor(None, self.passwords.verify, name, password)
        if not right:
            wait = self.throttle.failed(name, address)
            message = (
                say("web_login_wait", seconds=int(wait + 0.999)) if wait > 0 else say["web_login_failed"]
            )
            return self._login_response(request, status=401, name=name, message=message)
        self.throttle.succeeded(name, address)
        session = self.sessions.start(name, say.lang)
        response = web.HTTPSeeOther("/")
        self._cookie(response, SESSION_COOKIE, session.token)
        response.del_cookie(LOGIN_COOKIE, path="/")
        raise response

    async def logout(self, request: web.Request) -> web.StreamResponse:
        """End the session and its app processes (a form post, or the app's logout key with the
        session's token in the address)."""
        session = self._session(request, touch=False)
        if session is not None:
            token = request.query.get("t", "")
            if request.method == "POST":
                token = str((await request.post()).get("csrf", ""))
            if secrets.compare_digest(token, session.csrf) and self._same_origin(request, required=False):
                self.sessions.end(session)
                await self._end_apps(session)
        response = self._login_response(request, message=self._say(request)["web_logged_out"], ok=True)
        response.del_cookie(SESSION_COOKIE, path="/")
        return response

    async def font(self, request: web.Request) -> web.StreamResponse:
        """The bundled fonts the pages name (nothing else from fonts/)."""
        name = request.match_info["name"]
        if name not in FONTS:
            raise web.HTTPNotFound()
        return web.FileResponse(fonts_dir() / name, headers={"Cache-Control": "max-age=86400"})

    # --- the app ---

    def _identity(self, session: Session) -> dict[str, str]:
        options = self.options
        identity = {
            "ITA_TUI_WEB_USER": session.user,
            "ITA_TUI_WEB_DB": str(options.db),
            "ITA_TUI_WEB_LANG": session.lang,
            "ITA_TUI_WEB_LOGOUT": f"{options.url}/logout?t={session.csrf}&lang={session.lang}",
        }
        if self._tickets is not None:
            identity["ITA_TUI_WEB_TICKET"] = str(self._tickets.issue(session.user))
        if options.digits:
            identity["ITA_TUI_WEB_DIGITS"] = options.digits
        return identity

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        """Start this session's app process and relay it; refused before the upgrade without a live
        session or from a foreign origin."""
        session = self._session(request)
        if session is None or not self._same_origin(request, required=True):
            raise web.HTTPForbidden(text=self._say(request)["web_refused"])
        socket = web.WebSocketResponse(heartbeat=15, max_msg_size=1 << 20)
        await socket.prepare(request)
        service = SessionApp(
            app_command(),
            self._identity(session),
            write_bytes=socket.send_bytes,
            write_str=socket.send_str,
            close=socket.close,
            download_manager=self.downloads,
        )
        session.apps.add(service)
        self._services.add(service)
        try:
            width = terminal_size(request.query.get("width"), 80)
            height = terminal_size(request.query.get("height"), 24)
            await service.start(width, height)
            await relay(socket, service, lambda: self.sessions.find(session.token) is not None)
        except asyncio.CancelledError:
            pass
        finally:
            session.apps.discard(service)
            await asyncio.shield(self._end(service))  # even when the server's shutdown cancels us
            await socket.close()
        return socket

    async def download(self, request: web.Request) -> web.StreamResponse:
        """A file the session's own app delivered (the export key)."""
        session = self._session(request)
        key = request.match_info["key"]
        meta = None
        if session is not None and self._same_origin(request, required=False):
            with contextlib.suppress(KeyError):
                meta = await self.downloads.get_download_metadata(key)
        if meta is None or meta.app_service not in session.apps:  # type: ignore[union-attr]
            raise web.HTTPNotFound()
        response = web.StreamResponse()
        response.content_type = meta.mime_type
        if meta.encoding:
            response.charset = meta.encoding
        disposition = "inline" if meta.open_method == "browser" else "attachment"
        response.headers["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(meta.file_name)}"
        await response.prepare(request)
        async for chunk in self.downloads.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    async def _end(self, service: AppService) -> None:
        await stop_app(service)
        self._services.discard(service)

    async def _end_apps(self, session: Session) -> None:
        await asyncio.gather(*(self._end(service) for service in list(session.apps)))

    # --- life ---

    async def _started(self, app: web.Application) -> None:
        if not self.passwords.users():
            print(
                words(self.options.lang)("serve_no_passwords", db=self.options.db),
                file=sys.stderr,
                flush=True,
            )
        self._tickets = Tickets()
        self._sweeper = asyncio.create_task(self._sweep())

    def _listening(self, _message: str) -> None:
        print(words(self.options.lang)("serve_listening", url=self.options.url), flush=True)

    async def _sweep(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            for session in self.sessions.expired():
                await self._end_apps(session)

    async def _stopping(self, app: web.Application) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
        await asyncio.gather(*(self._end(service) for service in list(self._services)))
        if self._tickets is not None:
            self._tickets.close()

    def run(self) -> None:
        """Serve until Ctrl+C or SIGTERM, then end every app process."""
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        def stop() -> None:
            raise GracefulExit()

        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signum, stop)
        web.run_app(
            self.make_app(),
            host=self.options.host,
            port=self.options.port,
            handle_signals=False,
            loop=loop,
            print=self._listening,  # run_app calls it once the port is bound
            access_log=None,
            shutdown_timeout=5.0,
        )


__all__ = ["ItaServer", "ServeOptions"]
