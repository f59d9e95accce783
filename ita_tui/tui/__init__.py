"""The Textual app: the only package of ita-tui that imports textual."""
