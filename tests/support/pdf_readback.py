"""Reading a written PDF back as search and copy would: pypdf, pdftotext, and what was written."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdf


def squeezed(text: str) -> str:
    """Text without any white space (lines wrap between words; readers add or drop spaces)."""
    return re.sub(r"\s+", "", text)


def pypdf_text(path: Path) -> str:
    """Every page's text as pypdf extracts it."""
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def pdftotext_text(path: Path, *options: str) -> str:
    """The text poppler's pdftotext reads (what most viewers' search and copy see)."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@contextmanager
def written_lines(monkeypatch) -> Iterator[list[str]]:
    """The text of every line the exporter hands to fpdf2 (`cell`), in order."""
    from fpdf import FPDF

    lines: list[str] = []
    original = FPDF.cell

    def cell(self, w=None, h=None, text="", *args, **kwargs):
        lines.append(text)
        return original(self, w, h, text, *args, **kwargs)

    monkeypatch.setattr(FPDF, "cell", cell)
    yield lines
    monkeypatch.undo()
