"""The work a PDF asks of its readers, counted before they do it (issue 19 case 7).

pdfium and pdfminer parse a page's drawing instructions whole and keep one object for each thing
drawn: a one-page PDF of 3 million text operations took pdfium 10 s and 1.4 GB and the import
272 s and 7.5 GB; pdfplumber's table finder works by the square of the crossings of ruled lines:
a page ruled 100 × 100 took 20 s. So, in this order, each cheaper than what it guards:
- the pages and their drawing instructions (content streams and the forms they draw), decoded in
  chunks and counted (pdf_streams: Flate, LZW, RunLength …), before any library parses them
  (PDF_PAGES_MAX, PDF_PAGE_CONTENT_MAX, PDF_CONTENT_MAX), and the fonts they use, whose programs
  and maps the readers decode whole (PDF_FONTS_MAX);
- pdfium's count of the things drawn on each page and of the text layer's characters, one page
  loaded at a time (PDF_PAGE_OBJECTS_MAX, PDF_CHARS_MAX);
- the crossings of a page's ruled lines, from pdfplumber's own merged edges, before its table
  finder looks for cells among them (PDF_PAGE_CROSSINGS_MAX, PDF_CROSSINGS_MAX).
Past any of these the file is refused in one line naming the page, the limit and what was found.
"""

from __future__ import annotations

import io
from typing import Any

from ita_tui.errors import SourceError
from ita_tui.importer.pdf_streams import decoded_size
from ita_tui.limits import (
    PDF_CHARS_MAX,
    PDF_CONTENT_MAX,
    PDF_CROSSINGS_MAX,
    PDF_FONTS_MAX,
    PDF_PAGE_CONTENT_MAX,
    PDF_PAGE_CROSSINGS_MAX,
    PDF_PAGE_OBJECTS_MAX,
    PDF_PAGES_MAX,
    past_import_limit,
)
from ita_tui.locale import Phrase

_FORM_DEPTH = 8  # forms drawn inside forms, followed this deep
_FONT_FILES = ("FontFile", "FontFile2", "FontFile3")  # a font's program: Type1, TrueType, the others


def _on_page(page: int) -> Phrase:
    return Phrase("src_on_page", page=page)


def _content(page: Any, most: int) -> tuple[int, list[Any]]:
    """A page's drawing instructions in bytes: its content streams and each form it (or a form in
    it) draws, each form counted once, stopping once past `most`; and the fonts the page and its
    forms name."""
    from pdfminer.pdftypes import PDFStream, resolve1

    size = sum(decoded_size(s, most) for s in map(resolve1, page.contents) if isinstance(s, PDFStream))
    seen: set[int] = set()
    resources, fonts = [(resolve1(page.resources), 0)], list[Any]()
    while resources and size <= most:
        found, depth = resources.pop()
        named = resolve1(found.get("Font")) if isinstance(found, dict) else None
        fonts += named.values() if isinstance(named, dict) else ()
        forms = resolve1(found.get("XObject")) if isinstance(found, dict) else None
        for ref in forms.values() if isinstance(forms, dict) and depth < _FORM_DEPTH else ():
            form = resolve1(ref)
            if not isinstance(form, PDFStream) or id(form) in seen:
                continue
            seen.add(id(form))
            if getattr(resolve1(form.get("Subtype")), "name", "") == "Form":  # not an image
                size += decoded_size(form, most)
                resources.append((resolve1(form.get("Resources")), depth + 1))
    return size, fonts


def _font_streams(font: Any) -> list[Any]:
    """The streams a font embeds, which pdfium and pdfminer decode whole when it is used: its
    program (FontFile, FontFile2 or FontFile3; a composite font's in its descendant's descriptor),
    its ToUnicode map, and a Type3 font's glyph procedures."""
    from pdfminer.pdftypes import PDFStream, resolve1

    font = resolve1(font)
    if not isinstance(font, dict):
        return []
    streams = [font.get("ToUnicode")]
    descendants = resolve1(font.get("DescendantFonts"))
    for each in [font, *(map(resolve1, descendants[:1]) if isinstance(descendants, list) else ())]:
        descriptor = resolve1(each.get("FontDescriptor")) if isinstance(each, dict) else None
        streams += [descriptor.get(key) for key in _FONT_FILES] if isinstance(descriptor, dict) else []
    procedures = resolve1(font.get("CharProcs"))
    streams += procedures.values() if isinstance(procedures, dict) else ()
    return [stream for stream in map(resolve1, streams) if isinstance(stream, PDFStream)]


