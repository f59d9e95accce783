"""The measures document (OIT O42) as the agency publishes it, from the checklist as corrected:
the seed's first-half layout (มาตรการ/แนวทาง, วิธีการดำเนินการ, ระยะเวลาดำเนินการ,
ติดตามผลการดำเนินการ, ผู้รับผิดชอบ) under the agency's title block, signed at the end, as a PDF
or a Word document.

One block per indicator: the indicator (with its description, sub-indicators and OIT items)
spans its rows; each method item is a row; period, follow-up and responsible are one cell when
every item shares them, else one per item.

With last year's ITA scores kept (or an indicator's ประเด็นที่ต้องแก้ไข/ปรับปรุง written), the
document opens with the analysis as other agencies' O42 pages do: a table of each indicator's score
(ต่ำกว่าเกณฑ์ under 85), the tools' and the total, and the issues to improve per indicator.
"""

from __future__ import annotations

from pathlib import Path

from ita_tui.checklist.model import Checklist, Indicator, display_unit, unit_key
from ita_tui.checklist.scores import INDICATOR_NAMES, TOOLS, TOTAL, shown_year
from ita_tui.export.blocks import Cells, Lead, Para, TableBlock, shared, spread
from ita_tui.export.heading import fiscal_year_label
from ita_tui.export.options import ExportOptions
from ita_tui.locale import Words
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits

SHARES = (0.21, 0.37, 0.13, 0.16, 0.13)
INDICATOR, METHOD, PERIOD, FOLLOW_UP, UNIT = range(5)
HEADS = ("col_measures", "col_methods", "col_period", "col_follow_up", "col_units")
ANALYSIS_SHARES = (0.34, 0.16, 0.50)


def measures_title_lines(checklist: Checklist, words: Words, digit_style: str, lang: str) -> list[str]:
    """The title block: the document's title (in Thai as written, else one made of the fiscal year;
    in English always made, its year in the Common Era), the agency, its place."""
    year = fiscal_year_label(checklist.fiscal_year, lang, digit_style)
    title = (one_line(checklist.title) if lang != "en" else "") or words("measures_year", year=year)
    lines = [title, one_line(checklist.organization), one_line(checklist.location)]
    return [line for line in lines if line.strip()]


def measures_blocks(checklist: Checklist, words: Words, digit_style: str) -> list[TableBlock]:
    """One block per indicator, in checklist order."""
    return [_block(indicator, words, digit_style) for indicator in checklist.indicators]


def _block(indicator: Indicator, words: Words, digit_style: str) -> TableBlock:
    """One indicator's block."""

    def fig(value: object) -> str:
        """A figure in the chosen digits."""
        return digits(value, digit_style)

    number = fig(indicator.number)
    head = [Para(words("results_indicator", number=number, title=one_line(indicator.title)), "B")]
    head += [Para(one_line(d)) for d in indicator.description]
    for sub in indicator.sub_indicators:
        head.append(Para(words("sub_indicator", number=fig(sub.number), title=one_line(sub.title)), "B"))
        head += [Para(one_line(f"{oit.as_written or oit.code} {oit.title}")) for oit in sub.oit_items]
    items = indicator.items
    rows: list[Cells] = [{METHOD: (Para(f"{fig(item.number)}. {one_line(item.text)}"),)} for item in items]
    spans: Cells = {INDICATOR: tuple(head)}
    periods = [one_line(i.period) for i in items]
    follow_ups = [one_line(i.follow_up) for i in items]
    units = [display_unit(i.responsible) for i in items]
    spread(spans, rows, PERIOD, periods, shared(periods))
    spread(spans, rows, FOLLOW_UP, follow_ups, shared(follow_ups))
    spread(spans, rows, UNIT, units, shared(units, unit_key))
    return TableBlock(number, spans, tuple(rows))


def _title(number: int, titles: dict[int, str], words: Words) -> str:
    """Indicator `number`'s title in the checklist; for a scored one the checklist lacks (scores are
    kept for the ITA's 10 whatever the checklist holds), the name the ITA gives it."""
    ita_name = INDICATOR_NAMES.get(str(number))
    return titles.get(number) or (words[ita_name] if ita_name else "")


