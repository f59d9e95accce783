"""One browser session's app: started by the server (`python -m ita_tui.serve.app_process`) with
Textual's web driver, as the user the login established.

Everything comes from the environment the server sets (ITA_TUI_WEB_USER, _DB, _LANG, _LOGOUT,
_TICKET); the browser sends only keys and sizes, so nothing typed there can change who the app acts
as. The app acts as ITA_TUI_WEB_USER on the server's word (its OS login aside) only when it redeems
the server's ticket (tickets.py); set by anyone else, the variable is no more than --user.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ita_tui.errors import ItaError
from ita_tui.locale import words
from ita_tui.text import one_line

if TYPE_CHECKING:
    from ita_tui.store import ProgressStore


def main() -> int:
    """Open the store as the logged-in user and run the app until it quits."""
    env = os.environ
    lang = env.get("ITA_TUI_WEB_LANG", "th")
    say = words(lang)
    try:
        user, db = env["ITA_TUI_WEB_USER"], env["ITA_TUI_WEB_DB"]
    except KeyError:
        print(say("err_line", message=say["web_refused"]), file=sys.stderr)
        return 2
    try:
        store = open_store(user, Path(db), env.get("ITA_TUI_WEB_TICKET"))
    except ItaError as exc:
        print(say("err_line", message=one_line(exc.text(lang))), file=sys.stderr)
        return 2
    from ita_tui.tui.app import run_app

    digits = env.get("ITA_TUI_WEB_DIGITS")
    return run_app(
        store,
        lang=lang,
        digit_style=digits or "arabic",
        pdf_digit_style=digits or ("arabic" if lang == "en" else "thai"),
        logout_url=env.get("ITA_TUI_WEB_LOGOUT"),
    )


def open_store(user: str, db: Path, ticket: str | None) -> ProgressStore:
    """The store as `user`, trusted as that name (`web`) when the server's ticket says so."""
    from ita_tui.serve.passwords import passwords_path
    from ita_tui.serve.tickets import redeem
    from ita_tui.store import ProgressStore

    os.environ.pop("ITA_TUI_WEB_TICKET", None)  # nothing this app starts sees it
    store = ProgressStore.open(db, user=user)
    # the passwords file of the database file itself (a link of one's own to it names another)
    store.web = redeem(ticket, user, passwords_path(store.path))
    return store


if __name__ == "__main__":
    sys.exit(main())
