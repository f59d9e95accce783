"""The word table: Thai and English name the same things with the same blanks, behind one lookup."""

from __future__ import annotations

import string

import pytest

from ita_tui import locale
from ita_tui.locale import cli, export, log, tui, words


def blanks(text: str) -> set[str]:
    """The {names} a text expects."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("area", [cli, export, log, tui], ids=lambda a: a.__name__)
def test_every_area_has_the_same_keys_and_blanks_in_thai_and_english(area):
    thai, english = area.WORDS["th"], area.WORDS["en"]
    assert sorted(thai.keys() - english.keys()) == [], "missing in English"
    assert sorted(english.keys() - thai.keys()) == [], "missing in Thai"
    assert {k: blanks(v) for k, v in thai.items()} == {k: blanks(english[k]) for k in thai}


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
