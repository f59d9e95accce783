"""--help and usage errors: Thai by default, English with --lang en, argparse's own words too."""

from __future__ import annotations

import argparse
import gettext

import pytest

from ita_tui.cli import main
from ita_tui.cli.args import lang_of


def help_of(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


def test_help_is_thai_by_default(capsys):
    text = help_of(capsys)
    assert text.startswith("วิธีใช้: ita-tui [-h]")
    assert "อาร์กิวเมนต์ตามตำแหน่ง:" in text and "ตัวเลือก:" in text
    assert "แสดงวิธีใช้นี้แล้วออก" in text and "ทำเครื่องหมายว่าข้อนี้ทำแล้ว" in text
    assert "usage" not in text and "options" not in text and "show this help" not in text


def test_help_is_english_with_lang_en_before_or_after_the_command(capsys):
    text = help_of(capsys, "--lang", "en")
    assert text.startswith("usage: ita-tui [-h]")
    assert "positional arguments:" in text and "\noptions:" in text
    assert "show this help message and exit" in text and "mark an item done" in text
    assert "วิธีใช้" not in text
    tick = help_of(capsys, "tick", "--lang=en")
    assert tick.startswith("usage: ita-tui tick") and "mark the item not done" in tick


def test_a_sub_commands_help_is_thai_too(capsys):
    text = help_of(capsys, "log")
    assert text.startswith("วิธีใช้: ita-tui log")
    assert "เฉพาะรายการตั้งแต่วันที่ DATE" in text and "แสดงบันทึกกิจกรรมเป็น JSON" in text


@pytest.mark.parametrize(
    "lang, expected",
    [
        ([], "ita-tui tick: ข้อผิดพลาด: ต้องระบุอาร์กิวเมนต์ต่อไปนี้: ID (ดู ita-tui tick --help)\n"),
        (
            ["--lang", "en"],
            "ita-tui tick: error: the following arguments are required: ID (see ita-tui tick --help)\n",
        ),
    ],
)
def test_a_usage_error_is_one_line_in_the_chosen_language(capsys, lang, expected):
    with pytest.raises(SystemExit) as stopped:
        main(["tick", *lang])
    assert stopped.value.code == 2
    assert capsys.readouterr().err == expected


def test_our_own_argument_checks_speak_the_language_too(capsys):
    with pytest.raises(SystemExit):
        main(["status", "--db", ""])
    assert "อาร์กิวเมนต์ --db: ต้องมีเส้นทางไฟล์ แต่ได้ค่าว่าง" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["status", "--db", "", "--lang", "en"])
    assert "argument --db: expected a path, got an empty one" in capsys.readouterr().err


def test_argparse_gets_its_own_words_back_after_parsing(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext


@pytest.mark.parametrize(
    "argv, lang",
    [
        ([], "th"),
        (["--lang", "en"], "en"),
        (["tick", "1.1", "--lang=en"], "en"),
        (["--lang", "en", "--lang", "th"], "th"),
        (["--lang", "fr"], "th"),  # refused by the parser, in Thai
        (["note", "1.1", "--", "--lang", "en"], "th"),  # after -- it is a note's text
    ],
)
def test_the_language_is_read_before_the_parser_is_built(argv, lang):
    assert lang_of(argv) == lang
