"""The checklist file: UTF-8 JSON, validated on load, written atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ita_tui.checklist.ids import is_plain_id, shown_id
from ita_tui.checklist.model import Checklist, Indicator, Item, OitItem, SubIndicator, no_dash
from ita_tui.errors import FormatError, os_reason
from ita_tui.limits import ITEMS_MAX, TEXT_MAX, YEARS_BE
from ita_tui.locale import Phrase
from ita_tui.text import one_line
from ita_tui.thai import BE_OFFSET

FORMAT_NAME = "ita-tui-checklist"
FORMAT_VERSION = 1


def checklist_to_dict(checklist: Checklist) -> dict[str, Any]:
    """The JSON-ready form of a checklist, keys in a stable, readable order."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "title": checklist.title,
        "organization": checklist.organization,
        "location": checklist.location,
        "fiscal_year": checklist.fiscal_year,
        "source": checklist.source,
        "indicators": [_indicator_to_dict(ind) for ind in checklist.indicators],
    }


def _indicator_to_dict(ind: Indicator) -> dict[str, Any]:
    return {
        "number": ind.number,
        "title": ind.title,
        "description": list(ind.description),
        "measures": list(ind.measures),
        "findings": list(ind.findings),
        "results": list(ind.results),
        "outcomes": list(ind.outcomes),
        "sub_indicators": [
            {
                "number": sub.number,
                "title": sub.title,
                "oit_items": [
                    {"code": o.code, "title": o.title, "as_written": o.as_written} for o in sub.oit_items
                ],
            }
            for sub in ind.sub_indicators
        ],
        "items": [
            {
                "id": item.id,
                "number": item.number,
                "text": item.text,
                "period": item.period,
                "follow_up": item.follow_up,
                "responsible": item.responsible,
                "oit_codes": list(item.oit_codes),
            }
            for item in ind.items
        ],
    }


def dumps(checklist: Checklist) -> str:
    """The checklist as pretty-printed UTF-8 JSON text (Thai kept readable)."""
    return json.dumps(checklist_to_dict(checklist), ensure_ascii=False, indent=2) + "\n"


def save(checklist: Checklist, path: str | os.PathLike[str]) -> None:
    """Write the checklist file atomically (a half-written file never appears); a new file
    follows the umask, a replaced one keeps its mode and group."""
    from ita_tui.outputs import write_output

    path = Path(path)
    checklist_from_dict(checklist_to_dict(checklist), str(path))  # never write what load would refuse
    try:
        write_output(path, dumps(checklist).encode("utf-8"))
    except OSError as exc:
        raise FormatError("err_checklist_write", path=path, reason=os_reason(exc)) from None


