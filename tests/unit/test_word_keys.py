"""Every word key is a literal a check can see: a key used in the code is in the word table, a key
in the word table is used somewhere, and a key's {fields} are the same in Thai and English.

A key is used when its literal stands anywhere in the program (a call, a map, a table of keys): no
key is built at run time, so a key missing from these literals is dead. A literal is a use that
must be in the table when it stands where words are looked up: the first argument of `say(…)`,
`words(…)`, `Phrase(…)` and every ItaError, or the key in `words[…]` and `words.get(…)`."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import ita_tui
from ita_tui.locale import _AREAS, LANGS, ONE_FIELD_PER_LANGUAGE, words

PACKAGE = Path(ita_tui.__file__).parent
LOOKUPS = {"say", "_say", "words", "w", "Phrase"}  # names that look a word up by key


def _sources() -> dict[Path, ast.Module]:
    """Every module of the program, the word tables (`WORDS = {…}`) left out: their keys are
    definitions, not uses."""
    trees = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tree.body = [node for node in tree.body if not _is_word_table(node)]
        trees[path] = tree
    return trees


def _is_word_table(node: ast.stmt) -> bool:
    targets = (
        node.targets
        if isinstance(node, ast.Assign)
        else [node.target]
        if isinstance(node, ast.AnnAssign)
        else []
    )
    return any(isinstance(t, ast.Name) and t.id == "WORDS" for t in targets)


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """ItaError and every class derived from it, in any module."""
    found = {"ItaError"}
    grown = True
    while grown:
        grown = False
        for tree in trees.values():
            for node in ast.walk(tree):
                is_error = isinstance(node, ast.ClassDef) and any(_name(b) in found for b in node.bases)
                if is_error and node.name not in found:
                    found.add(node.name)
                    grown = True
    return found


def _name(node: ast.expr) -> str:
    """The last name of `say`, `self.app.words`, `errors.StoreError`."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def looked_up(trees: dict[Path, ast.Module]) -> list[tuple[str, str]]:
    """(where, key) for every literal standing where a word is looked up by its key."""
    callers = LOOKUPS | _error_classes(trees)
    found = []
    for path, tree in trees.items():
        where = str(path.relative_to(PACKAGE.parent))
        for node in ast.walk(tree):
            key = None
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                if _name(func) in callers or (
                    isinstance(func, ast.Attribute) and func.attr == "get" and _name(func.value) in LOOKUPS
                ):
                    key = _literal(node.args[0])
            elif isinstance(node, ast.Subscript) and _name(node.value) in LOOKUPS:
                key = _literal(node.slice)
            if key is not None and key not in LANGS:  # words("en") names a language
                found.append((f"{where}:{node.lineno}", key))
    return found


def literals(trees: dict[Path, ast.Module]) -> set[str]:
    """Every string literal of the program outside the word tables."""
    return {
        node.value
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


TREES = _sources()
KEYS = set(words("th"))


def test_every_key_looked_up_is_in_the_word_table():
    missing = sorted(f"{where} {key!r}" for where, key in looked_up(TREES) if key not in KEYS)
    assert missing == [], "keys used but not in the word table:\n" + "\n".join(missing)


def test_every_key_of_the_word_table_is_used():
    unused = sorted(KEYS - literals(TREES))
    assert unused == [], f"keys in the word table that no code uses: {unused}"


def test_the_check_sees_a_key_mistyped_wherever_words_are_looked_up():
    snippet = ast.parse(
        'say("key_quitt")\nself.app.words["key_quitt"]\nwords.get("key_quitt", "")\n'
        'Phrase("err_no_itme")\nraise StoreError("err_no_itme", item="9.9")\nwords("en")\nsay("key_quit")'
    )
    found = looked_up({PACKAGE / "snippet.py": snippet} | TREES)
    mistyped = [(where, key) for where, key in found if key not in KEYS]
    assert mistyped == [
        (f"ita_tui/snippet.py:{n}", k) for n, k in enumerate(["key_quitt"] * 3 + ["err_no_itme"] * 2, 1)
    ]


def test_each_key_has_the_same_fields_in_thai_and_english():
    differ = []
    for area in _AREAS:
        for key, thai in area["th"].items():
            if key in ONE_FIELD_PER_LANGUAGE:
                assert (fields_of(thai), fields_of(area["en"][key])) == ONE_FIELD_PER_LANGUAGE[key]
            elif fields_of(thai) != fields_of(area["en"][key]):
                differ.append(f"{key}: th {sorted(fields_of(thai))} en {sorted(fields_of(area['en'][key]))}")
    assert differ == [], "fields differ between the languages:\n" + "\n".join(differ)
