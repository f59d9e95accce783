"""Read an agency's measures document into a Checklist (pure: bytes in, Checklist out)."""

from ita_tui.importer.reader import import_file, import_text

__all__ = ["import_file", "import_text"]
