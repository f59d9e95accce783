"""Errors a user can act on. The CLI prints each as one line and exits 2.

An error carries a key of the word table and its fields (`ita_tui.locale.Phrase`), not a sentence:
whoever shows it says it in the reader's language with `exc.text(lang)`. `str(exc)` is the English
line, for tracebacks and logs that no user reads.
"""

from __future__ import annotations

import errno

from ita_tui.locale import Phrase


class ItaError(Exception):
    """Base of every user-facing failure; its message is one sentence of the word table."""

    def __init__(self, key: str, /, **fields: object) -> None:
        super().__init__(key)
        self.phrase = Phrase(key, **fields)

    def text(self, lang: str) -> str:
        """The error's sentence in `lang` ("th" or "en")."""
        return self.phrase.text(lang)

    def __str__(self) -> str:
        return self.text("en")


class FormatError(ItaError):
    """A checklist file is not valid (names the file, the JSON path and what was expected)."""


class SourceError(ItaError):
    """A measures document could not be imported (names the line and what was expected)."""


class StoreError(ItaError):
    """The progress database cannot be read or written."""


class UnknownItemError(StoreError):
    """An item id that the checklist does not hold."""


class ExportError(ItaError):
    """A summary or PDF could not be written."""


_OS_REASONS = {
    errno.ENOENT: "os_no_such_file",
    errno.EACCES: "os_permission_denied",
    errno.EPERM: "os_not_permitted",
    errno.ENOSPC: "os_disk_full",
    errno.EROFS: "os_read_only_fs",
    errno.EISDIR: "os_is_a_directory",
    errno.ENOTDIR: "os_not_a_directory",
    errno.EEXIST: "os_exists",
}


def os_reason(exc: OSError) -> Phrase | str:
    """Why the system refused, in the reader's language for the common cases; else as it says it."""
    phrase = getattr(exc, "phrase", None)  # files.PhrasedOSError: ours, already in the word table
    if isinstance(phrase, Phrase):
        return phrase
    key = _OS_REASONS.get(exc.errno or 0)
    return Phrase(key) if key else (exc.strerror or str(exc))
