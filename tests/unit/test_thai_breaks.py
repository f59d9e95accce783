"""Thai lines break only between words, as ICU's line breaker finds them."""

import itertools
import unicodedata

import pytest

from ita_tui.thai_breaks import grapheme_clusters, word_segments, wrap_segments

SENTENCES = [
    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
    "องค์การบริหารส่วนตำบลได้มีคำสั่งแต่งตั้งคณะทำงานให้คำปรึกษาด้านจริยธรรม ซึ่งสามารถขอคำปรึกษาในเรื่องดังกล่าวได้",
    "กำชับให้เจ้าหน้าที่ปฏิบัติตาม พ.ร.บ. อำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘",
    "นำคู่มือที่สร้างขึ้นมาจัดทำในรูปลิงค์ ประชาสัมพันธ์ ให้ประชาชนรับทราบ แบบวัด OIT (Open Data)",
]


def _boundaries(text: str) -> set[int]:
    """Offsets where ICU allows a line to end."""
    offsets, at = {0}, 0
    for segment in word_segments(text):
        at += len(segment)
        offsets.add(at)
    return offsets


def _line_ends(text: str, lines: list[str]) -> list[int]:
    """Where each laid-out line ends in `text` (spaces dropped at line ends skipped over)."""
    ends, at = [], 0
    for line in lines:
        at = text.index(line, at) + len(line)
        while at < len(text) and text[at] == " ":
            at += 1
        ends.append(at)
    return ends


def test_segments_rebuild_the_text_and_keep_words_whole():
    text = SENTENCES[0]
    segments = word_segments(text)
    assert "".join(segments) == text
    assert "การประเมิน" in segments and "คุณธรรม" in segments  # a dictionary word, kept whole
    assert not any(s.endswith("การป") for s in segments)


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("width", [6, 9, 14, 20, 33, 50])
def test_a_laid_out_line_never_ends_inside_a_word(text, width):
    lines = wrap_segments(word_segments(text), width, len)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    allowed = _boundaries(text)
    inside_too_wide = set()  # only a word wider than a whole line may be cut
    start = 0
    for segment in word_segments(text):
        if len(segment.rstrip()) > width:
            inside_too_wide.update(range(start + 1, start + len(segment)))
        start += len(segment)
    for end in _line_ends(text, lines):
        assert end in allowed or end in inside_too_wide, (
            f"line ends inside a word at {text[max(0, end - 5) : end]}|{text[end : end + 5]}"
        )
    for line in lines:
        assert len(line) <= width


def test_lines_are_filled_greedily_and_never_start_with_a_space():
    lines = wrap_segments(word_segments(SENTENCES[1]), 30, len)
    assert len(lines) > 2
    for line, following in itertools.pairwise(lines):
        assert not following.startswith(" ") and not line.endswith(" ")
        first_word = word_segments(following)[0].rstrip()
        assert len(line) + len(first_word) > 30  # the next word would not have fitted


def test_a_word_wider_than_the_line_is_cut_between_whole_characters():
    word = "ประชาสัมพันธ์" * 3
    lines = wrap_segments([word], 4, len)
    assert "".join(lines) == word
    for line in lines:
        assert unicodedata.category(line[0]) != "Mn", f"line starts with a detached mark: {line!r}"
    assert all(len(c) >= 1 for c in grapheme_clusters("ที่นั้น"))
    assert grapheme_clusters("ที่") == ["ที่"]


def test_empty_text_gives_one_empty_line():
    assert wrap_segments(word_segments(""), 10, len) == [""]


def test_a_lone_dash_never_ends_a_line():
    # text extraction and a viewer's copy read a line-ending "-" as a hyphenated word and drop it
    from ita_tui.thai_breaks import line_segments

    text = "บุคคลภายนอกที่มาเข้าร่วมมีความเห็นต่อประเด็นที่จัดกิจกรรม - หน่วยงานจะนำความเห็นไปใช้"
    for width in range(8, 60):
        lines = wrap_segments(line_segments(text), width, len)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert not any(line.endswith("-") for line in lines), (width, lines)
