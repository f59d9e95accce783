"""Read an agency's measures document into a Checklist (pure: bytes in, Checklist out)."""

from ita_tui.importer.reader import Imported, Skipped, import_text
from ita_tui.importer.source import import_file, read_bytes, read_file

__all__ = ["Imported", "Skipped", "import_file", "import_text", "read_bytes", "read_file"]
