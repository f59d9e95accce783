"""The ITA's published scores on the command line: `scores set SUBJECT SCORE`, `scores import
FILE.csv|.xlsx` and `scores list [--json]`, each for one year (`--year`, last fiscal year's when not
given: the scores next year's measures answer)."""

from __future__ import annotations

from pathlib import Path

from ita_tui.checklist.scores import SUBJECTS, TOOLS, BadScore, Score, score_of, subject_of
from ita_tui.cli.args import Commands
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError
from ita_tui.store.commands import SetScores
from ita_tui.text import json_text


def add_commands(commands: Commands) -> None:
    """scores set SUBJECT SCORE | import FILE | list [--json], each [--year YEAR]."""
    say = commands.say
    scores = commands.group("scores", "help_cmd_scores", "scores_command")
    q = scores.add("set", "help_cmd_scores_set", set_score)
    q.add_argument("subject", metavar="INDICATOR", help=say["help_score_subject"])
    q.add_argument("score", metavar="SCORE", help=say["help_arg_score"])
    q.add_argument("--year", metavar="YEAR", help=say["help_score_year"])
    q = scores.add("import", "help_cmd_scores_import", import_scores)
    q.add_argument("file", metavar="FILE", type=commands.path, help=say["help_arg_scores_file"])
    q.add_argument("--year", metavar="YEAR", help=say["help_score_year"])
    q = scores.add("list", "help_cmd_scores_list", list_scores, reads_only=True)
    q.add_argument("--year", metavar="YEAR", help=say["help_score_year"])
    q.add_argument("--json", action="store_true", help=say["help_scores_json"])


def _year(cli: CliContext) -> int:
    """The year --year names (Thai or Arabic digits, BE), else the year before the database's."""
    from ita_tui.thai import THAI_DIGITS

    written = cli.option("year")
    if written is None:
        return cli.store().checklist.fiscal_year - 1
    plain = written.strip().translate(str.maketrans(THAI_DIGITS, "0123456789"))
    if not plain.isascii() or not plain.isdigit() or not 2400 <= int(plain) <= 2700:
        raise ItaError("score_bad_year", text=repr(written))
    return int(plain)


def subject_label(cli: CliContext, subject: str) -> str:
    """ "ตัวชี้วัดที่ 3", "IIT", "คะแนนรวม" in the reader's words."""
    if subject in TOOLS:
        return subject
    if subject.isdigit():
        return cli.say("score_subject_indicator", number=cli.figure(subject))
    return cli.say("score_subject_total")


def _score_line(cli: CliContext, score: Score) -> str:
    key = "score_line_under" if score.under_pass_mark else "score_line"
    return cli.say(key, subject=subject_label(cli, score.subject), score=cli.figure(score.score))


def set_score(cli: CliContext) -> int:
    """Keep one score of a year."""
    try:
        subject, score = subject_of(cli.options.subject), score_of(cli.options.score)
    except BadScore as exc:
        key = exc.key  # score_bad_subject or score_bad_value
        raise ItaError(key, text=exc.text) from None
    year = _year(cli)
    change = cli.store().apply(SetScores(year, ((subject, score),)))
    kept = change.snapshot.scores[year][subject]
    print(cli.say("score_kept", year=cli.figure(year), line=_score_line(cli, kept), by=kept.by))
    return 0


def import_scores(cli: CliContext) -> int:
    """Keep every score a sheet holds, as one change."""
    from ita_tui.importer.scores_sheet import read_scores

    found = read_scores(Path(cli.options.file))
    year = _year(cli)
    change = cli.store().apply(SetScores(year, tuple(found)))
    print(
        cli.say(
            "scores_imported",
            path=cli.options.file,
            year=cli.figure(year),
            count=cli.figure(len(found)),
            changed=cli.figure(change.value),
        )
    )
    kept = change.snapshot.scores[year]
    for subject in SUBJECTS:
        if subject in kept:
            print(_score_line(cli, kept[subject]))
    return 0


def list_scores(cli: CliContext) -> int:
    """The scores kept: one year's (--year), or every year's."""
    snapshot = cli.store().snapshot()
    years = [_year(cli)] if cli.option("year") else sorted(snapshot.scores)
    if cli.options.json:
        rows = [
            {"year": y, "subject": s.subject, "score": float(s.score), "under_pass_mark": s.under_pass_mark}
            | {"by": s.by, "at": s.at}
            for y in years
            for s in snapshot.scores.get(y, {}).values()
        ]
        print(json_text(rows, indent=2))
        return 0
    if not any(snapshot.scores.get(y) for y in years):
        print(cli.say("scores_none"))
        return 0
    for year in years:
        kept = snapshot.scores.get(year, {})
        if not kept:
            continue
        print(cli.say("scores_year", year=cli.figure(year)))
        for subject in SUBJECTS:
            if subject in kept:
                score = kept[subject]
                entered = cli.say("score_by_at", by=score.by, at=cli.when(score.at))
                print(f"  {_score_line(cli, score)}  {entered}")
    return 0
