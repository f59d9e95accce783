"""Snapshots the export tests share: the realistic checklist and a large synthetic one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from ita_tui import paths
from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist, Indicator, Item
from ita_tui.export.options import ExportOptions
from ita_tui.export.signers import signers_of
from ita_tui.locale import words
from ita_tui.store.records import ItemState, Snapshot

REALISTIC = paths.bundled_checklist()
UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม")


def realistic_checklist() -> Checklist:
    """The bundled Chumsaeng FY2566 measures: 7 indicators, 31 items with long Thai texts."""
    return checklist_file.load(REALISTIC)


def snapshot_with(checklist: Checklist, done: list[str]) -> Snapshot:
    """A snapshot where exactly the items `done` are ticked."""
    return Snapshot(
        checklist, {i: ItemState(i, "done", "somchai", "2026-11-26T10:00:00+07:00") for i in done}
    )


TICKED = ["2.1", "2.2", "3.1", "4.1", "6.2", "9.1"]  # the summary tests' items done


def summary_page(folder: Path) -> Path:
    """The realistic checklist's HTML summary in `folder`, TICKED done, with the pending list,
    Thai digits, at six months."""
    from ita_tui.export.summary import write_html

    path = folder / "summary.html"
    write_html(
        snapshot_with(realistic_checklist(), TICKED),
        path,
        export_options(pending=True, digit_style="thai", months=6),
    )
    return path


def export_options(
    *,
    lang: str = "th",
    digit_style: str | None = None,
    today: date | None = None,
    months: int | None = None,
    pending: bool = False,
    **signers: str,
) -> ExportOptions:
    """ExportOptions with `digit_style` for summaries and documents alike (else each one's
    default), signed by `signers` (reporter=…, supervisor_position=…) when any is given."""
    people = signers_of(signers, words(lang), approver=False) if signers else ()
    return ExportOptions(
        lang=lang,
        digits=digit_style or "arabic",
        print_digits=digit_style or "thai",
        as_of=today,
        months=months,
        pending=pending,
        signers=people,
    )


def synthetic_checklist(indicators: int = 10, items: int = 40) -> Checklist:
    """`indicators` x `items` long items (texts from the realistic checklist), five units."""
    base = realistic_checklist()
    texts = [item.text for item in base.items()]
    titles = [ind.title for ind in base.indicators]
    built = []
    for n in range(1, indicators + 1):
        built.append(
            Indicator(
                n,
                f"{titles[n % len(titles)]} ด้านที่ {n}",
                items=tuple(
                    Item(
                        f"{n}.{k}",
                        k,
                        texts[(n * items + k) % len(texts)] + " " + texts[k % len(texts)],
                        responsible=UNITS[(n + k) % len(UNITS)],
                    )
                    for k in range(1, items + 1)
                ),
            )
        )
    return replace(base, indicators=tuple(built))