class _Fonts:
    """The fonts' streams of a whole document, each counted once, decoded, against PDF_FONTS_MAX."""

    def __init__(self, origin: str) -> None:
        self.origin, self.total, self.seen = origin, 0, set[int]()

    def count(self, fonts: list[Any], number: int) -> None:
        for stream in (stream for font in fonts for stream in _font_streams(font)):
            if id(stream) not in self.seen:
                self.seen.add(id(stream))
                self.total += decoded_size(stream, PDF_FONTS_MAX - self.total)
            if self.total > PDF_FONTS_MAX:
                where = _on_page(number)
                raise past_import_limit(self.origin, "lim_pdf_fonts", PDF_FONTS_MAX, self.total, where)


def check_content(raw: bytes, origin: str) -> None:
    """Refuse a PDF of more than PDF_PAGES_MAX pages, or whose drawing instructions decode past
    PDF_PAGE_CONTENT_MAX on a page or PDF_CONTENT_MAX in all, or whose fonts' streams past
    PDF_FONTS_MAX, before pdfium or pdfminer parses a page (pdfminer only finds the streams here).
    A file pdfminer cannot read is left to the readers, which say it is damaged."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        pages = list(PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(raw)))))
    except Exception:  # damaged, encrypted with a password: pdfium says which, in one line
        return
    if len(pages) > PDF_PAGES_MAX:
        raise SourceError("src_pdf_pages", origin=origin, most=PDF_PAGES_MAX, pages=len(pages))
    total, fonts = 0, _Fonts(origin)
    for number, page in enumerate(pages, start=1):
        try:
            size, named = _content(page, min(PDF_PAGE_CONTENT_MAX, PDF_CONTENT_MAX - total))
            fonts.count(named, number)
        except SourceError:
            raise
        except Exception:  # a broken reference or filter: the readers find it and say so
            continue
        if size > PDF_PAGE_CONTENT_MAX:
            raise past_import_limit(origin, "lim_pdf_content", PDF_PAGE_CONTENT_MAX, size, _on_page(number))
        total += size
        if total > PDF_CONTENT_MAX:
            raise past_import_limit(origin, "lim_pdf_all_content", PDF_CONTENT_MAX, total, _on_page(number))


def check_drawn(pdfium: Any, origin: str) -> None:
    """Refuse a PDF with more than PDF_PAGE_OBJECTS_MAX things drawn on a page, or more than
    PDF_CHARS_MAX characters in its text layer, as pdfium counts them one page at a time, before
    pdfminer builds an object of its own for each."""
    import pypdfium2.raw as pdfium_c

    chars = 0
    for number in range(1, len(pdfium) + 1):
        page = pdfium[number - 1]
        try:
            drawn = pdfium_c.FPDFPage_CountObjects(page.raw)
            if drawn > PDF_PAGE_OBJECTS_MAX:
                where = _on_page(number)
                raise past_import_limit(origin, "lim_pdf_objects", PDF_PAGE_OBJECTS_MAX, drawn, where)
            text = page.get_textpage()
            chars += text.count_chars()
            text.close()
        finally:
            page.close()
        if chars > PDF_CHARS_MAX:
            raise past_import_limit(origin, "lim_pdf_chars", PDF_CHARS_MAX, chars, _on_page(number))


class Crossings:
    """The crossings of ruled lines counted page by page, then pdfplumber's tables of a page."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.total = 0

    def tables(self, number: int, page: Any) -> list[Any]:
        """pdfplumber's `page.find_tables()`, refused first when the page's ruled lines cross more
        than PDF_PAGE_CROSSINGS_MAX times, or all pages' more than PDF_CROSSINGS_MAX. The lines
        are pdfplumber's own merged edges (pdfplumber/table.py TableFinder.get_edges, which its
        TableFinder.__init__ then crosses, turns into cells and groups into tables); the crossings
        are counted as if every horizontal line met every vertical one."""
        from pdfplumber.table import (
            Table,
            TableFinder,
            TableSettings,
            cells_to_tables,
            edges_to_intersections,
            intersections_to_cells,
        )

        finder = TableFinder.__new__(TableFinder)  # TableFinder.__init__'s steps, one at a time
        finder.page, finder.settings = page, TableSettings.resolve(None)
        finder.edges = finder.get_edges()
        across = sum(1 for edge in finder.edges if edge["orientation"] == "h")
        crossings = across * (len(finder.edges) - across)
        self.total += crossings
        for what, most, found in (
            ("lim_pdf_page_crossings", PDF_PAGE_CROSSINGS_MAX, crossings),
            ("lim_pdf_crossings", PDF_CROSSINGS_MAX, self.total),
        ):
            if found > most:
                raise past_import_limit(self.origin, what, most, found, _on_page(number))
        settings = finder.settings
        finder.intersections = edges_to_intersections(
            finder.edges, settings.intersection_x_tolerance, settings.intersection_y_tolerance
        )
        finder.cells = intersections_to_cells(finder.intersections)
        finder.tables = [Table(page, group) for group in cells_to_tables(finder.cells)]
        return list(finder.tables)
