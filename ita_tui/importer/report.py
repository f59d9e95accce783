"""What an import found, as plain data for the CLI to print or dump as JSON (pure)."""

from __future__ import annotations

from typing import Any

from ita_tui.importer.reader import Imported
from ita_tui.importer.table import where


def import_report(imported: Imported, source: str, output: str) -> dict[str, Any]:
    """Indicators and their item counts, units as written, OIT codes, and what was not read."""
    checklist = imported.checklist
    units: dict[str, list[str]] = {}
    for item in checklist.items():
        units.setdefault(item.responsible, []).append(item.id)
    listed = [
        {"code": o.code, "as_written": o.as_written, "title": o.title, "sub_indicator": sub.number}
        for ind in checklist.indicators
        for sub in ind.sub_indicators
        for o in sub.oit_items
    ]
    named = sorted({c for item in checklist.items() for c in item.oit_codes}, key=lambda c: int(c[1:]))
    return {
        "source": source,
        "output": output,
        "format": imported.format,
        "title": checklist.title,
        "organization": checklist.organization,
        "location": checklist.location,
        "fiscal_year": checklist.fiscal_year,
        "indicators": [
            {"number": ind.number, "title": ind.title, "items": len(ind.items)}
            for ind in checklist.indicators
        ],
        "items": len(checklist.item_ids()),
        "units": [{"name": name, "items": ids} for name, ids in units.items()],
        "oit_items": listed,
        "oit_codes_in_items": named,
        "not_understood": [{"place": s.place.text("en"), "text": s.text} for s in imported.skipped],
        "repaired": [{"place": where(r).text("en"), "repair": r.what.text("en")} for r in imported.repaired],
    }
