"""One browser session's app: started by the server (`python -m ita_tui.serve.app_process`) with
Textual's web driver, as the user the login established.

Everything comes from the environment the server sets (ITA_TUI_WEB_USER, _DB, _LANG, _LOGOUT); the
browser sends only keys and sizes, so nothing typed there can change who the app acts as.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ita_tui.errors import ItaError
from ita_tui.locale import words
from ita_tui.text import one_line


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
    from ita_tui.store import ProgressStore

    try:
        store = ProgressStore.open(Path(db), user=user)
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


if __name__ == "__main__":
    sys.exit(main())
