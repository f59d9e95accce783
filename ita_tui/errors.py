"""Errors a user can act on. The CLI prints each as one line and exits 2."""


class ItaError(Exception):
    """Base of every user-facing failure; its message is one sentence."""


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
