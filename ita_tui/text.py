"""Make untrusted text safe to show: control characters become visible, never act."""

from __future__ import annotations

import re

# C0 controls except none, DEL, and C1 controls (0x80-0x9f, e.g. CSI 0x9b).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␉ for TAB ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\x{code:02x}"


def visible_text(text: str) -> str:
    """`text` with every control character replaced by a visible stand-in (ESC -> ␛)."""
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """`text` on one line: line breaks and tabs become spaces, other controls visible."""
    return visible_text(" ".join(text.split("\n")).replace("\t", " ").replace("\r", " "))
