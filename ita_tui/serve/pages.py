"""The server's two pages as HTML (the login form and the page that holds the app's terminal), and
the headers every response carries.

Nothing on them is fetched from another host: the terminal's font is the bundled TlwgMono (Thai
with its marks on their bases, leading vowels on their cells), served from /fonts/. textual-serve's
own page loads Roboto Mono from a font service and has no Thai; its script asks for 'Roboto Mono' by
name (textual_serve/static/js/textual.js, `fontFamily:"'Roboto Mono', …"`), so the page names the
bundled font so.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from html import escape

from aiohttp import web
from aiohttp.typedefs import Middleware

from ita_tui.locale import Words

_STYLE = """
@font-face { font-family: 'Roboto Mono'; src: url('/fonts/TlwgMono-Web.ttf'); font-weight: normal; }
@font-face { font-family: 'Roboto Mono'; src: url('/fonts/TlwgMono-Web-Bold.ttf'); font-weight: bold; }
@font-face { font-family: 'ita-sans'; src: url('/fonts/Sarabun-Regular.ttf'); }
body { margin: 0; background: #0c181f; color: #e8eef2; font-family: 'ita-sans', sans-serif; }
"""

_LOGIN_STYLE = """
main { max-width: 26rem; margin: 12vh auto; padding: 2rem; background: #12232d; border-radius: 6px; }
h1 { font-size: 1.35rem; margin: 0 0 .4rem; } p.sub { margin: 0 0 1.5rem; color: #9fb3c0; }
label { display: block; margin: .9rem 0 .3rem; }
input { width: 100%; box-sizing: border-box; padding: .55rem; font: inherit; font-size: 1.05rem;
  border: 1px solid #37505f; border-radius: 4px; background: #0c181f; color: inherit; }
button { margin-top: 1.4rem; width: 100%; padding: .65rem; font: inherit; font-size: 1.05rem; border: 0;
  border-radius: 4px; background: #2f7d5b; color: #fff; cursor: pointer; }
.message { margin: 1rem 0 0; padding: .6rem .8rem; border-radius: 4px; background: #4a2530; }
.message.ok { background: #1f4534; }
nav { margin-top: 1.4rem; text-align: right; } a { color: #9fd3ff; }
"""

_APP_STYLE = """
header { display: flex; justify-content: space-between; align-items: center; height: 2rem; padding: 0 .8rem;
  background: #12232d; font-size: .95rem; }
header a, header button { color: #9fd3ff; background: none; border: 0; font: inherit; cursor: pointer; }
#terminal { position: absolute; top: 2rem; left: 0; right: 0; height: calc(100vh - 2rem) !important; }
body .textual-terminal { opacity: 0; transition: opacity .3s ease-out; }
body.-first-byte .textual-terminal { opacity: 1; }
.ended { display: none; position: absolute; inset: 2rem 0 0 0; align-items: center; justify-content: center;
  flex-direction: column; background: #0c181f; z-index: 10; font-size: 1.2rem; }
body.-closed .ended { display: flex; }
.ended a { margin-top: 1rem; color: #9fd3ff; }
"""


def _page(lang: str, title: str, style: str, body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}{style}</style>\n{head}</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def login_page(say: Words, *, csrf: str, name: str = "", message: str = "", ok: bool = False) -> str:
    """The login form, in `say`'s language, with a link to the other one."""
    other = "en" if say.lang == "th" else "th"
    shown = f'<p class="message{" ok" if ok else ""}" role="alert">{escape(message)}</p>' if message else ""
    body = (
        f"<main>\n<h1>{escape(say['web_login_title'])}</h1>\n"
        f'<p class="sub">{escape(say["web_login_heading"])}</p>\n'
        f'<form method="post" action="/login?lang={say.lang}">\n'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">\n'
        f'<label for="name">{escape(say["web_name"])}</label>\n'
        f'<input id="name" name="name" autocomplete="username" required autofocus value="{escape(name)}">\n'
        f'<label for="password">{escape(say["web_password"])}</label>\n'
        f'<input id="password" name="password" type="password" autocomplete="current-password" required>\n'
        f'<button type="submit">{escape(say["web_login_button"])}</button>\n</form>\n{shown}\n'
        f'<nav><a href="/login?lang={other}">{escape(say["web_other_language"])}</a></nav>\n</main>'
    )
    return _page(say.lang, say["web_login_title"], _LOGIN_STYLE, body)


def app_page(say: Words, *, user: str, csrf: str, websocket_url: str, font_size: int) -> str:
    """The page that runs textual-serve's terminal script against this session's websocket."""
    body = (
        f"<header><span>{escape(say('web_signed_in_as', user=user))}</span>\n"
        f'<form method="post" action="/logout?lang={say.lang}">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<button type="submit" id="logout">{escape(say["web_logout"])}</button></form></header>\n'
        f'<div class="ended"><span>{escape(say["web_session_ended"])}</span>'
        f'<a href="/">{escape(say["web_restart"])}</a></div>\n'
        f'<div id="terminal" class="textual-terminal" data-session-websocket-url="{escape(websocket_url)}"'
        f' data-font-size="{font_size}"></div>'
    )
    head = (
        '<link rel="stylesheet" href="/static/css/xterm.css">\n'
        '<script src="/static/js/textual.js"></script>\n'
    )
    return _page(say.lang, say["web_login_heading"], _APP_STYLE, body, head)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def security_headers(origins: Iterable[str]) -> Middleware:
    """The middleware that gives every response its headers: nothing loaded from elsewhere, no
    framing, the websocket only to this server, pages never cached."""
    ws_origin = " ".join(o.replace("http", "ws", 1) for o in origins)
    policy = (
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        f"connect-src 'self' {ws_origin}; frame-ancestors 'none'; form-action 'self'"
    )

    @web.middleware
    async def headers(request: web.Request, handler: Handler) -> web.StreamResponse:
        response = await handler(request)
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if response.content_type == "text/html":
            response.headers["Cache-Control"] = "no-store"
        return response

    return headers
