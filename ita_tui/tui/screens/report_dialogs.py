"""The export key's choices, the signers asked once, and the long texts of the report (results,
outcomes) written in a TextArea."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from ita_tui.store.commands import SetIssues, SetOutcome, SetResult
from ita_tui.store.records import Written
from ita_tui.store.transaction import Command
from ita_tui.tui.screens.dialogs import OneLineInput, _Dialog

SIGNER_BOXES = {  # the signers dialog's boxes, in order, and their placeholders
    "reporter": "signer_reporter",
    "reporter_position": "signer_reporter_position",
    "supervisor": "signer_supervisor",
    "supervisor_position": "signer_supervisor_position",
    "approver": "signer_approver",
    "approver_position": "signer_approver_position",
}


AS_OF_CHOICES = {"now": None, "round-6": 6, "round-12": 12}  # the data's day: today, or a round's end


class ExportDialog(_Dialog):
    """What to export: the files the export table offers (the one-page PDF, the results report as
    PDF or Word …), and the day its figures stand at, as `--round` and `--as-of` give it: today,
    the end of the 6- or 12-month round, or a date typed (Tab reaches them). Enter on a file hands
    `chosen(choice, as_of, months)` the choice's id (see kinds.offered); the folder is named."""

    def __init__(self, folder: str, fiscal_year: int, chosen: Callable[[str, date | None, int | None], None]):
        super().__init__()
        self.folder, self.fiscal_year, self.chosen = folder, fiscal_year, chosen

    def compose(self):
        """Title, the choices, the data's day, and where the files go."""
        from ita_tui.export.heading import round_end
        from ita_tui.export.kinds import offered
        from ita_tui.thai import long_date

        app = self.app
        words = app.words
        choices = [Option(words[fmt.label], id=choice) for choice, (_, fmt) in offered().items()]
        days = [Option(words["export_as_of_now"], id="now")]
        for months in (6, 12):
            day = long_date(round_end(self.fiscal_year, months), app.lang, app.digit_style)
            days.append(Option(words("export_as_of_round", months=months, day=day), id=f"round-{months}"))
        with Vertical(classes="dialog"):
            yield Label(words["export_title"], classes="dialog-title", markup=False)
            yield OptionList(*choices, id="kinds")
            yield Label(words["export_as_of_title"], classes="dialog-hint", markup=False)
            yield OptionList(*days, id="as-of")
            yield OneLineInput("", placeholder=words["export_as_of_day"], id="as-of-day")
            yield Label(
                words["export_folder"].format(folder=self.folder), classes="dialog-hint", markup=False
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a file: export it as of the day chosen; Enter on a day: back to the files."""
        event.stop()
        if event.option_list.id == "as-of":
            self.set_focus(self.query_one("#kinds", OptionList))  # before the next key (key_order.py)
            return
        self._export(event.option.id or "")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the date box: back to the files (the date is checked when one is chosen)."""
        event.stop()
        self.set_focus(self.query_one("#kinds", OptionList))

    def _export(self, choice: str) -> None:
        """Close and export `choice` as of the day chosen; a date that cannot be read is one line
        and the dialog stays open."""
        from ita_tui.thai import parse_date

        typed = self.query_one("#as-of-day", Input).value.strip()
        as_of: date | None = None
        months: int | None = None
        if typed:
            try:
                as_of = parse_date(typed)
            except ValueError:
                self.notify(self.app.words("export_as_of_bad", day=typed), severity="error", markup=False)
                return
        else:
            days = self.query_one("#as-of", OptionList)
            highlighted = days.get_option_at_index(days.highlighted or 0).id or "now"
            months = AS_OF_CHOICES[highlighted]
        self.dismiss(None)
        self.chosen(choice, as_of, months)


class SignersDialog(_Dialog):
    """Names and positions of the three signers, asked the first time a report is exported and
    remembered for the database; Enter in the last box (or ctrl+s) saves, Tab moves, Esc cancels."""

    BINDINGS = [*_Dialog.BINDINGS, Binding("ctrl+s", "save", show=False)]

    def __init__(self, values: dict[str, str], save: Callable[[dict[str, str]], None]) -> None:
        super().__init__()
        self.values = values
        self.save = save

    def compose(self):
        """Title, a box for each name and position, and a hint."""
        words = self.app.words
        with Vertical(classes="dialog"):
            yield Label(words["signers_title"], classes="dialog-title", markup=False)
            for field, key in SIGNER_BOXES.items():
                yield OneLineInput(self.values.get(field, ""), placeholder=words[key], id=field)
            yield Label(words["signers_hint"], classes="dialog-hint", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the next box; in the last one it saves."""
        event.stop()
        if event.input.id == list(SIGNER_BOXES)[-1]:
            self.action_save()
        else:
            self.focus_next()

    def action_save(self) -> None:
        """Hand the names and positions over and close."""
        values = {field: self.query_one(f"#{field}", Input).value.strip() for field in SIGNER_BOXES}
        self.dismiss(None)
        self.save(values)


class WrittenDialog(_Dialog):
    """A long text — an item's result or an indicator's outcome for the report, an item's text, a
    note corrected — in a TextArea: ctrl+s saves, Esc cancels. The cursor starts after the text
    when `at_end` (to go on writing); lines are joined with spaces when saved, unless `keep_lines`
    (a note keeps its line breaks)."""

    BINDINGS = [Binding("escape", "cancel", show=False), Binding("ctrl+s", "save", show=False)]

    def __init__(
        self,
        title: str,
        text: str,
        save: Callable[[str], None],
        *,
        keep_lines: bool = False,
        at_end: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.save = save
        self.keep_lines = keep_lines
        self.at_end = at_end

    def compose(self):
        """Title, the text box and a hint."""
        words = self.app.words
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            area = TextArea(self.text, id="written", soft_wrap=True)
            area.styles.height = 8
            yield area
            yield Label(words["written_hint"], classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        """The cursor after the text when asked (a result drafted from the notes is gone on with)."""
        if self.at_end:
            area = self.query_one("#written", TextArea)
            area.move_cursor(area.document.end)

    def action_save(self) -> None:
        """Save what is in the box (blank clears the text) and close."""
        written = self.query_one("#written", TextArea).text
        if self.keep_lines:
            text = "\n".join(line.rstrip() for line in written.strip().split("\n"))
        else:
            text = " ".join(written.split())
        self.dismiss(None)
        self.save(text)


def ask_export(app) -> None:
    """The export dialog; a report asks for the signers the first time (then remembers them)."""
    folder, fiscal_year = str(app.store.path.parent), app.snapshot.checklist.fiscal_year
    app.push_screen(ExportDialog(folder, fiscal_year, lambda *chosen: _export(app, *chosen)))


def _export(app, choice: str, as_of: date | None, months: int | None) -> None:
    """Export the choice made in the dialog as of the day chosen; a document signed by all three
    asks who signs first."""
    from ita_tui.errors import ItaError
    from ita_tui.export.kinds import offered
    from ita_tui.export.signers import read_signers
    from ita_tui.tui.export_worker import start_export

    try:
        known = read_signers(app.store.path)
    except ItaError as exc:
        app.notify(exc.text(app.lang), severity="error", markup=False)
        return
    kind, _ = offered()[choice]
    if kind.signers < 3 or known:
        start_export(app, choice, as_of=as_of, months=months)
        return
    app.push_screen(
        SignersDialog(known, lambda values: start_export(app, choice, values, as_of=as_of, months=months))
    )


def ask_written(app, row, submit: Callable[[Command[Written]], None], *, issues: bool = False) -> None:
    """The text box for the row's report text: an item's result (drafted by joining its notes when
    it has none yet) or an indicator's outcome; with `issues` (the edit mode), an indicator's
    ประเด็นที่ต้องแก้ไข/ปรับปรุง for the measures document. `submit` queues the store write."""
    if row is None or row.indicator is None or (issues and row.kind == "item"):
        app.notify(app.words["pick_indicator" if issues else "pick_item"], severity="warning", markup=False)
        return
    snapshot, words = app.snapshot, app.words
    if issues:
        number = row.indicator.number
        kept = snapshot.issues.get(number)
        text = kept.text if kept else ""
        title = words["issues_title"].format(indicator=number)

        def save(text: str) -> None:
            submit(SetIssues(number, text))

    elif row.kind == "item" and row.item is not None:
        item = row.item
        written = snapshot.results.get(item.id)
        text = written.text if written else " ".join(n.text for n in snapshot.notes.get(item.id, ()))
        title = words["result_title"].format(item=item.id)

        def save(text: str) -> None:
            submit(SetResult(item.id, text))

    else:
        number = row.indicator.number
        outcome = snapshot.outcomes.get(number)
        text = outcome.text if outcome else ""
        title = words["outcome_title"].format(indicator=number)

        def save(text: str) -> None:
            submit(SetOutcome(number, text))

    app.push_screen(WrittenDialog(title, text, save, at_end=True))