def load(path: str | os.PathLike[str]) -> Checklist:
    """Read and validate a checklist file; any fault is a one-line FormatError."""
    from ita_tui.files import NotAFile, read_file

    path = Path(path)
    try:
        raw, _ = read_file(path)  # a FIFO or a device is refused unread: it could block for ever
    except IsADirectoryError:
        raise FormatError("err_checklist_is_dir", path=path) from None
    except FileNotFoundError:
        raise FormatError("err_checklist_missing", path=path) from None
    except NotAFile as exc:
        raise FormatError("err_checklist_not_a_file", path=path, kind=exc.phrase) from None
    except OSError as exc:
        raise FormatError("err_checklist_read", path=path, reason=os_reason(exc)) from None
    from ita_tui.limits import OverLimit, load_json

    try:
        text = raw.decode("utf-8-sig")  # a file saved by Notepad starts with a byte-order mark
        data = load_json(text)
    except OverLimit as exc:
        raise FormatError("err_checklist_limit", path=path, problem=exc.phrase) from None
    except UnicodeDecodeError:
        raise FormatError("err_checklist_not_utf8", path=path) from None
    except json.JSONDecodeError as exc:
        if not text.lstrip().startswith(("{", "[")):  # plain text, e.g. the measures document itself
            raise FormatError("err_checklist_not_json", path=path) from None
        raise FormatError(
            "err_checklist_bad_json", path=path, line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from None
    return checklist_from_dict(data, str(path))


def checklist_from_dict(data: Any, origin: str = "checklist") -> Checklist:
    """Validate parsed JSON as a checklist; errors name `origin` and the JSON path."""
    v = _Validator(origin)
    v.expect_type(data, dict, "$", "exp_object")
    kind = data.get("format")
    if kind != FORMAT_NAME:  # a progress database or some other JSON: say so before anything else
        found = (
            f'"{one_line(kind)}"'
            if isinstance(kind, str)
            else (Phrase("exp_no_format_key") if kind is None else _json_kind(kind))
        )
        v.fail("$.format", Phrase("exp_format", name=FORMAT_NAME, found=found))
    if "format_version" in data:
        version = v.expect_type(data["format_version"], int, "$.format_version", "exp_integer")
        if version > FORMAT_VERSION:
            v.fail("$.format_version", Phrase("exp_version_up_to", version=FORMAT_VERSION, found=version))
    else:
        v.fail("$.format_version", Phrase("exp_version", version=FORMAT_VERSION))
    indicators_raw = v.field(data, "$", "indicators", list, "exp_indicators")
    seen_ids: set[str] = set()
    seen_numbers: set[int] = set()
    item_count = 0
    indicators = []
    for i, raw_ind in enumerate(indicators_raw):
        at = f"$.indicators[{i}]"
        v.expect_type(raw_ind, dict, at, "exp_indicator")
        items = []
        for j, raw_item in enumerate(v.field(raw_ind, at, "items", list, "exp_items")):
            item_at = f"{at}.items[{j}]"
            item_count += 1
            if item_count > ITEMS_MAX:
                v.fail(item_at, Phrase("exp_items_limit", limit=f"{ITEMS_MAX:,}"))
            v.expect_type(raw_item, dict, item_at, "exp_item")
            item_id = v.field(raw_item, item_at, "id", str, "exp_item_id")
            if not item_id.strip():
                v.fail(f"{item_at}.id", Phrase("exp_nonempty_id"))
            if not is_plain_id(item_id):
                v.fail(f"{item_at}.id", Phrase("exp_id_safe", id=shown_id(item_id)))
            if item_id in seen_ids:
                v.fail(f"{item_at}.id", Phrase("exp_id_once", id=item_id))
            seen_ids.add(item_id)
            items.append(
                Item(
                    id=item_id,
                    number=v.field(raw_item, item_at, "number", int, "exp_integer"),
                    text=v.field(raw_item, item_at, "text", str, "exp_text"),
                    # "-" (a document's empty cell, or an older version's) reads as nothing
                    period=no_dash(v.optional(raw_item, item_at, "period", str, "exp_text", "")),
                    follow_up=no_dash(v.optional(raw_item, item_at, "follow_up", str, "exp_text", "")),
                    responsible=no_dash(v.optional(raw_item, item_at, "responsible", str, "exp_text", "")),
                    oit_codes=tuple(v.text_list(raw_item, item_at, "oit_codes")),
                )
            )
        subs = []
        for k, raw_sub in enumerate(v.optional(raw_ind, at, "sub_indicators", list, "exp_list", [])):
            sub_at = f"{at}.sub_indicators[{k}]"
            v.expect_type(raw_sub, dict, sub_at, "exp_sub_indicator")
            oits = []
            for m, raw_oit in enumerate(v.optional(raw_sub, sub_at, "oit_items", list, "exp_list", [])):
                oit_at = f"{sub_at}.oit_items[{m}]"
                v.expect_type(raw_oit, dict, oit_at, "exp_oit_item")
                oits.append(
                    OitItem(
                        code=v.field(raw_oit, oit_at, "code", str, "exp_oit_code"),
                        title=v.optional(raw_oit, oit_at, "title", str, "exp_text", ""),
                        as_written=v.optional(raw_oit, oit_at, "as_written", str, "exp_text", ""),
                    )
                )
            subs.append(
                SubIndicator(
                    number=v.field(raw_sub, sub_at, "number", str, "exp_sub_number"),
                    title=v.optional(raw_sub, sub_at, "title", str, "exp_text", ""),
                    oit_items=tuple(oits),
                )
            )
        number = v.field(raw_ind, at, "number", int, "exp_integer")
        if number in seen_numbers:
            v.fail(f"{at}.number", Phrase("exp_number_once", number=number))
        seen_numbers.add(number)
        indicators.append(
            Indicator(
                number=number,
                title=v.field(raw_ind, at, "title", str, "exp_text"),
                items=tuple(items),
                measures=tuple(v.text_list(raw_ind, at, "measures")),
                findings=tuple(v.text_list(raw_ind, at, "findings")),
                results=tuple(v.text_list(raw_ind, at, "results")),
                outcomes=tuple(v.text_list(raw_ind, at, "outcomes")),
                description=tuple(v.text_list(raw_ind, at, "description")),
                sub_indicators=tuple(subs),
            )
        )
    return Checklist(
        title=v.field(data, "$", "title", str, "exp_text"),
        organization=v.field(data, "$", "organization", str, "exp_text"),
        fiscal_year=v.year(data),
        indicators=tuple(indicators),
        location=v.optional(data, "$", "location", str, "exp_text", ""),
        source=v.optional(data, "$", "source", str, "exp_text", ""),
    )


class _Validator:
    """Checks shapes and raises FormatError naming the origin and JSON path; `expected` is the key
    of the words saying what the value should be ("exp_integer" …)."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, at: str, expected: Phrase) -> None:
        raise FormatError("err_checklist_expected", origin=self.origin, at=at, expected=expected)

    def expect_type(self, value: Any, kind: type, at: str, expected: str) -> Any:
        # bool is an int in Python; a checklist never means True by 1.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(at, Phrase("exp_found", expected=Phrase(expected), found=_json_kind(value)))
        if kind is str and len(value) > TEXT_MAX:
            self.fail(at, Phrase("exp_text_limit", limit=f"{TEXT_MAX:,}", found=f"{len(value):,}"))
        return value

    def field(self, obj: dict[str, Any], at: str, key: str, kind: type, expected: str) -> Any:
        if key not in obj:
            self.fail(f"{at}.{key}", Phrase("exp_missing", expected=Phrase(expected)))
        return self.expect_type(obj[key], kind, f"{at}.{key}", expected)

    def year(self, data: dict[str, Any]) -> int:
        """The fiscal year in the Buddhist Era: one within YEARS_BE, or its Common Era equal (taken
        as that BE year); any other (0, 543, -5, 10**18-1) fails here, before a date is made of it."""
        year: int = self.field(data, "$", "fiscal_year", int, "exp_year")
        first, last = YEARS_BE
        if first - BE_OFFSET <= year <= last - BE_OFFSET:
            year += BE_OFFSET
        if not first <= year <= last:
            self.fail("$.fiscal_year", Phrase("exp_year_range", first=first, last=last, found=year))
        return year

    def optional(
        self, obj: dict[str, Any], at: str, key: str, kind: type, expected: str, default: Any
    ) -> Any:
        if key not in obj or obj[key] is None:
            return default
        return self.expect_type(obj[key], kind, f"{at}.{key}", expected)

    def text_list(self, obj: dict[str, Any], at: str, key: str) -> list[str]:
        values: list[str] = self.optional(obj, at, key, list, "exp_texts", [])
        for n, value in enumerate(values):
            self.expect_type(value, str, f"{at}.{key}[{n}]", "exp_text")
        return values


def _json_kind(value: Any) -> Phrase:
    """How a JSON value reads to a person: "a number", "null" ..."""
    if value is None:
        return Phrase("json_null")
    if isinstance(value, bool):
        return Phrase("json_bool")
    if isinstance(value, (int, float)):
        return Phrase("json_number")
    if isinstance(value, str):
        return Phrase("json_text")
    if isinstance(value, list):
        return Phrase("json_list")
    return Phrase("json_object")  # json.loads makes nothing else
