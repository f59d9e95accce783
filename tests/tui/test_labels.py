"""The app's words: both languages name the same things with the same blanks."""

from __future__ import annotations

import string

from ita_tui.locale.tui import LABELS


def blanks(text: str) -> set[str]:
    """The {names} a text expects."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_thai_and_english_have_the_same_words_and_blanks():
    thai, english = LABELS["th"], LABELS["en"]
    assert set(thai) == set(english)
    for key in thai:
        assert blanks(thai[key]) == blanks(english[key]), key
