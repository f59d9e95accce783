"""The activity log's fixed phrases as codes (pure): what the store writes, and how the English
phrases of older databases are read back as the same codes.

A log record's `before` and `after` hold either what a user wrote (a note, a link, an item's
text) or a code ("done", "removed-from-checklist" …). A side is a code exactly when the record's
optional `fields` object names it: `{"before": "history", "fields": {"before": {"state": "done",
"by": "somchai", "at": "…", "notes": 2, "links": 1}}}`. A code is shown through the words
CODE_WORDS in the reader's language; the fields named in CODE_FIELDS hold codes themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ita_tui.checklist.model import NOT_APPLICABLE, NOT_STARTED
from ita_tui.locale import Phrase
from ita_tui.store.rows import StateRow

Coded = tuple[str, dict[str, Any]]  # a code and its fields
Side = str | Coded  # what a user wrote, or a code

CODE_FIELDS = frozenset({"state", "from_state", "to_state", "status", "role"})

CODE_WORDS = {  # each code the log writes -> the words that say it
    "added-to-checklist": "log_added-to-checklist",
    "created-from": "log_created-from",
    "next-year-from": "log_next-year-from",
    "score-of-year": "log_score-of-year",
    "done": "log_done",
    "format": "log_format",
    "history": "log_history",
    "history-na-because": "log_history-na-because",
    "history-not-started": "log_history-not-started",
    "in-indicator": "log_in-indicator",
    "in-indicator-after": "log_in-indicator-after",
    "in-progress": "log_in-progress",
    "indicator-items": "log_indicator-items",
    "item-line": "log_item-line",
    "item-in-indicator": "log_item-in-indicator",
    "item-count": "log_item-count",
    "link-added": "log_link-added",
    "na": "log_na",
    "na-because": "log_na-because",
    "not-reviewed": "log_not-reviewed",
    "not-started": "log_not-started",
    "removed-from-checklist": "log_removed-from-checklist",
    "returned": "log_returned",
    "reviewed": "log_reviewed",
    "role": "log_role",
    "role-unit": "log_role-unit",
    "staff": "log_staff",
    "state-changed": "log_state-changed",
    "supervisor": "log_supervisor",
    "update-counts": "log_update-counts",
    "user-login": "log_user-login",
    "user-no-login": "log_user-no-login",
    "user-role": "log_user-role",
    "user-role-unit": "log_user-role-unit",
    "verified": "log_verified",
    "was-verified": "log_was-verified",
}


ACTION_WORDS = {  # each action the log records -> its name in words
    "checklist-update": "act_checklist-update",
    "create": "act_create",
    "indicator-add": "act_indicator-add",
    "indicator-edit": "act_indicator-edit",
    "indicator-remove": "act_indicator-remove",
    "item-add": "act_item-add",
    "item-edit": "act_item-edit",
    "item-move": "act_item-move",
    "item-remove": "act_item-remove",
    "link": "act_link",
    "link-retract": "act_link-retract",
    "migrate": "act_migrate",
    "note": "act_note",
    "note-edit": "act_note-edit",
    "note-retract": "act_note-retract",
    "outcome": "act_outcome",
    "redo": "act_redo",
    "renumber": "act_renumber",
    "result": "act_result",
    "return": "act_return",
    "state": "act_state",
    "tick": "act_tick",
    "undo": "act_undo",
    "unit-add": "act_unit-add",
    "unit-map": "act_unit-map",
    "unit-remove": "act_unit-remove",
    "unit-rename": "act_unit-rename",
    "untick": "act_untick",
    "unverify": "act_unverify",
    "issues": "act_issues",
    "score": "act_score",
    "user": "act_user",
    "user-login": "act_user-login",
    "verify": "act_verify",
}


def action_words(action: str, say: Mapping[str, str]) -> str:
    """A log entry's action in words; an action of a newer ita-tui as it is recorded."""
    key = ACTION_WORDS.get(action)
    return say[key] if key else action


# An item line's fields besides its id and text (checklist.fields.DETAIL_FIELDS), each said
# with its label when set: "6.6 ข้อความ | ระยะเวลา: ต.ค. 2568 | ผู้รับผิดชอบ: กองคลัง".
ITEM_DETAIL_WORDS = {
    "period": "log_item_period",
    "follow_up": "log_item_follow_up",
    "responsible": "log_item_responsible",
    "oit_codes": "log_item_oit",
}


def phrase(value: str, fields: Mapping[str, Any] | None) -> Phrase:
    """One side of a log entry as words: a code with its fields, else the text as it is."""
    if fields is None or value not in CODE_WORDS:  # text, or a code of a newer ita-tui
        return Phrase("log_text", text=value)
    shown = {k: _code(v) if k in CODE_FIELDS else v for k, v in fields.items()}
    if value == "item-line":
        shown = {
            "id": shown.get("id", ""),
            "text": shown.get("text", ""),
            **{
                name: Phrase(key, value=shown[name]) if shown.get(name) else ""
                for name, key in ITEM_DETAIL_WORDS.items()
            },
        }
    return Phrase(CODE_WORDS[value], **shown)


def _code(value: Any) -> Phrase | str:
    """A field that holds a code, in words (a code of a newer ita-tui as it is written)."""
    key = CODE_WORDS.get(value) if isinstance(value, str) else None
    return Phrase(key) if key else str(value)


def split_sides(before: Side, after: Side) -> tuple[str, str, dict[str, dict[str, Any]] | None]:
    """A log entry's before and after as stored: their texts (or codes), and the codes' fields
    by side (None when neither is a code)."""
    texts: list[str] = []
    fields: dict[str, dict[str, Any]] = {}
    for name, side in (("before", before), ("after", after)):
        if isinstance(side, tuple):
            text, fields[name] = side
        else:
            text = side
        texts.append(text)
    return texts[0], texts[1], fields or None


