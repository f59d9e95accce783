"""One browser session's app process (textual-serve's AppService, started with the identity the
login established) and the relay of the browser's keys to it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shlex
import sys
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService

WEB_ENV = (  # what the server sets for each app process (read by serve/app_process.py)
    "ITA_TUI_WEB_USER",
    "ITA_TUI_WEB_DB",
    "ITA_TUI_WEB_LANG",
    "ITA_TUI_WEB_LOGOUT",
    "ITA_TUI_WEB_DIGITS",
    "ITA_TUI_WEB_TICKET",
)


class SessionApp(AppService):
    """One browser session's app process, started with the identity the login established."""

    def __init__(self, command: str, identity: dict[str, str], **kwargs: Any) -> None:
        super().__init__(command, **kwargs)
        self.identity = identity

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width=width, height=height)
        for name in ("ITA_TUI_USER", "ITA_TUI_DB", *WEB_ENV):  # nothing of the server's own shell
            environment.pop(name, None)
        environment.update(self.identity)
        return environment


def app_command() -> str:
    """The shell command textual-serve runs for each session's app."""
    # -P: the server's current folder is not put first on the module path (an ita_tui folder
    # there would be run instead of the installed one)
    # exec: the shell textual-serve starts it through becomes the app, so ending it ends the app
    return "exec " + shlex.join([sys.executable, "-P", "-m", "ita_tui.serve.app_process"])


async def relay(socket: web.WebSocketResponse, service: AppService, alive: Callable[[], bool]) -> None:
    """Keys and sizes from the browser to the app until the socket closes or `alive()` (the
    session, which each message keeps alive) says the login has ended."""
    async for message in socket:
        if message.type != WSMsgType.TEXT:
            continue
        if not alive():  # logged out or expired meanwhile
            break
        try:
            kind, data = json.loads(message.data)
        except (ValueError, TypeError):
            continue
        if kind == "stdin" and isinstance(data, str):
            await service.send_bytes(data.encode("utf-8"))
        elif kind == "resize" and isinstance(data, dict):
            await service.set_terminal_size(
                terminal_size(data.get("width"), 80), terminal_size(data.get("height"), 24)
            )
        elif kind == "ping":
            await socket.send_json(["pong", data])
        elif kind == "blur":
            await service.blur()
        elif kind == "focus":
            await service.focus()


QUIT_SECONDS = 30.0  # a browser closed right after a key: the change is saved, even behind a lock


async def stop_app(service: AppService) -> None:
    """Ask the app to quit (it saves the changes asked for first); kill it when it has not
    within QUIT_SECONDS."""
    with contextlib.suppress(Exception):  # TimeoutError included: then it is killed
        await asyncio.wait_for(service.stop(), QUIT_SECONDS)
    process = service._process  # textual-serve keeps the process private; nothing else ends it
    if process is not None and process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()


def terminal_size(value: object, default: int) -> int:
    """A terminal dimension from the browser, within sane bounds."""
    try:
        number = int(str(value))
    except ValueError:
        return default
    return min(max(number, 10), 500)
