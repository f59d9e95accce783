"""Every word a person reads, in Thai (the default) and English, behind one lookup: `words(lang)`.

The words live in one module per area, each a `WORDS = {"th": {...}, "en": {...}}` table with
the same keys in both languages: args (--help and usage errors), cli (the command line's lines),
errors (every error a user reads), export (summaries and the PDF), files (why a file or the
system refused), importer (what a measures document should hold), log (the activity log's actions
and phrases), serve (the browser's login and app pages), tui (the app), tui_edits (the app's
corrections and edit mode), tui_review (the supervisor's review). They are merged into one table
here; a key is written in one area only, so a word means one thing wherever it is shown.
Checklist text and what users type are never translated.

    say = words("en")
    say("confirm_ticked", item="2.1", by="somchai", at="…")  # a filled-in line
    say["key_quit"]                                          # the template as written
    Phrase("err_no_item", item="9.9").text("th")             # a sentence made before its language is known

Errors carry a Phrase (errors.ItaError), so the store, importer and exporters need not know who reads.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from ita_tui.locale import args, cli, errors, export, files, importer, log, serve, tui, tui_edits, tui_review

LANGS: Final = ("th", "en")
# The keys whose Thai and English name different blanks, and which: a year said as the language
# counts years (the Buddhist Era in Thai, the Common Era in English). Every other key has the same.
ONE_FIELD_PER_LANGUAGE: Final = {"year_in_era": ({"be"}, {"ce"})}
DEFAULT_LANG: Final = "th"

_AREAS = (
    args.WORDS,
    cli.WORDS,
    errors.WORDS,
    export.WORDS,
    files.WORDS,
    importer.WORDS,
    log.WORDS,
    serve.WORDS,
    tui.WORDS,
    tui_edits.WORDS,
    tui_review.WORDS,
)


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
        """The line `key` with its blanks filled in; a field that is a Phrase is said in this language."""
        shown = {name: v.text(self.lang) if isinstance(v, Phrase) else v for name, v in fields.items()}
        return self._table[key].format(**shown)


class Phrase:
    """A line of the word table with its fields, to be said once the reader's language is known."""

    __slots__ = ("fields", "key")

    def __init__(self, key: str, /, **fields: object) -> None:
        self.key = key
        self.fields = fields

    def text(self, lang: str) -> str:
        """The phrase in `lang`."""
        return words(lang)(self.key, **self.fields)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.key, self.fields) == (other.key, other.fields)

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, **{self.fields!r})"


_WORDS: Final = {lang: Words(lang) for lang in LANGS}


def words(lang: str) -> Words:
    """The words of `lang` ("th" or "en"); Thai for anything else."""
    return _WORDS.get(lang, _WORDS[DEFAULT_LANG])