def state(row: StateRow | None) -> Coded:
    """An item's state as the log keeps it: "not-started", "in-progress", "done", "na" (with why)."""
    if row is None:
        return ("not-started", {})
    if row.state == NOT_APPLICABLE and row.reason:
        return ("na-because", {"reason": row.reason})
    return (str(row.state), {})


def history(row: StateRow | None, notes: int, links: int) -> Coded:
    """An item's progress when it leaves the checklist: its state (by whom, when), note and link counts."""
    counts = {"notes": notes, "links": links}
    if row is None or row.state == NOT_STARTED:
        return ("history-not-started", counts)
    who = {"by": row.by, "at": row.at, **counts}
    if row.state == NOT_APPLICABLE and row.reason:
        return ("history-na-because", {"reason": row.reason, **who})
    return ("history", {"state": str(row.state), **who})


def user_role(name: str, role: str, unit: str) -> Coded:
    """A user as recorded: name, role and (if any) unit."""
    if unit:
        return ("user-role-unit", {"name": name, "role": role, "unit": unit})
    return ("user-role", {"name": name, "role": role})


def user_login(name: str, login: str) -> Coded:
    """The OS login recorded for a user ("" : none, any login may act as them)."""
    return ("user-login", {"name": name, "login": login}) if login else ("user-no-login", {"name": name})


def role(role: str, unit: str) -> Coded:
    """A user's role (and unit) before it changed."""
    return ("role-unit", {"role": role, "unit": unit}) if unit else ("role", {"role": role})


# ----- older databases: their English phrases read as codes ------------------------------------

_OLD_STATES = {
    "not done": "not-started",
    "in progress": "in-progress",
    "done": "done",
    "not applicable": "na",
}
_STATE_WORDS = "|".join(map(re.escape, _OLD_STATES))
_OLD_PATTERNS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "before": [
        (
            re.compile(
                rf"^(?P<state>{_STATE_WORDS}) by (?P<by>.*) at (?P<at>\S+); "
                r"(?P<notes>\d+) notes; (?P<links>\d+) links$"
            ),
            "history",
        ),
        (re.compile(r"^not done; (?P<notes>\d+) notes; (?P<links>\d+) links$"), "history-not-started"),
        (re.compile(r"^(?P<items>\d+) items$"), "item-count"),
        (re.compile(r"^verified by (?P<by>.*) at (?P<at>\S+)$"), "was-verified"),
        (re.compile(r"^(?P<status>verified|returned) by (?P<by>.*)$"), "reviewed"),
        (re.compile(r"^not reviewed$"), "not-reviewed"),
        (re.compile(r"^format (?P<version>\d+)$"), "format"),
    ],
    "after": [
        (re.compile(r"^removed from the checklist \(history kept\)$"), "removed-from-checklist"),
        (re.compile(r"^added to the checklist$"), "added-to-checklist"),
        (
            re.compile(
                r"^(?P<items>\d+) items: (?P<kept>\d+) kept, (?P<added>\d+) added, (?P<removed>\d+) removed$"
            ),
            "update-counts",
        ),
        (re.compile(r"^(?P<items>\d+) items from (?P<source>.+)$"), "created-from"),
        (
            re.compile(rf"^state changed: (?P<from_state>{_STATE_WORDS}) -> (?P<to_state>{_STATE_WORDS})$"),
            "state-changed",
        ),
        (re.compile(r"^link added: (?P<url>.*)$"), "link-added"),
        (re.compile(r"^format (?P<version>\d+)$"), "format"),
        (re.compile(r"^(?P<name>.*): (?P<role>supervisor|staff) (?P<unit>.+)$"), "user-role-unit"),
        (re.compile(r"^(?P<name>.*): (?P<role>supervisor|staff)$"), "user-role"),
    ],
}
# Which actions wrote which fixed phrases, side by side; anything else there is text.
_OLD_PHRASES = {
    "checklist-update": ("before", "after"),
    "create": ("after",),
    "unverify": ("before", "after"),
    "verify": ("before",),
    "return": ("before",),
    "migrate": ("before", "after"),
    "user": ("after",),
}


def old_sides(action: str, before: str, after: str) -> tuple[str, str, dict[str, dict[str, Any]] | None]:
    """A record written before codes: its English fixed phrases as codes (text stays text)."""
    sides: dict[str, Side] = {"before": before, "after": after}
    if action in ("tick", "untick", "state"):
        for name, text in sides.items():
            sides[name] = _old_state(str(text))
    for name in _OLD_PHRASES.get(action, ()):
        text = str(sides[name])
        for pattern, code in _OLD_PATTERNS[name]:
            match = pattern.match(text)
            if match:
                sides[name] = (code, _old_fields(match.groupdict()))
                break
    if action == "verify" and after == "verified":
        sides["after"] = ("verified", {})
    return split_sides(sides["before"], sides["after"])


def _old_state(text: str) -> Side:
    if text in _OLD_STATES:
        return (_OLD_STATES[text], {})
    if text.startswith("not applicable: "):
        return ("na-because", {"reason": text.removeprefix("not applicable: ")})
    return text


def _old_fields(groups: dict[str, str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, value in groups.items():
        if key in ("state", "from_state", "to_state"):
            fields[key] = _OLD_STATES[value]
        elif value.isdigit() and key != "by":
            fields[key] = int(value)
        else:
            fields[key] = value
    return fields
