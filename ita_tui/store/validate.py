"""User text as the database stores it: control characters made visible, evidence URLs checked.

Notes, labels, URLs and user names are stored as given except control characters, which are
made visible when stored (ESC becomes ␛; line breaks in notes are kept), so no escape sequence
can ever reach a terminal from the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ita_tui.checklist.fields import BY_NAME, FieldKind
from ita_tui.checklist.model import no_dash
from ita_tui.errors import StoreError
from ita_tui.limits import TEXT_MAX
from ita_tui.text import one_line, visible_text


def clean_text(text: str) -> str:
    """User text as it is stored: control characters made visible, line breaks kept; StoreError
    past the limit per text (limits.TEXT_MAX)."""
    return _within_limit("\n".join(visible_text(line) for line in text.replace("\r\n", "\n").split("\n")))


def clean_item_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """An item's fields as they are stored (checklist.fields): the text keeps its line breaks,
    other fields are one line ("-" alone is nothing), each OIT code one line; white space at the
    ends trimmed."""
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        kind = BY_NAME[name].kind
        if kind is FieldKind.CODES:
            cleaned[name] = tuple(clean_line(code.strip()) for code in value)
        elif kind is FieldKind.TEXT:
            cleaned[name] = clean_text(value.strip())
        else:
            cleaned[name] = clean_line(no_dash(value).strip())
    return cleaned


def clean_line(text: str) -> str:
    """A one-line user value (name, URL, label) as it is stored: every control made visible;
    StoreError past the limit per text."""
    return _within_limit(visible_text(text))


def _within_limit(text: str) -> str:
    """`text` if it is within the limit per text, else StoreError saying so (nothing is saved)."""
    if len(text) > TEXT_MAX:
        raise StoreError(
            "err_text_limit", start=one_line(text[:40]), found=f"{len(text):,}", limit=f"{TEXT_MAX:,}"
        )
    return text


def web_address(text: str) -> str:
    """An evidence URL as stored: only http and https addresses are evidence links; "www.a.go.th/x"
    gets https:// as a browser would give it. StoreError for an empty value, words (a URL holds no
    spaces; words go in the label), another scheme (ftp:, javascript:, file:, data: …) or text
    that names no web host ("ไม่ใช่ลิงก์")."""
    from urllib.parse import urlsplit

    url = clean_line(text.strip())
    if not url:
        raise StoreError("err_link_needs_url")
    if any(ch.isspace() for ch in url):
        raise StoreError("err_url_spaces", url=url[:60])
    has_scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url) and not re.match(r"[^/:]+\.[^/:]+:[0-9]", url)
    if not has_scheme and "." in url.split("/", 1)[0]:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:  # a bad port or bracket
        raise StoreError("err_not_a_link", url=url[:60]) from None
    if parts.scheme.lower() not in ("http", "https") or not host.strip(".") or ".." in host:
        raise StoreError("err_not_a_link", url=url[:60])
    return url
