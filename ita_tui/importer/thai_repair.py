"""Repair the damage Thai PDFs carry in their text layer (pure).

- Sara am drawn as two glyphs and extracted as two characters: "ประจำาปี", "ตำาบล", or nikhahit
  and sara aa ("ํา", as Tesseract writes it too) become "ำ".
- Shifted glyph variants that fonts keep in the Private Use Area (U+F700–U+F71A, the table most
  Thai fonts and viewers share) become the mark or letter they draw.
- A mark extracted before its base ("่ก" for "ก่"): Thai above/below vowels and tone marks always
  follow a consonant, so a mark that stands where no consonant or vowel can carry it is moved after
  the consonant that follows it.
"""

from __future__ import annotations

import re

# The shifted glyphs of Thai fonts' Private Use Area, as the fonts and pdf.js/libthai map them.
_PUA = {
    0xF700: "\u0e10",  # ฐ without its lower part
    0xF701: "\u0e34",  # sara i, shifted left
    0xF702: "\u0e35",
    0xF703: "\u0e36",
    0xF704: "\u0e37",
    0xF705: "\u0e48",  # tone marks, shifted down and left
    0xF706: "\u0e49",
    0xF707: "\u0e4a",
    0xF708: "\u0e4b",
    0xF709: "\u0e4c",
    0xF70A: "\u0e48",  # tone marks, shifted down
    0xF70B: "\u0e49",
    0xF70C: "\u0e4a",
    0xF70D: "\u0e4b",
    0xF70E: "\u0e4c",
    0xF70F: "\u0e0d",  # ญ without its lower part
    0xF710: "\u0e31",  # mai han-akat, shifted left
    0xF711: "\u0e4d",  # nikhahit, shifted left
    0xF712: "\u0e47",  # mai taikhu, shifted left
    0xF713: "\u0e48",  # tone marks, shifted left
    0xF714: "\u0e49",
    0xF715: "\u0e4a",
    0xF716: "\u0e4b",
    0xF717: "\u0e4c",
    0xF718: "\u0e38",  # sara u, uu, phinthu, shifted down
    0xF719: "\u0e39",
    0xF71A: "\u0e3a",
}
_PUA_TABLE = str.maketrans({code: text for code, text in _PUA.items()})
_CONSONANT = "\u0e01-\u0e2e"
_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # above and below vowels, tone marks, thanthakhat …
_TONE = "\u0e48-\u0e4b"
# nikhahit (or a whole sara am) then sara aa, a tone mark possibly between: one sara am.
_SPLIT_AM = re.compile(rf"[\u0e4d\u0e33]([{_TONE}]?)\u0e32")
_TONE_AFTER_AM = re.compile(rf"\u0e33([{_TONE}])")
# A mark with nothing to sit on (start, space, punctuation, a leading vowel) before a consonant.
_MARK_BEFORE_BASE = re.compile(rf"(^|[^{_CONSONANT}{_MARK}\u0e24\u0e26])([{_MARK}]+)([{_CONSONANT}])")


def repair(text: str) -> str:
    """`text` with the text-layer damage above undone; correct Thai is left as it is."""
    if not any("\u0e00" <= ch <= "\u0e7f" or "\uf700" <= ch <= "\uf71a" for ch in text):
        return text
    text = text.translate(_PUA_TABLE)
    text = _SPLIT_AM.sub(lambda m: f"{m.group(1)}\u0e33", text)
    text = _TONE_AFTER_AM.sub(lambda m: f"{m.group(1)}\u0e33", text)  # "ำ่" -> "่ำ" (น้ำ)
    return _MARK_BEFORE_BASE.sub(lambda m: f"{m.group(1)}{m.group(3)}{m.group(2)}", text)
