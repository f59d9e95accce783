"""The word table: Thai and English name the same things with the same blanks, behind one lookup."""

from __future__ import annotations

import re
import string

import pytest

from ita_tui import locale
from ita_tui.locale import (
    ONE_FIELD_PER_LANGUAGE,
    args,
    cli,
    errors,
    export,
    files,
    importer,
    log,
    tui,
    tui_edits,
    tui_review,
    words,
)


def blanks(text: str) -> set[str]:
    """The {names} a text expects, and argparse's %-blanks (%(prog)s, %s, %r) in its own words."""
    percent = {f"%{m}" for m in re.findall(r"%(\([a-z_]+\)[sr]|[sr])", text)}
    return {name for _, name, _, _ in string.Formatter().parse(text) if name} | percent


@pytest.mark.parametrize(
    "area",
    [args, cli, errors, export, files, importer, log, tui, tui_edits, tui_review],
    ids=lambda a: a.__name__,
)
def test_every_area_has_the_same_keys_and_blanks_in_thai_and_english(area):
    thai, english = area.WORDS["th"], area.WORDS["en"]
    assert sorted(thai.keys() - english.keys()) == [], "missing in English"
    assert sorted(english.keys() - thai.keys()) == [], "missing in Thai"
    assert {k: blanks(v) for k, v in thai.items() if k not in ONE_FIELD_PER_LANGUAGE} == {
        k: blanks(english[k]) for k in thai if k not in ONE_FIELD_PER_LANGUAGE
    }
    for key, (in_thai, in_english) in ONE_FIELD_PER_LANGUAGE.items():
        assert key not in thai or (blanks(thai[key]), blanks(english[key])) == (in_thai, in_english)


def test_the_parity_check_notices_a_missing_word_and_a_differing_blank(monkeypatch):
    monkeypatch.setitem(export.WORDS["th"], "only_thai", "ไทย")
    monkeypatch.setitem(export.WORDS["en"], "more", "and {count} more")
    with pytest.raises(AssertionError, match="missing in English"):
        test_every_area_has_the_same_keys_and_blanks_in_thai_and_english(export)
    monkeypatch.delitem(export.WORDS["th"], "only_thai")
    with pytest.raises(AssertionError):
        test_every_area_has_the_same_keys_and_blanks_in_thai_and_english(export)


def test_one_lookup_thai_by_default_english_when_asked():
    assert words("th")("more", n=3) == "และอีก 3 รายการ"
    assert words("en")("more", n=3) == "and 3 more"
    assert words("xx")["key_quit"] == words("th")["key_quit"] == "ออก"
    assert words("en").lang == "en" and words("fr").lang == "th"


def test_a_key_is_written_in_one_area_only(monkeypatch):
    monkeypatch.setitem(tui.WORDS["th"], "more", "ซ้ำ")
    with pytest.raises(KeyError, match=r"two areas.*more"):
        locale._merged("th")


def _error_classes() -> set[str]:
    """The names of ItaError and its subclasses, and of the store's UnusableFile."""
    from ita_tui import errors

    names = {"UnusableFile"}
    for name in dir(errors):
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, errors.ItaError):
            names.add(name)
    return names


def test_every_error_raised_in_the_code_names_a_key_of_the_word_table():
    """An error made with an English sentence (`StoreError("cannot …")`) would reach a Thai user
    untranslated: every ItaError is made from a key, and every Phrase's key exists."""
    import ast
    from pathlib import Path

    import ita_tui
    from ita_tui.locale import words

    classes, table = _error_classes() | {"Phrase"}, words("th")
    bad = []
    for path in Path(ita_tui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in classes:
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, (ast.Name, ast.Subscript, ast.JoinedStr)):
                continue  # a key chosen by the caller (`Phrase(expected)`), from a table, or made ("log_…")
            keys = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            if not all(isinstance(k, ast.Constant) and k.value in table for k in keys):
                bad.append(f"{path.name}:{node.lineno} {ast.unparse(node)[:80]}")
    assert bad == []
