"""Issue 19 case 3 with real users (as root, which CI is): exports written into the group's shared
folder carry the database's mode and group. Two members with the usual umask 022 tick, note,
and export the PDF summary, the results report (PDF and Word), the summaries (HTML, Excel, CSV,
JSON), the checklist workbook and the remembered signers into the folder, while a user outside
the group polls it: the outsider opens no file, and every file there is 660 of the group."""

from __future__ import annotations

import grp
import os

import pytest

from tests.support import office_users as users

pytestmark = [pytest.mark.slow, users.needs_root]

ROUNDS = 2
EXPORTS = [
    ["export", "pdf", "-o", "{folder}/ita-summary-{who}.pdf", "--reporter", "ผู้รายงาน {who}"],
    ["export", "report", "-o", "{folder}/ita-report-{who}.pdf"],
    ["export", "report", "-o", "{folder}/ita-report-{who}.docx"],
    ["summary", "-o", "{folder}/summary-{who}.html"],
    ["summary", "-o", "{folder}/summary-{who}.xlsx"],
    ["summary", "-o", "{folder}/summary-{who}.csv"],
    ["summary", "-o", "{folder}/summary-{who}.json"],
    ["export", "checklist", "-o", "{folder}/checklist-{who}.xlsx"],
]


def test_case3_an_outsider_polling_the_folder_opens_no_export_of_two_members(tmp_path):
    from ita_tui.cli import main

    users.warm_up([["--db", "{db}", *[a.replace("{folder}", "{dir}") for a in argv]] for argv in EXPORTS])
    with users.office_accounts() as accounts, users.group_folder(accounts["group"]) as folder:
        gid = grp.getgrnam(accounts["group"]).gr_gid
        db = users.make_database(folder, accounts["a"])

        def work(who: str):
            def run() -> int:
                for n in range(ROUNDS):
                    for argv in [["tick", "1.1"], ["note", "1.2", f"{who}-{n}"], *EXPORTS]:
                        filled = [a.replace("{folder}", str(folder)).replace("{who}", who) for a in argv]
                        if main(["--db", str(db), *filled]) != 0:
                            return 1
                return 0

            return run

        with users.outsider_polling(accounts["outsider"], folder) as stopped:
            members = [users.fork_as(accounts[who], 0o022, work(who)) for who in ("a", "b")]
            results = [users.finish(*member) for member in members]
            assert [status for status, _ in results] == [0, 0], results
            looks, opened = stopped()
        assert looks > 3 and opened == [], f"the outsider opened {opened[:5]}"
        names = sorted(os.listdir(folder))
        assert "office.json.signers.json" in names and "ita-report-b.docx" in names
        for name in names:
            st = os.stat(folder / name)
            assert (st.st_mode & 0o777, st.st_gid) == (0o660, gid), name
