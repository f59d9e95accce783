"""Every word a person reads, in Thai (the default) and English, behind one lookup: `words(lang)`.

The words live in one module per area, each a `WORDS = {"th": {...}, "en": {...}}` table with
the same keys in both languages: cli (the command line's lines), export (summaries and the PDF),
log (the activity log's actions and phrases), tui (the app). They are merged into one table here;
a key is written in one area only, so a word means one thing wherever it is shown. Checklist text
and what users type are never translated.

    say = words("en")
    say("confirm_ticked", item="2.1", by="somchai", at="…")  # a filled-in line
    say["key_quit"]                                          # the template as written
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from ita_tui.locale import cli, export, log, tui

LANGS: Final = ("th", "en")
DEFAULT_LANG: Final = "th"

_AREAS = (cli.WORDS, export.WORDS, log.WORDS, tui.WORDS)


def _merged(lang: str) -> dict[str, str]:
    """One language's words from every area; a key written in two areas is a mistake, refused."""
    table: dict[str, str] = {}
    for area in _AREAS:
        twice = table.keys() & area[lang].keys()
        if twice:
            raise KeyError(f"words written in two areas: {sorted(twice)}")
        table.update(area[lang])
    return table


_TABLE: Final = {lang: _merged(lang) for lang in LANGS}


class Words(Mapping[str, str]):
    """The words of one language: `w[key]` is the template, `w(key, **fields)` the filled-in line."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in _TABLE else DEFAULT_LANG
        self._table = _TABLE[self.lang]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __call__(self, key: str, /, **fields: object) -> str:
        return self._table[key].format(**fields)


_WORDS: Final = {lang: Words(lang) for lang in LANGS}


def words(lang: str) -> Words:
    """The words of `lang` ("th" or "en"); Thai for anything else."""
    return _WORDS.get(lang, _WORDS[DEFAULT_LANG])
