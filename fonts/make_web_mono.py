"""Make the browser page's terminal font from Debian's TlwgMono (fonts-tlwg-mono):
`python fonts/make_web_mono.py /usr/share/fonts/truetype/tlwg/TlwgMono.ttf fonts/TlwgMono-Web.ttf`
(and the same for TlwgMono-Bold.ttf -> TlwgMono-Web-Bold.ttf).

TlwgMono draws every Thai combining mark (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎) as a spacing glyph a cell
wide, in its own cell, and has no GPOS to place it on its base. A browser shapes a cell's cluster
("ช้") with HarfBuzz, whose fallback positioning puts some of these marks on their base and leaves
others a cell to the right (checked in Chromium 156: "ใช้ " drew ้ over the space). Here each mark
gets no advance and is moved one cell left, over the glyph before it, as a terminal cell expects.
Nothing else changes (GPL-2+ with the font exception allows this; see TlwgMono-LICENSE.txt).
"""

from __future__ import annotations

import sys
import unicodedata

from fontTools.ttLib import TTFont


def make(source: str, target: str) -> None:
    """Write `target`: `source` with its Thai marks zero-width and over the previous cell."""
    font = TTFont(source)
    cmap, glyf, hmtx = font.getBestCmap(), font["glyf"], font["hmtx"]
    cell = hmtx[cmap[0x0E01]][0]  # ก: every spacing glyph of the mono font is this wide
    for code in range(0x0E00, 0x0E80):
        if code in cmap and unicodedata.category(chr(code)) == "Mn":
            glyph = glyf[cmap[code]]
            if glyph.numberOfContours > 0:
                glyph.coordinates.translate((-cell, 0))
                glyph.recalcBounds(glyf)
            hmtx[cmap[code]] = (0, getattr(glyph, "xMin", 0))
    font.save(target)


if __name__ == "__main__":
    make(sys.argv[1], sys.argv[2])
