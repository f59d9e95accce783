"""Where Thai text may break between lines (ICU word boundaries) and greedy line filling."""

from __future__ import annotations

from collections.abc import Callable

# Words after which a place's name follows; ICU's dictionary does not know most place names and
# cuts them into words ("ตำบลโคก|สะอาด"), so the run after one of these is kept whole.
PLACE_WORDS = ("ตำบล", "อำเภอ", "จังหวัด", "เทศบาล", "เมือง", "นคร")


def word_segments(text: str) -> list[str]:
    """`text` cut at every line-break opportunity by ICU's Thai rules (a word keeps its trailing spaces),
    except inside a place name after ตำบล, อำเภอ, จังหวัด, เทศบาล, เมือง or นคร."""
    from icu4py.breakers import LineBreaker

    return _keep_place_names(list(LineBreaker(text, "th")))


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
    """A segment too wide for a line, cut between grapheme clusters into pieces that fit."""
    pieces: list[str] = []
    piece = ""
    for cluster in grapheme_clusters(segment):
        if piece and measure(piece + cluster) > width:
            pieces.append(piece)
            piece = ""
        piece += cluster
    pieces.append(piece)
    return pieces
