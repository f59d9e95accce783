"""Every PDF's text reads back as written: search finds its words, copy pastes no hidden characters."""

from dataclasses import replace
from datetime import date

import pytest

from ita_tui.checklist.model import Item
from ita_tui.export.pdf import export_pdf
from ita_tui.export.pdf_unicode import glyph_text
from tests.support.export_fixtures import export_options, realistic_checklist, snapshot_with
from tests.support.pdf_readback import pdftotext_text, pypdf_text, squeezed, written_lines

# One word for each mark cluster Thai text uses: sara am alone and under a tone mark, tone marks over
# upper vowels, lower vowels, mai taikhu, thanthakhat, the letters whose tails shaping trims.
MARK_WORDS = (
    "ดำเนินการ น้ำ ค่ำ ซ้ำ จ๋ำ ตำบล ประจำปี ที่ ปี่ ผู้ใต้ กิ๊ก ตั๋ว ชั้น ปู่ ศักดิ์ ก็ เก็บ ฐุ ญู ฤๅษี สุข ครู ปลื้ม นื่ โครงการฯ ๑๒๓ office"
)


def _pdf_with_marks(tmp_path, monkeypatch):
    """The one-page summary of a checklist whose items and signers use every mark cluster."""
    checklist = realistic_checklist()
    first = checklist.indicators[0]
    items = (Item("2.1", 1, MARK_WORDS, responsible="สำนักปลัด"),) + first.items[1:]
    checklist = replace(checklist, indicators=(replace(first, items=items),) + checklist.indicators[1:])
    with written_lines(monkeypatch) as lines:
        path = export_pdf(
            snapshot_with(checklist, []),
            tmp_path / "marks.pdf",
            export_options(
                today=date(2026, 11, 26), reporter="นางสาวสมศรี ใจดี", reporter_position="ผู้อำนวยการกองคลัง"
            ),
        )
    return path, [line for line in lines if line.strip()]


def _pdftotext_raw(path):
    return pdftotext_text(path, "-raw")


@pytest.mark.parametrize(
    "read", [pypdf_text, pdftotext_text, _pdftotext_raw], ids=["pypdf", "pdftotext", "pdftotext-raw"]
)
def test_every_written_line_reads_back_exactly(tmp_path, monkeypatch, read):
    path, lines = _pdf_with_marks(tmp_path, monkeypatch)
    text = read(path)
    assert "\u200b" not in text
    assert not any(ord(c) < 0x20 and c not in "\n\f" for c in text), "raw glyph codes in the text"
    missing = [line for line in lines if squeezed(line) not in squeezed(text)]
    assert not missing
    for word in MARK_WORDS.split():
        assert word in text, word


def test_pdftotext_finds_every_dam_noen_kan_on_the_bundled_summary(tmp_path):
    path = export_pdf(
        snapshot_with(realistic_checklist(), []), tmp_path / "s.pdf", export_options(today=date(2026, 11, 26))
    )
    assert pdftotext_text(path).count("ดำเนินการ") > 5
    assert pypdf_text(path).count("ดำเนินการ") == pdftotext_text(path).count("ดำเนินการ")


def test_split_sara_am_maps_its_nikhahit_to_nothing_and_its_aa_to_sara_am():
    aa, am, nikhahit, ligature = 488, 500, 760, 762
    assert glyph_text((0x0E33,), nikhahit, aa, am) == ""
    assert glyph_text((), aa, aa, am) == "ำ"
    assert glyph_text((0x0E49, 0x0E33), ligature, aa, am) == "\u0e49"  # น้ำ: mai tho + nikhahit glyph
    assert glyph_text((0x0E32,), aa, aa, am) == "า"  # a real sara aa stays
    assert glyph_text((0x0E33,), am, aa, am) == "ำ"  # a font that draws ำ as one glyph
    assert glyph_text((), 5, aa, am) == ""
