"""The ITA's published scores as kept (checklist/scores.py): subjects, values, the pass mark and the
year a database shows."""

from __future__ import annotations

import pytest

from ita_tui.checklist.scores import BadScore, Score, score_of, shown_scores, subject_of


@pytest.mark.parametrize(
    ("written", "subject"),
    [("3", "3"), ("๑๐", "10"), ("ตัวชี้วัดที่ ๓", "3"), ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "9"), ("oit", "OIT")]
    + [("คะแนนรวม", "total"), ("Total", "total"), ("Indicator 7", "7")],
)
def test_a_subject_is_read_as_people_write_it(written, subject):
    assert subject_of(written) == subject


@pytest.mark.parametrize("written", ["11", "0", "", "ITA", "ตัวชี้วัดที่ ๑๑", "3.1"])
def test_an_unknown_subject_is_refused(written):
    with pytest.raises(BadScore) as caught:
        subject_of(written)
    assert caught.value.key == "score_bad_subject"


@pytest.mark.parametrize(
    ("written", "kept"),
    [("82.5", "82.5"), ("๘๒.๕๐", "82.5"), ("100", "100"), ("0", "0"), ("91,47", "91.47"), ("85.00", "85")],
)
def test_a_score_is_kept_as_its_decimal_text(written, kept):
    assert score_of(written) == kept


@pytest.mark.parametrize("written", ["100.01", "-1", "abc", "", "nan", "1e2", "๘๒.๕ คะแนน"])
def test_a_score_outside_0_to_100_is_refused(written):
    with pytest.raises(BadScore) as caught:
        score_of(written)
    assert caught.value.key == "score_bad_value"


def test_under_85_is_under_the_pass_mark():
    assert Score(2566, "3", "84.99", "a", "t").under_pass_mark
    assert not Score(2566, "3", "85", "a", "t").under_pass_mark


def test_a_database_shows_the_newest_year_not_after_its_own():
    def year(y):
        return {"1": Score(y, "1", "90", "a", "t")}

    assert shown_scores({2565: year(2565), 2566: year(2566)}, 2567)["1"].year == 2566
    assert shown_scores({2566: year(2566), 2568: year(2568)}, 2567)["1"].year == 2566
    assert shown_scores({2568: year(2568)}, 2567) == {}
