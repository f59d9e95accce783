"""The text of one row of the checklist tree, exactly as wide as the screen (no Textual): the root
and the indicators with their figures at the right edge, the items with their box, id, review mark
and text (or where a search found them)."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from functools import lru_cache

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from ita_tui.checklist.model import DONE, Completion, Progress
from ita_tui.checklist.scores import Score
from ita_tui.export import figures
from ita_tui.text import one_line
from ita_tui.thai import digits
from ita_tui.thai_breaks import line_segments
from ita_tui.tui.view.rows import Row, RowKey, RowKind
from ita_tui.tui.view.search import Query, find_in, parse_query, snippet
from ita_tui.tui.widgets.word_wrap import ELLIPSIS, fit

PLAIN = Style()


@dataclass(frozen=True)
class RowStyles:
    """The tree's styles for the parts of a row (the widget's component styles)."""

    root: Style = PLAIN
    indicator: Style = PLAIN
    done: Style = PLAIN
    figures: Style = PLAIN
    returned: Style = PLAIN
    match: Style = PLAIN


@dataclass(frozen=True)
class TreeDrawing:
    """All a row's text depends on besides the row and the width: the tree's state and words."""

    title: str  # the checklist's, on the root row
    word: str  # "ตัวชี้วัดที่" / "Indicator"
    progress: Progress
    overall: Completion  # the root's figures
    counts: Mapping[int, Completion]  # each indicator's figures, by number
    digit_style: str
    collapsed: Set[RowKey] = frozenset()
    scores: Mapping[str, Score] = field(default_factory=dict)  # shown beside the indicators, by subject
    score_words: tuple[str, str] = ("{score}", "")  # "ITA {score}" and "ต่ำกว่าเกณฑ์"
    found_in: Mapping[str, str] = field(default_factory=dict)  # a hit's place in words: {"note": "บันทึก"}
    query: Query = field(default_factory=lambda: parse_query(""))
    word_breaks: bool = True  # cut between words (ICU); between grapheme clusters before it is loaded
    styles: RowStyles = RowStyles()


def row_text(row: Row, width: int, drawing: TreeDrawing) -> Text:
    """The text of a row, exactly `width` cells wide."""
    styles = drawing.styles
    arrow = "▶ " if row.key in drawing.collapsed else "▼ "
    if row.kind == RowKind.ROOT:
        head = Text(arrow + one_line(drawing.title), style=styles.root)
        return _with_figures(head, drawing.overall, width, drawing)
    if row.kind == RowKind.INDICATOR:
        return _indicator_text(row, width, drawing, arrow)
    item = row.item
    assert item is not None
    progress = drawing.progress
    state = progress.state(item.id)
    style = styles.done if state == DONE else Style()
    text = Text(f"      {figures.STATE_MARKS[state]} ", style=style)
    match = styles.match
    text.append(digits(item.id, drawing.digit_style), match if row.hit and row.hit.place == "id" else "")
    text.append(" ")
    if item.id in progress.returned:  # back for correction: seen without colour too
        text.append(f"{figures.RETURNED_MARK} ", styles.returned)
    elif item.id in progress.verified:
        text.append(f"{figures.VERIFIED_MARK} ")
    shown = one_line(item.text)
    hit = row.hit
    query = drawing.query
    if hit is not None and hit.place not in ("text", "id"):
        where = one_line(hit.text)
        piece, start, end = snippet(where, find_in(query, where) or (0, 0))
        text.append(f"{drawing.found_in[hit.place]}: ", styles.figures)
        text.append(piece[:start])
        text.append(piece[start:end], match)
        text.append(piece[end:] + " · ")
    body = Text(shown)
    span = find_in(query, shown) if hit is not None and hit.place == "text" else None
    if span:
        body.stylize(match, *span)
        room = width - text.cell_len
        if cell_len(shown[: span[1]]) > room - 1:  # the match would be cut away: show it
            piece, start, end = snippet(shown, span, context=max(4, room // 3))
            body = Text(piece)
            body.stylize(match, start, end)
    return _fit(Text.assemble(text, body, style=style), width, drawing)


def _indicator_text(row: Row, width: int, drawing: TreeDrawing, arrow: str) -> Text:
    """An indicator's row, "▼ ตัวชี้วัดที่ 3 การใช้อำนาจ", its score and figures whole at the right
    edge: the title takes the room left, cut between words with "…". Where that would keep less than
    a third of it (a low score's words take room at 80 columns), the number stands alone:
    "▼ 3 การใช้อำนาจ"."""
    ind = row.indicator
    assert ind is not None
    shown = _figures(drawing.counts[ind.number], drawing, drawing.scores.get(str(ind.number)))
    title = one_line(ind.title)
    room = width - shown.cell_len
    label = "  " + arrow + digits(f"{drawing.word} {ind.number} ", drawing.digit_style)
    kept = _words_fitting(title, room - cell_len(label), drawing.word_breaks)
    if cell_len(kept.removesuffix(ELLIPSIS)) * 3 < cell_len(title):
        label = "  " + arrow + digits(f"{ind.number} ", drawing.digit_style)
        kept = _words_fitting(title, room - cell_len(label), drawing.word_breaks)
    return _beside(Text(label + kept, style=drawing.styles.indicator), shown, width, drawing)


@lru_cache(maxsize=1024)
def _words_fitting(title: str, room: int, words: bool) -> str:
    """The title whole when it fits in `room` cells, else as many of its first words as fit with a
    "…" (between grapheme clusters before the word breaker is loaded: not `words`)."""
    if room <= 0:
        return ""
    if cell_len(title) <= room:
        return title
    if not words:
        return fit(Text(title), room, words=False).plain
    kept = ""
    for segment in line_segments(title):
        if cell_len((kept + segment).rstrip()) + cell_len(ELLIPSIS) > room:
            break
        kept += segment
    return kept.rstrip() + ELLIPSIS


def _with_figures(head: Text, completion: Completion, width: int, drawing: TreeDrawing) -> Text:
    """The root's label cut to leave room for its figures at the right edge."""
    return _beside(head, _figures(completion, drawing), width, drawing)


def _figures(completion: Completion, drawing: TreeDrawing, score: Score | None = None) -> Text:
    """A node's figures: "  ITA 82.5 ต่ำกว่าเกณฑ์  done/applicable  pct%  ◐n ⊘n ✔n" (the score only
    when one is kept)."""
    styles = drawing.styles
    marks = figures.beside_marks(completion, drawing.digit_style)
    shown = Text(style=styles.figures)
    if score is not None:
        shown.append("  " + digits(drawing.score_words[0].format(score=score.score), drawing.digit_style))
        if score.under_pass_mark:
            shown.append(f" {drawing.score_words[1]}", styles.returned)
    shown.append(
        f"  {figures.fraction(completion, drawing.digit_style)}"
        f"  {figures.percent(completion, drawing.digit_style)}" + (f"  {marks}" if marks else "")
    )
    return shown


def _beside(head: Text, shown: Text, width: int, drawing: TreeDrawing) -> Text:
    """The head cut to leave room for `shown` at the right edge, the row padded to `width`."""
    head = _fit(head, max(0, width - shown.cell_len), drawing)
    head.rstrip()
    pad = width - head.cell_len - shown.cell_len
    return _fit(Text.assemble(head, " " * max(0, pad), shown), width, drawing)


def _fit(text: Text, width: int, drawing: TreeDrawing) -> Text:
    """The text cut with "…" or padded to exactly `width` cells: between Thai words once the word
    breaker is loaded (after the first paint), between grapheme clusters before."""
    return fit(text, width, words=drawing.word_breaks, pad=True)
