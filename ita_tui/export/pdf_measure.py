"""Shaped word widths (HarfBuzz, as fpdf2 shapes text) and lines wrapped between Thai words."""

from __future__ import annotations

from pathlib import Path

from ita_tui.thai_breaks import line_segments, wrap_segments

PT = 25.4 / 72  # mm per point
ELLIPSIS = "…"


class Widths:
    """Shaped text widths (HarfBuzz, as fpdf2 shapes them), each (style, text) measured once."""

    def __init__(self, font_files: dict[str, Path]) -> None:
        """Load each style's font into HarfBuzz once."""
        import uharfbuzz as hb

        self._hb = hb
        self.fonts = {}
        for style, path in font_files.items():
            face = hb.Face(hb.Blob.from_file_path(str(path)))
            self.fonts[style] = (hb.Font(face), face.upem)
        self.cache: dict[tuple[str, str], float] = {}
        self.segments: dict[str, list[str]] = {}
        self.wraps: dict[tuple[object, ...], list[str]] = {}

    def width(self, text: str, style: str, size: float) -> float:
        """Width of `text` in mm at `size` pt."""
        key = (style, text)
        per_pt = self.cache.get(key)
        if per_pt is None:
            font, upem = self.fonts[style]
            buffer = self._hb.Buffer()
            buffer.add_str(text)
            buffer.guess_segment_properties()
            self._hb.shape(font, buffer, {})
            per_pt = sum(p.x_advance for p in buffer.glyph_positions) / upem * PT
            self.cache[key] = per_pt
        return per_pt * size

    def wrap(self, text: str, style: str, size: float, width: float) -> list[str]:
        """`text` in lines no wider than `width` mm, broken only between Thai words (never inside a
        date, id, address or unit word: `line_segments`)."""
        key = (text, style, size, width)
        lines = self.wraps.get(key)
        if lines is None:
            lines = wrap_segments(self._segments(text), width, lambda s: self.width(s, style, size))
            self.wraps[key] = lines
        return lines

    def fitting_size(self, texts: list[str], style: str, size: float, width: float, smallest: float) -> float:
        """The largest type size from `size` down to `smallest` (half points) at which no word of
        `texts` is wider than `width` mm, so none is cut inside; `smallest` when none is. Only Thai
        words count: an address may be cut after a "/" or between its letters."""
        words = [s.rstrip() for text in texts for s in self._segments(text) if _thai(s)]
        if not words:
            return size
        longest = max(words, key=lambda w: self.width(w, style, 1.0))
        while size > smallest and self.width(longest, style, size) > width:
            size -= 0.5
        return size

    def _segments(self, text: str) -> list[str]:
        """`text`'s line segments, found once."""
        segments = self.segments.get(text)
        if segments is None:
            segments = self.segments[text] = line_segments(text)
        return segments

    def wrap_at_most(self, text: str, style: str, size: float, width: float, max_lines: int) -> list[str]:
        """Wrapped lines, at most `max_lines` of them; a cut text ends with "…"."""
        lines = self.wrap(text, style, size, width)
        if len(lines) <= max_lines:
            return lines
        room = width - self.width(ELLIPSIS, style, size)
        lines = self.wrap(text, style, size, room)[:max_lines]
        return lines[:-1] + [lines[-1] + ELLIPSIS]

    def wrap_balanced(self, text: str, style: str, size: float, width: float) -> list[str]:
        """As few lines as `wrap` gives, but of even length (a centred title's last line
        is not left with one word)."""
        lines = self.wrap(text, style, size, width)
        low, high = 0.0, width
        for _ in range(12):
            middle = (low + high) / 2
            if len(self.wrap(text, style, size, middle)) == len(lines):
                high = middle
            else:
                low = middle
        return self.wrap(text, style, size, high)


def _thai(text: str) -> bool:
    """Whether `text` holds a Thai character."""
    return any("\u0e01" <= c <= "\u0e5b" for c in text)