def analysis(snapshot: Snapshot, words: Words, digit_style: str, lang: str) -> tuple[str, Lead] | None:
    """The analysis of last year's scores (its heading and table), or None when no score is kept
    and no issues are written: each indicator scored or with issues (the checklist's first, then
    the others, by number), then the tools and the total."""
    checklist, kept = snapshot.checklist, snapshot.scores
    year = shown_year(kept, checklist.fiscal_year)
    scores = kept[year] if year is not None else {}
    issues = {n: w.text for n, w in snapshot.issues.items() if w.text}
    if not scores and not issues:
        return None
    year = year if year is not None else checklist.fiscal_year - 1
    titles = {ind.number: one_line(ind.title) for ind in checklist.indicators}
    numbers = sorted({*(int(s) for s in scores if s.isdigit()), *issues})
    subjects = [
        (
            str(n),
            words("results_indicator", number=digits(n, digit_style), title=_title(n, titles, words)).strip(),
        )
        for n in numbers
    ]
    subjects += [(s, s) for s in TOOLS if s in scores]
    subjects += [(TOTAL, words["analysis_total"])] if TOTAL in scores else []
    blocks = []
    for subject, label in subjects:
        score = scores.get(subject)
        shown: tuple[Para, ...] = ()
        if score is not None:
            shown = (Para(digits(score.score, digit_style)),)
            shown += (Para(words["analysis_under"], "B"),) if score.under_pass_mark else ()
        text = issues.get(int(subject), "") if subject.isdigit() else ""
        row: Cells = {1: shown, 2: (Para(one_line(text)),) if text else ()}
        blocks.append(TableBlock(digits(subject, digit_style), {0: (Para(label, "B"),)}, (row,)))
    said_year = fiscal_year_label(year, lang, digit_style)  # the Common Era's in English, as the title's
    heads = (words["analysis_col_indicator"], words("analysis_col_score", year=said_year))
    heading = words("analysis_heading", year=said_year)
    return heading, Lead((*heads, words["analysis_col_issues"]), ANALYSIS_SHARES, tuple(blocks))


def _document(
    snapshot: Snapshot, options: ExportOptions
) -> tuple[list[str], list[str], list[TableBlock], Lead | None]:
    """The title lines, column heads and blocks of the measures document, and its analysis table."""
    checklist, words, digit_style = snapshot.checklist, options.words, options.print_digits
    title_lines = measures_title_lines(checklist, words, digit_style, options.lang)
    found = analysis(snapshot, words, digit_style, options.lang)
    if found is not None:
        title_lines.append(found[0])
    blocks = measures_blocks(checklist, words, digit_style)
    return title_lines, [words[key] for key in HEADS], blocks, found[1] if found else None


def export_measures_docx(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """Write the measures document of the snapshot's checklist as a Word document; returns the path."""
    from ita_tui.export import docx_parts

    title_lines, heads, blocks, lead = _document(snapshot, options)
    signers = options.signers_or_blank(approver=True)
    thai = options.print_digits == "thai"
    document = docx_parts.table_document(
        title_lines, heads, SHARES, blocks, signers, options.words, thai, lead
    )
    document.core_properties.title = one_line(title_lines[0])
    document.core_properties.author = one_line(snapshot.checklist.organization) or "ita-tui"
    return docx_parts.save(document, Path(output), "err_measures_write")


def export_measures_pdf(snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
    """Write the measures document of the snapshot's checklist as a PDF; returns the path."""
    from ita_tui.export.report_pdf import table_pdf

    checklist = snapshot.checklist
    title_lines, heads, blocks, lead = _document(snapshot, options)
    return table_pdf(
        title_lines,
        heads,
        SHARES,
        blocks,
        options.signers_or_blank(approver=True),
        options.words,
        options.print_digits,
        (title_lines[0], checklist.organization, checklist.title),
        options.lang,
        Path(output),
        "err_measures_write",
        lead,
    )
