"""The command that keeps the ITA's published scores of a year (`scores set`, `scores import`): each
score replaces that year's score of the same subject, and each is logged with who entered it."""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.store.rows import SCORES, ScoreRow
from ita_tui.store.transaction import Command, Transaction


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
