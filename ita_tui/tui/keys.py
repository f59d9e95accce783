"""Every key of the app in one table: bindings, the help screen and the command palette use it."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import NamedTuple

from textual.binding import Binding, BindingsMap, BindingType

from ita_tui.locale import Words


class Key(NamedTuple):
    """One action, its keys on the English layout and on the Thai (Kedmanee) layout."""

    action: str
    english: str  # Textual key names, comma separated
    display: str  # how the English key is written for people
    thai: str = ""  # the Thai character on the same physical key
    label: str = ""  # key of the words table
    show: bool = True  # in the footer
    palette: bool = True  # in the command palette
    short: str = ""  # key of the words table for the key bar when the label is too long for it


NAVIGATION_KEYS = (
    Key("cursor_down", "down,j", "↓ j", "่", "key_down", show=False, palette=False),
    Key("cursor_up", "up,k", "↑ k", "า", "key_up", show=False, palette=False),
    Key("toggle_node", "enter", "enter", "", "key_toggle", show=False, palette=False),
    Key("expand", "l,right", "l →", "ส", "key_expand", show=False, palette=False),
    Key("collapse", "h,left", "h ←", "้", "key_collapse", show=False, palette=False),
)

MAIN_KEYS = (
    Key("tick", "space", "space", "", "key_tick", short="key_tick_short"),
    Key("state", "s", "s", "ห", "key_state", short="key_state_short"),
    Key("verify", "o", "o", "น", "key_verify", show=False, short="key_verify_short"),
    Key("return_item", "b", "b", "ิ", "key_return", show=False, short="key_return_short"),
    Key("note", "n", "n", "ื", "key_note"),
    Key("link", "a", "a", "ฟ", "key_link"),
    Key("search", "slash", "/", "ฝ", "key_search", short="key_search_short"),
    Key("filter", "f", "f", "ด", "key_filter", short="key_filter_short"),
    Key("unit", "r", "r", "พ", "key_unit", short="key_unit_short"),
    Key("units", "g", "g", "เ", "key_units", show=False),
    Key("dashboard", "d", "d", "ก", "key_dashboard", short="key_dashboard_short"),
    Key("export", "e", "e", "ำ", "key_export", short="key_export_short"),
    Key("read_notes", "v", "v", "อ", "key_read_notes", show=False),
    Key("open_link", "L", "L", "ศ", "key_open_link", show=False),
    Key("undo", "u", "u", "ี", "key_undo", show=False),
    Key("redo", "U,ctrl+r", "U", "๊", "key_redo", show=False),
    Key("edit_note", "c", "c", "แ", "key_edit_note", show=False),
    Key("retract", "x", "x", "ป", "key_retract", show=False),
    Key("edit_mode", "E", "E", "ฎ", "key_edit_mode", show=False, short="key_edit_mode_short"),
    Key("write", "w", "w", "ไ", "key_write", show=False),
    Key("clear", "escape", "esc", "", "key_clear", show=False),
)

EDIT_KEYS = (  # the edit mode's keys (E): only they and the moving keys work in it
    Key("edit_text", "t", "t", "ะ", "key_edit_text", short="key_edit_text_short"),
    Key("add_item", "i", "i", "ร", "key_add_item", short="key_add_item_short"),
    Key("remove_item", "D", "D", "ฏ", "key_remove_item", short="key_remove_item_short"),
    Key("move_item", "m", "m", "ท", "key_move_item", short="key_move_item_short"),
    Key("renumber", "R", "R", "ฑ", "key_renumber"),
    Key("undo", "u", "u", "ี", "key_undo"),
    Key("edit_mode", "E", "E", "ฎ", "key_edit_mode_off"),
    Key("write", "w", "w", "ไ", "key_write_issues", show=False),  # bound among MAIN_KEYS
)

DASHBOARD_KEYS = (
    Key("back", "escape", "esc", "", "key_back"),
    Key("body_down", "j", "j", "่", "key_down", show=False, palette=False),
    Key("body_up", "k", "k", "า", "key_up", show=False, palette=False),
)

# Keys Textual itself binds, named here so the help screen lists them from this table too.
FOCUS_KEY = Key("focus_next", "tab", "tab ⇧tab", "", "key_focus", show=False, palette=False)
PAGE_KEY = Key("page", "pageup,pagedown", "PgUp PgDn", "", "key_page", show=False, palette=False)
PALETTE_KEY = Key("command_palette", "ctrl+p", "ctrl+p", "", "key_palette", show=False, palette=False)

MAIN_HELP = (*NAVIGATION_KEYS, *MAIN_KEYS, FOCUS_KEY)  # the help screen opened on the main screen
EDIT_HELP = (*NAVIGATION_KEYS, *EDIT_KEYS, FOCUS_KEY)  # ... and in the edit mode (E): its keys only
DASHBOARD_HELP = (*DASHBOARD_KEYS, PAGE_KEY)

APP_KEYS = (
    Key(
        "help", "question_mark,f1", "? F1", "ฦ", "key_help", short="key_help_short"
    ),  # ฦ is shift+/ on the Thai layout
    Key("quit", "q", "q", "ๆ", "key_quit"),
)


def shown_thai(key: Key) -> str:
    """The Thai key as people can read it: a mark alone sits on a dotted circle (่ -> ◌่)."""
    if not key.thai:
        return "-"
    return "◌" + key.thai if unicodedata.category(key.thai) == "Mn" else key.thai


def bindings(keys: tuple[Key, ...]) -> list[BindingType]:
    """Textual bindings for a table of keys (descriptions are words-table keys until translated)."""
    return [
        Binding(
            ",".join(filter(None, (k.english, k.thai))), k.action, k.label, show=k.show, key_display=k.display
        )
        for k in keys
    ]


def translate_bindings(node, words: Words) -> None:
    """Give a node's bindings their descriptions in the chosen language."""
    node._bindings = BindingsMap(
        replace(binding, description=words.get(binding.description, binding.description))
        for _, binding in node._bindings
    )
