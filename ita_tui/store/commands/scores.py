"""The commands of the year's analysis: the ITA's published scores of a year (`scores set`, `scores
import`: each score replaces that year's score of the same subject, and each is logged with who
entered it), and an indicator's ประเด็นที่ต้องแก้ไข/ปรับปรุง (`indicator edit N --issues`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.store.records import Written
from ita_tui.store.rows import ISSUES, SCORES, IssuesRow, ScoreRow
from ita_tui.store.transaction import Command, Transaction
from ita_tui.store.validate import clean_text


@dataclass(frozen=True)
class SetScores(Command[int]):
    """Keep `scores` (subject, score as checklist/scores.py makes them) as `year`'s, in one write;
    the value is how many changed (a score entered again as it was changes nothing)."""

    year: int
    scores: tuple[tuple[str, str], ...]

    def apply(self, tx: Transaction) -> int:
        table = tx.table(SCORES)
        changed = 0
        kept = {(row.year, row.subject): (doc, row) for doc, row in table.rows()}
        for subject, score in self.scores:
            current = kept.get((self.year, subject))
            if current is not None and current[1].score == score:
                continue
            before = current[1].score if current is not None else ""
            table.put(current, ScoreRow(self.year, subject, score, tx.user, tx.now()))
            tx.log("score", subject, before, ("score-of-year", {"year": self.year, "score": score}))
            changed += 1
        return changed


@dataclass(frozen=True)
class SetIssues(Command[Written]):
    """Set what the indicator's last score says to improve (ประเด็นที่ต้องแก้ไข/ปรับปรุง), shown
    in the measures document's analysis table; "" clears it."""

    indicator: int
    text: str

    def prepared(self, checklist: Checklist) -> SetIssues:
        return replace(self, text=clean_text(self.text.strip()))

    def apply(self, tx: Transaction) -> Written:
        number, issues = self.indicator, tx.table(ISSUES)
        if not any(ind.number == number for ind in tx.checklist.indicators):
            raise StoreError("err_no_indicator", indicator=number)
        current = issues.find(lambda r: r.indicator == number)
        issues.put(current, IssuesRow(number, self.text, tx.user, tx.now()))
        tx.log("issues", str(number), current[1].text if current else "", self.text)
        return Written(self.text, tx.user, tx.now())
