"""The command that makes next fiscal year's database from this year's (`ita-tui new-year`): the
checklist for the next year (checklist/year.py next_year: ids kept, the title's year moved on), the
agency's users, roles, units and their mapping, and the ITA scores kept (this year's published
scores are next year's "last year's") carried over; no state, note, link, result, outcome
or review. Its first log entry names the database it came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist
from ita_tui.checklist.year import next_year
from ita_tui.store.rows import META, SCORES, UNIT_MAP, UNITS, USERS, MetaRow
from ita_tui.store.schema import FORMAT_NAME, FORMAT_VERSION
from ita_tui.store.transaction import Command, Transaction


@dataclass(frozen=True)
class CreateNextYear(Command[None]):
    """The new database holding next year's checklist and the carried rows of `tables` (this
    year's database as read, holding `this_year`; `source`: where it is, as the log names it)."""

    source: Path
    this_year: Checklist
    tables: dict[str, Any]

    def apply(self, tx: Transaction) -> None:
        this_year = self.this_year
        following = next_year(this_year)
        stored = checklist_file.checklist_to_dict(following)
        tx.table(META).put(None, MetaRow(FORMAT_NAME, FORMAT_VERSION, tx.now(), str(self.source), stored))
        tx.table(USERS).append(USERS.ordered(self.tables))
        tx.table(UNITS).append(UNITS.ordered(self.tables))
        tx.table(UNIT_MAP).append(UNIT_MAP.ordered(self.tables))
        tx.table(SCORES).append(SCORES.ordered(self.tables))  # this year's: next year's "last year's"
        came = {
            "items": len(following.item_ids()),
            "source": str(self.source),
            "year": this_year.fiscal_year,
            "users": len(self.tables[USERS.name]),
            "units": len(self.tables[UNITS.name]),
        }
        tx.log("create", "", "", ("next-year-from", came))
