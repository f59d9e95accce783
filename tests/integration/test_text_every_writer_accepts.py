"""Issue 19 case 5: text that lxml, openpyxl or a PDF cannot hold (controls, U+FFFE, U+FFFF,
bidi overrides) is made visible when it comes in, and every writer cleans what an older database
still holds: each export ends with its file written, never a traceback."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote
from tests.support import STORE_CHECKLIST

HOSTILE = "Som\x1bchai\u202e\uffff\ufffe\x00\x07end"
RAW = ("\x1b", "\u202e", "\uffff", "\ufffe", "\x00", "\x07")
MARKERS = ("TITLEMARK", "ORGMARK", "INDMARK", "ITEMMARK", "NOTEMARK", "RESULTMARK", "UNITMARK")


@pytest.fixture
def older_db(cli, tmp_path) -> Path:
    """A database whose texts hold what older versions stored unchecked."""
    checklist = json.loads(STORE_CHECKLIST.read_text(encoding="utf-8"))
    checklist["title"], checklist["organization"] = "TITLEMARK", "ORGMARK"
    checklist["indicators"][0]["title"] = "INDMARK"
    checklist["indicators"][0]["items"][0]["text"] = "ITEMMARK"
    checklist["indicators"][0]["items"][0]["responsible"] = "UNITMARK"
    source = tmp_path / "checklist.json"
    source.write_text(json.dumps(checklist, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "db.json"
    for argv in (["note", "1.1", "NOTEMARK"], ["result", "1.1", "RESULTMARK"], ["units", "add", "UNITMARK"]):
        assert cli(*argv, "--db", db, "--checklist", source).status == 0, argv
    raw = db.read_text(encoding="utf-8")
    for marker in MARKERS:
        raw = raw.replace(marker, json.dumps(HOSTILE)[1:-1])
    db.write_text(raw, encoding="utf-8")
    assert ProgressStore.open(db, user="x").snapshot().checklist.title == HOSTILE
    return db


EXPORTS = {
    "summary.txt": ["summary", "-o"],
    "summary.json": ["summary", "-o"],
    "summary.csv": ["summary", "-o"],
    "summary.html": ["summary", "-o"],
    "summary.xlsx": ["summary", "-o"],
    "summary.pdf": ["export", "pdf", "--reporter", HOSTILE, "--supervisor", HOSTILE, "-o"],
    "report.pdf": ["export", "report", "--reporter", HOSTILE, "-o"],
    "report.docx": ["export", "report", "--reporter", HOSTILE, "--approver", HOSTILE, "-o"],
    "checklist.xlsx": ["export", "checklist", "-o"],
}


def _texts(path: Path) -> str:
    """Every text the file holds, as a reader's program reads it."""
    if path.suffix in (".xlsx", ".docx"):
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("name", list(EXPORTS))
def test_case5_every_export_of_a_database_holding_controls_and_noncharacters_is_written(
    cli, older_db, tmp_path, name
):
    out = tmp_path / name
    result = cli(*EXPORTS[name], out, "--db", older_db, "--lang", "en")
    assert (result.status, result.err) == (0, ""), result
    if name.endswith(".xlsx"):
        openpyxl.load_workbook(out)  # Excel's reader opens it
    if name.endswith(".docx"):
        import docx

        docx.Document(str(out))
    text = _texts(out)  # JSON escapes them (\u202e), which is the same text
    assert not [ch for ch in RAW if ch in text], f"{name} holds {[hex(ord(c)) for c in RAW if c in text]}"


def test_case5_a_remembered_signer_with_an_escape_never_breaks_a_later_word_export(cli, db, tmp_path):
    first = cli("export", "report", "-o", tmp_path / "r.docx", "--reporter", HOSTILE, "--db", db)
    assert (first.status, first.err) == (0, ""), first
    later = cli("export", "report", "-o", tmp_path / "r2.docx", "--db", db)  # the signer remembered
    assert (later.status, later.err) == (0, ""), later
    assert "\u202e" not in _texts(tmp_path / "r2.docx") and "[U+202E]" in _texts(tmp_path / "r2.docx")


def test_case5_a_note_with_noncharacters_is_stored_visible(db):
    store = ProgressStore.open(db, user="Som\uffffchai")
    store.apply(AddNote("1.1", "ok\ufffe\uffff"))
    note = store.snapshot().notes["1.1"][0]
    assert (note.text, note.author) == ("ok[U+FFFE][U+FFFF]", "Som[U+FFFF]chai")


def test_case5_the_checklist_file_s_noncharacters_never_reach_the_workbook(cli, tmp_path):
    checklist = json.loads(STORE_CHECKLIST.read_text(encoding="utf-8"))
    checklist["indicators"][0]["items"][0]["text"] = "a\uffffb"
    source = tmp_path / "c.json"
    source.write_text(json.dumps(checklist, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "db.json"
    assert cli("note", "1.2", "x", "--db", db, "--checklist", source).status == 0
    assert cli("export", "checklist", "-o", tmp_path / "c.xlsx", "--db", db).status == 0
    assert "\uffff" not in _texts(tmp_path / "c.xlsx")
