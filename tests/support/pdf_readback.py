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
    """Text without any white space (lines wrap between words; readers add or drop spaces) nor the
    invisible word joiners and zero-width spaces a Word document places its line breaks with
    (docx_parts.py)."""
    return re.sub(r"[\s\u2060\u200b]+", "", text)


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


def bbox_lines(path: Path) -> list[list[str]]:
    """Each page's lines as pdftotext -bbox-layout groups them (one column's line each), words
    joined by a space."""
    import html

    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in xml.split("<page ")[1:]:
        lines = []
        for line in re.findall(r"<line [^>]*>(.*?)</line>", page, re.S):
            lines.append(" ".join(html.unescape(w) for w in re.findall(r"<word [^>]*>(.*?)</word>", line)))
        pages.append(lines)
    return pages


def placed_lines(path: Path) -> list[tuple[int, float, float, str]]:
    """Every text line the exporter drew, as pypdf's visitor finds it: (page, x, y, text), y up."""
    placed: list[tuple[int, float, float, str]] = []
    for n, page in enumerate(pypdf.PdfReader(path).pages):

        def visit(text, cm, tm, font, size, n=n):  # type: ignore[no-untyped-def]
            if text.strip():
                placed.append((n, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

        page.extract_text(visitor_text=visit)
    return placed
