"""Where Thai text may break between lines (ICU word boundaries) and greedy line filling."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ita_tui.thai import ENGLISH_MONTHS, THAI_MONTHS, THAI_MONTHS_SHORT

# Words after which a place's name follows; ICU's dictionary does not know most place names and
# cuts them into words ("ตำบลโคก|สะอาด"), so the run after one of these is kept whole.
PLACE_WORDS = ("ตำบล", "อำเภอ", "จังหวัด", "เทศบาล", "เมือง", "นคร")


def word_segments(text: str, compounds: bool = True) -> list[str]:
    """`text` cut at every line-break opportunity by ICU's Thai rules (a word keeps its trailing spaces),
    except inside a dictionary compound (เผยแพร่, หลักฐาน, รับทราบ) or a place name after ตำบล,
    อำเภอ, จังหวัด, เทศบาล, เมือง or นคร. `compounds=False` keeps ICU's cuts inside compounds:
    where Word and LibreOffice, which break by ICU's dictionary, may break a line."""
    from icu4py.breakers import LineBreaker

    pieces = list(LineBreaker(text, "th"))
    return _keep_place_names(_keep_compounds(pieces) if compounds else pieces)


# ICU's Thai dictionary lists the parts of many compounds but not the compounds, so its breaks
# cut words a reader sees as one: "เผย|แพร่", "หลัก|ฐาน", "รับ|ทราบ", "ผู้|รับ|ผิด|ชอบ".
# pythainlp's Thai word list does hold them; ICU's pieces that together spell one of its words
# are kept together.
COMPOUND_PIECES_MAX = 4


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """pythainlp's Thai word list (the dictionary of its default tokenizer), read from its corpus
    file without importing pythainlp (that takes half a second): pythainlp/corpus/common.py
    thai_words() reads the same file, words_th.txt."""
    spec = importlib.util.find_spec("pythainlp")
    assert spec is not None and spec.origin is not None  # a dependency (pyproject.toml)
    listed = Path(spec.origin).parent / "corpus" / "words_th.txt"
    return frozenset(listed.read_text(encoding="utf-8").splitlines())  # one word a line, no spaces


def _keep_compounds(segments: list[str]) -> list[str]:
    """ICU's segments joined into dictionary words where they spell one: the fewest pieces, each
    one segment or up to COMPOUND_PIECES_MAX Thai segments with no space inside that make a word.
    A word ending in a place word (องค์การบริหารส่วนตำบล) is left to the place-name rule, which
    keeps the place word with the name after it."""
    words = dictionary_words()
    count = len(segments)
    fewest = [0] + [count + 1] * count  # fewest[n]: pieces of segments[:n]
    last = [0] * (count + 1)  # last[n]: where the last of those pieces starts
    for end in range(1, count + 1):
        for start in range(end - 1, max(-1, end - 1 - COMPOUND_PIECES_MAX), -1):
            inner = segments[start:end]
            joined = "".join(inner)
            if end - start > 1 and not (
                all(_is_thai(s[:1]) and s == s.rstrip() for s in inner[:-1])
                and _is_thai(inner[-1][:1])
                and joined.rstrip() in words
                and not joined.endswith(PLACE_WORDS)
            ):
                continue
            if fewest[start] + 1 <= fewest[end]:  # a tie: the longer last piece ("ได้|รับทราบ")
                fewest[end], last[end] = fewest[start] + 1, start
    pieces: list[str] = []
    end = count
    while end:
        pieces.append("".join(segments[last[end] : end]))
        end = last[end]
    return pieces[::-1]


PLACE_NAME_MAX = 16  # characters: the longest place name kept whole (พระนครศรีอยุธยา is 15)


def _keep_place_names(segments: list[str]) -> list[str]:
    """Join a place word's following segments into one when they are a short name that ends at a
    space or the end of the text ("ตำบล" "โคก" "สะอาด" -> "ตำบลโคกสะอาด"); running text is untouched."""
    kept: list[str] = []
    n = 0
    while n < len(segments):
        segment = segments[n]
        kept.append(segment)
        n += 1
        if not segment.endswith(PLACE_WORDS):
            continue
        run, end = "", n
        while (
            end < len(segments) and _is_thai(segments[end][:1]) and not segments[end].startswith(PLACE_WORDS)
        ):
            run += segments[end]
            end += 1
            if run != run.rstrip():
                break
        at_break = end == len(segments) or run != run.rstrip() or segments[end].startswith(PLACE_WORDS)
        if run and end - n > 1 and at_break and len(run.rstrip()) <= PLACE_NAME_MAX:
            kept[-1] += run
            n = end
    return kept


