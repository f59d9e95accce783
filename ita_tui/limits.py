"""The sizes ita-tui accepts, and the JSON reading that enforces them (pure: no file access).

Past a limit the error is one line naming the limit and where. The limits are documented in
README ("Limits"); inside them every command stays responsive.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ita_tui.errors import ItaError

TEXT_MAX = 4_000  # characters per text field: an item's text, a title, a note, a name, a URL …
ITEMS_MAX = 10_000  # items in one checklist (the app measured responsive up to here; 20,000 was not)
NOTES_PER_ITEM_MAX = 10_000  # notes (and as many links) on one item
NESTING_MAX = 32  # levels of JSON nesting in a database or checklist file
INTEGER_DIGITS_MAX = 18  # digits of a number in a database or checklist file
YEARS_BE = (2400, 2700)  # the fiscal years a checklist may name (Buddhist Era; CE 1857-2157 read as BE)
DB_FILE_MAX = 64 * 2**20  # bytes of a database file, known from its size before it is read
IMPORT_FILE_MAX = 10 * 2**20  # bytes of a converted (text) measures document
IMPORT_LINE_MAX = 20_000  # characters on one line of a converted measures document

_SURROGATE = re.compile("[\ud800-\udfff]")


def _visible_surrogates(text: str) -> str:
    """`text` with each lone surrogate named ([U+D800]), as text.visible_text names it."""
    return _SURROGATE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


class OverLimit(ItaError):
    """A file or value is past one of the limits; the message names the limit and where."""


def check_text(text: str, what: str) -> str:
    """`text` unchanged if it is at most TEXT_MAX characters; OverLimit naming `what` otherwise."""
    if len(text) > TEXT_MAX:
        raise OverLimit("lim_text", what=what, found=f"{len(text):,}", limit=f"{TEXT_MAX:,}")
    return text


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > INTEGER_DIGITS_MAX:
        raise OverLimit("lim_digits", digits=f"{len(digits):,}", limit=INTEGER_DIGITS_MAX)
    return int(digits)


def _no_constant(name: str) -> None:
    raise OverLimit("lim_constant", name=name)


def load_json(text: str) -> Any:
    """Parse JSON text within the limits: numbers of at most INTEGER_DIGITS_MAX digits, no NaN or
    Infinity, at most NESTING_MAX levels deep; lone surrogates (\\ud800, which no UTF-8 file can
    hold) made visible. Raises json.JSONDecodeError or OverLimit."""
    try:
        value = json.loads(text, parse_int=_integer, parse_constant=_no_constant)
    except RecursionError:
        raise OverLimit("lim_nesting", limit=NESTING_MAX) from None
    return _checked(value, "\\u" in text)


def _checked(value: Any, escapes: bool) -> Any:
    """`value` walked without recursion: OverLimit past NESTING_MAX levels; when the text held
    escapes, lone surrogates in strings and keys made visible (in place)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > NESTING_MAX:
            raise OverLimit("lim_nesting", limit=NESTING_MAX)
        if isinstance(node, dict):
            if escapes and any(_SURROGATE.search(key) for key in node):
                items = [(_visible_surrogates(k), v) for k, v in node.items()]
                node.clear()
                node.update(items)
            for key, child in node.items():
                if isinstance(child, str):
                    if escapes and _SURROGATE.search(child):
                        node[key] = _visible_surrogates(child)
                elif isinstance(child, (dict, list)):
                    stack.append((child, depth + 1))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                if isinstance(child, str):
                    if escapes and _SURROGATE.search(child):
                        node[index] = _visible_surrogates(child)
                elif isinstance(child, (dict, list)):
                    stack.append((child, depth + 1))
    if isinstance(value, str) and escapes:
        return _visible_surrogates(value)
    return value
