"""Find the checklist item a user means by the id they typed ("๒.๑" and " 2.1 " mean "2.1")."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from ita_tui.checklist.model import Checklist
from ita_tui.errors import UnknownItemError
from ita_tui.text import visible_text


def find_item_id(checklist: Checklist, item_id: str, aliases: Mapping[str, str] | None = None) -> str:
    """The checklist's id for `item_id` as typed ("๒.๑" and " 2.1 " mean "2.1"), or for an old id
    the item had before it was renumbered (`aliases`: old id -> id now); UnknownItemError naming
    the nearest valid ids when the checklist has no such item."""
    ids = checklist.item_ids()
    if item_id in ids:
        return item_id
    typed = _id_key(item_id)
    for candidate in ids:
        if _id_key(candidate) == typed:
            return candidate
    known = set(ids)
    for old, now in reversed(list((aliases or {}).items())):  # the newest renumbering first
        if _id_key(old) == typed and now in known:
            return now
    nearest = _nearest_ids(typed, ids)
    shown = visible_text(item_id)
    if nearest:
        raise UnknownItemError("err_no_item_nearest", item=shown, ids=", ".join(nearest))
    raise UnknownItemError("err_no_item_empty", item=shown)


def is_plain_id(item_id: str) -> bool:
    """Whether an id is printable text on one line: no control or bidi character, no line or
    paragraph separator (U+2028, U+2029), nothing invisible (ZWJ, BOM, soft hyphen: Unicode's
    format characters) and no path separator (/ or \\): an id is typed, shown, sorted and written
    into every document, and must read as what it is (issue 19)."""
    return item_id.isprintable() and "/" not in item_id and "\\" not in item_id


def shown_id(item_id: str) -> str:
    """An id with each character that is not printable named ("1.[U+200D]1")."""
    return "".join(c if c.isprintable() else f"[U+{ord(c):04X}]" for c in item_id)


def _id_key(item_id: str) -> str:
    """An id as compared with what a user typed: Arabic digits, no white space."""
    from ita_tui.thai import to_arabic_digits

    return "".join(to_arabic_digits(item_id).split())


def _nearest_ids(item_id: str, ids: list[str], count: int = 5) -> list[str]:
    """Valid ids that look like `item_id`: the same indicator's first, then close spellings."""
    prefix = re.match(r"\s*(\d+)\.", item_id)
    nearest = [i for i in ids if i.startswith(prefix.group(1) + ".")] if prefix else []
    nearest += [i for i in difflib.get_close_matches(item_id, ids, n=count, cutoff=0.5) if i not in nearest]
    if not nearest:
        nearest = ids[:count]
    return [visible_text(i) for i in nearest[:count]]
