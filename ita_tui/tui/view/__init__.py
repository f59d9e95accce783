"""What the screens show, computed without Textual: rows, filters and formatting."""
