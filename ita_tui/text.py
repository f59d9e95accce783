"""Make untrusted text safe to show: control and bidi characters become visible, never act.

This module is the one place that decides which characters may not reach a reader as they are:
C0 and C1 controls and DEL (terminal escapes: ESC[2J clears a screen, OSC 0 retitles it), the
Unicode bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C: they reorder the text
around them in a PDF, a web page or a terminal), lone surrogates (not encodable as UTF-8) and
the noncharacters (U+FFFE, U+FFFF, U+FDD0–FDEF and the last two of every plane: no XML file may
hold U+FFFE or U+FFFF, so Word and Excel files with them cannot be written or opened).
Every way out uses it: the terminal, JSON (escaped), CSV, HTML, the PDF and its metadata, the
app's screens and dialogs, the importer's checklist.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls, DEL and C1 controls (0x80-0x9f, e.g. CSI 0x9b); bidi embeddings, overrides,
# isolates and marks; surrogates (only lone ones survive decoding); noncharacters.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)
)
_NOT_C0 = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff" + _NONCHARACTERS
_UNSAFE = re.compile(f"[\x00-\x1f{_NOT_C0}]")
_UNSAFE_IN_JSON = re.compile(f"[{_NOT_C0}]")  # json.dumps escapes C0; a raw line break there is layout


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␉ for TAB ...
    if code == 0x7F:
        return "\u2421"  # ␡
    if code <= 0x9F:
        return f"\\x{code:02x}"
    return f"[U+{code:04X}]"  # a bidi control, a lone surrogate or a noncharacter, named


def has_unsafe(text: str) -> bool:
    """Whether `text` holds a character that `visible_text` would replace."""
    return _UNSAFE.search(text) is not None


def visible_text(text: str, keep: str = "") -> str:
    """`text` with every control, bidi control and lone surrogate replaced by a visible stand-in
    (ESC -> ␛, U+202E -> [U+202E]); the characters in `keep` (e.g. "\t\n") are left as they are."""
    if keep:
        return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _visible(m), text)
    return _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """`text` on one line: line breaks and tabs become spaces, other controls visible."""
    return visible_text(" ".join(text.split("\n")).replace("\t", " ").replace("\r", " "))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet run a cell as a formula


def spreadsheet_text(text: str) -> str:
    """A CSV cell's text that no spreadsheet runs as a formula: one starting with = + - @, a tab or
    a carriage return gets a leading ' (as OWASP recommends for CSV injection); others unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def json_text(value: Any, **options: Any) -> str:
    """`value` as JSON with Thai readable but every unsafe character escaped (\\u009b), so the
    output can be printed to a terminal; the same JSON value as json.dumps gives."""
    text = json.dumps(value, ensure_ascii=False, **options)  # escapes C0 controls inside strings itself
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
