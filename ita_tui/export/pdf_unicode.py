"""The PDF's text layer: what a viewer's search, copy and pdftotext read back for each glyph.

fpdf2 (2.8, `fpdf/output.py`, `OutputProducer._add_fonts`, the "bfChar" loop) writes each font's
ToUnicode CMap from its subset: a shaped cluster's text goes to the cluster's first glyph, and a
glyph with no text gets no entry. Shaping splits sara am (ำ) into a nikhahit glyph and a sara aa
glyph, so fpdf2 maps the nikhahit to "ำ" and leaves the aa unmapped: readers then print the raw
code ("ด\\x02ำเนินการ" in pypdf) or a stray า. This module rewrites those entries: the nikhahit
of a split sara am reads as nothing (`<>`), its sara aa as ำ, so "ดำเนินการ" reads as written in
pypdf and pdftotext alike (the reverse, ำ on the nikhahit and nothing on the aa, makes pdftotext
insert a space). Every other glyph keeps fpdf2's text.

Poppler (pdftotext, Evince, Okular) also orders characters by position, and reads a tone mark that
fpdf2 places with its own text matrix as a word of its own ("มีสว" / "่ น" for "มีส่วน"). Each line
is therefore also marked with its text as /ActualText (PDF 32000-1, 14.9.4), which poppler reads
instead of the glyphs; pypdf ignores /ActualText and reads the ToUnicode map.
"""

from __future__ import annotations

from typing import Any

SARA_AM, SARA_AA = 0x0E33, 0x0E32


def glyph_text(codes: tuple[int, ...], glyph_id: int, aa_glyph: int | None, am_glyph: int | None) -> str:
    """The text a glyph stands for in the text layer, from the cluster text fpdf2 gave it."""
    if not codes and glyph_id == aa_glyph:
        return chr(SARA_AM)  # the second half of a split ำ
    if SARA_AM in codes and glyph_id != am_glyph:
        codes = tuple(c for c in codes if c != SARA_AM)  # its aa glyph carries the ำ
    return "".join(map(chr, codes))


def _utf16_hex(text: str) -> str:
    """A ToUnicode destination string: UTF-16BE as hex ("" for no text)."""
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(font: Any) -> bytes:
    """The bfchar entries of one fpdf2 TTF font's ToUnicode CMap, as the CMap's body."""
    aa_glyph = font.glyph_ids.get(SARA_AA)
    am_glyph = font.glyph_ids.get(SARA_AM)
    entries = []
    for glyph, code in sorted(font.subset.items(), key=lambda pair: pair[1]):
        if glyph is None or not isinstance(glyph.unicode, tuple):
            continue
        text = glyph_text(glyph.unicode, glyph.glyph_id, aa_glyph, am_glyph)
        if text or glyph.unicode:  # a nikhahit of ำ maps to <>, other textless glyphs as fpdf2 leaves them
            entries.append(f"<{code:04X}> <{_utf16_hex(text)}>\n")
    blocks = []
    for start in range(0, len(entries), 100):  # at most 100 entries a block (Adobe TN #5014)
        chunk = entries[start : start + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n{''.join(chunk)}endbfchar\n")
    return "".join(blocks).encode("latin-1")


def write_line(pdf: Any, w: float, h: float, text: str, align: str) -> None:
    """One line as an fpdf2 `cell`, inside a marked-content span whose /ActualText is `text`."""
    pdf._out(f"/Span <</ActualText <FEFF{_utf16_hex(text)}>>> BDC")  # fpdf2 has no public marked content
    pdf.cell(w, h, text, align=align)
    pdf._out("EMC")


def output_bytes(pdf: Any) -> bytes:
    """`pdf.output()` with every font's ToUnicode bfchar entries from `to_unicode_cmap`."""
    from fpdf.output import OutputProducer
    from fpdf.syntax import PDFContentStream

    class _Producer(OutputProducer):
        """fpdf2's producer, its ToUnicode entries rewritten once its fonts are added."""

        def _add_fonts(self, *args: Any, **kwargs: Any) -> Any:
            objects = super()._add_fonts(*args, **kwargs)
            for font in self.fpdf.fonts.values():
                stream = getattr(objects.get(font.i), "to_unicode", None)
                if not isinstance(stream, PDFContentStream) or not hasattr(font, "subset"):
                    continue
                head, _, rest = stream.content_stream().partition(b"endcodespacerange\n")
                _, _, tail = rest.partition(b"endcmap\n")
                contents = head + b"endcodespacerange\n" + to_unicode_cmap(font) + b"endcmap\n" + tail
                stream._contents = contents  # fpdf2 stores the stream uncompressed here
                stream.length = len(contents)
            return objects

    return bytes(pdf.output(output_producer_class=_Producer))
