"""ita-tui: track an agency's ITA integrity and transparency measures."""

__version__ = "0.1.0"
