"""The summary as a web page: the PDF's heading, tables and pending items, in Sarabun, printable on A4.

A real page rather than a console dump: Thai has no monospace font, so text laid out in cells
zig-zags. The browser breaks Thai lines between words itself (lang="th"); the bars are CSS.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from html import escape

from ita_tui import paths
from ita_tui.checklist.model import Completion, indicator_completion, overall_completion
from ita_tui.checklist.units import pending_by_unit, unit_completion
from ita_tui.export import figures
from ita_tui.locale import Words
from ita_tui.locale import words as words_of
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line
from ita_tui.thai import digits

FONT_STACK = '"Sarabun", "Tahoma", "Leelawadee UI", "Leelawadee", "Noto Sans Thai", sans-serif'

_STYLE = """
body { font-family: %(stack)s; font-size: 12pt; line-height: 1.5; color: #111; margin: 0; }
main { margin: 0 auto; padding: 10mm 4%%; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 2mm; }
p.round, p.place, p.as-of { text-align: center; margin: 0; }
p.round { font-weight: 700; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; }
h3 { font-size: 12pt; margin: 3mm 0 1mm 2mm; }
table { border-collapse: collapse; width: 100%%; font-size: 11pt; }
th { background: #ebebeb; font-weight: 700; }
th, td { border-bottom: 1px solid #bbb; padding: 0.6mm 1.5mm; vertical-align: top; text-align: left; }
td.n, th.n { text-align: center; white-space: nowrap; width: 1%%; }
tr.overall td { font-weight: 700; border-top: 1.5px solid #777; }
.bar { width: 28mm; height: 0.7em; border: 1px solid #888; margin-top: 0.4em; }
.bar > span { display: block; height: 100%%; background: #465f87; }
table.pending td { border: none; padding: 0 1.5mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@page { size: A4; margin: 20mm 20mm 18mm 25mm; }
@media print { main { padding: 0; } }
"""


def _font_faces() -> str:
    """Sarabun Regular and Bold embedded, so the page looks the same on every machine."""
    faces = []
    for weight, name in ((400, "Sarabun-Regular.ttf"), (700, "Sarabun-Bold.ttf")):
        path = paths.fonts_dir() / name
        try:
            data = base64.b64encode(path.read_bytes()).decode("ascii")
        except OSError:
            continue  # the named stack below still gives Thai glyphs
        faces.append(
            f'@font-face {{ font-family: "Sarabun"; font-weight: {weight}; '
            f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}'
        )
    return "\n".join(faces)


def summary_html(
    snapshot: Snapshot,
    *,
    title: str,
    as_of: str,
    round_line: str = "",
    pending: bool = True,
    lang: str = "th",
    digit_style: str = "arabic",
) -> str:
    """The whole page: heading, indicator and unit tables with bars, items not done by unit."""
    words = words_of(lang)
    checklist = snapshot.checklist
    progress, units = snapshot.progress, snapshot.unit_model

    def fig(value: object) -> str:
        """A figure in the chosen digits."""
        return digits(value, digit_style)

    def beside(c: Completion) -> str:
        """The in-progress, not-applicable and verified counts."""
        return figures.beside(c, lang, digit_style)

    def e(text: str) -> str:
        """User or checklist text, escaped and on one line."""
        return escape(one_line(text))

    place = " ".join(p for p in (checklist.organization, checklist.location) if p)
    parts = [
        f"<h1>{e(title)}</h1>",
        f'<p class="round">{e(round_line)}</p>' if round_line else "",
        f'<p class="place">{e(place)}</p>' if place else "",
        f'<p class="as-of">{e(as_of)}</p>',
        f"<h2>{e(words['indicators'])}</h2>",
        _table(
            [words["indicator"], words["title"]],
            [(fig(ind.number), ind.title, c) for ind, c in indicator_completion(checklist, progress)],
            words,
            fig,
            beside,
            overall=overall_completion(checklist, progress),
        ),
        f"<h2>{e(words['units'])}</h2>",
        _table(
            ["", words["unit"]],
            [("", name, c) for name, c in unit_completion(checklist, progress, units, words["no_unit"])],
            words,
            fig,
            beside,
        ),
    ]
    if pending:
        groups = pending_by_unit(checklist, progress, units, words["no_unit"])
        count = sum(len(items) for _, items in groups)
        heading = words["pending"] + (f" ({fig(count)} {words['items']})" if count else "")
        parts.append(f"<h2>{e(heading)}</h2>")
        if not groups:
            parts.append(f"<p>{e(words['no_pending'])}</p>")
        for unit, items in groups:
            parts.append(f"<h3>{e(unit)} ({fig(len(items))})</h3>")
            rows = "".join(
                f'<tr><td class="n">{e(fig(item.id))}</td><td>{e(item.text)}</td></tr>' for item in items
            )
            parts.append(f'<table class="pending">{rows}</table>')
    style = _STYLE % {"stack": FONT_STACK}
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if lang == "en" else "th"}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(f'{title} {round_line}'.strip())}</title>\n"
        f"<style>\n{_font_faces()}\n{style}</style>\n</head>\n"
        f"<body>\n<main>\n{chr(10).join(p for p in parts if p)}\n</main>\n</body>\n</html>\n"
    )


def _table(
    heads: list[str],
    rows: list[tuple[str, str, Completion]],
    words: Words,
    fig: Callable[[object], str],
    beside: Callable[[Completion], str],
    overall: Completion | None = None,
) -> str:
    """number/name, done/applicable, percent, a bar and the other counts per row; the unit table's
    name spans two columns."""
    spans = not heads[0]
    first = (
        f'<th colspan="2">{escape(heads[1])}</th>'
        if spans
        else (f'<th class="n">{escape(heads[0])}</th><th>{escape(heads[1])}</th>')
    )
    head = (
        f'<thead><tr>{first}<th class="n">{escape(words["done"])}</th>'
        f'<th class="n">{escape(words["percent"])}</th><th>{escape(words["progress"])}</th>'
        f"<th>{escape(words['fig_beside'])}</th></tr></thead>"
    )
    body = []
    for number, name, completion in rows:
        label = (
            f'<td colspan="2">{escape(one_line(name))}</td>'
            if spans
            else f'<td class="n">{escape(number)}</td><td>{escape(one_line(name))}</td>'
        )
        body.append(f"<tr>{label}{_figures(completion, fig, beside)}</tr>")
    if overall is not None:
        cells = _figures(overall, fig, beside)
        body.append(f'<tr class="overall"><td></td><td>{escape(words["overall"])}</td>{cells}</tr>')
    return f"<table>{head}<tbody>{''.join(body)}</tbody></table>"


def _figures(
    completion: Completion, fig: Callable[[object], str], beside: Callable[[Completion], str]
) -> str:
    """The done/applicable, percent, bar and other-counts cells of one row."""
    return (
        f'<td class="n">{fig(completion.done)}/{fig(completion.applicable)}</td>'
        f'<td class="n">{fig(completion.percent)}</td>'
        f'<td><div class="bar"><span style="width: {100 * completion.share:.1f}%"></span></div></td>'
        f"<td>{escape(beside(completion))}</td>"
    )