def _is_thai(char: str) -> bool:
    """Whether `char` is a Thai letter, vowel or mark."""
    return "\u0e01" <= char <= "\u0e5b"


def grapheme_clusters(text: str) -> list[str]:
    """`text` cut into the characters a reader sees (a consonant keeps its vowel and tone marks)."""
    from icu4py.breakers import CharacterBreaker

    return list(CharacterBreaker(text, "th"))


def wrap_segments(segments: list[str], width: float, measure: Callable[[str], float]) -> list[str]:
    """Lines no wider than `width`, broken only between segments, spaces at line ends dropped.

    A single segment wider than a whole line (a long URL, a run with no break opportunity)
    is the only thing cut inside, and then between grapheme clusters, never inside one.
    """
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for segment in segments:
        core = segment.rstrip()
        if line and used + measure(core) > width:
            lines.append("".join(line).rstrip())
            line, used = [], 0.0
        if not line and measure(core) > width:
            pieces = _cut_clusters(segment, width, measure)
            lines.extend(pieces[:-1])
            segment = pieces[-1]
        line.append(segment)
        used += measure(segment)
    if line:
        lines.append("".join(line).rstrip())
    return [text for text in lines if text] or [""]


def _cut_clusters(segment: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A segment too wide for a line, cut into pieces that fit: a compound at ICU's own breaks
    inside it ("ผู้รับ|ผิดชอบ"), else between grapheme clusters."""
    from icu4py.breakers import LineBreaker

    parts = list(LineBreaker(segment, "th"))
    if len(parts) > 1:
        lines = wrap_segments(parts, width, measure)
        return [*lines[:-1], lines[-1] + segment[len(segment.rstrip()) :]]  # its trailing space kept
    pieces: list[str] = []
    piece = ""
    for cluster in grapheme_clusters(segment):
        if piece and measure(piece + cluster) > width:
            pieces.append(piece)
            piece = ""
        piece += cluster
    pieces.append(piece)
    return pieces


_D = "[0-9๐-๙]"
_MONTHS = "|".join(
    re.escape(name)
    for name in sorted(
        (*THAI_MONTHS, *THAI_MONTHS_SHORT, *ENGLISH_MONTHS, *(m[:3] for m in ENGLISH_MONTHS)), key=len
    )[::-1]
)
_CLOCK = rf"{_D}{{1,2}}[:.]{_D}{{2}}(?:[:.]{_D}{{2}})?(?:\s?น\.)?"
# Unit names ICU cuts inside ("สำ|นักฯ", "เจ้า|หน้าที่", "กอง/|สำนัก"): an office reads each as one word.
UNIT_WORDS = r"กอง\s?/\s?สำนัก(?:งาน|ฯ)?|สำนักฯ|สำนักงาน|เจ้าหน้าที่"
# What a line never breaks inside and a cut never splits: web addresses (they may break after a
# "/"), dates with their time, times, item ids ("2.1"), OIT codes ("O12") and the unit words above.
_WHOLE = re.compile(
    "|".join(
        (
            r"(?P<url>(?:https?://|www\.)[^\s]+)",
            UNIT_WORDS,
            rf"{_D}{{1,2}}\s?(?:{_MONTHS})\s?{_D}{{4}}(?:\s{_CLOCK})?",
            rf"{_D}{{4}}-{_D}{{2}}-{_D}{{2}}(?:[T\s]{_CLOCK})?",
            rf"{_D}{{1,2}}/{_D}{{1,2}}/{_D}{{2,4}}(?:\s{_CLOCK})?",
            _CLOCK,
            rf"{_D}+(?:\.{_D}+)+",
            rf"\bO{_D}+",
        )
    )
)


_LONE_DASH = re.compile(r"(?:^|(?<=\s))[-–—]\s+")


def whole_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_url) of each run in `text` that is kept whole on a line."""
    return [(m.start(), m.end(), m.group("url") is not None) for m in _WHOLE.finditer(text)]


def allowed_breaks(text: str, breaks: list[int]) -> list[int]:
    """`breaks` (offsets into `text`) without those before a "ๆ", after a lone dash or inside a
    date, time, id, unit word or URL; a URL gets offsets after each "/" (not inside "//") in
    place of its own."""
    breaks = [b for b in breaks if text[b : b + 1] != "ๆ"]  # mai yamok never starts a line
    # A dash standing alone never ends a line: pdftotext and viewers' copy take a line-ending "-"
    # for a word cut by hyphenation and drop it ("กิจกรรม -|หน่วยงาน" reads "กิจกรรมหน่วยงาน").
    dashes = {m.end() for m in _LONE_DASH.finditer(text)}
    breaks = [b for b in breaks if b not in dashes]
    spans = whole_spans(text)
    if not spans:
        return breaks
    inside = {n for start, end, _ in spans for n in range(start + 1, end)}
    kept = [b for b in breaks if b not in inside]
    for start, end, is_url in spans:
        if is_url:
            kept += [
                n + 1 for n in range(start, end - 1) if text[n] == "/" and text[n + 1] != "/" and n + 1 < end
            ]
    return sorted(set(kept))


def line_segments(text: str, compounds: bool = True) -> list[str]:
    """`text` cut where a line may break: ICU's Thai word boundaries (`word_segments`), never inside
    a date, a time, an id or a web address (which breaks only after a "/")."""
    kept = allowed_breaks(text, breaks_of(word_segments(text, compounds)))
    return [text[a:b] for a, b in zip([0, *kept], [*kept, len(text)], strict=True) if b > a]


_LEADING_VOWELS = "เแโใไ"
_LONGEST_WHOLE = 64  # characters: a date with its time or an id is shorter; a URL may be cut after "/"
_FOLLOWING = "\u0e33\u0e45"  # sara am and lakkhangyao take a cell but belong to the consonant before


def cluster_breaks(text: str) -> list[int]:
    """Offsets between the characters a reader sees (no ICU): never before a vowel or tone mark,
    sara am or lakkhangyao, nor right after a leading vowel (เ แ โ ใ ไ)."""
    return [
        n
        for n in range(1, len(text))
        if unicodedata.category(text[n]) not in ("Mn", "Me")
        and text[n] not in _FOLLOWING
        and text[n - 1] not in _LEADING_VOWELS
    ]


def breaks_of(segments: list[str]) -> list[int]:
    """The offsets between consecutive segments."""
    offsets, at = [], 0
    for segment in segments[:-1]:
        at += len(segment)
        offsets.append(at)
    return offsets


def truncation_point(
    text: str, room: float, measure: Callable[[str], float], words: list[int] | None = None
) -> int | None:
    """Where to cut `text` so that it and a "…" fit in `room`; None when all of it fits.

    The cut is at a word boundary (`words`, offsets from ICU) when one keeps two thirds of the
    room, else between grapheme clusters; never inside a date, a time, an id or a web address
    (which may be cut after a "/"), unless such a run alone is wider than the room.
    """
    if measure(text) <= room:
        return None
    budget = room - measure("…")
    widths = [0.0]  # widths[n]: of text[:n], up to just past the room (the cut is before it)
    for character in text:
        if widths[-1] > room:
            break
        widths.append(widths[-1] + measure(character))
    # A date, id or address running past the room is still seen whole by the checks below.
    head = text[: len(widths) + _LONGEST_WHOLE]
    trimmed = [0]  # trimmed[n]: where text[:n] ends once its trailing spaces are dropped
    for n, character in enumerate(head[: len(widths) - 1], start=1):
        trimmed.append(trimmed[-1] if character.isspace() else n)

    def last_fitting(offsets: list[int]) -> int:
        return max((n for n in offsets if n < len(trimmed) and widths[trimmed[n]] <= budget), default=0)

    clusters = cluster_breaks(head)
    cut = last_fitting(allowed_breaks(head, clusters))
    if words is not None:
        word = last_fitting(allowed_breaks(head, [n for n in words if n < len(head)]))
        if word and widths[word] * 3 >= budget * 2:
            cut = word
    return cut or last_fitting(clusters)


def line_ends_inside_words(
    lines: list[str], paragraphs: list[str], compounds: bool = True
) -> tuple[list[str], int]:
    """The `lines` (as a reader of a page finds them) whose end falls inside a word of the paragraph
    they were wrapped from, i.e. not at one of `line_segments`' breaks, and how many lines were
    judged. White space is ignored (readers add or drop it); a line found in no paragraph, or not
    ending in Thai, is not judged."""
    bounds = []
    for text in paragraphs:
        flat, ends, at = _squeezed(text), {0}, 0
        for segment in line_segments(text, compounds):
            at += len(_squeezed(segment))
            ends.add(at)
        bounds.append((flat, ends))
    wrong, judged = [], 0
    for line in lines:
        piece = _squeezed(line)
        if len(piece) < 2 or not _is_thai(piece[-1]):
            continue
        found = ended = False
        for flat, ends in bounds:
            at = flat.find(piece)
            while at >= 0 and not ended:
                found = True
                ended = at + len(piece) in ends
                at = flat.find(piece, at + 1)
        judged += found
        if found and not ended:
            wrong.append(line)
    return wrong, judged


def _squeezed(text: str) -> str:
    """`text` without white space."""
    return "".join(text.split())
