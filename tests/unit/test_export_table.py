"""The export table (export/kinds.py): every kind and format declared once, and what reads it —
the command line's `summary --format` and `export KIND`, and the signers decided in one place."""

from pathlib import Path

import pytest

from ita_tui.cli.entry import build_parser
from ita_tui.export.kinds import EXPORTS, offered
from ita_tui.export.signers import SIGNER_FIELDS, resolve_signers, write_signers
from ita_tui.locale import LANGS, words


def test_every_format_names_a_writer_and_words_in_both_languages():
    for kind in EXPORTS.values():
        for fmt in kind.formats:
            module, _, name = fmt.writer.partition(":")
            assert callable(getattr(__import__(module, fromlist=[name]), name)), fmt.writer
            assert fmt.suffixes and all(s.startswith(".") and s == s.lower() for s in fmt.suffixes)
            for lang in LANGS:
                assert words(lang)[fmt.label] and words(lang)[kind.help]


def test_the_command_line_offers_what_the_table_holds(capsys):
    with pytest.raises(SystemExit):
        build_parser(words("en")).parse_args(["export", "--help"])
    listed = capsys.readouterr().out
    for kind in EXPORTS.values():
        assert (f"    {kind.name} " in listed) == (kind.name != "summary"), kind.name
    with pytest.raises(SystemExit):
        build_parser(words("en")).parse_args(["summary", "--help"])
    formats = ",".join(f.name for f in EXPORTS["summary"].formats)
    assert "{" + formats + "}" in capsys.readouterr().out


def test_a_file_name_picks_the_format_or_is_refused_naming_the_suffixes(tmp_path, capsys):
    from ita_tui.cli import main

    report = EXPORTS["report"]
    assert report.format_for(Path("r.DOCX")).name == "docx" and report.format_for(Path("r.odt")) is None
    assert EXPORTS["pdf"].format_for(Path("anything.out")).name == "pdf"  # one format: any name
    db = ["--db", str(tmp_path / "db.json"), "--lang", "en"]
    assert main([*db, "units", "list"]) == 0  # the database (an export never makes one)
    assert main([*db, "export", "report", "-o", str(tmp_path / "r.odt")]) == 2
    assert "ita-tui export report writes .pdf or .docx only" in capsys.readouterr().err
    assert main([*db, "export", "report", "-o", str(tmp_path / "r.DOCX")]) == 0
    assert (tmp_path / "r.DOCX").read_bytes().startswith(b"PK")


def test_the_app_offers_the_documents_not_the_files_for_scripts():
    assert list(offered()) == [
        "pdf.pdf",
        "report.pdf",
        "report.docx",
        "measures.pdf",
        "measures.docx",
        "summary.html",
        "summary.xlsx",
        "checklist.xlsx",
    ]


def test_signers_are_decided_in_one_place_for_every_export(tmp_path):
    db = tmp_path / "db.json"
    say = words("th")
    write_signers(db, {"reporter_role": "ผู้จัดทำ", "approver_position": "นายก"})
    two = resolve_signers(db, {}, say, approver=False)
    assert [(s.name, s.role) for s in two][:2] == [("", "ผู้จัดทำ"), ("", "ผู้ตรวจสอบ")]  # dots to sign
    assert len(two) == 3 and two[2].position == "นายก"  # a remembered approver signs the one-page PDF too
    given = resolve_signers(db, {"reporter": "นางสาวสมศรี"}, say, approver=True)
    assert given[0].name == "นางสาวสมศรี"
    again = resolve_signers(db, {}, say, approver=True)
    assert again[0].name == "นางสาวสมศรี"  # what was given is remembered
    assert set(SIGNER_FIELDS) >= {"reporter", "approver_role"}


def test_the_checklist_kind_takes_no_as_of(tmp_path):
    from datetime import date

    options = EXPORTS["checklist"].options(
        tmp_path / "db.json",
        lang="th",
        digits="arabic",
        print_digits="thai",
        as_of=date(2026, 1, 1),
        months=6,
    )
    assert options.as_of is None and options.months is None and options.signers == ()
    signed = EXPORTS["report"].options(
        tmp_path / "db.json", lang="en", digits="arabic", print_digits="arabic"
    )
    assert [s.role for s in signed.signers] == ["Reporter", "Reviewed by", "Approved by"]
